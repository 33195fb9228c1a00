package engine

import (
	"sort"

	"huiqi/model"
	"huiqi/model/params"
)

// deadlines lists the dated events of RULES.md §3, sorted by date, then
// catalogue order, then file order: the app's calendar.
func deadlines(f *facts) []Deadline {
	var out []Deadline
	add := func(d Deadline) {
		if !d.Date.IsZero() {
			out = append(out, d)
		}
	}
	firm := f.sc.Firm
	add(Deadline{firm.Founded.AddYears(int(f.param(params.FeeCapYears))), "startup-fee-cap",
		tr("初创企业涉企服务性收费减半期（创办 %s）结束", "the half-fee window for start-ups (%s after founding) closes", f.show(params.FeeCapYears))})
	for i := range f.sc.Patents {
		p := &f.sc.Patents[i]
		if g, ok := f.grantReward(p); ok {
			add(Deadline{p.Granted.AddMonths(int(f.param(params.GrantDueMonths))), "inventor-reward-minimum",
				tr("%s 授权奖金（不低于 %s）发放期限：授权公告后 %s内", "grant reward for %s (at least %s) due: within %s of the grant",
					p.Number, showRow(g), f.show(params.GrantDueMonths))})
		}
	}
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if l := p.LeaveFrom; l != nil && l.Start <= f.D {
			id, key := leaveYears(l.Kind)
			add(Deadline{l.Start.AddYears(int(f.param(key))), id,
				tr("%s离岗（停职）满 %s，须决定是否回原单位", "%s: %s of leave end; decide whether to return", who(p), f.show(key))})
		}
	}
	for _, i := range f.founders {
		p := &f.sc.People[i]
		if f.graduated(p).IsZero() {
			continue
		}
		mark := f.graduateMark(p)
		for _, id := range []string{"student-excellent-grant", "graduate-rent-subsidy", "youth-guaranteed-loan", "student-entity-loan"} {
			add(Deadline{mark, id, tr("创办人%s毕业满 %s，不再属于大学生创业者", "founder %s reaches %s since graduating and stops counting as a college entrepreneur",
				who(p), f.show(params.GraduateYears))})
		}
	}
	add(Deadline{firm.Founded.AddYears(int(f.param(params.RentStableYears))), "graduate-rent-subsidy",
		tr("企业经营满 %s（场租补贴条件）", "the firm completes %s (rent subsidy)", f.show(params.RentStableYears))})
	if !firm.OnlineShopOpened.IsZero() && firm.OnlineShopOpened <= f.D {
		add(Deadline{firm.OnlineShopOpened.AddMonths(int(f.param(params.EshopMonths))), "graduate-eshop-subsidy",
			tr("网店持续经营满 %s", "the online shop completes %s", f.show(params.EshopMonths))})
	}
	add(Deadline{firm.Founded.AddYears(int(f.param(params.EntityLoanYears))), "student-entity-loan",
		tr("企业经营满 %s（大学生经营实体再贷款条件）", "the firm completes %s (student entity loan)", f.show(params.EntityLoanYears))})
	// Listed for every firm, as §3 lists it: whether the firm can use the
	// window is the rule's business, not the calendar's.
	add(Deadline{monthStart(firm.Founded).AddMonths(int(f.param(params.SelfEmpMonths))), "self-employed-tax-deduction",
		tr("自主创业税收扣减期（%s）结束", "the self-employment tax window (%s) ends", f.show(params.SelfEmpMonths))})
	// Each investment's mark, qualifying or not: the calendar shows the
	// dates, the rule decides what they are worth.
	for _, in := range f.sc.Investments {
		if in.Date <= f.D {
			add(Deadline{in.Date.AddYears(int(f.param(params.VCYears))), "vc-investment-deduction",
				tr("对 %s 的投资持有满 %s", "the investment in %s reaches %s", in.Investee, f.show(params.VCYears))})
		}
	}
	certRule := map[string]string{model.CertTechSME: "tech-sme-founder-loan", model.CertHighTech: "rd-super-deduction",
		model.CertVCEnterprise: "vc-investment-deduction", model.CertMakerSpace: "maker-space-subsidy"}
	for _, c := range firm.Certifications {
		if !c.Expires.IsZero() && c.Issued <= f.D {
			add(Deadline{c.Expires, certRule[c.Kind], tr("%s认定到期", "the %s certification expires", label(model.CertKinds, c.Kind))})
		}
	}
	order := map[string]int{}
	for i, id := range model.RuleIDs() {
		order[id] = i
	}
	// Stable: events of one rule on one day keep their file order.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return order[out[i].Rule] < order[out[j].Rule]
	})
	return out
}
