package engine

import (
	"huiqi/model"
	"testing"
)

func TestStudentStudySuspension(t *testing.T) {
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		status Status
		zh, en string
	}{
		{"founder in school: may apply", func(sc *model.Scenario) { sc.People[0].InSchool = true }, MayApply, "在校", "in school"},
		{"founder not in school: ineligible", func(sc *model.Scenario) {}, Ineligible, "不在校", "not in school"},
		{"second founder in school: may apply", func(sc *model.Scenario) {
			addFounder(sc, func(p *model.Person) { p.InSchool = true })
		}, MayApply, "在校", "in school"},
		{"employee in school only: ineligible", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.InSchool = true })
		}, Ineligible, "不在校", "not in school"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := checkedRule(t, sc, "2021-06-30", "student-study-suspension")
			wantStatus(t, r, c.status)
			wantReason(t, r, "创办人为在校大学生", "a founder is a student in school")
			wantReason(t, r, c.zh, c.en)
			wantAmounts(t, r, 0, 0)
		})
	}
}
