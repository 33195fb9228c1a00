package engine

import (
	"fmt"
	"slices"
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// RDSuperDeductionDetails are the figures of RULES.md 2.17 for the tax
// year, with the other years' ledgers for the form.
type RDSuperDeductionDetails struct {
	TaxYear          int                  `json:"tax_year"`
	RatePct          int64                `json:"rate_pct"`
	BaseFen          money.Fen            `json:"base_fen"`
	OtherFen         money.Fen            `json:"other_fen"`
	OtherCapFen      money.Fen            `json:"other_cap_fen"`
	EligibleTotalFen money.Fen            `json:"eligible_total_fen"`
	CapitalizedFen   money.Fen            `json:"capitalized_fen"`
	TaxSavingFen     money.Fen            `json:"tax_saving_fen"`
	Q4Method         *string              `json:"q4_method"` // "actual" or "months" in the 2022 split, else null
	Q4Fen            money.Fen            `json:"q4_fen"`    // the fourth-quarter share in the 2022 split
	ByCategory       map[string]money.Fen `json:"by_category"`
	Years            []RDYear             `json:"years"`
}

// RDYear is one year of the R&D ledger.
type RDYear struct {
	TaxYear          int       `json:"tax_year"`
	EligibleTotalFen money.Fen `json:"eligible_total_fen"`
	RatePct          int64     `json:"rate_pct"`
	AmountFen        money.Fen `json:"amount_fen"`
}

// rdExcluded are the industries 财税〔2015〕119号 第四条 bars from the
// super-deduction: 烟草制造业、住宿和餐饮业、批发和零售业、房地产业（含物业管理）、
// 租赁和商务服务业、娱乐业.
var rdExcluded = []string{"tobacco", "accommodation", "catering", "wholesale", "retail",
	"real_estate_development", "property_management", "leasing_business_services", "entertainment"}

// （十四）落实……研发费用加计扣除……等税收优惠政策。 The national rates change
// by tax year (§5 and 2.17).
func rdSuperDeduction() *Rule {
	return &Rule{
		ID: "rd-super-deduction", Clause: "十四", Rests: "研发费用加计扣除", Kind: Tax, Reading: Settled,
		Title: Text{"研发费用加计扣除", "R&D expense super-deduction"},
		Words: AmountWords{Any: Text{"可加计扣除应纳税所得额 %[1]s", "deductible from taxable income: %[1]s"}},
		Evidence: evidence(
			Text{"研发支出辅助账及汇总表", "The R&D auxiliary ledger and its summary"},
			Text{"研发项目立项文件", "R&D project approvals"},
			Text{"企业所得税年度纳税申报表", "The annual corporate income-tax return"},
		),
		note: func(f *facts) Text {
			t := f.Y - 1
			jan1 := civil.YearStart(t)
			return tr("按国家政策执行，税款所属年度为评估年度的上一年（%d 年）。计入当年费用化（非资本化）的研发支出；其他相关费用不超过可加计扣除研发费用总额的 %s，即限额 = 前五类费用之和 × %s ÷（1 − %s），%s。%d 年度加计扣除比例：一般企业 %s，科技型中小企业 %s，制造业企业 %s（%s）。节税额按 %s 税率估算（高新技术企业 %s）。烟草、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐业不适用。集成电路和工业母机企业的更高比例（2023年第44号）本程序不计算。",
				"National rules; the tax year is the year before the evaluation year (%d). Expensed (not capitalised) R&D costs count; other costs may be at most %s of all eligible costs: the cap is the first five categories × %s ÷ (1 − %s), %s. Rates for %d: firms in general %s, technology SMEs %s, manufacturers %s (%s). The tax saving assumes %s (%s for high-tech enterprises). Tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, and entertainment are excluded. The higher rate for integrated-circuit and machine-tool firms (2023 No. 44) is not modelled.",
				t, f.showAt(params.RDOtherCapPct, jan1), f.showAt(params.RDOtherCapPct, jan1), f.showAt(params.RDOtherCapPct, jan1),
				pick(f.use(params.RDCapPerProject, jan1).Value == 1, Text{"按项目分别计算", "worked out per project"}, Text{"全部项目合并计算", "worked out over all projects together"}),
				t, f.showAt(params.RDRate, jan1), f.showAt(params.RDRateTechSME, jan1), f.showAt(params.RDRateManuf, jan1),
				f.use(params.RDRate, jan1).Cite, f.showAt(params.EITRate, jan1), f.showAt(params.EITRateHighTech, jan1))
		},
		eval: evalRDSuperDeduction,
		form: rdSuperDeductionForm,
	}
}

// rdYear is one tax year of the R&D ledger worked out.
type rdYear struct {
	year                           int
	base, other, otherCap, allowed money.Fen
	eligibleTotal, capitalized     money.Fen
	actual, q4Actual               money.Fen // counted (expensed) costs before capping; those from 1 October
	q4                             money.Fen // the fourth-quarter share (2022 split), else 0
	q4Method                       string
	q4Rate                         params.Param
	rate                           params.Param
	taxRate                        params.Param
	amount, taxSaving              money.Fen
	byCategory                     map[string]money.Fen
}

func evalRDSuperDeduction(f *facts, o *outcome) {
	industry := f.sc.Firm.Industry
	t := f.Y - 1
	// The other years are listed on the form; only the tax year's rows are
	// the rule's basis.
	var ledger []rdYear
	f.quietly(func() { ledger = f.rdLedger() })
	years := []RDYear{}
	for _, y := range ledger {
		years = append(years, RDYear{y.year, y.eligibleTotal, y.rate.Value, y.amount})
	}
	c := f.rdYear(t, f.rdLines(t))
	d := RDSuperDeductionDetails{TaxYear: t, RatePct: c.rate.Value, BaseFen: c.base, OtherFen: c.other, OtherCapFen: c.otherCap,
		EligibleTotalFen: c.eligibleTotal, CapitalizedFen: c.capitalized, TaxSavingFen: c.taxSaving, Q4Fen: c.q4,
		ByCategory: c.byCategory, Years: years}
	if c.q4Method != "" {
		d.Q4Method = &c.q4Method
	}
	o.details(d)
	if !o.checkBool(!slices.Contains(rdExcluded, industry), tr("行业：%s（财税〔2015〕119号所列不适用行业除外）",
		"industry: %s (the industries excluded by 财税〔2015〕119号 do not qualify)", label(model.Industries, industry))) {
		return
	}
	o.checkBool(c.eligibleTotal > 0, tr("%d 年可加计扣除的研发费用 %s（前五类 %s，其他相关费用 %s、限额 %s）",
		"eligible R&D costs for %d: %s (first five categories %s, other costs %s capped at %s)",
		t, yuan(c.eligibleTotal), yuan(c.base), yuan(c.other), yuan(c.otherCap)))
	if c.capitalized > 0 {
		o.say(tr("资本化的研发支出 %s 形成无形资产，按摊销额加计，不在本年计入", "capitalised R&D of %s becomes an intangible asset and is deducted through amortisation, not this year",
			yuan(c.capitalized)))
	}
	if c.q4Method != "" {
		o.say(tr("加计比例 %s（%s），其中第四季度份额 %s 按 %s（%s，按%s计算，取实际发生额与月份比例中的较大者）：加计扣除额 %s",
			"rate %s (%s), the fourth-quarter share %s at %s (%s, measured by %s, the larger of actual costs and months): deduction %s",
			showRow(c.rate), c.rate.Cite, yuan(c.q4), showRow(c.q4Rate), c.q4Rate.Cite,
			pick(c.q4Method == "actual", Text{"实际发生额", "actual costs"}, Text{"月份", "months"}), yuan(c.amount)))
	} else {
		o.say(tr("加计比例 %s（%s）：加计扣除额 %s", "rate %s (%s): deduction %s", showRow(c.rate), c.rate.Cite, yuan(c.amount)))
	}
	o.say(tr("按 %s 税率估算节税 %s", "tax saved at %s: %s", showRow(c.taxRate), yuan(c.taxSaving)))
	o.amounts(c.amount, 0)
	o.res.TaxSaving = c.taxSaving
	if c.eligibleTotal > 0 {
		o.advise(tr("在 %d 年度企业所得税汇算清缴时申报加计扣除", "claim it in the %d annual income-tax return", t))
	}
	for _, y := range ledger {
		if y.year == f.Y && y.eligibleTotal > 0 {
			o.advise(tr("%d 年至今的研发费用 %s 在 %d 年度汇算清缴时加计扣除", "R&D costs of %d so far, %s, are claimed in the %d return", f.Y, yuan(y.eligibleTotal), f.Y))
		}
	}
}

// rdLines are the R&D lines dated in year and on or before D.
func (f *facts) rdLines(year int) []*model.RDExpense {
	var out []*model.RDExpense
	for i := range f.sc.RDExpenses {
		if e := &f.sc.RDExpenses[i]; e.Date <= f.D && e.Date.Year() == year {
			out = append(out, e)
		}
	}
	return out
}

// rdLedger works out every year that has R&D lines dated on or before D.
func (f *facts) rdLedger() []rdYear {
	seen := map[int]bool{}
	var years []int
	for _, e := range f.sc.RDExpenses {
		if y := e.Date.Year(); e.Date <= f.D && !seen[y] {
			seen[y] = true
			years = append(years, y)
		}
	}
	sort.Ints(years)
	out := make([]rdYear, 0, len(years))
	for _, y := range years {
		out = append(out, f.rdYear(y, f.rdLines(y)))
	}
	return out
}

// rdYear applies 2.17 to one year's lines, with the rows of that tax year.
func (f *facts) rdYear(year int, lines []*model.RDExpense) rdYear {
	y := rdYear{year: year, byCategory: map[string]money.Fen{}}
	jan1, dec31 := civil.YearStart(year), civil.YearEnd(year)
	q4, hasQ4 := f.p.At(params.RDRateQ4, dec31) // the 2022 fourth-quarter rate exists for that year only
	type project struct{ base, other money.Fen }
	projects := map[string]*project{}
	for _, e := range lines {
		if e.Capitalized {
			y.capitalized += e.Amount
			continue
		}
		y.actual += e.Amount
		y.byCategory[e.Category] += e.Amount
		if hasQ4 && e.Date >= q4.From {
			y.q4Actual += e.Amount
		}
		pr := projects[e.Project]
		if pr == nil {
			pr = &project{}
			projects[e.Project] = pr
		}
		if e.Category == model.RDOther {
			pr.other += e.Amount
			y.other += e.Amount
		} else {
			pr.base += e.Amount
			y.base += e.Amount
		}
	}
	capPct := f.use(params.RDOtherCapPct, jan1).Value
	capOf := func(base money.Fen) money.Fen { return money.Fen(money.MulDiv(int64(base), capPct, 100-capPct)) }
	if f.use(params.RDCapPerProject, jan1).Value == 1 {
		names := make([]string, 0, len(projects))
		for n := range projects {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			pr := projects[n]
			c := capOf(pr.base)
			y.otherCap += c
			y.allowed += min(pr.other, c)
		}
	} else {
		y.otherCap = capOf(y.base)
		y.allowed = min(y.other, y.otherCap)
	}
	y.eligibleTotal = y.base + y.allowed
	y.rate = f.use(params.RDRate, jan1)
	if f.certValidInYear(model.CertTechSME, year) {
		if r := f.use(params.RDRateTechSME, jan1); r.Value > y.rate.Value {
			y.rate = r
		}
	}
	if f.sc.Firm.Industry == model.IndustryManufacturing {
		if r := f.use(params.RDRateManuf, jan1); r.Value > y.rate.Value {
			y.rate = r
		}
	}
	if hasQ4 && q4.Value > y.rate.Value {
		f.use(params.RDRateQ4, dec31)
		y.q4Rate = q4
		actualShare := money.Fen(0)
		if y.actual > 0 {
			actualShare = money.Fen(money.MulDiv(int64(y.eligibleTotal), int64(y.q4Actual), int64(y.actual)))
		}
		m, mQ4 := f.monthsIn(year, q4.From)
		monthsShare := money.Fen(0)
		if m > 0 {
			monthsShare = money.Fen(money.MulDiv(int64(y.eligibleTotal), int64(mQ4), int64(m)))
		}
		y.q4, y.q4Method = actualShare, "actual"
		if monthsShare > actualShare {
			y.q4, y.q4Method = monthsShare, "months"
		}
		y.amount = money.Percent(y.q4, q4.Value) + money.Percent(y.eligibleTotal-y.q4, y.rate.Value)
	} else {
		y.amount = money.Percent(y.eligibleTotal, y.rate.Value)
	}
	y.taxRate = f.use(params.EITRate, jan1)
	if f.certValidInYear(model.CertHighTech, year) {
		y.taxRate = f.use(params.EITRateHighTech, jan1)
	}
	y.taxSaving = money.Percent(y.amount, y.taxRate.Value)
	return y
}

// monthsIn counts the months of year the firm existed in (from its
// founding month, that month included; 12 when founded before the year; 0
// when founded after it) and those of them from the month of from on.
func (f *facts) monthsIn(year int, from civil.Date) (all, fromOn int) {
	founded := f.sc.Firm.Founded
	for m := 1; m <= 12; m++ {
		first, _ := civil.New(year, m, 1)
		if founded.Year() > year || (founded.Year() == year && founded.Month() > m) {
			continue
		}
		all++
		if first >= monthStart(from) {
			fromOn++
		}
	}
	return all, fromOn
}

func rdSuperDeductionForm(_ *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(RDSuperDeductionDetails)
	rows := [][]string{}
	for _, c := range model.RDCategories.Options() {
		if c.Code == model.RDOther {
			continue
		}
		rows = append(rows, []string{c.Zh, d.ByCategory[c.Code].Yuan()})
	}
	rows = append(rows,
		[]string{"前五类合计", d.BaseFen.Yuan()},
		[]string{"其他相关费用（实际发生）", d.OtherFen.Yuan()},
		[]string{"其他相关费用限额", d.OtherCapFen.Yuan()},
		[]string{"可加计扣除的研发费用合计", d.EligibleTotalFen.Yuan()},
		[]string{"加计扣除比例", fmt.Sprintf("%d%%", d.RatePct)},
	)
	if d.Q4Method != nil {
		rows = append(rows, []string{"其中第四季度份额（" + pick(*d.Q4Method == "actual", "按实际发生额", "按月份") + "）", d.Q4Fen.Yuan()})
	}
	rows = append(rows, []string{"加计扣除额", r.Amount.Yuan()}, []string{"预计节税", d.TaxSavingFen.Yuan()})
	if d.CapitalizedFen > 0 {
		rows = append(rows, []string{"资本化研发支出（不在本年计入）", d.CapitalizedFen.Yuan()})
	}
	return []FormTable{{Caption: fmt.Sprintf("税款所属年度：%d 年。", d.TaxYear),
		Columns: []FormColumn{{Title: "项目", Width: 3}, {Title: "金额", Width: 2, Numeric: true, Computed: true}}, Rows: rows}}
}
