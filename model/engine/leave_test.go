package engine

import (
	"fmt"
	"testing"

	"huiqi/model"
)

// leaveCase is one case of the two leave rules (2.3, 2.4), which share
// their shape: a person's leave of a kind and its years.
type leaveCase struct {
	name     string
	id       string
	leaves   []leaveRecord
	asOf     string
	status   Status
	count    int
	deadline string // of the first person counted
}

type leaveRecord struct{ kind, start string }

func testLeave(t *testing.T, cases []leaveCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := founded("2016-01-01")
			for k, l := range c.leaves {
				lv := &model.Leave{Kind: l.kind, Start: day(l.start)}
				if k == 0 {
					sc.People[0].LeaveFrom = lv // a founder
				} else {
					addStaff(sc, 1, "2016-06-01", ptrInt(36), func(p *model.Person) { p.LeaveFrom = lv })
				}
			}
			r := checkedRule(t, sc, c.asOf, c.id)
			wantStatus(t, r, c.status)
			wantDetail(t, r, "count", c.count)
			wantReason(t, r, fmt.Sprintf("在 3 年期限内的离岗人员 %d 人", c.count), fmt.Sprintf("%d people within their 3 years of leave", c.count))
			wantMissing(t, r)
			if c.deadline == "" {
				return
			}
			wantReason(t, r, c.deadline+" 前可回原单位", "may return until "+c.deadline)
			persons, _ := detailsOf(t, r)["persons"].([]any)
			if len(persons) != c.count {
				t.Fatalf("persons %v, want %d", detailsOf(t, r)["persons"], c.count)
			}
			if got := persons[0].(map[string]any)["return_deadline"]; got != c.deadline {
				t.Errorf("return_deadline %v, want %s", got, c.deadline)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.5 student-study-suspension, 2.6 student-excellent-grant
