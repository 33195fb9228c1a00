package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// TechSMEFounderLoanDetails are the figures of RULES.md 2.12.
type TechSMEFounderLoanDetails struct {
	ExtraPrincipalFen money.Fen `json:"extra_principal_fen"`
	RateBP            int64     `json:"rate_bp"`
	Months            int       `json:"months"`
	SubsidyFen        money.Fen `json:"subsidy_fen"`
	ProvinceFen       money.Fen `json:"province_fen"`
	CityFen           money.Fen `json:"city_fen"`
	CountyFen         money.Fen `json:"county_fen"`
	Estimated         bool      `json:"estimated"`
}

// （九）经科技行政管理部门认定的科技型小微企业，符合小微型企业划型标准，在本市内依法
// 成立的企业，对创办个人发放的创业担保贷款额度由 10 万元提高到 20 万元，提高后增加的
// 10 万元贷款，按照规定给予 2 年期的贴息，贴息资金由省、市、县区财政按照 4︰3︰3 的
// 比例承担。
// The raise is measured against the national individual ceiling in force
// (§5.1): since that reached the clause's ceiling, the raise adds nothing.
func techSMEFounderLoan() *Rule {
	return &Rule{
		ID: "tech-sme-founder-loan", Clause: "九", Rests: "对创办个人发放的创业担保贷款额度", Kind: Loan, Reading: Ceiling,
		Title: Text{"科技型小微企业创办人担保贷款提至20万元及贴息", "Founder's guaranteed loan raised to 200,000 yuan, with interest subsidy, for technology SMEs"},
		Words: AmountWords{Any: Text{"贴息 %[1]s；贷款额度最高 %[2]s", "interest subsidy %[1]s; loans up to %[2]s"},
			NoAmount: Text{"贷款额度最高 %[2]s", "loans up to %[2]s"}},
		Evidence: evidence(
			Text{"科技型中小企业认定证书（评价入库编号）", "Technology-SME certificate"},
			Text{"创业担保贷款合同及放款凭证", "The guaranteed-loan contract and disbursement record"},
			Text{"付息凭证", "Interest payment records"},
			Text{"近一年财务报表（企业划型依据）", "Last year's financial statements (for the size class)"},
		),
		note: func(f *facts) Text {
			return tr("须持有评估日有效的科技型中小企业认定且为小微企业。创办人的额度为 %s与评估日施行的创业担保贷款个人额度（%s）中的较高者。贴息只针对（九）把个人额度提高到 %s而增加的部分：按创办人最近一笔（评估日前开始；同日取金额较大者）创业担保贷款，提高部分 = min(max(贷款额 − 放款日个人额度, 0), %s − 放款日个人额度)，期限取贷款期限与 %s的较小者，利率以放款日的参考利率（%s 前为一年期贷款基准利率，其后为一年期LPR）为限：贴息 = 本金 × 利率 × 月数 ÷ 12，四舍五入到分；省、市分别按 %s、%s 四舍五入，县区承担余额。尚无此类贷款时按评估日的提高部分、%s、参考利率估算（估算不计入“资金”合计）。",
				"Needs a technology-SME certification valid on the evaluation date and a small or micro firm. The founder may borrow the higher of %s and the national individual ceiling in force on the evaluation date (%s). The subsidy is only on what clause (九) added by raising the ceiling to %s: on the founder's latest guaranteed loan started by the evaluation date (the larger on a tie), the raised part = min(max(amount − the individual ceiling on the start date, 0), %s − that ceiling), for the shorter of its term and %s, at its rate capped at the reference rate on the start date (the one-year benchmark until %s, then the one-year LPR): principal × rate × months ÷ 12, rounded to the fen; province %s and city %s each rounded, the county the rest. Without such a loan it is estimated on the raised part on the evaluation date, %s, the reference rate (an estimate is not counted as money).",
				f.show(params.TechLoanMax), f.show(params.LoanPersonMax), f.show(params.TechLoanMax), f.show(params.TechLoanMax),
				f.show(params.TechLoanMonths), lprStart(f), f.show(params.TechLoanProvince), f.show(params.TechLoanCity),
				f.show(params.TechLoanMonths))
		},
		eval: evalTechSMEFounderLoan,
		form: techSMEFounderLoanForm,
	}
}

// lprStart is the first day of the LPR rows of the reference rate (§5.3),
// read from the table so that the note does not write it down.
func lprStart(f *facts) civil.Date {
	rows := f.p.KeyRows(params.ReferenceRate)
	if len(rows) > 1 {
		return rows[0].To
	}
	return 0
}

// raise is what the clause adds to the individual ceiling for a loan
// started on x: the clause's ceiling minus the national one in force on x,
// and nothing before the clause existed.
func (f *facts) raise(x civil.Date) money.Fen {
	if x < f.date(params.PolicyInForce) {
		return 0
	}
	return max(0, f.fen(params.TechLoanMax)-money.Fen(f.use(params.LoanPersonMax, x).Value))
}

// founderLoanSubsidy is the interest subsidy of RULES.md 2.12 on one loan.
type founderLoanSubsidy struct {
	extra   money.Fen
	rate    int64
	months  int
	subsidy money.Fen
	raise   money.Fen // the raise the formula used
}

func (f *facts) subsidyOn(extra money.Fen, rate int64, months int, raise money.Fen) founderLoanSubsidy {
	s := money.Fen(money.MulDiv(int64(extra)*rate, int64(months), 10000*12))
	return founderLoanSubsidy{extra, rate, months, s, raise}
}

// loanSubsidy works out the subsidy on a founder's loan.
func (f *facts) loanSubsidy(l model.Loan) founderLoanSubsidy {
	individual := money.Fen(f.use(params.LoanPersonMax, l.Start).Value)
	r := f.raise(l.Start)
	extra := min(max(l.Amount-individual, 0), r)
	months := min(l.TermMonths, int(f.param(params.TechLoanMonths)))
	rate := min(int64(l.RateBP), f.use(params.ReferenceRate, l.Start).Value)
	return f.subsidyOn(extra, rate, months, r)
}

// latestFounderLoan is the latest guaranteed loan to a founder started on or
// before D; on a tie of start dates, the larger amount, then the larger
// subsidy.
func (f *facts) latestFounderLoan() (model.Loan, founderLoanSubsidy, bool) {
	var best model.Loan
	var bestSub founderLoanSubsidy
	found := false
	for _, l := range f.sc.Loans {
		if l.Kind != model.LoanGuaranteed || l.Start > f.D || !f.isFounder(l.Borrower) {
			continue
		}
		sub := f.loanSubsidy(l)
		better := !found || l.Start > best.Start ||
			(l.Start == best.Start && (l.Amount > best.Amount || (l.Amount == best.Amount && sub.subsidy > bestSub.subsidy)))
		if better {
			best, bestSub, found = l, sub, true
		}
	}
	return best, bestSub, found
}

func evalTechSMEFounderLoan(f *facts, o *outcome) {
	cert, valid := f.certValidAt(model.CertTechSME)
	if valid {
		o.checkBool(true, tr("科技型中小企业认定有效：%s 认定，有效期至 %s", "technology-SME certification valid: issued %s, valid until %s",
			cert.Issued, pick(cert.Expires.IsZero(), Text{"长期", "no expiry"}, tr("%s", "%s", cert.Expires))))
	} else {
		o.checkBool(false, Text{"评估日没有有效的科技型中小企业认定", "no technology-SME certification valid on the evaluation date"})
		o.advise(Text{"向科技部门申请科技型中小企业评价入库后可适用", "register as a technology-based SME with the science bureau to qualify"})
	}
	o.checkSmall()

	clauseMax := f.fen(params.TechLoanMax)
	loan, sub, found := f.latestFounderLoan()
	if found {
		o.say(tr("创办人贷款：%s 起借款 %s，期限 %d 个月，年利率 %s；放款日个人额度 %s，提高部分 %s，按 %d 个月、年利率 %s（以参考利率 %s 为限）贴息",
			"founder's loan: %[2]s from %[1]s for %[3]d months at %[4]s; the individual ceiling on that day %[5]s, the raised part %[6]s, subsidised for %[7]d months at %[8]s (capped at the reference rate %[9]s)",
			loan.Start, yuan(loan.Amount), loan.TermMonths, bp(int64(loan.RateBP)), f.showAt(params.LoanPersonMax, loan.Start),
			yuan(sub.extra), sub.months, bp(sub.rate), f.showAt(params.ReferenceRate, loan.Start)))
	} else {
		r := f.raise(f.D)
		sub = f.subsidyOn(r, f.param(params.ReferenceRate), int(f.param(params.TechLoanMonths)), r)
		o.say(tr("尚无创办人的创业担保贷款，按评估日的提高部分 %s、%d 个月、参考利率 %s 估算", "no guaranteed loan to a founder yet: estimated on the raised part on the evaluation date, %s, for %d months at the reference rate %s",
			yuan(sub.extra), sub.months, bp(sub.rate)))
	}
	if sub.raise == 0 {
		p := f.use(params.LoanPersonMax, pick(found, loan.Start, f.D))
		o.say(tr("国家创业担保贷款个人额度已达 %s（%s，%s 起），不低于本条的 %s，提高部分为零，无此项贴息",
			"the national individual ceiling is already %s (%s, from %s), no less than this clause's %s: nothing is raised, so no subsidy",
			showRow(p), p.Cite, p.From, yuanText(clauseMax)))
	}
	province := money.Percent(sub.subsidy, f.param(params.TechLoanProvince))
	city := money.Percent(sub.subsidy, f.param(params.TechLoanCity))
	county := sub.subsidy - province - city
	o.say(tr("贴息 %s：省 %s，市 %s，县区 %s", "interest subsidy %s: province %s, city %s, county %s",
		yuan(sub.subsidy), yuan(province), yuan(city), yuan(county)))
	o.details(TechSMEFounderLoanDetails{sub.extra, sub.rate, sub.months, sub.subsidy, province, city, county, !found})
	o.res.Estimated = !found
	o.amounts(sub.subsidy, max(clauseMax, f.fen(params.LoanPersonMax)))
	if cert.Expires > 0 && valid {
		o.advise(tr("科技型中小企业认定 %s 到期，请及时重新评价", "the technology-SME certification expires on %s: renew it in time", cert.Expires))
	}
}

func techSMEFounderLoanForm(_ *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(TechSMEFounderLoanDetails)
	basis := "创办人贷款"
	if d.Estimated {
		basis = "估算（尚无贷款）"
	}
	return []FormTable{{Columns: []FormColumn{{Title: "贴息计算", Width: 2.2}, {Title: "数额", Width: 2, Numeric: true, Computed: true}},
		Rows: [][]string{
			{"计算依据", basis},
			{"提高部分本金", d.ExtraPrincipalFen.Yuan()},
			{"贴息利率", bp(d.RateBP).Zh},
			{"贴息月数", fmt.Sprint(d.Months)},
			{"贴息合计", d.SubsidyFen.Yuan()},
			{"省级承担（" + r.usedText(params.TechLoanProvince) + "）", d.ProvinceFen.Yuan()},
			{"市级承担（" + r.usedText(params.TechLoanCity) + "）", d.CityFen.Yuan()},
			{"县区承担（余额）", d.CountyFen.Yuan()},
		}}}
}
