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
	"huiqi/model/money"
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

// rangeFloors are the rules whose amount_fen is the low end of a range
// set by review, not a settled figure.
var rangeFloors = []string{"student-excellent-grant", "pioneer-subsidy", "high-level-talent-settlement"}

// Determined reports whether a result's amount is a settled figure (not a
// ceiling, the floor of a range, a selective award, or the inventor-reward
// obligation, which the firm pays), and so counts in the packet's total.
func Determined(r *engine.Result) bool {
	return r.Status == engine.Eligible && r.Amount > 0 && !slices.Contains(rangeFloors, r.Rule.ID) &&
		r.Rule.ID != "inventor-reward-minimum"
}

// AmountText says what a result is worth in words a reader will not
// misread: a figure, a range, or a ceiling, each said as such; in Chinese
// unless lang is "en" (the app's English screens).
func AmountText(r *engine.Result, lang string) string {
	zh := lang != "en"
	say := func(z, e string, args ...any) string {
		if zh {
			return fmt.Sprintf(z, args...)
		}
		return fmt.Sprintf(e, args...)
	}
	a, m := r.Amount.Yuan(), r.AmountMax.Yuan()
	switch r.Rule.ID {
	case "inventor-reward-minimum":
		return say("应发奖励不低于 %s", "rewards due: at least %s", a)
	case "rd-super-deduction", "vc-investment-deduction":
		return say("可扣除应纳税所得额 %s", "deductible from taxable income: %s", a)
	case "self-employed-tax-deduction":
		return say("可扣减税款 %s", "tax reduced by %s", a)
	case "startup-fee-cap":
		if r.Amount == 0 {
			return say("收费减半（暂无多收）", "fees halved (nothing overcharged yet)")
		}
		return say("可申请退还 %s", "refund due: %s", a)
	case "tech-sme-founder-loan":
		return say("贴息 %s；贷款额度最高 %s", "interest subsidy %s; loans up to %s", a, m)
	case "pioneer-subsidy":
		return say("%s 或 %s（引领型）", "%s, or %s for leading firms", a, m)
	}
	switch {
	case r.Amount == 0 && r.AmountMax == 0:
		return "—"
	case r.Amount == 0:
		return say("最高 %s", "up to %s", m)
	case r.AmountMax == 0 || r.AmountMax == r.Amount:
		return a
	}
	return say("%s 至 %s", "%s to %s", a, m)
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
	size := engine.ClassName(ev.SizeClass).Zh
	rows := [][]string{}
	var total money.Fen
	for i, r := range results {
		mark := ""
		if Determined(r) {
			total += r.Amount
			mark = " *"
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), r.Rule.Title.Zh, "（" + r.Rule.Clause + "）", statusText(r.Status), AmountText(r, "zh") + mark})
	}
	rows = append(rows, []string{"", "已确定金额合计", "", "", total.Yuan()})
	return Section{Title: "封面", Blocks: []Block{
		Heading{Text: "惠企政策申报材料", Level: 1},
		Paragraph{Text: "依据《玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见》", Align: Center},
		Fields{Items: []Field{
			{"申请单位", f.Name},
			{"统一社会信用代码", f.USCC},
			{"组织形式", model.LegalForms.Label(f.LegalForm, "zh")},
			{"所在县区", f.County},
			{"企业规模", size},
			{"评估日期", ev.AsOf.String()},
		}},
		Heading{Text: "申报事项", Level: 2},
		Table{Columns: []Column{{"序号", 0.6, Center}, {"政策", 4.2, Left}, {"条款", 1.2, Center}, {"状态", 1.0, Center}, {"金额", 3.4, Right}},
			Rows: rows, Bold: []int{len(rows) - 1}},
		Paragraph{Text: "已确定金额合计（大写）：" + total.Upper(), Bold: true},
		Paragraph{Text: "注：标 * 者为已确定金额，计入合计；“最高”为额度上限，“至”为金额区间，“可申请”的项目须经主管部门评审、以评审结果为准，均不计入合计。税前扣除额为可扣除的应纳税所得额，不是现金补贴。", Small: true},
	}}
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
