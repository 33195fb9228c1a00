package engine

import (
	"huiqi/model/money"
	"huiqi/model/params"
)

// （六）依法开展的各类行政审批前置性、强制性评估、检测、论证等专业服务性收费，
// 收费标准实行当地政府管理的，对初创企业在创办 2 年内按照不高于价格主管部门核定
// 标准的 50%收取。
func startupFeeCap() *Rule {
	return &Rule{
		ID: "startup-fee-cap", Clause: "六",
		Title: Text{"初创企业涉企服务性收费减半", "Half fees for start-ups' mandatory services"},
		Note: Text{
			"计入的收费须同时为行政审批前置性、强制性专业服务（mandatory）且收费标准实行当地政府管理（government_priced），发生在政策施行日（2016-11-15）之后、创办之日起 2 年内；每笔按核定标准的 50% 封顶，超收部分为可申请退还的金额。窗口期内即使尚无超收也列为适用，因为此后发生的收费同样减半。",
			"A fee counts when it is for a mandatory pre-approval service and government-priced, paid on or after 2016-11-15 and within 2 years of founding; each is capped at 50% of the approved standard and any excess is the refund to claim. Within the window the rule applies even with no excess yet, since later fees are halved too.",
		},
		Evidence: evidence(
			Text{"收费发票及收费明细", "Invoices and itemised fees"},
			Text{"价格主管部门核定的收费标准文件", "The price authority's approved fee standard"},
		),
		eval: func(f *facts, o *outcome) {
			founded := f.sc.Firm.Founded
			windowEnd := founded.AddYears(int(f.param(params.FeeCapYears)))
			inForce := f.date(params.PolicyInForce)
			pct := f.param(params.FeeCapPct)
			var refund money.Fen
			counted := 0
			rows := []Details{}
			for i, fee := range f.sc.Fees {
				if fee.Date > f.D || !fee.Mandatory || !fee.GovernmentPriced || fee.Date < inForce ||
					fee.Date < founded || fee.Date > windowEnd {
					continue
				}
				counted++
				capped := money.Percent(fee.Standard, pct)
				over := max(0, fee.Charged-capped)
				refund += over
				rows = append(rows, Details{"index": i, "date": fee.Date, "service": fee.Service, "standard_fen": fee.Standard,
					"cap_fen": capped, "charged_fen": fee.Charged, "refund_fen": over})
				if over > 0 {
					o.say(tr("fees[%d] %s（%s）：标准 %s，上限 %s，实收 %s，多收 %s",
						"fees[%d] %s (%s): standard %s, cap %s, charged %s, overcharged %s",
						i, fee.Service, fee.Date, fee.Standard.Yuan(), capped.Yuan(), fee.Charged.Yuan(), over.Yuan()))
				}
			}
			o.detail("window_end", windowEnd)
			o.detail("counted_fees", counted)
			o.detail("refund_fen", refund)
			o.detail("fees", rows)
			open := f.D <= windowEnd
			o.checkBool(open || refund > 0, tr("创办日 %s，减半期至 %s（评估日 %s %s）；计入收费 %d 笔，可申请退还 %s",
				"founded %s, half-fee window until %s (evaluation date %s %s); %d fees counted, refund due %s",
				founded, windowEnd, f.D, pick(open, Text{"在期内", "inside it"}, Text{"已过期", "after it"}),
				counted, refund.Yuan()))
			o.amounts(refund, 0)
			switch {
			case open:
				o.advise(tr("%s 前发生的强制性、政府定价专业服务收费，按核定标准的 50%% 缴纳；超收的凭发票申请退还",
					"until %s, pay mandatory government-priced service fees at 50%% of the standard and claim back any excess",
					windowEnd))
			case refund == 0:
				o.advise(tr("减半期已于 %s 结束，期内没有多收的收费", "the half-fee window ended on %s with nothing overcharged", windowEnd))
			}
		},
	}
}
