package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （九）毕业学年或毕业 1 年内的普通高校毕业生开办网店从事电子商务创业并持续经营
// 半年以上的，按规定给予 2000 元的一次性网店补贴。
func graduateEshopSubsidy() *Rule {
	return &Rule{
		ID: "graduate-eshop-subsidy", Clause: "九", Rests: "一次性网店补贴", Kind: Cash, Reading: Settled,
		Title:    Text{"毕业生开办网店一次性补贴2000元", "One-off grant of 2,000 yuan for graduates' online shops"},
		Evidence: evidence(Text{"创办人毕业证", "The founder's diploma"}, Text{"网店开设证明及持续经营期间的经营流水", "Proof of the shop and its sales records since"}),
		note: func(f *facts) Text {
			return tr("“毕业学年或毕业后 %s内”读作：网店开办日在毕业前 %s至毕业后 %s之间（含两端），且不早于政策施行日（%s）；“持续经营”指评估日不早于开办满 %s之日；此前未领取过本补贴。一次性补贴 %s。",
				"'In the graduation year or within %s of graduating' is read as: the shop opened between %s before and %s after graduation (both days included), and not before the policy took effect (%s); 'operating' means at least %s since opening; not received before. A one-off %s.",
				f.show(params.EshopYearsAround), f.show(params.EshopYearsAround), f.show(params.EshopYearsAround),
				f.date(params.PolicyInForce), f.show(params.EshopMonths), f.show(params.EshopSubsidy))
		},
		eval: func(f *facts, o *outcome) {
			shop := f.sc.Firm.OnlineShopOpened
			if shop > f.D {
				shop = 0 // opened after D: not seen yet
			}
			inForce := f.date(params.PolicyInForce)
			around := int(f.param(params.EshopYearsAround))
			o.founderCheck(f, tr("毕业生创办人且网店在毕业前后 %s内开办", "a graduate founder, the shop opened within %s of graduating", f.show(params.EshopYearsAround)),
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					g := f.graduated(p)
					switch {
					case g.IsZero():
						return model.False, nil, Text{"未登记毕业日期（或毕业晚于评估日）", "no graduation date (or one after the evaluation date)"}
					case shop.IsZero():
						return model.False, nil, tr("%s 毕业，未开办网店", "graduated %s, no shop", g)
					}
					from, to := g.AddYears(-around), g.AddYears(around)
					ok := from <= shop && shop <= to && shop >= inForce
					return model.TriOf(ok), nil, tr("%s 毕业，网店须在 %s 至 %s 间开办（且不早于 %s），实际 %s",
						"graduated %s, shop due between %s and %s (and not before %s), opened %s", g, from, to, inForce, shop)
				})
			if !shop.IsZero() {
				six := shop.AddMonths(int(f.param(params.EshopMonths)))
				if !o.checkBool(f.D >= six, tr("持续经营 %s以上：%s 开办，期满之日 %s", "operating %s or more: opened %s, reached on %s",
					f.show(params.EshopMonths), shop, six)) {
					o.advise(tr("%s 起网店经营满 %s，届时可申请", "the shop completes %[2]s on %[1]s; apply then", six, f.show(params.EshopMonths)))
				}
			}
			notYet(f, o, "graduate-eshop-subsidy")
			o.amounts(f.fen(params.EshopSubsidy), 0)
		},
	}
}
