package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （九）对毕业 5年内的普通高校毕业生自主创业并稳定经营一年以上，带动就业 5 人以上，
// 未享受创业园区扶持的创业实体，每年认定 200 户，每户给予 3000元的一次性创业场租补贴。
func graduateRentSubsidy() *Rule {
	return &Rule{
		ID: "graduate-rent-subsidy", Clause: "九", Rests: "一次性创业场租补贴", Kind: Cash, Reading: Settled,
		Title: Text{"毕业5年内高校毕业生创业场租补贴3000元", "Rent subsidy of 3,000 yuan for graduates' businesses"},
		Evidence: evidence(Text{"创办人毕业证", "The founder's diploma"}, Text{"场地租赁合同及租金发票", "Lease and rent invoices"},
			Text{"员工花名册及社保缴费记录", "Staff roster and social-insurance records"}),
		note: func(f *facts) Text {
			return tr("“毕业 %s内”按申请时（评估日）判断；“稳定经营”指评估日不早于创办满 %s之日；“带动就业 %s 人以上”指评估日在职的非创办人员工人数；须未享受创业园区扶持、实际租用经营场地，且此前未领取过本补贴。每户一次性补贴 %s，每年认定 %s 户，故为“可申请”。",
				"'Within %s of graduating' is read on the evaluation date; 'operating stably' means at least %s since founding; 'employing %s or more' counts employees (not founders) on the evaluation date. The firm must not be supported by a start-up park, must rent its premises, and must not have had this subsidy. %s once per firm; %s firms a year: may apply.",
				f.show(params.GraduateYears), f.show(params.RentStableYears), f.show(params.RentEmployees), f.show(params.RentSubsidy), f.show(params.RentPerYear))
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, tr("创办人为毕业 %s内的高校毕业生", "a founder graduated within the last %s", f.show(params.GraduateYears)),
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					if f.graduated(p).IsZero() {
						return model.False, nil, Text{"未登记毕业日期（或毕业晚于评估日）", "no graduation date (or one after the evaluation date)"}
					}
					return model.TriOf(f.withinGraduateYears(p)), nil, entrepreneurWhy(f, p)
				})
			stable := f.sc.Firm.Founded.AddYears(int(f.param(params.RentStableYears)))
			if !o.checkBool(f.D >= stable, tr("稳定经营 %s以上：创办于 %s，期满之日 %s", "operating %s or more: founded %s, reached on %s",
				f.show(params.RentStableYears), f.sc.Firm.Founded, stable)) {
				o.advise(tr("%s 起经营满 %s", "the firm completes %[2]s on %[1]s", stable, f.show(params.RentStableYears)))
			}
			employeesCheck(f, o, params.RentEmployees)
			o.check(f.sc.Firm.InStartupPark.Not(), []string{"firm.in_startup_park"},
				tr("未享受创业园区扶持：入驻创业园区 = %s", "not supported by a start-up park: in a park = %s", yesNo(f.sc.Firm.InStartupPark)))
			o.check(f.sc.Firm.RentsPremises, []string{"firm.rents_premises"},
				tr("租用经营场地：%s", "rents its premises: %s", yesNo(f.sc.Firm.RentsPremises)))
			notYet(f, o, "graduate-rent-subsidy")
			o.amounts(f.fen(params.RentSubsidy), f.fen(params.RentSubsidy))
		},
	}
}
