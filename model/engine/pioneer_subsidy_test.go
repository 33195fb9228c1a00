package engine

import (
	"huiqi/model"
	"testing"
)

func TestPioneerSubsidy(t *testing.T) {
	young := validID("19850615", 11) // 35 until 2021-06-14
	old := validID("19700101", 12)
	cases := []struct {
		name    string
		build   func(sc *model.Scenario)
		asOf    string
		status  Status
		missing []string
		zh, en  string
	}{
		{"born 1985-06-15, D the day before the 36th birthday: youth", func(sc *model.Scenario) { sc.People[0].IDNumber = young },
			"2021-06-14", MayApply, nil, "1985-06-15 出生，评估日未超过 35 周岁", "born 1985-06-15, no older than 35"},
		{"born 1985-06-15, D on the 36th birthday: not youth", func(sc *model.Scenario) { sc.People[0].IDNumber = young },
			"2021-06-15", Ineligible, nil, "1985-06-15 出生，评估日已超过 35 周岁", "born 1985-06-15, older than 35"},
		{"id_number null, not a college entrepreneur: missing_data", func(sc *model.Scenario) { sc.People[0].IDNumber = "" },
			"2021-06-30", MissingData, []string{"people[0].id_number"}, "未登记身份证号码", "no ID number"},
		{"id_number null but in school: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			sc.People[0].InSchool = true
		}, "2021-06-30", MayApply, nil, "在校学生", "in school"},
		{"id_number null, another founder young: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			addFounder(sc, func(p *model.Person) { p.IDNumber = young })
		}, "2021-06-01", MayApply, nil, "评估日未超过 35 周岁", "no older than 35"},
		{"id_number null, another founder old: missing_data", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			addFounder(sc, func(p *model.Person) { p.IDNumber = old })
		}, "2021-06-01", MissingData, []string{"people[0].id_number"}, "评估日已超过 35 周岁", "older than 35"},
		{"old founder who graduated within 5 years: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = old
			sc.People[0].Graduated = day("2019-07-01")
		}, "2021-06-30", MayApply, nil, "5 年期满日 2024-07-01", "5 years until 2024-07-01"},
		{"old founder, young employee: ineligible", func(sc *model.Scenario) {
			sc.People[0].IDNumber = old
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.IDNumber = young })
		}, "2021-06-01", Ineligible, nil, "评估日已超过 35 周岁", "older than 35"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := checkedRule(t, sc, c.asOf, "pioneer-subsidy")
			wantStatus(t, r, c.status)
			wantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				wantAmounts(t, r, 1_000_000, 2_000_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.10 youth-guaranteed-loan
