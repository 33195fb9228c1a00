package engine

import (
	"sort"

	"huiqi/model"
	"huiqi/model/params"
)

// deadlines lists the dated events of RULES.md §3, sorted by date (then by
// catalog order): the app's calendar.
func deadlines(f *facts) []Deadline {
	var out []Deadline
	add := func(d Deadline) {
		if !d.Date.IsZero() {
			out = append(out, d)
		}
	}
	firm := f.sc.Firm
	add(Deadline{firm.Founded.AddYears(int(f.param(params.FeeCapYears))), "startup-fee-cap",
		Text{"初创企业涉企服务性收费减半期结束", "the half-fee window for start-ups closes"}})
	add(Deadline{firm.Founded.AddYears(int(f.param(params.RentStableYears))), "graduate-rent-subsidy",
		Text{"企业经营满 1 年（场租补贴条件）", "the firm completes one year (rent subsidy)"}})
	add(Deadline{firm.Founded.AddYears(int(f.param(params.EntityLoanYears))), "student-entity-loan",
		Text{"企业经营满 2 年（大学生经营实体再贷款条件）", "the firm completes two years (student entity loan)"}})
	if !firm.OnlineShopOpened.IsZero() && firm.OnlineShopOpened <= f.D {
		add(Deadline{firm.OnlineShopOpened.AddMonths(int(f.param(params.EshopMonths))), "graduate-eshop-subsidy",
			Text{"网店持续经营满半年", "the online shop completes six months"}})
	}
	// Listed for every firm, as §3 lists it: whether the firm can use the
	// window is the rule's business, not the calendar's.
	add(Deadline{monthStart(firm.Founded).AddMonths(int(f.param(params.SelfEmpMonths))), "self-employed-tax-deduction",
		Text{"自主创业税收扣减 3 年期结束", "the 3-year self-employment tax window ends"}})
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if l := p.LeaveFrom; l != nil && l.Start <= f.D {
			id := map[string]string{model.LeaveInstitute: "researcher-leave", model.LeaveSOE: "soe-staff-leave"}[l.Kind]
			add(Deadline{l.Start.AddYears(int(f.param(params.LeaveYears))), id,
				tr("%s离岗（停职）满 3 年，须决定是否回原单位", "%s: 3 years of leave end; decide whether to return", Text{who(p), whoEn(p)})})
		}
		if g := f.graduated(p); p.Founder && !g.IsZero() {
			mark := g.AddYears(int(f.param(params.GraduateYears)))
			for _, id := range []string{"student-excellent-grant", "graduate-rent-subsidy", "youth-guaranteed-loan", "student-entity-loan"} {
				add(Deadline{mark, id, tr("创办人%s毕业满 5 年，不再属于大学生创业者", "founder %s reaches 5 years since graduating and stops counting as a college entrepreneur",
					Text{who(p), whoEn(p)})})
			}
		}
	}
	years := int(f.param(params.VCYears))
	// Each investment's 2-year mark (§3), qualifying or not: the calendar
	// shows the dates, the rule decides what they are worth.
	for i, in := range f.sc.Investments {
		if in.Date <= f.D {
			add(Deadline{in.Date.AddYears(years), "vc-investment-deduction", tr("investments[%d] %s 持有满 2 年", "investments[%d] %s reaches two years", i, in.Investee)})
		}
	}
	certRule := map[string]string{model.CertTechSME: "tech-sme-founder-loan", model.CertHighTech: "rd-super-deduction",
		model.CertVCEnterprise: "vc-investment-deduction", model.CertMakerSpace: "maker-space-subsidy"}
	for _, c := range firm.Certifications {
		if !c.Expires.IsZero() && c.Issued <= f.D {
			add(Deadline{c.Expires, certRule[c.Kind], tr("%s认定到期", "the %s certification expires",
				Text{model.CertKinds.Label(c.Kind, "zh"), model.CertKinds.Label(c.Kind, "en")})})
		}
	}
	order := map[string]int{}
	for i, id := range model.RuleIDs() {
		order[id] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		if order[out[i].Rule] != order[out[j].Rule] {
			return order[out[i].Rule] < order[out[j].Rule]
		}
		return out[i].What.Zh < out[j].What.Zh
	})
	return out
}
