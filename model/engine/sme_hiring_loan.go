package engine

import (
	"fmt"
	"strings"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/params"
)

// SMEHiringLoanDetails are the figures of RULES.md 2.11.
type SMEHiringLoanDetails struct {
	Staff             int        `json:"staff"`
	ThresholdPct      int        `json:"threshold_pct"`
	GraduatePct       int        `json:"graduate_pct"`
	NewQualifying     int        `json:"new_qualifying"`
	NewGraduates      int        `json:"new_graduates"`
	ExtraHiresNeeded  int        `json:"extra_hires_needed"`
	ContractsToExtend *int       `json:"contracts_to_extend"` // null: no number of extensions suffices
	WindowStart       civil.Date `json:"window_start"`
	TestA             bool       `json:"test_a"` // on the lower bounds
	TestB             bool       `json:"test_b"`
	Hires             []HireRow  `json:"hires"` // every qualifying hire of the window, for the roster
}

// HireRow is one qualifying hire of the window.
type HireRow struct {
	ID       string `json:"id"`
	Index    int    `json:"index"` // in the scenario's people
	Graduate bool   `json:"graduate"`
	Counted  bool   `json:"counted"` // a known contract of the required length
}

// （九）对小微企业当年新招用符合创业担保贷款申请条件的人员达到现有员工总数 30%或
// 新招用高校毕业生达到现有员工总数20%，并与其签订1年以上劳动合同的，可申请不超过
// 200 万元的创业贷款，由财政部门按相关规定贴息。
// The 30% (15% over 100 staff), the hiring window and the ceiling are the
// national rule's and have changed since (RULES.md §5.1); who qualifies and
// the credit condition are 财金〔2016〕85号's; the graduates' 20% is local.
func smeHiringLoan() *Rule {
	return &Rule{
		ID: "sme-hiring-loan", Clause: "九", Rests: "新招用高校毕业生达到现有员工总数", Kind: Loan, Reading: Ceiling,
		Title: Text{"小微企业吸纳就业创业担保贷款（最高200万元）", "Guaranteed loan for small firms that hire (up to 2 million yuan)"},
		Evidence: evidence(
			Text{"新招用人员花名册（含身份证号码）", "Roster of the new hires with ID numbers"},
			Text{"劳动合同", "Labour contracts"},
			Text{"人员类别证明（就业失业登记证、毕业证、退役证、残疾证等）", "Proof of each hire's category (employment registration, diploma, discharge or disability certificate)"},
			Text{"社会保险缴费记录", "Social-insurance payment records"},
			Text{"近一年财务报表（企业划型依据）", "Last year's financial statements (for the size class)"},
			Text{"无拖欠工资、欠缴社保的信用承诺或证明", "Proof or pledge of no unpaid wages or social insurance"},
		),
		note: func(f *facts) Text {
			w := f.hiringWindow()
			return tr("新招用人员：%s入职、评估日仍在职、签订 %s以上劳动合同的员工（创办人不计）。(a) 其中符合创业担保贷款申请条件的人员（返乡创业农民工、网络商户两类除外；高校毕业生计入）达到从业人员的 %s（从业人员超过 %s 人的企业为 %s）；或 (b) 其中高校毕业生（入职时已毕业）达到从业人员的 %s（玉溪本地标准）。两项至少满足一项，且为小微企业、无拖欠工资和欠缴社会保险费等严重失信记录。额度上限 %s，由银行按招用人数核定。合同期限未知的人员先不计入，列为待补充。",
				"New hires: employees (not founders) hired %[1]s, still employed on the evaluation date, on contracts of %[2]s or more. (a) Those who qualify for a guaranteed loan (all categories but returning migrant workers and online merchants; graduates count) reach %[3]s of the staff (%[5]s for firms of over %[4]s staff); or (b) the graduates among them (graduated before being hired) reach %[6]s of the staff (Yuxi's own test). One of the two must hold, the firm must be small or micro and free of serious credit failings. The ceiling is %[7]s; the bank sets the amount by the hires. Hires whose contract length is unknown are not counted and are asked for.",
				w.describe, f.show(params.HiringContractMonths), f.show(params.LoanSharePct), f.show(params.LoanBigStaff),
				f.show(params.LoanSharePctBig), f.show(params.HiringGraduatePct), f.show(params.LoanFirmMax))
		},
		eval: evalHiringLoan,
		form: hiringLoanForm,
	}
}

// hiringWindow is the period new hires count from (RULES.md 2.11 and §5.1):
// the calendar year of D until 2023-09-30, the year before D since.
type hiringWindow struct {
	start    civil.Date
	describe Text
}

func (f *facts) hiringWindow() hiringWindow {
	if f.param(params.LoanTrailing) == 1 {
		start := f.D.AddYears(-1)
		return hiringWindow{start, tr("在申请前 1 年内（%s 至 %s）", "in the year before the application (%s to %s)", start, f.D)}
	}
	start := civil.YearStart(f.Y)
	return hiringWindow{start, tr("在当年（%s 至 %s）", "in the calendar year (%s to %s)", start, f.D)}
}

type hiringCounts struct {
	staff                  int
	qualLow, qualHigh      int // n_a
	gradLow, gradHigh      int // n_b
	extendQual, extendGrad int // known contracts under the minimum that could be extended
	unknown                []string
	hires                  []HireRow
}

func (f *facts) hiringCounts(w hiringWindow) hiringCounts {
	c := hiringCounts{staff: f.staff, hires: []HireRow{}}
	minMonths := int(f.param(params.HiringContractMonths))
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if p.Founder || !f.employed[i] || p.Hired.IsZero() || p.Hired < w.start || p.Hired > f.D {
			continue
		}
		graduate := !p.Graduated.IsZero() && p.Graduated <= p.Hired
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
		c.hires = append(c.hires, HireRow{p.ID, i, graduate, counted})
		switch {
		case p.ContractMonths == nil:
			c.qualHigh++
			if graduate {
				c.gradHigh++
			}
			c.unknown = append(c.unknown, personPath(i)+".contract_months")
		case counted:
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

// hiringTests holds the thresholds of the two tests in force on D.
type hiringTests struct{ pct, pctLarge, largeStaff, gradPct int }

func (f *facts) hiringTests() hiringTests {
	return hiringTests{
		pct: int(f.param(params.LoanSharePct)), pctLarge: int(f.param(params.LoanSharePctBig)),
		largeStaff: int(f.param(params.LoanBigStaff)), gradPct: int(f.param(params.HiringGraduatePct)),
	}
}

// threshold is p for a firm of the given staff.
func (t hiringTests) threshold(staff int) int {
	if staff > t.largeStaff {
		return t.pctLarge
	}
	return t.pct
}

func (t hiringTests) a(n, staff int) bool { return HiringTestMet(n, staff, t.threshold(staff)) }
func (t hiringTests) b(n, staff int) bool { return HiringTestMet(n, staff, t.gradPct) }

// HiringTestMet is the share test of sme-hiring-loan (RULES.md §2.11): at
// least one person, and n × 100 ≥ pct × staff.
func HiringTestMet(n, staff, pct int) bool { return n >= 1 && n*100 >= pct*staff }

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

// extensions is the fewest contracts to extend to the minimum for a test
// to hold without new hires; -1 when the extendable contracts do not
// suffice.
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
	o.checkSmall()
	o.check(f.sc.Firm.CreditClean, []string{"firm.credit_clean"},
		tr("无拖欠职工工资、欠缴社会保险费等严重失信记录：%s", "no serious credit failings (unpaid wages or social insurance): %s", yesNo(f.sc.Firm.CreditClean)))

	w := f.hiringWindow()
	c := f.hiringCounts(w)
	t := f.hiringTests()
	pct := t.threshold(c.staff)
	shareKey := pick(c.staff > t.largeStaff, params.LoanSharePctBig, params.LoanSharePct)
	months := f.show(params.HiringContractMonths)
	o.say(tr("%s新招用并签订 %s以上劳动合同：符合创业担保贷款申请条件 %d 人，其中高校毕业生 %d 人；合同期限未知 %d 人；合同不足 %s %d 人；现有从业人员 %d 人",
		"hired %[1]s on contracts of %[2]s or more: %[3]d who qualify for a guaranteed loan, %[4]d of them graduates; %[5]d with unknown contract length; %[7]d on contracts under %[6]s; %[8]d staff now",
		w.describe, months, c.qualLow, c.gradLow, len(c.unknown), months, c.extendQual, c.staff))
	aLow, bLow := t.a(c.qualLow, c.staff), t.b(c.gradLow, c.staff)
	met := func(ok bool) Text { return pick(ok, Text{"满足", "met"}, Text{"未满足", "not met"}) }
	shareRow := f.use(shareKey, f.D)
	o.say(tr("(a) 符合条件人员 %d 人，需达到从业人员 %d 人的 %s（%s），即至少 %d 人：%s",
		"(a) %[1]d qualifying hires against %[3]s of %[2]d staff (%[4]s), at least %[5]d: %[6]s",
		c.qualLow, c.staff, showRow(shareRow), shareRow.Cite, needed(pct, c.staff), met(aLow)))
	o.say(tr("(b) 高校毕业生 %d 人，需达到从业人员 %d 人的 %s，即至少 %d 人：%s",
		"(b) %[1]d graduate hires against %[3]s of %[2]d staff, at least %[4]d: %[5]s",
		c.gradLow, c.staff, f.show(params.HiringGraduatePct), needed(t.gradPct, c.staff), met(bLow)))
	holds := model.False
	switch {
	case aLow || bLow:
		holds = model.True
	case t.a(c.qualHigh, c.staff) || t.b(c.gradHigh, c.staff):
		holds = model.Unknown
	}
	o.check(holds, c.unknown, Text{"(a)、(b) 两项至少满足一项", "test (a) or test (b) holds"})

	d := SMEHiringLoanDetails{Staff: c.staff, ThresholdPct: pct, GraduatePct: t.gradPct, NewQualifying: c.qualLow,
		NewGraduates: c.gradLow, WindowStart: w.start, TestA: aLow, TestB: bLow, Hires: c.hires}
	zero := 0
	d.ContractsToExtend = &zero
	if !aLow && !bLow {
		d.ExtraHiresNeeded = t.extraGraduates(c)
		other := t.extraQualifying(c)
		o.advise(tr("%s再招用 %d 名高校毕业生（签订 %s以上劳动合同）即可满足；或招用 %d 名其他符合创业担保贷款申请条件的人员（满足 (a)）",
			"hire %[2]d more graduates %[1]s on contracts of %[3]s or more; or %[4]d people of the other qualifying categories (test (a))",
			w.describe, d.ExtraHiresNeeded, months, other))
		if n := t.extensions(c); n > 0 {
			d.ContractsToExtend = &n
			o.advise(tr("或将 %d 名计算期内新招用、合同不足 %s 的人员的劳动合同延长到 %s以上", "or extend the contracts of %[1]d hires of the period to %[2]s or more",
				n, months, months))
		} else {
			d.ContractsToExtend = nil
		}
	}
	o.details(d)
	if f.sc.Firm.CreditClean == model.False {
		o.advise(Text{"须先结清拖欠的工资和社会保险费，消除失信记录", "clear unpaid wages and social insurance first"})
	}
	o.amounts(0, f.fen(params.LoanFirmMax))
}

// hiringLoanForm is the roster of the window's qualifying hires with the
// two ratios worked out, as the bank and the employment bureau check them.
func hiringLoanForm(sc *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(SMEHiringLoanDetails)
	rows := [][]string{}
	for _, h := range d.Hires {
		if h.Index < 0 || h.Index >= len(sc.People) {
			continue
		}
		p := sc.People[h.Index]
		var kinds []string
		if h.Graduate {
			kinds = append(kinds, fmt.Sprintf("高校毕业生（%s 毕业）", p.Graduated))
		}
		for _, c := range p.Categories {
			kinds = append(kinds, model.Categories.Label(c, "zh"))
		}
		contract := "未知"
		if p.ContractMonths != nil {
			contract = fmt.Sprint(*p.ContractMonths)
		}
		rows = append(rows, []string{p.Name, p.IDNumber, p.Hired.String(), contract, strings.Join(kinds, "、"), pick(h.Counted, "计入", "不计入")})
	}
	ratio := func(n int) string {
		if d.Staff == 0 {
			return "—"
		}
		return fmt.Sprintf("%d.%02d%%", n*100/d.Staff, n*10000/d.Staff%100)
	}
	share := params.Show(int64(d.ThresholdPct), params.Percent, "zh")
	grad := params.Show(int64(d.GraduatePct), params.Percent, "zh")
	return []FormTable{
		{Caption: fmt.Sprintf("新招用人员（%s 起入职、评估日在职、不含创办人）：", d.WindowStart),
			Columns: []FormColumn{{Title: "姓名", Width: 1.1}, {Title: "身份证号码", Width: 2.1}, {Title: "入职日期", Width: 1.2},
				{Title: "合同（月）", Width: 0.9, Numeric: true}, {Title: "人员类别", Width: 2.2}, {Title: "是否计入", Width: 0.9}},
			Rows: rows},
		{Columns: []FormColumn{{Title: "审核项目", Width: 2.6}, {Title: "人数", Width: 0.8, Numeric: true},
			{Title: "从业人员", Width: 1, Numeric: true}, {Title: "占比", Width: 1, Numeric: true, Computed: true},
			{Title: "标准", Width: 0.8, Numeric: true}, {Title: "结果", Width: 0.9}},
			Rows: [][]string{
				{"(a) 符合创业担保贷款申请条件人员", fmt.Sprint(d.NewQualifying), fmt.Sprint(d.Staff), ratio(d.NewQualifying), share, pick(d.TestA, "达到", "未达到")},
				{"(b) 高校毕业生", fmt.Sprint(d.NewGraduates), fmt.Sprint(d.Staff), ratio(d.NewGraduates), grad, pick(d.TestB, "达到", "未达到")},
			}},
	}
}
