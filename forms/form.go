package forms

import (
	"fmt"
	"strings"

	"huiqi/assets"
	"huiqi/model"
	"huiqi/model/engine"
	"huiqi/model/params"
)

// footnote markers: ① the clause a figure rests on, ② the national texts
// and parameter rows it applies.
const (
	mark1 = "①"
	mark2 = "②"
)

// policyName is the policy as its title reads.
const policyName = "《玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见》"

// form is one benefit's application form. What it prints beside the
// conditions (a roster, a ledger) comes from the rule itself.
func form(sc *model.Scenario, ev *engine.Evaluation, r *engine.Result) Section {
	title := r.Rule.Title.Zh + "申请表"
	clauseTitle, _ := assets.ClauseTitle(r.Rule.Clause)
	blocks := []Block{
		// A long title breaks before 申请表 rather than inside a word.
		Heading{Text: r.Rule.Title.Zh + zwsp + "申请表", Level: 1},
		Paragraph{Text: fmt.Sprintf("政策依据：%s（%s）%s", policyName, r.Rule.Clause, clauseTitle), Small: true, Align: Center},
		firmBlock(sc, ev),
		Heading{Text: "一、申请事项", Level: 2},
		Fields{Pairs: 2, Items: []Field{
			{Label: "申请政策", Value: r.Rule.Title.Zh, Wide: true},
			{Label: "审核结果", Value: statusText(r.Status)},
			{Label: KindName(r.Rule.Kind), Value: r.AmountText("zh") + " " + mark1},
		}},
	}
	// From the conditions on, the form is kept so that its last table,
	// notes, declaration and signature boxes end on one page: where it
	// must break, it breaks inside or between the tables before them.
	end := []Block{Heading{Text: "二、条件审核", Level: 2}, reasonsTable(r)}
	if extra := r.Rule.Form(sc, r); len(extra) > 0 {
		end = append(end, Heading{Text: "三、计算明细", Level: 2})
		for _, t := range extra {
			end = append(end, formTable(t)...)
		}
	}
	if len(r.Advice) > 0 {
		var advice []string
		for _, a := range r.Advice {
			advice = append(advice, a.Zh)
		}
		end = append(end, Paragraph{Text: "提示：" + strings.Join(advice, "；") + "。", Small: true})
	}
	end = append(end, Paragraph{Text: mark1 + " 依据" + policyName + "（" + r.Rule.Clause + "）" + clauseTitle + "。", Small: true})
	if b := BasisText(r, "zh"); b != "" {
		end = append(end, Paragraph{Text: mark2 + " " + b, Small: true})
	}
	if !r.Adjusted.IsZero() {
		end = append(end, Paragraph{Text: r.Adjusted.Zh, Small: true, Bold: true})
	}
	end = append(end,
		Paragraph{Text: "口径说明：" + r.Note.Zh, Small: true},
		Paragraph{Text: "申请单位承诺：本单位所填报内容及所附材料真实、准确、完整，符合上述政策的申请条件；如有虚假，愿承担由此产生的一切法律责任，并退回已享受的扶持资金。"},
		Signatures{Labels: []string{"法定代表人（签字）：", "申请单位（盖章）：", "日期：      年    月    日"}},
	)
	blocks = append(blocks, Keep{Blocks: end})
	return Section{Title: title, Blocks: blocks}
}

// zwsp is the zero-width space: where a title may break (see Heading).
const zwsp = "\u200b"

// BasisText says which document each figure of r rests on, the figures
// grouped by document in the order the rule used them, so a reader sees
// each citation once: "本表数字依据：财金〔2023〕75号：个人贷款额度上限 30 万元，
// 小微企业贷款额度上限 400 万元；…". Dates that only open a period are left
// out (the period shows in params), and the size thresholds are named as
// one standard.
func BasisText(r *engine.Result, lang string) string {
	var cites []string
	items := map[string][]string{}
	add := func(cite, item string) {
		if _, ok := items[cite]; !ok {
			cites = append(cites, cite)
		}
		items[cite] = append(items[cite], item)
	}
	sizeCite := ""
	for _, p := range r.Basis {
		if p.Unit == params.Date {
			continue
		}
		if strings.HasPrefix(p.Key, "size.") {
			sizeCite = p.Cite
			continue
		}
		item := p.Describe(lang) + " " + p.Text(lang)
		if p.Unit == params.Flag {
			item = p.Describe(lang) + pickLang(lang, "：", ": ") + p.Text(lang)
		}
		add(p.Cite, item)
	}
	if sizeCite != "" {
		add(sizeCite, pickLang(lang, "企业划型标准", "the size standard"))
	}
	if len(cites) == 0 {
		return ""
	}
	groups := make([]string, len(cites))
	for i, c := range cites {
		// A row citing several documents lists them with 、, so the ；
		// between groups stays the only one.
		groups[i] = strings.ReplaceAll(c, "；", "、") + pickLang(lang, "：", ": ") + strings.Join(items[c], pickLang(lang, "，", ", "))
	}
	return pickLang(lang, "本表数字依据：", "Figures rest on: ") + strings.Join(groups, pickLang(lang, "；", "; ")) + pickLang(lang, "。", ".")
}

func pickLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// KindName is what an amount of a value kind is, as a form's row label.
func KindName(k engine.Kind) string {
	switch k {
	case engine.Cash:
		return "资金"
	case engine.Tax:
		return "税收优惠"
	case engine.Loan:
		return "贷款额度及贴息"
	case engine.Obligation:
		return "应发奖励报酬"
	}
	return "事项"
}

// formTable turns a rule's table into blocks: its caption and the grid,
// computed columns marked ①.
func formTable(t engine.FormTable) []Block {
	var out []Block
	if t.Caption != "" {
		out = append(out, Paragraph{Text: t.Caption, Small: true})
	}
	cols := make([]Column, len(t.Columns))
	for i, c := range t.Columns {
		title := c.Title
		if c.Computed {
			title += " " + mark1
		}
		cols[i] = Column{Title: title, Width: c.Width, Align: Left}
		if c.Numeric {
			cols[i].Align = Right
		}
	}
	tab := Table{Columns: cols, Rows: t.Rows}
	if t.Total && len(t.Rows) > 0 {
		tab.Bold = []int{len(t.Rows) - 1}
	}
	return append(out, tab)
}

// firmBlock is the applicant as every form states it: two short fields a
// row, the name and the address each across a row of its own.
func firmBlock(sc *model.Scenario, ev *engine.Evaluation) Fields {
	f := sc.Firm
	return Fields{Pairs: 2, Items: []Field{
		{Label: "申请单位（盖章）", Value: f.Name, Wide: true},
		{Label: "统一社会信用代码", Value: f.USCC},
		{Label: "组织形式", Value: model.LegalForms.Label(f.LegalForm, "zh") + "，" + model.Ownerships.Label(f.Ownership, "zh")},
		{Label: "所属行业", Value: model.Industries.Label(f.Industry, "zh")},
		{Label: "成立日期", Value: f.Founded.String()},
		{Label: "所在县区", Value: f.County},
		{Label: "企业规模", Value: engine.ClassName(ev.SizeClass).Zh + "（评估日 " + ev.AsOf.String() + "）"},
		{Label: "经营地址", Value: f.Address, Wide: true},
		{Label: "联系人", Value: f.ContactPerson},
		{Label: "联系电话", Value: f.Phone},
	}}
}

func reasonsTable(r *engine.Result) Table {
	rows := make([][]string, 0, len(r.Reasons))
	for i, reason := range r.Reasons {
		rows = append(rows, []string{fmt.Sprint(i + 1), reason.Zh})
	}
	return Table{Columns: []Column{{"序号", 0.5, Center}, {"条件及核对数据", 6, Left}}, Rows: rows}
}
