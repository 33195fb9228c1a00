package engine

import (
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/params"
)

// LeaveDetails are the figures of RULES.md 2.3 and 2.4.
type LeaveDetails struct {
	Count   int        `json:"count"`
	Persons []LeaveRow `json:"persons"`
}

// LeaveRow is one person within their years of leave.
type LeaveRow struct {
	ID             string     `json:"id"`
	Name           string     `json:"name"`
	Start          civil.Date `json:"start"`
	ReturnDeadline civil.Date `json:"return_deadline"`
}

// leaveRule is the shape both leave clauses share: per person, a leave of
// the given kind whose years (yearsKey) include D.
func leaveRule(id, clause, rests, kind, yearsKey string, title Text, unit Text) *Rule {
	return &Rule{
		ID: id, Clause: clause, Rests: rests, Kind: Procedure, Reading: NoAmount, Title: title,
		Evidence: evidence(
			Text{"原单位同意离岗（停职）创业的批准文件", "The home unit's approval of the leave"},
			Text{"创办或任职企业的证明", "Proof of founding or working at the firm"},
		),
		note: func(f *facts) Text {
			return tr("离岗人员：原单位为%s。离岗开始日至其后 %s（含当日）内适用，可回原单位的期限为开始日起满 %s之日。是否仍在本企业任职不作要求。",
				"People on leave from %s. Applies from the leave's start through the day %s later, the deadline to return (%s after the start). Employment with the firm is not required.",
				unit, f.show(yearsKey), f.show(yearsKey))
		},
		eval: func(f *facts, o *outcome) {
			years := int(f.param(yearsKey))
			d := LeaveDetails{Persons: []LeaveRow{}}
			for i := range f.sc.People {
				p := &f.sc.People[i]
				if p.LeaveFrom == nil || p.LeaveFrom.Kind != kind || p.LeaveFrom.Start > f.D {
					continue
				}
				deadline := p.LeaveFrom.Start.AddYears(years)
				in := f.D <= deadline
				o.say(tr("%s：%s 起离岗，%s 前可回原单位（%s）", "%s: on leave from %s, may return until %s (%s)",
					who(p), p.LeaveFrom.Start, deadline, pick(in, Text{"在期内", "within the period"}, Text{"已超过期限", "past the period"})))
				if in {
					d.Persons = append(d.Persons, LeaveRow{p.ID, p.Name, p.LeaveFrom.Start, deadline})
					o.advise(tr("%s须在 %s 前决定是否回原单位", "%s must decide by %s whether to return", who(p), deadline))
				}
			}
			d.Count = len(d.Persons)
			o.details(d)
			o.checkBool(d.Count > 0, tr("在 %s期限内的离岗人员 %d 人", "%[2]d people within their %[1]s of leave", f.show(yearsKey), d.Count))
		},
		form: func(sc *model.Scenario, r *Result) []FormTable {
			ld, _ := r.Details.(LeaveDetails)
			rows := [][]string{}
			for _, x := range ld.Persons {
				rows = append(rows, []string{x.Name, idNumberOf(sc, x.ID), x.Start.String(), x.ReturnDeadline.String()})
			}
			return []FormTable{{Columns: []FormColumn{{Title: "姓名", Width: 1.4}, {Title: "身份证号码", Width: 2.4},
				{Title: "离岗开始日", Width: 1.4}, {Title: "返回期限", Width: 1.6, Computed: true}}, Rows: rows}}
		},
	}
}

// idNumberOf is the ID number of the person with scenario id pid, for the
// forms (which print it whole: the office checks it).
func idNumberOf(sc *model.Scenario, pid string) string {
	for _, p := range sc.People {
		if p.ID == pid {
			return p.IDNumber
		}
	}
	return ""
}

// leaveYears is the rule's key for the years of leave of a kind, for the
// calendar.
func leaveYears(kind string) (rule, key string) {
	if kind == model.LeaveSOE {
		return "soe-staff-leave", params.SOEYears
	}
	return "researcher-leave", params.ResearcherYears
}
