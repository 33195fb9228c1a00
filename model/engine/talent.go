package engine

import "huiqi/model"

// TalentDetails are the figures of RULES.md 2.15 and 2.16.
type TalentDetails struct {
	Count   int         `json:"count"`
	Persons []TalentRow `json:"persons"`
}

// TalentRow is one person who qualifies.
type TalentRow struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Program string `json:"program"`
}

// talentPersons applies test to every person with a talent record who is
// employed at D; it returns the confirmed persons and the fields that would
// decide the undecided ones.
func talentPersons(f *facts, o *outcome, test func(i int, p *model.Person) (model.Tri, []string, Text)) (TalentDetails, []string) {
	d := TalentDetails{Persons: []TalentRow{}}
	var undecided []string
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if p.Talent == nil {
			continue
		}
		if !f.employed[i] {
			o.say(tr("%s：评估日不在职", "%s: not employed on the evaluation date", who(p)))
			continue
		}
		ok, missing, why := test(i, p)
		if !why.IsZero() {
			o.say(tr("%s：%s", "%s: %s", who(p), why))
		}
		switch ok {
		case model.True:
			d.Persons = append(d.Persons, TalentRow{p.ID, p.Name, p.Talent.Program})
		case model.Unknown:
			undecided = append(undecided, missing...)
		}
	}
	d.Count = len(d.Persons)
	return d, undecided
}

// talentForm lists the persons who qualify.
func talentForm(sc *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(TalentDetails)
	rows := [][]string{}
	for _, x := range d.Persons {
		hired := ""
		for _, p := range sc.People {
			if p.ID == x.ID {
				hired = p.Hired.String()
			}
		}
		rows = append(rows, []string{x.Name, idNumberOf(sc, x.ID), model.TalentPrograms.Label(x.Program, "zh"), dashIfEmpty(hired)})
	}
	return []FormTable{{Columns: []FormColumn{{Title: "姓名", Width: 1.4}, {Title: "身份证号码", Width: 2.4},
		{Title: "人才类别", Width: 2.4}, {Title: "入职日期", Width: 1.4}}, Rows: rows}}
}
