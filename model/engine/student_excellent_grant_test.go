package engine

import (
	"huiqi/model"
	"testing"
)

func TestStudentExcellentGrant(t *testing.T) {
	grad := func(g string) func(sc *model.Scenario) {
		return func(sc *model.Scenario) { sc.People[0].Graduated = day(g) }
	}
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		asOf   string
		status Status
		zh, en string
	}{
		{"graduated 2016-02-29, D = end(g,5y) − 1", grad("2016-02-29"), "2021-02-27", MayApply, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"graduated 2016-02-29, D = end(g,5y) = 2021-02-28", grad("2016-02-29"), "2021-02-28", MayApply, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"graduated 2016-02-29, D = end(g,5y) + 1", grad("2016-02-29"), "2021-03-01", Ineligible, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"graduated on D", grad("2021-06-30"), "2021-06-30", MayApply, "2021-06-30 毕业", "graduated 2021-06-30"},
		{"graduated after D: not yet a graduate", grad("2021-07-01"), "2021-06-30", Ineligible, "大学生创业者", "college entrepreneur"},
		{"founder in school", func(sc *model.Scenario) { sc.People[0].InSchool = true }, "2021-06-30", MayApply, "在校学生", "in school"},
		{"employee graduate only: ineligible", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.Graduated = day("2019-07-01") })
		}, "2021-06-30", Ineligible, "未登记毕业日期", "no graduation date"},
		{"second founder graduated within 5 years", func(sc *model.Scenario) {
			addFounder(sc, func(p *model.Person) { p.Graduated = day("2019-07-01") })
		}, "2021-06-30", MayApply, "5 年期满日 2024-07-01", "5 years until 2024-07-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := founded("2016-01-01")
			c.build(sc)
			r := checkedRule(t, sc, c.asOf, "student-excellent-grant")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				wantAmounts(t, r, 3_000_000, 5_000_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.7 graduate-rent-subsidy
