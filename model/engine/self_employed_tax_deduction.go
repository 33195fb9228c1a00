package engine

import (
	"fmt"
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// SelfEmployedDetails are the figures of RULES.md 2.18.
type SelfEmployedDetails struct {
	WindowStart civil.Date        `json:"window_start"`
	WindowEnd   civil.Date        `json:"window_end"`
	TotalFen    money.Fen         `json:"total_fen"`
	Rows        []SelfEmployedRow `json:"rows"`
}

// SelfEmployedRow is one tax year inside the window.
type SelfEmployedRow struct {
	Year                       int       `json:"year"`
	Months                     int       `json:"months"`
	LimitFen                   money.Fen `json:"limit_fen"` // the yearly limit of §5.2 for the year
	CapFen                     money.Fen `json:"cap_fen"`
	VATFen                     money.Fen `json:"vat_fen"`
	UrbanConstructionFen       money.Fen `json:"urban_construction_fen"`
	EducationSurchargeFen      money.Fen `json:"education_surcharge_fen"`
	LocalEducationSurchargeFen money.Fen `json:"local_education_surcharge_fen"`
	PersonalIncomeFen          money.Fen `json:"personal_income_fen"`
	TotalFen                   money.Fen `json:"total_fen"`
}

// （十四）持《就业失业登记证》（注明“自主创业税收政策”或附《高校毕业生自主创业证》）
// 人员从事个体经营且符合有关规定的，在 3 年内按照每户每年 9600 元为限额依次扣减其
// 当年实际应缴纳的增值税、城市维护建设税、教育费附加和个人所得税。
// The yearly limit is national and set by tax year (§5.2).
func selfEmployedTaxDeduction() *Rule {
	return &Rule{
		ID: "self-employed-tax-deduction", Clause: "十四", Rests: "为限额依次扣减", Kind: Tax, Reading: Settled,
		Title: Text{"自主创业个体经营每户每年9600元限额扣减", "Tax reduction of up to 9,600 yuan a year for self-employed individual businesses"},
		Words: AmountWords{Any: Text{"可扣减税款 %[1]s", "tax reduced by %[1]s"}},
		Evidence: evidence(
			Text{"《就业失业登记证》（注明“自主创业税收政策”）或《高校毕业生自主创业证》", "The employment registration certificate endorsed for self-employment, or the graduate self-employment certificate"},
			Text{"各年度纳税申报表及完税凭证", "Each year's tax returns and receipts"},
		),
		note: func(f *facts) Text {
			lim, ok := f.limitOf(f.Y)
			if !ok {
				return tr("须为个体工商户，且创办人持注明“自主创业税收政策”的《就业失业登记证》（评估日前发证）。期限自办理登记当月 1 日起 %s。%d 年度国家尚未公布限额，本程序规则核对至 %s，该年度不计扣减。",
					"An individual business whose founder holds an employment registration certificate endorsed for self-employment tax relief. The relief runs %s from the first day of the founding month. No national limit is known for %d (the rules were checked on %s): that year is not counted.",
					f.show(params.SelfEmpMonths), f.Y, f.date(params.CheckedThrough))
			}
			return tr("须为个体工商户，且创办人持注明“自主创业税收政策”的《就业失业登记证》（评估日前发证）。期限自办理登记当月 1 日起 %s（截止日为其后一个月的 1 日），评估日须在截止日前。年度限额按税款所属年度适用国家标准：%d 年为每户每年 %s（%s，国家标准允许省级上浮的，云南省按最高幅度执行），期内限额提高的，以后年度按新限额。每年可扣减额 = 年度限额 ÷ 12 × 当年在期内的月数，四舍五入到分；依次扣减增值税、城市维护建设税、教育费附加、地方教育附加、个人所得税，各以实缴税额和剩余限额孰低为限。",
				"An individual business whose founder holds an employment registration certificate endorsed for self-employment tax relief, issued by the evaluation date. The relief runs %s from the first day of the founding month (ending on the first day of the month after), and the evaluation date must be before that end. The yearly limit is the national one of each tax year: %d: %s a household (%s, with the provincial raise the national rule allows applied in full by Yunnan); a household inside its window when the limit rises takes the new limit for the later years. Each year's cap is the limit ÷ 12 × the months of the year inside the window, rounded to the fen, taken in order from VAT, urban construction tax, education surcharge, local education surcharge and personal income tax, each at most the tax paid and the cap left.",
				f.show(params.SelfEmpMonths), f.Y, showRow(lim), lim.Cite)
		},
		eval: evalSelfEmployed,
		form: selfEmployedForm,
	}
}

func evalSelfEmployed(f *facts, o *outcome) {
	start := monthStart(f.sc.Firm.Founded)
	end := start.AddMonths(int(f.param(params.SelfEmpMonths)))
	d := SelfEmployedDetails{WindowStart: start, WindowEnd: end, Rows: []SelfEmployedRow{}}
	form := f.sc.Firm.LegalForm
	individual := o.checkBool(form == model.LegalIndividualBusiness, tr("组织形式：%s（须为个体工商户）", "legal form: %s (must be an individual business)",
		label(model.LegalForms, form)))
	certified := o.founderCheck(f, Text{"创办人持注明“自主创业税收政策”的就业失业登记证", "a founder holds an employment certificate endorsed for self-employment"},
		func(_ int, p *model.Person) (model.Tri, []string, Text) {
			c := p.EmploymentCertificate
			switch {
			case c == nil:
				return model.False, nil, Text{"无就业失业登记证", "no certificate"}
			case c.Issued > f.D:
				return model.False, nil, tr("%s 发证，晚于评估日", "issued %s, after the evaluation date", c.Issued)
			case !c.SelfEmployment:
				return model.False, nil, tr("%s 发证，未注明自主创业", "issued %s, not endorsed for self-employment", c.Issued)
			}
			return model.True, nil, tr("%s 发证，注明自主创业", "issued %s, endorsed for self-employment", c.Issued)
		})
	if !o.checkBool(f.D < end, tr("扣减期：%s 至 %s（不含），评估日 %s", "relief window: %s up to %s (exclusive), evaluation date %s", start, end, f.D)) {
		o.advise(tr("扣减期已于 %s 结束", "the relief window ended on %s", end))
	}
	taxes := append([]model.TaxYear(nil), f.sc.Taxes...)
	sort.Slice(taxes, func(i, j int) bool { return taxes[i].Year < taxes[j].Year })
	for _, t := range taxes {
		if t.Year > f.Y {
			continue
		}
		months := monthsInYear(t.Year, start, end)
		if months == 0 {
			continue
		}
		lim, ok := f.limitOf(t.Year)
		if !ok {
			o.say(tr("%d 年：国家未公布该年度限额，不计", "%d: no national limit for that year, not counted", t.Year))
			continue
		}
		capFen := money.Fen(money.MulDiv(lim.Value, int64(months), 12))
		left := capFen
		take := func(tax money.Fen) money.Fen {
			x := min(tax, left)
			left -= x
			return x
		}
		row := SelfEmployedRow{Year: t.Year, Months: months, LimitFen: money.Fen(lim.Value), CapFen: capFen}
		row.VATFen = take(t.VAT)
		row.UrbanConstructionFen = take(t.UrbanConstruction)
		row.EducationSurchargeFen = take(t.EducationSurcharge)
		row.LocalEducationSurchargeFen = take(t.LocalEducationSurcharge)
		row.PersonalIncomeFen = take(t.PersonalIncome)
		row.TotalFen = capFen - left
		d.TotalFen += row.TotalFen
		d.Rows = append(d.Rows, row)
		o.say(tr("%d 年：年度限额 %s（%s），期内 %d 个月，可扣减限额 %s，扣减 %s", "%d: yearly limit %s (%s), %d months in the window, cap %s, reduced %s",
			t.Year, showRow(lim), lim.Cite, months, yuan(capFen), yuan(row.TotalFen)))
	}
	o.details(d)
	o.amounts(d.TotalFen, 0)
	o.res.TaxSaving = d.TotalFen
	if lim, ok := f.limitOf(f.Y); ok && individual && certified == model.True && f.D < end {
		o.advise(tr("%s 前每年申报时依次扣减，%d 年限额 %s", "until %s, reduce each year's taxes in order; the %d limit is %s", end, f.Y, showRow(lim)))
	}
}

// limitOf is the self-employment limit of a tax year (§5.2), recorded in
// the basis; a year after the table's last row has none.
func (f *facts) limitOf(year int) (params.Param, bool) {
	if !f.p.Has(params.SelfEmpYearLimit, civil.YearStart(year)) {
		return params.Param{}, false
	}
	return f.use(params.SelfEmpYearLimit, civil.YearStart(year)), true
}

func monthStart(d civil.Date) civil.Date {
	v, _ := civil.New(d.Year(), d.Month(), 1)
	return v
}

// monthsInYear counts the months of year whose first day is in [start, end).
func monthsInYear(year int, start, end civil.Date) int {
	n := 0
	for m := 1; m <= 12; m++ {
		first, _ := civil.New(year, m, 1)
		if first >= start && first < end {
			n++
		}
	}
	return n
}

func selfEmployedForm(_ *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(SelfEmployedDetails)
	rows := [][]string{}
	for _, x := range d.Rows {
		rows = append(rows, []string{fmt.Sprint(x.Year), fmt.Sprint(x.Months), x.LimitFen.Yuan(), x.CapFen.Yuan(), x.VATFen.Yuan(),
			x.UrbanConstructionFen.Yuan(), x.EducationSurchargeFen.Yuan(), x.LocalEducationSurchargeFen.Yuan(), x.PersonalIncomeFen.Yuan(), x.TotalFen.Yuan()})
	}
	return []FormTable{{
		Caption: fmt.Sprintf("扣减期：%s 至 %s（不含）。各年度可扣减限额 = 当年限额 ÷ 12 × 期内月数。", d.WindowStart, d.WindowEnd),
		Columns: []FormColumn{{Title: "年度", Width: 0.7}, {Title: "月数", Width: 0.6, Numeric: true}, {Title: "年度限额", Width: 1.2, Numeric: true},
			{Title: "可扣减限额", Width: 1.2, Numeric: true, Computed: true}, {Title: "增值税", Width: 1.1, Numeric: true},
			{Title: "城建税", Width: 1, Numeric: true}, {Title: "教育费附加", Width: 1, Numeric: true}, {Title: "地方教育附加", Width: 1, Numeric: true},
			{Title: "个人所得税", Width: 1.1, Numeric: true}, {Title: "扣减合计", Width: 1.2, Numeric: true, Computed: true}},
		Rows: rows,
	}}
}
