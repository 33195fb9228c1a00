package engine

import (
	"fmt"
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// （十四）持《就业失业登记证》（注明“自主创业税收政策”或附《高校毕业生自主创业证》）
// 人员从事个体经营且符合有关规定的，在 3 年内按照每户每年 9600 元为限额依次扣减其
// 当年实际应缴纳的增值税、城市维护建设税、教育费附加和个人所得税。
func selfEmployedTaxDeduction() *Rule {
	return &Rule{
		ID: "self-employed-tax-deduction", Clause: "十四",
		Title: Text{"自主创业个体经营每户每年9600元限额扣减", "Tax reduction of up to 9,600 yuan a year for self-employed individual businesses"},
		Note: Text{"须为个体工商户，且创办人持注明“自主创业税收政策”的《就业失业登记证》（评估日前发证）。3 年自开业当月 1 日起算 36 个月（截止日为第 37 个月的 1 日），评估日须在截止日前。每年限额 = 9600 元 ÷ 12 × 当年在期内的月数，四舍五入到分；依次扣减增值税、城市维护建设税、教育费附加、地方教育附加、个人所得税，各以实缴税额和剩余限额孰低为限。",
			"An individual business whose founder holds an employment registration certificate endorsed for self-employment tax relief, issued by the evaluation date. The 3 years run 36 months from the first day of the founding month (ending on the first day of the 37th month), and the evaluation date must be before that. Each year's cap is 9,600 yuan ÷ 12 × the months of the year inside the window, rounded to the fen, taken in order from VAT, urban construction tax, education surcharge, local education surcharge and personal income tax, each at most the tax paid and the cap left."},
		Evidence: evidence(
			Text{"《就业失业登记证》（注明“自主创业税收政策”）或《高校毕业生自主创业证》", "The employment registration certificate endorsed for self-employment, or the graduate self-employment certificate"},
			Text{"各年度纳税申报表及完税凭证", "Each year's tax returns and receipts"},
		),
		eval: func(f *facts, o *outcome) {
			start := monthStart(f.sc.Firm.Founded)
			end := start.AddMonths(int(f.param(params.SelfEmpMonths)))
			o.detail("window_start", start)
			o.detail("window_end", end)
			form := f.sc.Firm.LegalForm
			individual := o.checkBool(form == model.LegalIndividualBusiness, tr("组织形式：%s（须为个体工商户）", "legal form: %s (must be an individual business)",
				Text{model.LegalForms.Label(form, "zh"), model.LegalForms.Label(form, "en")}))
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
			if !o.checkBool(f.D < end, tr("3 年期：%s 至 %s（不含），评估日 %s", "3-year window: %s up to %s (exclusive), evaluation date %s", start, end, f.D)) {
				o.advise(tr("3 年期已于 %s 结束", "the 3-year window ended on %s", end))
			}
			yearCap := f.fen(params.SelfEmpYearCap)
			rows := []Details{}
			var total money.Fen
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
				capFen := money.Fen(money.MulDiv(int64(yearCap), int64(months), 12))
				left := capFen
				take := func(tax money.Fen) money.Fen {
					d := min(tax, left)
					left -= d
					return d
				}
				row := Details{"year": t.Year, "months": months, "cap_fen": capFen,
					"vat_fen": take(t.VAT), "urban_construction_fen": take(t.UrbanConstruction),
					"education_surcharge_fen":       take(t.EducationSurcharge),
					"local_education_surcharge_fen": take(t.LocalEducationSurcharge),
					"personal_income_fen":           take(t.PersonalIncome)}
				deducted := capFen - left
				row["total_fen"] = deducted
				total += deducted
				rows = append(rows, row)
				o.say(tr("%d 年：期内 %d 个月，限额 %s，扣减 %s", "%d: %d months in the window, cap %s, reduced %s",
					t.Year, months, capFen.Yuan(), deducted.Yuan()))
			}
			o.detail("total_fen", total)
			o.detail("rows", rows)
			o.amounts(total, 0)
			if individual && certified == model.True && f.D < end {
				o.advise(tr("%s 前每年申报时依次扣减，限额 %s/年", "until %s, reduce each year's taxes in order, up to %s a year", end, yearCap.Yuan()))
			}
		},
	}
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

// （十四）对创业投资企业采取股权投资方式投资未上市的中小高新技术企业 2 年以上的，可
// 按照其投资额的 70%在股权持有满 2 年的当年抵扣该创业投资企业的应纳税所得额，当年不足
// 抵扣的，可以在以后纳税年度结转抵扣。
func vcInvestmentDeduction() *Rule {
	return &Rule{
		ID: "vc-investment-deduction", Clause: "十四",
		Title: Text{"创业投资企业投资额70%抵扣应纳税所得额", "Venture investors deduct 70% of investments from taxable income"},
		Note: Text{"须持有评估日有效的创业投资企业认定。合格投资：投资于未上市的中小高新技术企业，持有满 2 年（满 2 年之日不晚于评估日），且满 2 年前未退出。每笔按投资额的 70% 四舍五入，在满 2 年的当年可用。台账自第一笔可用年度起，至评估年度及以前最后一个有财务数据的年度：可用 = 上年结转 + 当年新增，当年抵扣 = min(可用, max(应纳税所得额, 0))，余额结转；期间缺少某年度财务数据或应纳税所得额未知的，列为待补充。节税额按 25% 估算。",
			"Needs a venture-capital certification valid on the evaluation date. A qualifying investment is in an unlisted small or medium high-tech firm, held two years by the evaluation date and not exited before then; each yields 70% of the amount, rounded, in the year it reaches two years. The ledger runs from the first such year to the last year up to the evaluation year with accounts: available = carried + new, used = min(available, max(taxable income, 0)), the rest carried; a missing year or unknown taxable income in that range is missing data. The tax saving assumes 25%."},
		Evidence: evidence(
			Text{"创业投资企业备案文件", "Venture-capital enterprise registration"},
			Text{"投资协议、出资凭证及股权登记证明", "Investment agreements, payment records and equity registration"},
			Text{"被投资企业的高新技术企业证书及未上市证明", "The investee's high-tech certificate and proof it is unlisted"},
			Text{"企业所得税年度纳税申报表", "The annual corporate income-tax returns"},
		),
		eval: evalVC,
	}
}

func evalVC(f *facts, o *outcome) {
	cert, valid := f.certValidAt(model.CertVCEnterprise)
	o.checkBool(valid, pick(valid, tr("创业投资企业认定有效（%s 起）", "venture-capital certification valid (since %s)", cert.Issued),
		Text{"评估日没有有效的创业投资企业认定", "no venture-capital certification valid on the evaluation date"}))
	years := int(f.param(params.VCYears))
	pct := f.param(params.VCPct)
	newIn := map[int]money.Fen{}
	schedule := []Details{}
	var available money.Fen
	first, matured := 0, 0
	for i, in := range f.sc.Investments {
		if in.Date > f.D || !in.Unlisted || !in.SMEHighTech {
			continue
		}
		mark := in.Date.AddYears(years)
		if exited := in.Exited; !exited.IsZero() && exited <= f.D && exited < mark { // an exit after D has not happened yet
			o.say(tr("investments[%d] %s：满 2 年（%s）前已于 %s 退出，不计", "investments[%[1]d] %[2]s: exited on %[4]s, before its two years (%[3]s); not counted",
				i, in.Investee, mark, in.Exited))
			continue
		}
		deduction := money.Percent(in.Amount, pct)
		schedule = append(schedule, Details{"index": i, "investee": in.Investee, "date": in.Date, "amount_fen": in.Amount,
			"matures": mark, "deduction_fen": deduction, "matured": mark <= f.D})
		if mark > f.D {
			o.advise(tr("investments[%d] %s 于 %s 持有满 2 年，届时可抵扣 %s", "investments[%d] %s reaches two years on %s and will then yield %s",
				i, in.Investee, mark, deduction.Yuan()))
			continue
		}
		o.say(tr("investments[%d] %s：%s 投资 %s，%s 满 2 年，可抵扣 %s", "investments[%[1]d] %[2]s: %[4]s invested on %[3]s, two years on %[5]s, yields %[6]s",
			i, in.Investee, in.Date, in.Amount.Yuan(), mark, deduction.Yuan()))
		newIn[mark.Year()] += deduction
		available += deduction
		matured++
		if first == 0 || mark.Year() < first {
			first = mark.Year()
		}
	}
	o.detail("investments", schedule)
	o.checkBool(matured > 0, tr("已满 2 年的合格投资可抵扣合计 %[2]s（%[1]d 笔）", "qualifying investments held two years yield %[2]s in all (%[1]d)", matured, available.Yuan()))
	// L: the last year up to Y with a financials row.
	last := 0
	for _, fin := range f.sc.Financials {
		if fin.Year <= f.Y && fin.Year > last {
			last = fin.Year
		}
	}
	rowOf := map[int]int{}
	for i, fin := range f.sc.Financials {
		rowOf[fin.Year] = i
	}
	var carried, used money.Fen
	rows := []Details{}
	var missing []string
	for year := first; first > 0 && year <= last; year++ {
		i, ok := rowOf[year]
		if !ok {
			missing = append(missing, fmt.Sprintf("financials[year=%d].taxable_income_fen", year))
			continue
		}
		income := f.sc.Financials[i].TaxableIncome
		if income == nil {
			missing = append(missing, fmt.Sprintf("financials[%d].taxable_income_fen", i))
			continue
		}
		avail := carried + newIn[year]
		u := min(avail, max(*income, 0))
		carried = avail - u
		used += u
		rows = append(rows, Details{"year": year, "new_fen": newIn[year], "used_fen": u, "carry_fen": carried})
		o.say(tr("%d 年：新增 %s，应纳税所得额 %s，抵扣 %s，结转 %s", "%d: new %s, taxable income %s, used %s, carried %s",
			year, newIn[year].Yuan(), income.Yuan(), u.Yuan(), carried.Yuan()))
	}
	for year, n := range newIn {
		if year > last {
			carried += n // available after the last year with accounts
		}
	}
	if matured > 0 {
		o.check(pick(len(missing) == 0, model.True, model.Unknown), missing,
			tr("抵扣台账 %d–%d 年的财务数据齐全", "accounts complete for the ledger years %d–%d", first, max(first, last)))
	}
	if len(missing) > 0 {
		// A year of the ledger is unknown: what was used and carried
		// cannot be computed (§0: null), only what became available.
		for _, k := range []string{"carry_forward_fen", "used_fen", "tax_saving_fen", "rows"} {
			o.detail(k, nil)
		}
	} else {
		o.detail("carry_forward_fen", carried)
		o.detail("used_fen", used)
		o.detail("tax_saving_fen", money.Percent(used, f.param(params.TaxRate)))
		o.detail("rows", rows)
	}
	o.amounts(available, 0)
	if carried > 0 {
		o.advise(tr("尚有 %s 可结转以后年度抵扣", "%s is carried forward to later years", carried.Yuan()))
	}
}
