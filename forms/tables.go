package forms

import (
	"fmt"
	"strings"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/money"
	"huiqi/model/params"
)

// ruleTables are the figures a rule's form shows beside its conditions.
func ruleTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	switch r.Rule.ID {
	case "startup-fee-cap":
		return feeTables(sc, ev, r)
	case "inventor-reward-minimum":
		return rewardTables(sc, ev, r)
	case "researcher-leave", "soe-staff-leave":
		return personTable(sc, r, []Column{{"姓名", 1.4, Left}, {"身份证号码", 2.4, Left}, {"离岗开始日", 1.4, Center}, {"返回期限 " + mark1, 1.6, Center}},
			func(p *model.Person, d engine.Details) []string {
				return []string{p.Name, p.IDNumber, dDate(d, "start").String(), dDate(d, "return_deadline").String()}
			})
	case "high-level-talent-settlement", "provincial-talent-funding":
		return personTable(sc, r, []Column{{"姓名", 1.4, Left}, {"身份证号码", 2.4, Left}, {"人才类别", 2.4, Left}, {"入职日期", 1.4, Center}},
			func(p *model.Person, d engine.Details) []string {
				return []string{p.Name, p.IDNumber, model.TalentPrograms.Label(p.Talent.Program, "zh"), p.Hired.String()}
			})
	case "sme-hiring-loan":
		return hiringTables(sc, ev, r)
	case "tech-sme-founder-loan":
		return techLoanTables(sc, ev, r)
	case "rd-super-deduction":
		return rdTables(sc, ev, r)
	case "self-employed-tax-deduction":
		return selfEmployedTables(ev, r)
	case "vc-investment-deduction":
		return vcTables(sc, ev, r)
	}
	return founderTable(sc)
}

// founderTable lists the founders, whom most personal benefits rest on.
func founderTable(sc *model.Scenario) []Block {
	rows := [][]string{}
	for _, p := range sc.People {
		if !p.Founder {
			continue
		}
		grad := "—"
		if !p.Graduated.IsZero() {
			grad = p.Graduated.String()
		}
		school := "否"
		if p.InSchool {
			school = "是"
		}
		rows = append(rows, []string{p.Name, p.IDNumber, grad, school})
	}
	if len(rows) == 0 {
		return nil
	}
	return []Block{Table{Columns: []Column{{"创办人", 1.4, Left}, {"身份证号码", 2.4, Left}, {"毕业日期", 1.4, Center}, {"在校", 0.8, Center}}, Rows: rows}}
}

func personTable(sc *model.Scenario, r *engine.Result, cols []Column, row func(*model.Person, engine.Details) []string) []Block {
	byID := map[string]*model.Person{}
	for i := range sc.People {
		byID[sc.People[i].ID] = &sc.People[i]
	}
	rows := [][]string{}
	for _, d := range dRows(r.Details, "persons") {
		if p := byID[dStr(d, "id")]; p != nil {
			rows = append(rows, row(p, d))
		}
	}
	return []Block{Table{Columns: cols, Rows: rows}}
}

// param is a number of the rule set in force on the evaluation date, so
// the labels say what the figures were computed with.
func param(ev *engine.Evaluation, key string) int64 { return ev.Params.Get(key, ev.AsOf) }

// wan writes fen as 万元 ("10 万元") for labels.
func wan(fen int64) string {
	if fen%1_000_000 == 0 {
		return fmt.Sprintf("%d 万元", fen/1_000_000)
	}
	return money.Fen(fen).Yuan()
}

func feeTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	rows := [][]string{}
	var std, capTotal, charged, refund money.Fen
	for _, f := range dRows(r.Details, "fees") {
		s, c, ch, over := dFen(f, "standard_fen"), dFen(f, "cap_fen"), dFen(f, "charged_fen"), dFen(f, "refund_fen")
		std, capTotal, charged, refund = std+s, capTotal+c, charged+ch, refund+over
		rows = append(rows, []string{dDate(f, "date").String(), dStr(f, "service"), s.Yuan(), yuan(c, true), ch.Yuan(), yuan(over, true)})
	}
	rows = append(rows, []string{"合计", "", std.Yuan(), capTotal.Yuan(), charged.Yuan(), refund.Yuan()})
	return []Block{
		Paragraph{Text: fmt.Sprintf("减半期：%s 至 %s。下表为期内计入的收费（行政审批前置性、强制性专业服务，收费标准实行当地政府管理）。",
			sc.Firm.Founded, dDate(r.Details, "window_end")), Small: true},
		Table{Columns: []Column{{"日期", 1.3, Center}, {"服务项目", 2.2, Left}, {"核定标准", 1.5, Right},
			{fmt.Sprintf("上限（%d%%）", param(ev, params.FeeCapPct)), 1.6, Right}, {"实收", 1.5, Right}, {"应退", 1.6, Right}},
			Rows: rows, Bold: []int{len(rows) - 1}},
	}
}

func rewardTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	rows := [][]string{}
	for _, d := range dRows(r.Details, "rows") {
		rows = append(rows, []string{dStr(d, "patent"), fmt.Sprint(dInt(d, "year")), yuan(dFen(d, "required_fen"), true),
			dFen(d, "paid_fen").Yuan(), yuan(dFen(d, "shortfall_fen"), true)})
	}
	rows = append(rows, []string{"合计", "", dFen(r.Details, "required_fen").Yuan(), dFen(r.Details, "paid_fen").Yuan(), dFen(r.Details, "shortfall_fen").Yuan()})
	return []Block{Table{Columns: []Column{{"专利号", 2.2, Left}, {"年度", 0.8, Center}, {"应发最低奖励", 1.8, Right}, {"已发", 1.6, Right}, {"差额", 1.6, Right}},
		Rows: rows, Bold: []int{len(rows) - 1}}}
}

// hiringTables is the roster of this year's qualifying hires with the two
// ratios worked out, as the bank and the employment bureau check them.
func hiringTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	rows := [][]string{}
	for _, h := range dRows(r.Details, "hires") {
		i := dInt(h, "index")
		if i < 0 || i >= len(sc.People) {
			continue
		}
		p := sc.People[i]
		var kinds []string
		if g, _ := h["graduate"].(bool); g {
			kinds = append(kinds, "高校毕业生（"+p.Graduated.String()+" 毕业）")
		}
		for _, c := range p.Categories {
			kinds = append(kinds, model.Categories.Label(c, "zh"))
		}
		months := "未知"
		if p.ContractMonths != nil {
			months = fmt.Sprint(*p.ContractMonths)
		}
		counted := "否（合同不足 12 个月或未知）"
		if c, _ := h["counted"].(bool); c {
			counted = "是"
		}
		rows = append(rows, []string{fmt.Sprint(len(rows) + 1), p.Name, p.IDNumber, p.Hired.String(), months, strings.Join(kinds, "、"), counted})
	}
	staff := dInt(r.Details, "staff")
	pctA, pctB := dInt(r.Details, "threshold_pct"), dInt(r.Details, "graduate_pct")
	nq, ng := dInt(r.Details, "new_qualifying"), dInt(r.Details, "new_graduates")
	share := func(n int) string {
		if staff == 0 {
			return "—"
		}
		// n/staff to two decimals, in integer arithmetic, for display.
		bp := (n*10000*2 + staff) / (2 * staff)
		return fmt.Sprintf("%d.%02d%%", bp/100, bp%100)
	}
	result := func(n, pct int) string {
		if engine.HiringTestMet(n, staff, pct) {
			return "达到"
		}
		return "未达到"
	}
	return []Block{
		Paragraph{Text: fmt.Sprintf("%d 年新招用的符合条件人员花名册（不含创办人；评估日 %s 在职）：", ev.AsOf.Year(), ev.AsOf), Small: true},
		Table{Columns: []Column{{"序号", 0.5, Center}, {"姓名", 1.1, Left}, {"身份证号码", 2.2, Left}, {"入职日期", 1.2, Center},
			{"合同（月）", 0.9, Center}, {"人员类别", 2.2, Left}, {"计入", 1.1, Center}}, Rows: rows},
		Table{Columns: []Column{{"比例测试", 2.6, Left}, {"人数", 0.8, Right}, {"从业人员", 1, Right}, {"比例", 1.1, Right}, {"要求", 0.9, Right}, {"结果", 0.9, Center}}, Rows: [][]string{
			{"(a) 符合创业担保贷款申请条件人员 " + mark2, fmt.Sprint(nq), fmt.Sprint(staff), share(nq) + " " + mark1, fmt.Sprintf("%d%%", pctA), result(nq, pctA)},
			{"(b) 高校毕业生", fmt.Sprint(ng), fmt.Sprint(staff), share(ng) + " " + mark1, fmt.Sprintf("%d%%", pctB), result(ng, pctB)},
		}},
	}
}

func techLoanTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	d := r.Details
	extraMax, months := param(ev, params.TechLoanExtraMax), param(ev, params.TechLoanMonths)
	province, city := param(ev, params.TechLoanProvince), param(ev, params.TechLoanCity)
	basis := fmt.Sprintf("按 %s、%d 个月、基准利率估算（尚无创办人的创业担保贷款）", wan(extraMax), months)
	if est, _ := d["estimated"].(bool); !est {
		basis = "按创办人最近一笔创业担保贷款计算"
	}
	return []Block{
		Paragraph{Text: fmt.Sprintf("贴息计算：%s。贴息 = 提高部分本金 × 年利率 × 月数 ÷ 12；省、市、县区按 %d:%d:%d 分担。",
			basis, province/10, city/10, (100-province-city)/10), Small: true},
		Table{Columns: []Column{{"项目", 2.5, Left}, {"金额或数值", 2.5, Right}}, Rows: [][]string{
			{fmt.Sprintf("提高部分本金（最多 %s）", wan(extraMax)), yuan(dFen(d, "extra_principal_fen"), true)},
			{"贴息利率（以基准利率为限）" + mark2, money.Fen(dInt(d, "rate_bp")).Plain() + "%"},
			{fmt.Sprintf("贴息月数（最多 %d 个月）", months), fmt.Sprint(dInt(d, "months"))},
			{"贴息总额", yuan(dFen(d, "subsidy_fen"), true)},
			{fmt.Sprintf("其中：省级承担（%d%%）", province), yuan(dFen(d, "province_fen"), true)},
			{fmt.Sprintf("市级承担（%d%%）", city), yuan(dFen(d, "city_fen"), true)},
			{"县区承担（余额）", yuan(dFen(d, "county_fen"), true)},
		}, Bold: []int{3}},
	}
}

// rdTables lays out the R&D summary like the tax office's
// 研发支出辅助账汇总表: each category, the cap on other costs, the total.
func rdTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	d := r.Details
	t := dInt(d, "tax_year")
	jan1 := civil.YearStart(t)
	capNum, capDen := ev.Params.Get(params.RDOtherCapNum, jan1), ev.Params.Get(params.RDOtherCapDen, jan1)
	byCat, _ := d["by_category"].(engine.Details)
	rows := [][]string{}
	for i, c := range model.RDCategories.Options() {
		if c.Code == model.RDOther {
			continue
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), c.Zh, dFen(byCat, c.Code).Yuan()})
	}
	rows = append(rows,
		[]string{"", "前五项小计", dFen(d, "base_fen").Yuan()},
		[]string{"6", "其他相关费用（实际发生）", dFen(d, "other_fen").Yuan()},
		[]string{"", fmt.Sprintf("其他相关费用限额（前五项 × %d%% ÷ %d%%）", capNum, capDen) + mark2, yuan(dFen(d, "other_cap_fen"), true)},
		[]string{"", "可加计扣除的研发费用合计", yuan(dFen(d, "eligible_total_fen"), true)},
		[]string{"", "加计扣除比例" + mark2, fmt.Sprintf("%d%%", dInt(d, "rate_pct"))},
		[]string{"", "加计扣除额", yuan(r.Amount, true)},
		[]string{"", "资本化研发支出（不在本年加计）", dFen(d, "capitalized_fen").Yuan()},
		[]string{"", "预计减少企业所得税", yuan(dFen(d, "tax_saving_fen"), true)},
	)
	return []Block{
		Paragraph{Text: fmt.Sprintf("研发支出辅助账汇总（%d 年度，费用化支出）", t), Small: true},
		Table{Columns: []Column{{"行次", 0.5, Center}, {"项目", 3.5, Left}, {"金额", 1.8, Right}}, Rows: rows, Bold: []int{5, 8, 10}},
	}
}

func selfEmployedTables(ev *engine.Evaluation, r *engine.Result) []Block {
	rows := [][]string{}
	for _, y := range dRows(r.Details, "rows") {
		rows = append(rows, []string{fmt.Sprint(dInt(y, "year")), fmt.Sprint(dInt(y, "months")), yuan(dFen(y, "cap_fen"), true),
			dFen(y, "vat_fen").Yuan(), dFen(y, "urban_construction_fen").Yuan(), dFen(y, "education_surcharge_fen").Yuan(),
			dFen(y, "local_education_surcharge_fen").Yuan(), dFen(y, "personal_income_fen").Yuan(), yuan(dFen(y, "total_fen"), true)})
	}
	rows = append(rows, []string{"合计", "", "", "", "", "", "", "", dFen(r.Details, "total_fen").Yuan()})
	return []Block{
		Paragraph{Text: fmt.Sprintf("扣减期：%s 至 %s（不含）。每年限额 = %s ÷ 12 × 期内月数；依次扣减下列税费。",
			dDate(r.Details, "window_start"), dDate(r.Details, "window_end"), money.Fen(param(ev, params.SelfEmpYearCap)).Yuan()), Small: true},
		Table{Columns: []Column{{"年度", 0.7, Center}, {"月数", 0.6, Center}, {"限额", 1.3, Right}, {"增值税", 1.2, Right}, {"城建税", 1.1, Right},
			{"教育费附加", 1.1, Right}, {"地方教育附加", 1.1, Right}, {"个人所得税", 1.1, Right}, {"扣减合计", 1.3, Right}},
			Rows: rows, Bold: []int{len(rows) - 1}},
	}
}

func vcTables(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) []Block {
	inv := [][]string{}
	for _, in := range dRows(r.Details, "investments") {
		state := "未满 2 年"
		if m, _ := in["matured"].(bool); m {
			state = "已满 2 年"
		}
		inv = append(inv, []string{dStr(in, "investee"), dDate(in, "date").String(), dFen(in, "amount_fen").Yuan(),
			dDate(in, "matures").String(), yuan(dFen(in, "deduction_fen"), true), state})
	}
	ledger := [][]string{}
	for _, y := range dRows(r.Details, "rows") {
		ledger = append(ledger, []string{fmt.Sprint(dInt(y, "year")), dFen(y, "new_fen").Yuan(), yuan(dFen(y, "used_fen"), true), yuan(dFen(y, "carry_fen"), true)})
	}
	ledger = append(ledger, []string{"合计", r.Amount.Yuan(), dFen(r.Details, "used_fen").Yuan(), dFen(r.Details, "carry_forward_fen").Yuan()})
	return []Block{
		Paragraph{Text: "投资明细（未上市中小高新技术企业）：", Small: true},
		Table{Columns: []Column{{"被投资企业", 2.2, Left}, {"投资日期", 1.2, Center}, {"投资额", 1.5, Right}, {fmt.Sprintf("满 %d 年之日", param(ev, params.VCYears)), 1.2, Center}, {fmt.Sprintf("可抵扣（%d%%）", param(ev, params.VCPct)), 1.6, Right}, {"状态", 1, Center}}, Rows: inv},
		Paragraph{Text: "抵扣台账（当年不足抵扣的结转以后年度）：", Small: true},
		Table{Columns: []Column{{"年度", 1, Center}, {"新增可抵扣额", 2, Right}, {"当年抵扣", 2, Right}, {"结转", 2, Right}}, Rows: ledger, Bold: []int{len(ledger) - 1}},
	}
}
