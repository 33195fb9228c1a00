package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// VCDetails are the figures of RULES.md 2.19. The ledger's figures are
// null when a year of it is missing.
type VCDetails struct {
	CarryForwardFen *money.Fen     `json:"carry_forward_fen"`
	UsedFen         *money.Fen     `json:"used_fen"`
	TaxSavingFen    *money.Fen     `json:"tax_saving_fen"`
	Rows            []VCLedgerRow  `json:"rows"`
	Investments     []VCInvestment `json:"investments"`
}

// VCLedgerRow is one year of the deduction ledger.
type VCLedgerRow struct {
	Year     int       `json:"year"`
	NewFen   money.Fen `json:"new_fen"`
	UsedFen  money.Fen `json:"used_fen"`
	CarryFen money.Fen `json:"carry_fen"`
}

// VCInvestment is one qualifying investment.
type VCInvestment struct {
	Index        int        `json:"index"`
	Investee     string     `json:"investee"`
	Date         civil.Date `json:"date"`
	AmountFen    money.Fen  `json:"amount_fen"`
	Route        string     `json:"route"` // "sme_high_tech" (a) or "startup_tech" (b)
	Matures      civil.Date `json:"matures"`
	DeductionFen money.Fen  `json:"deduction_fen"`
	Matured      bool       `json:"matured"`
}

// （十四）对创业投资企业采取股权投资方式投资未上市的中小高新技术企业 2 年以上的，可
// 按照其投资额的 70%在股权持有满 2 年的当年抵扣该创业投资企业的应纳税所得额，当年不足
// 抵扣的，可以在以后纳税年度结转抵扣。
// Since 2018 a second kind of investee counts: a 初创科技型企业 (财税〔2018〕55号
// and its successors, §5.5).
func vcInvestmentDeduction() *Rule {
	return &Rule{
		ID: "vc-investment-deduction", Clause: "十四", Rests: "采取股权投资方式投资未上市的中小高新技术企业", Kind: Tax, Reading: Settled,
		Title: Text{"创业投资企业投资额70%抵扣应纳税所得额", "Venture investors deduct 70% of investments from taxable income"},
		Words: AmountWords{Any: Text{"可抵扣应纳税所得额 %[1]s", "deductible from taxable income: %[1]s"}},
		Evidence: evidence(
			Text{"创业投资企业备案文件", "Venture-capital enterprise registration"},
			Text{"投资协议、出资凭证及股权登记证明", "Investment agreements, payment records and equity registration"},
			Text{"被投资企业的高新技术企业证书或初创科技型企业条件证明，及未上市证明", "The investee's high-tech certificate or proof it met the start-up tech criteria, and proof it is unlisted"},
			Text{"企业所得税年度纳税申报表", "The annual corporate income-tax returns"},
		),
		note: vcNote,
		eval: evalVC,
		form: vcForm,
	}
}

func vcNote(f *facts) Text {
	base := tr("须持有评估日有效的创业投资企业认定。合格投资：投资于未上市企业，且 (a) 被投资企业为中小高新技术企业，或 (b) 投资时为初创科技型企业、以现金直接投资，投资日不早于 %s 且持有满 %s之日不早于 %s；持有满 %s（满期之日不晚于评估日），且满期前未退出。每笔按投资额的 %s 四舍五入，在满期当年可用。台账自第一笔可用年度起，至评估年度及以前最后一个有财务数据的年度：可用 = 上年结转 + 当年新增，当年抵扣 = min(可用, max(应纳税所得额, 0))，余额结转；期间缺少某年度财务数据或应纳税所得额未知的，列为待补充。节税额按 %s 估算（本程序不计算基金自身税率）。",
		"Needs a venture-capital certification valid on the evaluation date. A qualifying investment is in an unlisted firm that is (a) a small or medium high-tech firm, or (b) a start-up technology firm when invested in, by cash paid to it directly, invested on or after %s with its %s mark on or after %s; held %s by the evaluation date and not exited before then. Each yields %s of the amount, rounded, in the year it matures. The ledger runs from the first such year to the last year up to the evaluation year with accounts: available = carried + new, used = min(available, max(taxable income, 0)), the rest carried; a missing year or unknown taxable income in that range is missing data. The tax saving assumes %s (the fund's own rate is not modelled).",
		f.date(params.VCStartupFrom), f.show(params.VCYears), f.date(params.VCStartupMark), f.show(params.VCYears),
		f.show(params.VCPct), f.show(params.EITRate))
	parts := []Text{base}
	seen := map[civil.Date]bool{}
	for _, in := range f.sc.Investments {
		if !in.StartupTech || in.Date > f.D {
			continue
		}
		row := f.use(params.StartupStaff, in.Date)
		if seen[row.From] {
			continue
		}
		seen[row.From] = true
		parts = append(parts, tr("%s 的投资，初创科技型企业须同时符合（%s）：从业人数不超过 %s 人，其中本科以上学历的不低于 %s；资产总额和年销售收入均不超过 %s；成立不超过 %s；研发费用占成本费用支出不低于 %s。请核对被投资企业是否符合。",
			"For an investment made on %s, the start-up tech firm must have met all of (%s): at most %s staff, at least %s of them with a degree; total assets and yearly sales each at most %s; set up at most %s before; R&D at least %s of its costs. Please confirm the investee met them.",
			in.Date, row.Cite, showRow(row), f.showAt(params.StartupBachelor, in.Date), f.showAt(params.StartupAssetsWan, in.Date),
			f.showAt(params.StartupYears, in.Date), f.showAt(params.StartupRDPct, in.Date)))
		f.use(params.StartupSalesWan, in.Date)
	}
	return Text{joinLines(parts, "zh"), joinLines(parts, "en")}
}

func joinLines(ts []Text, lang string) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += pick(lang == "en", " ", "")
		}
		s += t.In(lang)
	}
	return s
}

// vcRoute says by which route an investment qualifies: "sme_high_tech"
// (route (a), also when both flags are set), "startup_tech" (route (b)),
// or "" when it does not.
func (f *facts) vcRoute(in model.Investment, mark civil.Date) string {
	switch {
	case !in.Unlisted:
		return ""
	case in.SMEHighTech:
		return "sme_high_tech"
	case in.StartupTech && in.Date >= f.date(params.VCStartupFrom) && mark >= f.date(params.VCStartupMark):
		return "startup_tech"
	}
	return ""
}

func evalVC(f *facts, o *outcome) {
	cert, valid := f.certValidAt(model.CertVCEnterprise)
	o.checkBool(valid, pick(valid, tr("创业投资企业认定有效（%s 起）", "venture-capital certification valid (since %s)", cert.Issued),
		Text{"评估日没有有效的创业投资企业认定", "no venture-capital certification valid on the evaluation date"}))
	years := int(f.param(params.VCYears))
	pct := f.param(params.VCPct)
	newIn := map[int]money.Fen{}
	d := VCDetails{Rows: []VCLedgerRow{}, Investments: []VCInvestment{}}
	var available money.Fen
	first, matured := 0, 0
	for i, in := range f.sc.Investments {
		if in.Date > f.D {
			continue
		}
		mark := in.Date.AddYears(years)
		route := f.vcRoute(in, mark)
		if route == "" {
			continue
		}
		routeText := pick(route == "sme_high_tech", Text{"(a) 未上市中小高新技术企业", "(a) an unlisted small or medium high-tech firm"},
			Text{"(b) 初创科技型企业", "(b) a start-up technology firm"})
		if exited := in.Exited; !exited.IsZero() && exited <= f.D && exited < mark { // an exit after D has not happened yet
			o.say(tr("%s：%s前已于 %s 退出，不计", "%s: exited on %[3]s, before it was held %[2]s; not counted",
				in.Investee, tr("持有满 %s（%s）", "%s (%s)", f.show(params.VCYears), mark), in.Exited))
			continue
		}
		deduction := money.Percent(in.Amount, pct)
		d.Investments = append(d.Investments, VCInvestment{i, in.Investee, in.Date, in.Amount, route, mark, deduction, mark <= f.D})
		if mark > f.D {
			o.advise(tr("%s于 %s 持有满 %s，届时可抵扣 %s", "%s reaches %[3]s on %[2]s and will then yield %[4]s",
				in.Investee, mark, f.show(params.VCYears), yuan(deduction)))
			continue
		}
		o.say(tr("%s（%s）：%s 投资 %s，%s 持有满 %s，可抵扣 %s", "%[1]s (%[2]s): %[4]s invested on %[3]s, held %[6]s on %[5]s, yields %[7]s",
			in.Investee, routeText, in.Date, yuan(in.Amount), mark, f.show(params.VCYears), yuan(deduction)))
		newIn[mark.Year()] += deduction
		available += deduction
		matured++
		if first == 0 || mark.Year() < first {
			first = mark.Year()
		}
	}
	o.checkBool(matured > 0, tr("持有满 %s的合格投资 %d 笔，可抵扣合计 %s", "%[2]d qualifying investments held %[1]s yield %[3]s in all",
		f.show(params.VCYears), matured, yuan(available)))
	// L: the last year up to Y with a financials row.
	last := 0
	rowOf := map[int]int{}
	for i, fin := range f.sc.Financials {
		rowOf[fin.Year] = i
		if fin.Year <= f.Y && fin.Year > last {
			last = fin.Year
		}
	}
	var carried, used money.Fen
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
		d.Rows = append(d.Rows, VCLedgerRow{year, newIn[year], u, carried})
		o.say(tr("%d 年：新增 %s，应纳税所得额 %s，抵扣 %s，结转 %s", "%d: new %s, taxable income %s, used %s, carried %s",
			year, yuan(newIn[year]), yuan(*income), yuan(u), yuan(carried)))
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
		d.Rows = nil
	} else {
		saving := money.Percent(used, f.param(params.EITRate))
		d.CarryForwardFen, d.UsedFen, d.TaxSavingFen = &carried, &used, &saving
		o.res.TaxSaving = saving
		if carried > 0 {
			o.advise(tr("尚有 %s 可结转以后年度抵扣", "%s is carried forward to later years", yuan(carried)))
		}
	}
	o.details(d)
	o.amounts(available, 0)
}

func vcForm(_ *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(VCDetails)
	inv := [][]string{}
	for _, x := range d.Investments {
		inv = append(inv, []string{x.Investee, x.Date.String(), x.AmountFen.Yuan(), pick(x.Route == "sme_high_tech", "(a) 中小高新", "(b) 初创科技型"),
			x.Matures.String(), x.DeductionFen.Yuan(), pick(x.Matured, "已满期", "未满期")})
	}
	out := []FormTable{{Columns: []FormColumn{{Title: "被投资企业", Width: 2.2}, {Title: "投资日期", Width: 1.2}, {Title: "投资额", Width: 1.5, Numeric: true},
		{Title: "类别", Width: 1.2}, {Title: "满期之日", Width: 1.2}, {Title: "可抵扣（" + r.usedText(params.VCPct) + "）", Width: 1.5, Numeric: true, Computed: true},
		{Title: "状态", Width: 0.9}}, Rows: inv}}
	if d.UsedFen == nil {
		return out
	}
	rows := [][]string{}
	for _, x := range d.Rows {
		rows = append(rows, []string{fmt.Sprint(x.Year), x.NewFen.Yuan(), x.UsedFen.Yuan(), x.CarryFen.Yuan()})
	}
	rows = append(rows, []string{"合计", r.Amount.Yuan(), d.UsedFen.Yuan(), d.CarryForwardFen.Yuan()})
	return append(out, FormTable{Caption: "抵扣台账：", Columns: []FormColumn{{Title: "年度", Width: 0.8}, {Title: "当年新增", Width: 1.6, Numeric: true},
		{Title: "当年抵扣", Width: 1.6, Numeric: true, Computed: true}, {Title: "结转", Width: 1.6, Numeric: true, Computed: true}}, Rows: rows, Total: true})
}
