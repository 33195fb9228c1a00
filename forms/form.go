package forms

import (
	"fmt"
	"strings"

	"huiqi/assets"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/money"
)

// footnote markers: ① the clause a figure rests on, ② the national text or
// parameter it applies.
const (
	mark1 = "①"
	mark2 = "②"
)

// form is one benefit's application form.
func form(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) Section {
	title := r.Rule.Title.Zh + "申请表"
	clauseTitle, _ := assets.ClauseTitle(r.Rule.Clause)
	blocks := []Block{
		Heading{Text: title, Level: 1},
		Paragraph{Text: fmt.Sprintf("政策依据：《玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见》（%s）%s", r.Rule.Clause, clauseTitle),
			Small: true, Align: Center},
		firmBlock(sc, ev),
		Heading{Text: "一、申请事项", Level: 2},
		Table{Columns: []Column{{"项目", 1.2, Left}, {"内容", 3.8, Left}}, Rows: [][]string{
			{"申请政策", r.Rule.Title.Zh},
			{"审核结果", statusText(r.Status)},
			{"金额", AmountText(r, "zh") + " " + mark1},
		}},
		Heading{Text: "二、条件审核", Level: 2},
		reasonsTable(r),
	}
	if extra := ruleTables(sc, ev, r); len(extra) > 0 {
		blocks = append(blocks, Heading{Text: "三、计算明细", Level: 2})
		blocks = append(blocks, extra...)
	}
	if len(r.Advice) > 0 {
		var advice []string
		for _, a := range r.Advice {
			advice = append(advice, a.Zh)
		}
		blocks = append(blocks, Paragraph{Text: "提示：" + strings.Join(advice, "；") + "。", Small: true})
	}
	blocks = append(blocks,
		Paragraph{Text: mark1 + " 依据《实施意见》（" + r.Rule.Clause + "）" + clauseTitle + "。" + notes(r), Small: true},
		Paragraph{Text: "口径说明：" + r.Rule.Note.Zh, Small: true},
		Heading{Text: "申请单位承诺", Level: 2},
		Paragraph{Text: "本单位承诺：所填报内容及所附材料真实、准确、完整，符合上述政策的申请条件；如有虚假，愿承担由此产生的一切法律责任，并退回已享受的扶持资金。"},
		Signatures{Labels: []string{"法定代表人（签字）：", "申请单位（盖章）：", "日期：      年    月    日"}},
	)
	return Section{Title: title, Blocks: blocks}
}

// notes names the national texts a rule's figures also rest on (②).
func notes(r *engine.Result) string {
	switch r.Rule.ID {
	case "rd-super-deduction":
		return mark2 + " 加计扣除比例及其他相关费用限额依据财税〔2015〕119号、财税〔2018〕99号、财政部 税务总局公告2021年第13号、2022年第16号、第28号、2023年第7号及国家税务总局公告2015年第97号、2021年第28号，按税款所属年度适用。"
	case "sme-hiring-loan":
		return mark2 + " 人员范围及从业人员超过 100 人的企业 15% 比例依据财金〔2016〕85号。"
	case "tech-sme-founder-loan", "student-entity-loan":
		return mark2 + " 贴息利率以中国人民银行一年期贷款基准利率 4.35% 为限。"
	case "vc-investment-deduction":
		return mark2 + " 依据企业所得税法第三十一条及财税〔2015〕116号。"
	case "self-employed-tax-deduction":
		return mark2 + " 依据财税〔2017〕49号，按实际经营月数换算年度限额。"
	}
	return ""
}

func firmBlock(sc *model.Scenario, ev *engine.Evaluation) Fields {
	f := sc.Firm
	return Fields{Items: []Field{
		{"申请单位（盖章）", f.Name},
		{"统一社会信用代码", f.USCC},
		{"组织形式", model.LegalForms.Label(f.LegalForm, "zh") + "，" + model.Ownerships.Label(f.Ownership, "zh")},
		{"所属行业", model.Industries.Label(f.Industry, "zh")},
		{"成立日期", f.Founded.String()},
		{"所在县区", f.County},
		{"企业规模（评估日）", engine.ClassName(ev.SizeClass).Zh + "（评估日 " + ev.AsOf.String() + "）"},
		{"经营地址", ""},
		{"联系人", ""},
		{"联系电话", ""},
	}}
}

func reasonsTable(r *engine.Result) Table {
	rows := make([][]string, 0, len(r.Reasons))
	for i, reason := range r.Reasons {
		rows = append(rows, []string{fmt.Sprint(i + 1), reason.Zh})
	}
	return Table{Columns: []Column{{"序号", 0.5, Center}, {"条件及核对数据", 6, Left}}, Rows: rows}
}

// Details readers: the engine's figures, with zero values for absent keys.

func dFen(d engine.Details, k string) money.Fen {
	v, _ := d[k].(money.Fen)
	return v
}

func dInt(d engine.Details, k string) int {
	switch v := d[k].(type) {
	case int:
		return v
	case int64:
		return int(v)
	}
	return 0
}

func dDate(d engine.Details, k string) civil.Date {
	v, _ := d[k].(civil.Date)
	return v
}

func dRows(d engine.Details, k string) []engine.Details {
	v, _ := d[k].([]engine.Details)
	return v
}

func dStr(d engine.Details, k string) string {
	v, _ := d[k].(string)
	return v
}

// yuan is an amount for a table cell, marked as computed where it is.
func yuan(f money.Fen, computed bool) string {
	if computed {
		return f.Yuan() + " " + mark1
	}
	return f.Yuan()
}
