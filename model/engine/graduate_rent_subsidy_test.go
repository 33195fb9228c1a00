package engine

import (
	"huiqi/model"
	"testing"
)

func TestGraduateRentSubsidy(t *testing.T) {
	// Base: founded 2016-02-29 (one year on 2017-02-28), founder graduated
	// 2015-07-01, 5 employees, rents, not in a park.
	base := func() *model.Scenario {
		sc := founded("2016-02-29")
		sc.People[0].Graduated = day("2015-07-01")
		addStaff(sc, 5, "2016-03-01", ptrInt(36), nil)
		return sc
	}
	// Base for the 5-year window: founded 2019-04-01, graduated 2016-02-29
	// (5 years on 2021-02-28).
	base5 := func() *model.Scenario {
		sc := baseFirm()
		sc.People[0].Graduated = day("2016-02-29")
		addStaff(sc, 5, "2019-05-01", ptrInt(36), nil)
		return sc
	}
	cases := []struct {
		name    string
		base    func() *model.Scenario
		build   func(sc *model.Scenario)
		asOf    string
		status  Status
		missing []string
		zh, en  string
	}{
		{"all met on end(founded,1y) = 2017-02-28", base, nil, "2017-02-28", MayApply, nil, "期满之日 2017-02-28", "reached on 2017-02-28"},
		{"D = end(founded,1y) − 1: ineligible", base, nil, "2017-02-27", Ineligible, nil, "期满之日 2017-02-28", "reached on 2017-02-28"},
		{"D = end(founded,1y) + 1", base, nil, "2017-03-01", MayApply, nil, "期满之日 2017-02-28", "reached on 2017-02-28"},
		{"4 employees: ineligible", base, func(sc *model.Scenario) { sc.People = sc.People[:5] }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"4 employees + a second founder: founders do not count", base, func(sc *model.Scenario) {
			sc.People = sc.People[:5]
			addFounder(sc, nil)
		}, "2017-06-30", Ineligible, nil, "在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"an employee left on D: 4 employees", base, func(sc *model.Scenario) { sc.People[5].Left = day("2017-06-30") }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"an employee leaves D+1: 5 employees", base, func(sc *model.Scenario) { sc.People[5].Left = day("2017-07-01") }, "2017-06-30", MayApply, nil,
			"在职员工（不含创办人）5 人", "5 employees besides founders"},
		{"an employee hired D+1: 4 employees", base, func(sc *model.Scenario) { sc.People[5].Hired = day("2017-07-01") }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"D = end(graduated,5y) − 1", base5, nil, "2021-02-27", MayApply, nil, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"D = end(graduated,5y) (2016-02-29 → 2021-02-28)", base5, nil, "2021-02-28", MayApply, nil, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"D = end(graduated,5y) + 1: ineligible", base5, nil, "2021-03-01", Ineligible, nil, "5 年期满日 2021-02-28", "5 years until 2021-02-28"},
		{"founder in school, not a graduate: ineligible", base, func(sc *model.Scenario) {
			sc.People[0].Graduated = 0
			sc.People[0].InSchool = true
		}, "2017-06-30", Ineligible, nil, "未登记毕业日期", "no graduation date"},
		{"founder graduates after D: ineligible", base, func(sc *model.Scenario) { sc.People[0].Graduated = day("2017-07-01") }, "2017-06-30", Ineligible, nil,
			"未登记毕业日期", "no graduation date"},
		{"in a start-up park: ineligible", base, func(sc *model.Scenario) { sc.Firm.InStartupPark = model.True }, "2017-06-30", Ineligible, nil,
			"入驻创业园区 = 是", "in a park = yes"},
		{"in_startup_park null: missing_data", base, func(sc *model.Scenario) { sc.Firm.InStartupPark = model.Unknown }, "2017-06-30", MissingData,
			[]string{"firm.in_startup_park"}, "入驻创业园区 = 未知", "in a park = unknown"},
		{"does not rent: ineligible", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.False }, "2017-06-30", Ineligible, nil,
			"租用经营场地：否", "rents its premises: no"},
		{"rents_premises null: missing_data", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.Unknown }, "2017-06-30", MissingData,
			[]string{"firm.rents_premises"}, "租用经营场地：未知", "rents its premises: unknown"},
		{"both null: both missing", base, func(sc *model.Scenario) {
			sc.Firm.RentsPremises, sc.Firm.InStartupPark = model.Unknown, model.Unknown
		}, "2017-06-30", MissingData, []string{"firm.in_startup_park", "firm.rents_premises"}, "租用经营场地：未知", "rents its premises: unknown"},
		{"park null but 4 employees: ineligible, nothing missing", base, func(sc *model.Scenario) {
			sc.Firm.InStartupPark = model.Unknown
			sc.People = sc.People[:5]
		}, "2017-06-30", Ineligible, nil, "在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"rents null but before one year: ineligible", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.Unknown }, "2017-02-27", Ineligible, nil,
			"期满之日 2017-02-28", "reached on 2017-02-28"},
		{"received on D: ineligible", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-rent-subsidy", Date: day("2017-06-30")}}
		}, "2017-06-30", Ineligible, nil, "已于 2017-06-30 领取过", "already received on 2017-06-30"},
		{"received D+1: ignored", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-rent-subsidy", Date: day("2017-07-01")}}
		}, "2017-06-30", MayApply, nil, "此前未领取过", "not received before"},
		{"another benefit received: not this one", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-eshop-subsidy", Date: day("2017-01-01")}}
		}, "2017-06-30", MayApply, nil, "此前未领取过", "not received before"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := c.base()
			if c.build != nil {
				c.build(sc)
			}
			r := checkedRule(t, sc, c.asOf, "graduate-rent-subsidy")
			wantStatus(t, r, c.status)
			wantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				wantAmounts(t, r, 300_000, 300_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.8 graduate-eshop-subsidy
