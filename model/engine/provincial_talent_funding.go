package engine

import (
	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// （十一）列为省“海外高层次人才引进计划”和“高端科技人才引进计划”的人才到玉溪工作，
// 补助 20 万元的工作经费。
func provincialTalentFunding() *Rule {
	return &Rule{
		ID: "provincial-talent-funding", Clause: "十一", Rests: "的工作经费", Kind: Cash, Reading: Settled,
		Title:    Text{"省引才计划人才工作经费20万元", "Work funding of 200,000 yuan for provincial talent-programme recruits"},
		Evidence: evidence(Text{"省引才计划入选文件", "The provincial programme's selection notice"}, Text{"劳动合同", "The labour contract"}),
		note: func(f *facts) Text {
			return tr("逐人判断：评估日在职，且列入省“海外高层次人才引进计划”或“高端科技人才引进计划”。每人 %s。",
				"Per person: employed on the evaluation date and in the provincial overseas or high-end talent programme. %s each.", f.show(params.TalentFunding))
		},
		eval: func(f *facts, o *outcome) {
			d, _ := talentPersons(f, o, func(_ int, p *model.Person) (model.Tri, []string, Text) {
				prog := p.Talent.Program
				return model.TriOf(prog == model.TalentProvOverseas || prog == model.TalentProvHighEnd), nil, label(model.TalentPrograms, prog)
			})
			o.details(d)
			o.perPerson(d.Count, nil, tr("在职的省引才计划人才 %d 人", "%d provincial-programme talents employed", d.Count))
			n := money.Fen(d.Count)
			o.amounts(n*f.fen(params.TalentFunding), n*f.fen(params.TalentFunding))
		},
		form: talentForm,
	}
}
