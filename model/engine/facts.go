package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/params"
)

// facts is the scenario seen on the evaluation date D, with what several
// rules need worked out once (RULES.md §0): who is employed, who founded
// the firm, the size class. Records dated after D are invisible here.
type facts struct {
	sc *model.Scenario
	D  civil.Date
	Y  int // the calendar year of D
	p  *params.Table

	employed  []bool // per person: employed at D
	staff     int    // 从业人员: people employed at D
	employees int    // employed non-founders (带动就业)
	founders  []int  // indexes of founders
	size      Size

	cur *outcome // the rule being evaluated: parameter lookups go into its basis
}

func newFacts(sc *model.Scenario, d civil.Date, p *params.Table) *facts {
	f := &facts{sc: sc, D: d, Y: d.Year(), p: p, employed: make([]bool, len(sc.People))}
	for i := range sc.People {
		person := &sc.People[i]
		if person.Founder {
			f.founders = append(f.founders, i)
		}
		if Employed(person, sc.Firm.Founded, d) {
			f.employed[i] = true
			f.staff++
			if !person.Founder {
				f.employees++
			}
		}
	}
	f.size = classify(f)
	return f
}

// Employed is "employed at D" of RULES.md §0: hired on or before D (a
// founder without a hiring date counts from the founding date) and not
// left by D. The app's lists filter with it too.
func Employed(p *model.Person, founded, d civil.Date) bool {
	start := p.Hired
	if start.IsZero() && p.Founder {
		start = founded
	}
	return !start.IsZero() && start <= d && (p.Left.IsZero() || p.Left > d)
}

// graduated is the person's graduation date if it is on or before D; a
// graduation after D is ignored (§0).
func (f *facts) graduated(p *model.Person) civil.Date {
	if p.Graduated.IsZero() || p.Graduated > f.D {
		return 0
	}
	return p.Graduated
}

// graduateMark is the day a graduate stops counting as a college
// entrepreneur: end(graduated, 5 years).
func (f *facts) graduateMark(p *model.Person) civil.Date {
	return f.graduated(p).AddYears(int(f.param(params.GraduateYears)))
}

// withinGraduateYears: D is within five years of graduating (毕业5年内).
func (f *facts) withinGraduateYears(p *model.Person) bool {
	return !f.graduated(p).IsZero() && f.D <= f.graduateMark(p)
}

// collegeEntrepreneur (大学生创业者): a founder in school, or within five
// years of graduating from a regular higher-education institution.
func (f *facts) collegeEntrepreneur(p *model.Person) bool {
	return p.Founder && (p.InSchool || f.withinGraduateYears(p))
}

// youth (青年): aged 35 or under at D, from the birth date in the resident
// ID; unknown without an ID number. Age ≤ 35 means D is before the 36th
// birthday, a birthday on 29 February falling on 28 February (§0 periods).
func (f *facts) youth(p *model.Person) (model.Tri, civil.Date) {
	birth, ok := ident.BirthDate(p.IDNumber)
	if !ok {
		return model.Unknown, 0
	}
	return model.TriOf(f.D < birth.AddYears(int(f.param(params.YouthMaxAge))+1)), birth
}

// certValidAt: issued on or before D, and no expiry or expiry on or after D.
func (f *facts) certValidAt(kind string) (model.Certification, bool) {
	for _, c := range f.sc.Firm.Certifications {
		if c.Kind == kind && c.Issued <= f.D && (c.Expires.IsZero() || c.Expires >= f.D) {
			return c, true
		}
	}
	return model.Certification{}, false
}

// certValidInYear: issued by 31 December of year and not expired before 1
// January of it. A certificate issued after D is ignored.
func (f *facts) certValidInYear(kind string, year int) bool {
	for _, c := range f.sc.Firm.Certifications {
		if c.Kind == kind && c.Issued <= f.D && c.Issued <= civil.YearEnd(year) &&
			(c.Expires.IsZero() || c.Expires >= civil.YearStart(year)) {
			return true
		}
	}
	return false
}

// received: the benefit was received on or before D.
func (f *facts) received(benefit string) (model.Received, bool) {
	for _, r := range f.sc.Firm.Received {
		if r.Benefit == benefit && r.Date <= f.D {
			return r, true
		}
	}
	return model.Received{}, false
}

// isFounder reports whether the person id belongs to a founder.
func (f *facts) isFounder(id string) bool {
	for _, i := range f.founders {
		if f.sc.People[i].ID == id {
			return true
		}
	}
	return false
}

// person returns the person with scenario id pid.
func (f *facts) person(pid string) (*model.Person, bool) {
	for i := range f.sc.People {
		if f.sc.People[i].ID == pid {
			return &f.sc.People[i], true
		}
	}
	return nil, false
}

// personPath is a person's JSON path.
func personPath(i int) string { return fmt.Sprintf("people[%d]", i) }
