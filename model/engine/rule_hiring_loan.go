package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （九）对小微企业当年新招用符合创业担保贷款申请条件的人员达到现有员工总数 30%或
// 新招用高校毕业生达到现有员工总数20%，并与其签订1年以上劳动合同的，可申请不超过
// 200 万元的创业贷款，由财政部门按相关规定贴息。
// 财金〔2016〕85号: who qualifies (not returning migrants or online merchants),
// 15% for firms of over 100 staff, and no serious credit failings.
func smeHiringLoan() *Rule {
	return &Rule{
		ID: "sme-hiring-loan", Clause: "九",
		Title: Text{"小微企业吸纳就业创业担保贷款（最高200万元）", "Guaranteed loan of up to 2 million yuan for small firms that hire"},
		Note: Text{"新招用人员：评估年度内入职（不晚于评估日）、评估日在职、劳动合同 12 个月以上的非创办人员工。(a) 符合创业担保贷款申请条件的人员（除返乡创业农民工、网络商户外的各类人员，或入职前已毕业的高校毕业生）不少于从业人员的 30%（从业人员超过 100 人的为 15%）；(b) 入职前已毕业的高校毕业生不少于从业人员的 20%；两项满足其一，且各至少 1 人。现有员工总数按评估日从业人员（含创办人）计算。另须为小微企业且无拖欠工资、欠缴社保等严重失信记录（财金〔2016〕85号）。合同期限未知的人员不计入（下限）。",
			"New hires: employees (not founders) hired in the evaluation year on or before the evaluation date, still employed, on contracts of 12 months or more. (a) people who qualify for a guaranteed loan (any category except returning migrants and online merchants, or graduates who graduated before being hired) make up at least 30% of staff (15% over 100 staff); (b) graduates make up at least 20%; either suffices, with at least one person. Staff are everyone employed on the evaluation date, founders included. The firm must be small or micro with no serious credit failings (财金〔2016〕85号). Hires with an unknown contract length are not counted (lower bound)."},
		Evidence: evidence(
			Text{"员工花名册（含身份证号码、入职日期、合同期限）", "Staff roster with ID numbers, hiring dates and contract lengths"},
			Text{"新招用人员的劳动合同", "The new hires' labour contracts"},
			Text{"各类人员证明（就业失业登记证、毕业证、退役证、残疾证等）", "Proof of each category (unemployment registration, diploma, discharge papers, disability card…)"},
			Text{"社会保险缴费记录", "Social-insurance records"},
			Text{"近一年财务报表（企业划型依据）", "Last year's financial statements (for the size class)"},
		),
		eval: evalHiringLoan,
	}
}

// hiringCounts are the counts of the two tests on known data (low) and
// with every unknown contract taken as long enough (high).
type hiringCounts struct {
	staff                  int
	qualLow, qualHigh      int // n_a
	gradLow, gradHigh      int // n_b
	extendQual, extendGrad int // known contracts under 12 months that could be extended
	unknown                []string
	hires                  []Details // every qualifying year-Y hire, for the roster
}

func (f *facts) hiringCounts() hiringCounts {
	c := hiringCounts{staff: f.staff, hires: []Details{}}
	minMonths := int(f.param(params.HiringContractMonths))
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if p.Founder || !f.employed[i] || p.Hired.Year() != f.Y {
			continue
		}
		g := f.graduated(p)
		graduate := !g.IsZero() && g <= p.Hired
		qualifies := graduate
		for _, cat := range p.Categories {
			if cat != model.CatReturningMigrant && cat != model.CatOnlineMerchant {
				qualifies = true
			}
		}
		if !qualifies {
			continue
		}
		counted := p.ContractMonths != nil && *p.ContractMonths >= minMonths
		c.hires = append(c.hires, Details{"id": p.ID, "index": i, "graduate": graduate, "counted": counted})
		switch {
		case p.ContractMonths == nil:
			c.qualHigh++
			if graduate {
				c.gradHigh++
			}
			c.unknown = append(c.unknown, personPath(i)+".contract_months")
		case *p.ContractMonths >= minMonths:
			c.qualLow++
			c.qualHigh++
			if graduate {
				c.gradLow++
				c.gradHigh++
			}
		default:
			c.extendQual++
			if graduate {
				c.extendGrad++
			}
		}
	}
	return c
}

// hiringTests holds the thresholds of the two tests.
type hiringTests struct{ pct, pctLarge, largeStaff, gradPct int }

func (f *facts) hiringTests() hiringTests {
	return hiringTests{
		pct: int(f.param(params.HiringPct)), pctLarge: int(f.param(params.HiringPctLarge)),
		largeStaff: int(f.param(params.HiringLargeStaff)), gradPct: int(f.param(params.HiringGraduatePct)),
	}
}

// threshold is p for a firm of the given staff: 30, or 15 over 100 staff.
func (t hiringTests) threshold(staff int) int {
	if staff > t.largeStaff {
		return t.pctLarge
	}
	return t.pct
}

func (t hiringTests) a(n, staff int) bool { return HiringTestMet(n, staff, t.threshold(staff)) }
func (t hiringTests) b(n, staff int) bool { return HiringTestMet(n, staff, t.gradPct) }

// needed is the smallest share-meeting count: ceil(pct × staff / 100), at least 1.
func needed(pct, staff int) int { return max(1, (pct*staff+99)/100) }

// extraGraduates is the fewest graduate hires (each adding to n_a, n_b and
// staff) that make a test hold on the lower bounds.
func (t hiringTests) extraGraduates(c hiringCounts) int {
	for k := 1; ; k++ {
		if t.a(c.qualLow+k, c.staff+k) || t.b(c.gradLow+k, c.staff+k) {
			return k
		}
	}
}

// extraQualifying is the fewest hires of other qualifying categories (test
// (a) alone) that make it hold.
func (t hiringTests) extraQualifying(c hiringCounts) int {
	for k := 1; ; k++ {
		if t.a(c.qualLow+k, c.staff+k) {
			return k
		}
	}
}

// extensions is the fewest contracts to extend to 12 months for a test to
// hold without new hires; -1 when the extendable contracts do not suffice.
func (t hiringTests) extensions(c hiringCounts) int {
	best := -1
	for m := 1; m <= c.extendQual; m++ {
		if t.a(c.qualLow+m, c.staff) {
			best = m
			break
		}
	}
	for m := 1; m <= c.extendGrad && (best < 0 || m < best); m++ {
		if t.b(c.gradLow+m, c.staff) {
			best = m
			break
		}
	}
	return best
}

func evalHiringLoan(f *facts, o *outcome) {
	o.check(f.size.SmallOrMicro, f.size.Missing, tr("小微企业：%s", "small or micro firm: %s", f.size.Reason))
	o.check(f.sc.Firm.CreditClean, []string{"firm.credit_clean"},
		tr("无拖欠职工工资、欠缴社会保险费等严重失信记录：%s", "no serious credit failings (unpaid wages or social insurance): %s", yesNo(f.sc.Firm.CreditClean)))

	c := f.hiringCounts()
	t := f.hiringTests()
	pct := t.threshold(c.staff)
	o.say(tr("%d 年新招用并签订 12 个月以上劳动合同：符合创业担保贷款申请条件 %d 人，其中高校毕业生 %d 人；合同期限未知 %d 人；合同不足 12 个月 %d 人；现有从业人员 %d 人",
		"hired in %d on contracts of 12 months or more: %d who qualify for a guaranteed loan, %d of them graduates; %d with unknown contract length; %d on shorter contracts; %d staff now",
		f.Y, c.qualLow, c.gradLow, len(c.unknown), c.extendQual, c.staff))
	aLow, bLow := t.a(c.qualLow, c.staff), t.b(c.gradLow, c.staff)
	met := func(ok bool) Text { return pick(ok, Text{"满足", "met"}, Text{"未满足", "not met"}) }
	o.say(tr("(a) 符合条件人员 %d 人，需达到从业人员 %d 人的 %d%%，即至少 %d 人：%s",
		"(a) %[1]d qualifying hires against %[3]d%% of %[2]d staff, at least %[4]d: %[5]s",
		c.qualLow, c.staff, pct, needed(pct, c.staff), met(aLow)))
	o.say(tr("(b) 高校毕业生 %d 人，需达到从业人员 %d 人的 %d%%，即至少 %d 人：%s",
		"(b) %[1]d graduate hires against %[3]d%% of %[2]d staff, at least %[4]d: %[5]s",
		c.gradLow, c.staff, t.gradPct, needed(t.gradPct, c.staff), met(bLow)))
	holds := model.False
	switch {
	case aLow || bLow:
		holds = model.True
	case t.a(c.qualHigh, c.staff) || t.b(c.gradHigh, c.staff):
		holds = model.Unknown
	}
	o.check(holds, c.unknown, Text{"(a)、(b) 两项至少满足一项", "test (a) or test (b) holds"})

	extra, extend := 0, 0
	if !aLow && !bLow {
		extra = t.extraGraduates(c)
		extend = t.extensions(c)
		other := t.extraQualifying(c)
		o.advise(tr("在 %d 年内再招用 %d 名高校毕业生（签订 12 个月以上劳动合同）即可满足；或招用 %d 名其他符合创业担保贷款申请条件的人员（满足 (a)）",
			"hire %[2]d more graduates in %[1]d on contracts of 12 months or more; or %[3]d people of the other qualifying categories (test (a))",
			f.Y, extra, other))
		if extend > 0 {
			o.advise(tr("或将 %d 名当年新招用、合同不足 12 个月的人员的劳动合同延长到 12 个月以上", "or extend the contracts of %d of this year's hires to 12 months or more", extend))
		}
	}
	o.detail("staff", c.staff)
	o.detail("graduate_pct", t.gradPct)
	o.detail("test_a", aLow)
	o.detail("test_b", bLow)
	o.detail("hires", c.hires)
	o.detail("threshold_pct", pct)
	o.detail("new_qualifying", c.qualLow)
	o.detail("new_graduates", c.gradLow)
	o.detail("extra_hires_needed", extra)
	if extend < 0 {
		o.detail("contracts_to_extend", nil)
	} else {
		o.detail("contracts_to_extend", extend)
	}
	if f.sc.Firm.CreditClean == model.False {
		o.advise(Text{"须先结清拖欠的工资和社会保险费，消除失信记录", "clear unpaid wages and social insurance first"})
	}
	o.amounts(0, f.fen(params.HiringLoanMax))
}
