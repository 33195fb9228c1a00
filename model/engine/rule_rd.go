package engine

import (
	"slices"
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// rdExcluded are the industries 财税〔2015〕119号 第四条 bars from the
// super-deduction: 烟草制造业、住宿和餐饮业、批发和零售业、房地产业（含物业管理）、
// 租赁和商务服务业、娱乐业.
var rdExcluded = []string{"tobacco", "accommodation", "catering", "wholesale", "retail",
	"real_estate_development", "property_management", "leasing_business_services", "entertainment"}

// （十四）落实……研发费用加计扣除……等税收优惠政策。
func rdSuperDeduction() *Rule {
	return &Rule{
		ID: "rd-super-deduction", Clause: "十四",
		Title: Text{"研发费用加计扣除", "R&D expense super-deduction"},
		Note: Text{"按国家政策执行，税年为评估年度的上一年。计入当年费用化（非资本化）的研发支出；其他相关费用限额 = 前五类费用之和 × 10% ÷ 90%，2020 年及以前按项目分别计算（总局公告2015年第97号），2021 年起合并计算（2021年第28号）。加计比例：2016 年及以前 50%；2017 年科技型中小企业 75%、其他 50%；2018–2020 年 75%；2021 年制造业 100%、其他 75%；2022 年制造业或科技型中小企业 100%，其他 75% 但第四季度发生额所占份额按 100%；2023 年起 100%。节税额按 25%（高新技术企业 15%）税率估算。烟草、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐业不适用。",
			"National rules; the tax year is the year before the evaluation year. Expensed (not capitalised) R&D costs count; 'other' costs are capped at the first five categories × 10% ÷ 90%, per project up to 2020 (SAT 2015 No. 97) and over all projects from 2021 (2021 No. 28). Rates: 50% to 2016; 2017 75% for technology SMEs, else 50%; 2018–2020 75%; 2021 100% for manufacturing, else 75%; 2022 100% for manufacturing or technology SMEs, else 75% but 100% on the fourth-quarter share; from 2023 100%. The tax saving assumes 25% (15% for high-tech enterprises). Tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, and entertainment are excluded."},
		Evidence: evidence(
			Text{"研发支出辅助账及汇总表", "The R&D auxiliary ledger and its summary"},
			Text{"研发项目立项文件", "R&D project approvals"},
			Text{"企业所得税年度纳税申报表", "The annual corporate income-tax return"},
		),
		eval: func(f *facts, o *outcome) {
			industry := f.sc.Firm.Industry
			label := Text{model.Industries.Label(industry, "zh"), model.Industries.Label(industry, "en")}
			t := f.Y - 1
			ledger := f.rdLedger()
			years := []Details{}
			var current rdYear
			for _, y := range ledger {
				years = append(years, y.details())
				if y.year == t {
					current = y
				}
			}
			if current.year == 0 {
				current = f.rdYear(t, nil)
			}
			d := current.details()
			delete(d, "amount_fen")
			d["by_category"] = current.byCategory
			for k, v := range d {
				o.detail(k, v)
			}
			o.detail("years", years)
			if !o.checkBool(!slices.Contains(rdExcluded, industry), tr("行业：%s（财税〔2015〕119号不适用行业除外）", "industry: %s (the industries excluded by 财税〔2015〕119号 do not qualify)", label)) {
				return
			}
			c := current
			o.checkBool(c.eligibleTotal > 0, tr("%d 年可加计扣除的研发费用 %s（前五类 %s，其他相关费用 %s、限额 %s）",
				"eligible R&D costs for %d: %s (first five categories %s, other costs %s capped at %s)",
				t, c.eligibleTotal.Yuan(), c.base.Yuan(), c.other.Yuan(), c.otherCap.Yuan()))
			if c.capitalized > 0 {
				o.say(tr("资本化的研发支出 %s 形成无形资产，按摊销额加计，不在本年计入", "capitalised R&D of %s becomes an intangible asset and is deducted through amortisation, not this year",
					c.capitalized.Yuan()))
			}
			if c.q4 > 0 {
				o.say(tr("加计比例 %d%%，其中第四季度份额 %s 按 %d%%：加计扣除额 %s", "rate %d%%, the fourth-quarter share %s at %d%%: deduction %s",
					c.ratePct, c.q4.Yuan(), c.q4Rate, c.amount.Yuan()))
			} else {
				o.say(tr("加计比例 %d%%：加计扣除额 %s", "rate %d%%: deduction %s", c.ratePct, c.amount.Yuan()))
			}
			o.say(tr("按 %d%% 税率估算节税 %s", "tax saved at %d%%: %s", c.taxPct, c.taxSaving.Yuan()))
			o.amounts(c.amount, 0)
			if c.eligibleTotal > 0 {
				o.advise(tr("在 %d 年度企业所得税汇算清缴（%d 年 5 月 31 日前）时申报加计扣除", "claim it in the %d annual income-tax return, due by 31 May %d", t, f.Y))
			}
			for _, y := range ledger {
				if y.year == f.Y && y.eligibleTotal > 0 {
					o.advise(tr("%d 年至今的研发费用 %s 在 %d 年度汇算清缴时加计扣除", "R&D costs of %d so far, %s, are claimed in the %d return", f.Y, y.eligibleTotal.Yuan(), f.Y))
				}
			}
		},
	}
}

// rdYear is one tax year of the R&D ledger.
type rdYear struct {
	year                               int
	base, other, otherCap, allowed     money.Fen
	eligibleTotal, capitalized, actual money.Fen
	q4Actual, q4                       money.Fen
	ratePct, q4Rate, taxPct            int64
	amount, taxSaving                  money.Fen
	rated                              bool    // the table has a rate for the year
	byCategory                         Details // counted (expensed) amounts by category code
}

func (y rdYear) details() Details {
	return Details{
		"tax_year": y.year, "rate_pct": y.ratePct, "base_fen": y.base, "other_fen": y.other,
		"other_cap_fen": y.otherCap, "eligible_total_fen": y.eligibleTotal, "capitalized_fen": y.capitalized,
		"tax_saving_fen": y.taxSaving, "amount_fen": y.amount,
	}
}

// rdLedger computes every year that has R&D lines dated on or before D.
func (f *facts) rdLedger() []rdYear {
	byYear := map[int][]*model.RDExpense{}
	for i := range f.sc.RDExpenses {
		e := &f.sc.RDExpenses[i]
		if e.Date <= f.D {
			byYear[e.Date.Year()] = append(byYear[e.Date.Year()], e)
		}
	}
	var years []int
	for y := range byYear {
		years = append(years, y)
	}
	sort.Ints(years)
	out := make([]rdYear, 0, len(years))
	for _, y := range years {
		out = append(out, f.rdYear(y, byYear[y]))
	}
	return out
}

// rdYear applies §2.17 to one year's lines.
func (f *facts) rdYear(year int, lines []*model.RDExpense) rdYear {
	y := rdYear{year: year, byCategory: Details{}}
	type project struct{ base, other money.Fen }
	projects := map[string]*project{}
	var names []string
	// The fourth-quarter rate (2022年第28号) applies from its own start
	// date, which the table holds; other years have none.
	q4, noQ4 := f.p.Lookup(params.RDRateQ4, civil.YearEnd(year))
	for _, e := range lines {
		if e.Capitalized {
			y.capitalized += e.Amount
			continue
		}
		y.actual += e.Amount
		sum, _ := y.byCategory[e.Category].(money.Fen)
		y.byCategory[e.Category] = sum + e.Amount
		if noQ4 == nil && e.Date >= q4.From {
			y.q4Actual += e.Amount
		}
		pr := projects[e.Project]
		if pr == nil {
			pr = &project{}
			projects[e.Project] = pr
			names = append(names, e.Project)
		}
		if e.Category == model.RDOther {
			pr.other += e.Amount
			y.other += e.Amount
		} else {
			pr.base += e.Amount
			y.base += e.Amount
		}
	}
	jan1 := civil.YearStart(year)
	if !f.p.Has(params.RDOtherCapNum, jan1) || !f.p.Has(params.RDRate, jan1) {
		return y // before the table: listed, not computed
	}
	num, den := f.p.Get(params.RDOtherCapNum, jan1), f.p.Get(params.RDOtherCapDen, jan1)
	capOf := func(base money.Fen) money.Fen { return money.Fen(money.MulDiv(int64(base), num, den)) }
	if f.p.Get(params.RDCapPerProject, jan1) == 1 {
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
	y.rated = true
	y.ratePct = f.p.Get(params.RDRate, jan1)
	if f.p.Has(params.RDRateTechSME, jan1) && f.certValidInYear(model.CertTechSME, year) {
		y.ratePct = max(y.ratePct, f.p.Get(params.RDRateTechSME, jan1))
	}
	if f.p.Has(params.RDRateManuf, jan1) && f.sc.Firm.Industry == model.IndustryManufacturing {
		y.ratePct = max(y.ratePct, f.p.Get(params.RDRateManuf, jan1))
	}
	if noQ4 == nil && q4.Value > y.ratePct && y.actual > 0 {
		y.q4Rate = q4.Value
		y.q4 = money.Fen(money.MulDiv(int64(y.eligibleTotal), int64(y.q4Actual), int64(y.actual)))
		y.amount = money.Percent(y.q4, y.q4Rate) + money.Percent(y.eligibleTotal-y.q4, y.ratePct)
	} else {
		y.amount = money.Percent(y.eligibleTotal, y.ratePct)
	}
	y.taxPct = f.p.Get(params.TaxRate, jan1)
	if f.certValidInYear(model.CertHighTech, year) {
		y.taxPct = f.p.Get(params.TaxRateHighTech, jan1)
	}
	y.taxSaving = money.Percent(y.amount, y.taxPct)
	return y
}
