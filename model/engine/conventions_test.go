package engine

import (
	"errors"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/params"
	"slices"
	"testing"
)

func TestPolicyStartRefusesEarlierDates(t *testing.T) {
	sc := founded("2016-01-01")
	eng := New(params.Default())
	if _, err := eng.Evaluate(sc, day("2016-11-14")); !errors.Is(err, ErrTooEarly) {
		t.Errorf("as_of 2016-11-14: err %v, want ErrTooEarly", err)
	}
	ev, err := eng.Evaluate(sc, day("2016-11-15"))
	if err != nil {
		t.Fatalf("as_of 2016-11-15: %v", err)
	}
	var ids []string
	for i := range ev.Results {
		ids = append(ids, ev.Results[i].Rule.ID)
		checkResult(t, &ev.Results[i])
	}
	if !slices.Equal(ids, model.RuleIDs()) {
		t.Errorf("results %v, want every rule in RULES.md order %v", ids, model.RuleIDs())
	}
}

func TestPeriodArithmetic(t *testing.T) {
	for _, c := range []struct {
		name string
		got  civil.Date
		want string
	}{
		{"2016-02-29 + 1 year", day("2016-02-29").AddYears(1), "2017-02-28"},
		{"2013-08-31 + 6 months", day("2013-08-31").AddMonths(6), "2014-02-28"},
		{"2020-02-29 - 1 year", day("2020-02-29").AddYears(-1), "2019-02-28"},
		{"2016-02-29 + 4 years", day("2016-02-29").AddYears(4), "2020-02-29"},
	} {
		if c.got != day(c.want) {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
}

// Employed at D: hired ≤ D (a founder without a hiring date from the
// founding date), left null or after D. staff(D) counts founders; employees
// do not.
func TestEmployedAtD(t *testing.T) {
	sc := baseFirm() // founded 2019-04-01
	sc.People[0].Hired = 0
	addFounder(sc, func(p *model.Person) { p.Hired = 0 })
	addStaff(sc, 1, "2020-01-01", ptrInt(36), nil)                                                  // employed
	addStaff(sc, 1, "2021-07-01", ptrInt(36), nil)                                                  // hired D+1
	addStaff(sc, 1, "2020-01-01", ptrInt(36), func(p *model.Person) { p.Left = day("2021-06-30") }) // left on D
	addStaff(sc, 1, "2020-01-01", ptrInt(36), func(p *model.Person) { p.Left = day("2021-07-01") }) // left D+1
	addStaff(sc, 1, "2021-06-30", ptrInt(36), nil)                                                  // hired on D
	const d = "2021-06-30"
	r := checkedRule(t, sc, d, "sme-hiring-loan")
	wantDetail(t, r, "staff", 5) // 2 founders + 3 employees
	r = checkedRule(t, sc, d, "graduate-rent-subsidy")
	wantReason(t, r, "在职员工（不含创办人）3 人", "3 employees besides founders")
	// Before the founding date a founder without a hiring date is not employed.
	sc2 := baseFirm()
	sc2.People[0].Hired = 0
	sc2.Firm.Founded = day("2021-07-01")
	wantDetail(t, checkedRule(t, sc2, d, "sme-hiring-loan"), "staff", 0)
}

// ---------------------------------------------------------------------------
// §1 size classification
