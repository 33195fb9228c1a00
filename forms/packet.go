package forms

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/scenario"
)

// Options chooses what goes into a packet.
type Options struct {
	// Benefits are the rule ids to include; empty means every rule that is
	// eligible or may apply.
	Benefits []string
	// Generated is the date printed in every footer (today in the app;
	// tests fix it so output can be compared).
	Generated civil.Date
}

// Build assembles the application packet for the firm sc as evaluated in
// ev: a cover, contents, one form per benefit and the checklist. A named
// benefit that does not apply is refused with the reason.
func Build(sc *model.Scenario, ev *engine.Evaluation, opt Options) (*Packet, error) {
	results, err := chosen(ev, opt.Benefits)
	if err != nil {
		return nil, err
	}
	fp, err := Fingerprint(sc)
	if err != nil {
		return nil, err
	}
	p := &Packet{
		Title:       sc.Firm.Name + " 惠企政策申报材料",
		Header:      sc.Firm.Name,
		Generated:   opt.Generated,
		Fingerprint: fp,
		Contents:    true,
	}
	p.Sections = append(p.Sections, cover(sc, ev, results))
	for _, r := range results {
		p.Sections = append(p.Sections, form(sc, ev, r))
	}
	p.Sections = append(p.Sections, checklist(results))
	// Forms and the checklist follow one another on a page where they fit,
	// rather than each taking new sheets (11 benefits once took 27 pages).
	for i := 1; i < len(p.Sections); i++ {
		p.Sections[i].Flow = true
	}
	return p, nil
}

// chosen returns the results to print, in catalog order.
func chosen(ev *engine.Evaluation, ids []string) ([]*engine.Result, error) {
	var out []*engine.Result
	for i := range ev.Results {
		r := &ev.Results[i]
		if len(ids) == 0 && r.Status.Applies() {
			out = append(out, r)
		}
	}
	for _, id := range ids {
		r, ok := ev.Result(id)
		if !ok {
			return nil, msg.Errorf("没有编号为 %q 的政策（可选：%v）", "no rule has the id %q (rules: %v)", id, model.RuleIDs())
		}
		if !r.Status.Applies() {
			var zh, en []string
			for _, reason := range r.Reasons {
				zh, en = append(zh, reason.Zh), append(en, reason.En)
			}
			return nil, &msg.Error{
				Zh: fmt.Sprintf("%s（%s）不适用，状态为 %s：%s", r.Rule.Title.Zh, id, r.Status, strings.Join(zh, "；")),
				En: fmt.Sprintf("%s does not apply (status %s): %s", id, r.Status, strings.Join(en, "; ")),
			}
		}
	}
	if len(ids) > 0 {
		for i := range ev.Results {
			if slices.Contains(ids, ev.Results[i].Rule.ID) {
				out = append(out, &ev.Results[i])
			}
		}
	}
	if len(out) == 0 {
		return nil, msg.Errorf("没有适用的政策，无法生成申报材料", "no benefit applies, so there is nothing to print")
	}
	return out, nil
}

// Fingerprint is a short SHA-256 of the canonical scenario JSON and the
// rule-set version: printed on every page, it ties paper to its input.
func Fingerprint(sc *model.Scenario) (string, error) {
	data, err := scenario.Encode(sc)
	if err != nil {
		return "", fmt.Errorf("forms: fingerprint: %w", err)
	}
	h := sha256.New()
	h.Write(data)
	h.Write([]byte("\n" + engine.RuleSetVersion))
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// statusText is a status as printed.
func statusText(s engine.Status) string {
	switch s {
	case engine.Eligible:
		return "适用"
	case engine.MayApply:
		return "可申请"
	case engine.MissingData:
		return "资料待补充"
	}
	return "不适用"
}

func cover(sc *model.Scenario, ev *engine.Evaluation, results []*engine.Result) Section {
	f := sc.Firm
	rows := [][]string{}
	var loans [][]string
	picked := make([]engine.Result, 0, len(results))
	for i, r := range results {
		picked = append(picked, *r)
		mark := ""
		if r.Determined() {
			mark = "*" // attached, so that it never wraps onto a line of its own
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), r.Rule.Title.Zh, "（" + r.Rule.Clause + "）", KindName(r.Rule.Kind),
			statusText(r.Status), r.AmountText("zh") + mark})
		if r.Rule.Kind == engine.Loan && r.AmountMax > 0 {
			loans = append(loans, []string{r.Rule.Title.Zh, "最高 " + r.AmountMax.Yuan()})
		}
	}
	t := engine.Sum(picked)
	blocks := []Block{
		Heading{Text: "惠企政策申报材料", Level: 1},
		Paragraph{Text: "依据" + policyName, Align: Center},
	}
	for _, w := range ev.Warnings {
		blocks = append(blocks, Paragraph{Text: w.Zh, Bold: true, Align: Center})
	}
	blocks = append(blocks,
		Fields{Pairs: 2, Items: []Field{
			{Label: "申请单位", Value: f.Name, Wide: true},
			{Label: "统一社会信用代码", Value: f.USCC},
			{Label: "组织形式", Value: model.LegalForms.Label(f.LegalForm, "zh")},
			{Label: "所在县区", Value: f.County},
			{Label: "企业规模", Value: engine.ClassName(ev.SizeClass).Zh},
			{Label: "经营地址", Value: f.Address, Wide: true},
			{Label: "联系人", Value: f.ContactPerson},
			{Label: "联系电话", Value: f.Phone},
			{Label: "评估日期", Value: ev.AsOf.String()},
		}},
		Heading{Text: "申报事项", Level: 2},
		// Widths in mm of the 167 mm text width, at the table's 9 pt: the
		// narrow columns hold their longest word on one line (序号,
		// （十四）, 贷款额度及贴息, 资料待补充), and the amount has room for
		// "应发奖励报酬不低于 ¥61,500.00"; a longer one breaks before its figure.
		Table{Columns: []Column{{"序号", 10, Center}, {"政策", 49, Left}, {"条款", 17, Center}, {"类别", 26, Center},
			{"状态", 20, Center}, {"金额", 45, Right}}, Rows: rows},
		Heading{Text: "合计", Level: 2},
		// In mm: the explanations each on one line.
		Table{Columns: []Column{{"项目", 28, Left}, {"金额", 30, Right}, {"说明", 109, Left}}, Rows: [][]string{
			{"资金", t.Cash.Yuan(), "已确定的补贴、退费和贴息（标 * 者）"},
			{"如评审通过最多", t.CashPossible.Yuan(), "加上须经评审的资助和补贴的上限，以评审结果为准"},
			{"预计节税", t.TaxSaving.Yuan(), "税前扣除和税收减免预计少缴的税款；扣除额本身不是现金"},
		}},
		Paragraph{Text: "资金（大写）：" + t.Cash.Upper(), Bold: true},
	)
	if len(loans) > 0 {
		blocks = append(blocks, Paragraph{Text: "贷款额度（可借款的上限，不计入以上合计）：", Small: true},
			Table{Columns: []Column{{"贷款", 5, Left}, {"额度", 3, Right}}, Rows: loans})
	}
	blocks = append(blocks, Paragraph{Text: "注：“最高”为额度上限，“至”为金额区间；“可申请”的项目须经主管部门评审，以评审结果为准。税收优惠一栏为可扣除的应纳税所得额或可减免的税款，按预计节税计入合计，不与资金相加。", Small: true})
	return Section{Title: "封面", Blocks: blocks}
}

func checklist(results []*engine.Result) Section {
	blocks := []Block{Heading{Text: "申报材料清单", Level: 1},
		Paragraph{Text: "请逐项核对并在方框内打勾；复印件须加盖单位公章。", Small: true}}
	for _, r := range results {
		items := make([]string, 0, len(r.Rule.Evidence))
		for _, e := range r.Rule.Evidence {
			items = append(items, e.Zh)
		}
		blocks = append(blocks, Heading{Text: r.Rule.Title.Zh, Level: 2}, Checklist{Items: items})
	}
	return Section{Title: "申报材料清单", Blocks: blocks}
}
