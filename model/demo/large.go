package demo

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
)

// Large is the demo firm grown to people staff and rd R&D lines, for
// benchmarks of import, evaluation and the UI's tables: the same kinds of
// record a real roster holds, with hires spread over the firm's years.
func Large(ref civil.Date, people, rd int) *model.Scenario {
	sc := Scenario(ref)
	founded := sc.Firm.Founded
	days := ref.DaysSince(founded)
	b := &builder{ref: ref, people: sc.People}
	for len(b.people) < people {
		i := len(b.people)
		hired := founded.AddDays(i * 7919 % (days + 1))
		p := model.Person{
			Name:           fmt.Sprintf("员工%05d", i),
			Hired:          hired,
			ContractMonths: ptr(12 * (1 + i%3)),
		}
		if i%4 == 0 {
			p.Graduated = hired.AddYears(-1)
		}
		if i%9 == 0 {
			p.Categories = []string{model.Categories.Codes()[i%9%len(model.Categories.Codes())]}
		}
		if i%11 == 0 {
			p.Left = hired.AddMonths(6)
		}
		b.person(p, ref.Year()-22-i%30)
	}
	sc.People = b.people
	cats := model.RDCategories.Codes()
	projects := []string{"烟叶智能分级", "冷链监测平台", "政务数据中台", "花卉溯源系统"}
	for len(sc.RDExpenses) < rd {
		i := len(sc.RDExpenses)
		sc.RDExpenses = append(sc.RDExpenses, model.RDExpense{
			Date:     founded.AddDays(i * 104729 % (days + 1)),
			Project:  projects[i%len(projects)],
			Category: cats[i%len(cats)],
			Amount:   yuan(int64(1_000 + i%97*113)),
		})
	}
	return sc
}
