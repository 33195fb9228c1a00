package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （七）符合条件的科研院所的科技人员经所在单位批准，可……到企业开展创新工作或
// 创办企业，3年内可保留人事关系……
func researcherLeave() *Rule {
	return leaveRule("researcher-leave", "七", model.LeaveInstitute,
		Text{"科研人员离岗创业保留人事关系3年", "Researchers on leave keep their post for 3 years"},
		Text{"离岗人员：leave_from.kind 为 institute（高校、科研院所）。离岗开始日至其后 3 年（含当日）内适用，返回期限为开始日起满 3 年之日。是否仍在本企业任职不作要求。",
			"People with leave_from.kind institute (universities, research institutes). Applies from the leave's start through the day 3 years later, which is the return deadline. Employment with the firm is not required."})
}

// （八）国有企业职工经单位批准，可停职停薪创办企业。3 年内不再创办企业的职工
// 允许回原单位工作……
func soeStaffLeave() *Rule {
	return leaveRule("soe-staff-leave", "八", model.LeaveSOE,
		Text{"国企职工停职创业3年内可回原单位", "SOE staff on leave may return within 3 years"},
		Text{"停职人员：leave_from.kind 为 soe（国有企业）。停职开始日至其后 3 年（含当日）内适用，可回原单位的期限为开始日起满 3 年之日。",
			"People with leave_from.kind soe (state-owned enterprises). Applies from the leave's start through the day 3 years later, the deadline to return."})
}

// leaveRule is the shape both leave clauses share: per person, a leave of
// the given kind whose three years include D.
func leaveRule(id, clause, kind string, title, note Text) *Rule {
	return &Rule{
		ID: id, Clause: clause, Title: title, Note: note,
		Evidence: evidence(
			Text{"原单位同意离岗（停职）创业的批准文件", "The home unit's approval of the leave"},
			Text{"创办或任职企业的证明", "Proof of founding or working at the firm"},
		),
		eval: func(f *facts, o *outcome) {
			years := int(f.param(params.LeaveYears))
			persons := []Details{}
			for i := range f.sc.People {
				p := &f.sc.People[i]
				if p.LeaveFrom == nil || p.LeaveFrom.Kind != kind || p.LeaveFrom.Start > f.D {
					continue
				}
				deadline := p.LeaveFrom.Start.AddYears(years)
				in := f.D <= deadline
				o.say(tr("%s：%s 起离岗，%s 前可回原单位（%s）", "%s: on leave from %s, may return until %s (%s)",
					Text{who(p), whoEn(p)}, p.LeaveFrom.Start, deadline,
					pick(in, Text{"在期内", "within the period"}, Text{"已超过 3 年", "more than 3 years ago"})))
				if in {
					persons = append(persons, Details{"id": p.ID, "name": p.Name, "start": p.LeaveFrom.Start,
						"return_deadline": deadline})
					o.advise(tr("%s须在 %s 前决定是否回原单位", "%s must decide by %s whether to return", Text{who(p), whoEn(p)}, deadline))
				}
			}
			o.detail("count", len(persons))
			o.detail("persons", persons)
			o.checkBool(len(persons) > 0, tr("在 3 年期内的离岗人员 %d 人", "%d people within their 3 years of leave", len(persons)))
		},
	}
}
