package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// StartupFeeCapDetails are the figures of RULES.md 2.1.
type StartupFeeCapDetails struct {
	WindowEnd   civil.Date `json:"window_end"`
	CountedFees int        `json:"counted_fees"`
	RefundFen   money.Fen  `json:"refund_fen"`
	Fees        []FeeRow   `json:"fees"` // the counted fees, for the form
}

// FeeRow is one counted fee.
type FeeRow struct {
	Index       int        `json:"index"` // in the scenario's fees
	Date        civil.Date `json:"date"`
	Service     string     `json:"service"`
	StandardFen money.Fen  `json:"standard_fen"`
	CapFen      money.Fen  `json:"cap_fen"`
	ChargedFen  money.Fen  `json:"charged_fen"`
	RefundFen   money.Fen  `json:"refund_fen"`
}

// （六）依法开展的各类行政审批前置性、强制性评估、检测、论证等专业服务性收费，
// 收费标准实行当地政府管理的，对初创企业在创办 2 年内按照不高于价格主管部门核定
// 标准的 50%收取。
func startupFeeCap() *Rule {
	return &Rule{
		ID: "startup-fee-cap", Clause: "六", Rests: "对初创企业在创办", Kind: Cash, Reading: Settled,
		Title: Text{"初创企业涉企服务性收费减半", "Half fees for start-ups' mandatory services"},
		Words: AmountWords{Any: Text{"可申请退还 %[1]s", "refund due: %[1]s"},
			NoAmount: Text{"收费减半（暂无多收）", "fees halved (nothing overcharged yet)"}},
		Evidence: evidence(
			Text{"收费发票及收费明细", "Invoices and itemised fees"},
			Text{"价格主管部门核定的收费标准文件", "The price authority's approved fee standard"},
		),
		note: func(f *facts) Text {
			return tr("计入的收费须同时为行政审批前置性、强制性专业服务，且收费标准实行当地政府管理，发生在政策施行日（%s）及以后、创办之日起 %s内；每笔按核定标准的 %s 封顶，超收部分为可申请退还的金额。期内即使尚无超收也列为适用，因为此后发生的收费同样按此收取。",
				"A fee counts when it is for a mandatory pre-approval service and its standard is government-priced, paid on or after the policy took effect (%s) and within %s of founding; each is capped at %s of the approved standard and any excess is the refund to claim. Within the window the rule applies even with no excess yet, since later fees are capped too.",
				f.date(params.PolicyInForce), f.show(params.FeeCapYears), f.show(params.FeeCapPct))
		},
		eval: evalStartupFeeCap,
		form: startupFeeCapForm,
	}
}

func evalStartupFeeCap(f *facts, o *outcome) {
	founded := f.sc.Firm.Founded
	windowEnd := founded.AddYears(int(f.param(params.FeeCapYears)))
	inForce := f.date(params.PolicyInForce)
	pct := f.param(params.FeeCapPct)
	d := StartupFeeCapDetails{WindowEnd: windowEnd, Fees: []FeeRow{}}
	for i, fee := range f.sc.Fees {
		if fee.Date > f.D || !fee.Mandatory || !fee.GovernmentPriced || fee.Date < inForce ||
			fee.Date < founded || fee.Date > windowEnd {
			continue
		}
		capped := money.Percent(fee.Standard, pct)
		over := max(0, fee.Charged-capped)
		d.CountedFees++
		d.RefundFen += over
		d.Fees = append(d.Fees, FeeRow{i, fee.Date, fee.Service, fee.Standard, capped, fee.Charged, over})
		if over > 0 {
			o.say(tr("%s（%s）：核定标准 %s，上限 %s，实收 %s，多收 %s", "%s (%s): standard %s, cap %s, charged %s, overcharged %s",
				fee.Service, fee.Date, yuan(fee.Standard), yuan(capped), yuan(fee.Charged), yuan(over)))
		}
	}
	o.details(d)
	open := f.D <= windowEnd
	o.checkBool(open || d.RefundFen > 0, tr("创办日 %s，减半期至 %s（评估日 %s %s）；计入收费 %d 笔，可申请退还 %s",
		"founded %s, half-fee window until %s (evaluation date %s %s); %d fees counted, refund due %s",
		founded, windowEnd, f.D, pick(open, Text{"在期内", "inside it"}, Text{"已过期", "after it"}),
		d.CountedFees, yuan(d.RefundFen)))
	o.amounts(d.RefundFen, 0)
	switch {
	case open:
		o.advise(tr("%s 前发生的强制性、政府定价专业服务收费，按核定标准的 %s 缴纳；超收的凭发票申请退还",
			"until %s, pay mandatory government-priced service fees at %s of the standard and claim back any excess",
			windowEnd, f.show(params.FeeCapPct)))
	case d.RefundFen == 0:
		o.advise(tr("减半期已于 %s 结束，期内没有多收的收费", "the half-fee window ended on %s with nothing overcharged", windowEnd))
	}
}

func startupFeeCapForm(sc *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(StartupFeeCapDetails)
	rows := [][]string{}
	var std, capTotal, charged, refund money.Fen
	for _, x := range d.Fees {
		std, capTotal, charged, refund = std+x.StandardFen, capTotal+x.CapFen, charged+x.ChargedFen, refund+x.RefundFen
		rows = append(rows, []string{x.Date.String(), x.Service, x.StandardFen.Yuan(), x.CapFen.Yuan(), x.ChargedFen.Yuan(), x.RefundFen.Yuan()})
	}
	rows = append(rows, []string{"合计", "", std.Yuan(), capTotal.Yuan(), charged.Yuan(), refund.Yuan()})
	return []FormTable{{
		Caption: fmt.Sprintf("减半期：%s 至 %s。下表为期内计入的收费（行政审批前置性、强制性专业服务，收费标准实行当地政府管理）。",
			sc.Firm.Founded, d.WindowEnd),
		Columns: []FormColumn{{Title: "日期", Width: 1.3}, {Title: "服务项目", Width: 2.2}, {Title: "核定标准", Width: 1.5, Numeric: true},
			{Title: "上限（" + r.usedText(params.FeeCapPct) + "）", Width: 1.6, Numeric: true, Computed: true}, {Title: "实收", Width: 1.5, Numeric: true},
			{Title: "应退", Width: 1.6, Numeric: true, Computed: true}},
		Rows: rows, Total: true,
	}}
}
