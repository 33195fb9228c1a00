package engine

import (
	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// （十一）引进的海内外高层次创业创新人才与用人单位签订 5年以上工作合同，并在玉溪购建
// 住房，给予 20 万-100 万元安家费资助。
func highLevelTalentSettlement() *Rule {
	return &Rule{
		ID: "high-level-talent-settlement", Clause: "十一",
		Title: Text{"高层次人才安家费20万–100万元", "Settlement grant of 200,000 to 1 million yuan for high-level talent"},
		Note: Text{"逐人判断：评估日在职、人才类别为高层次人才（high_level）、工作合同 5 年以上、已在玉溪购建住房。金额按人数乘以 20 万元列示，上限为人数乘以 100 万元（具体额度按人才层次核定）。合同年限或购房情况未知的人员列入待补充。",
			"Per person: employed on the evaluation date, in the high_level programme, on a contract of 5 years or more, with a home bought or built in Yuxi. Shown as 200,000 yuan per person with a 1,000,000 ceiling each (the level sets the figure). People whose contract length or home is unknown are listed as missing."},
		Evidence: evidence(
			Text{"人才认定材料", "Talent recognition documents"},
			Text{"5 年以上工作合同", "The work contract of 5 years or more"},
			Text{"在玉溪购建住房的合同或产权证明", "The Yuxi home purchase contract or title deed"},
		),
		eval: func(f *facts, o *outcome) {
			minYears := int(f.param(params.TalentYears))
			count, persons, undecided := talentPersons(f, o, func(i int, p *model.Person) (model.Tri, []string, Text) {
				t := p.Talent
				if t.Program != model.TalentHighLevel {
					return model.False, nil, Text{}
				}
				var missing []string
				contract := model.Unknown
				if t.ContractYears != nil {
					contract = model.TriOf(*t.ContractYears >= minYears)
				} else {
					missing = append(missing, personPath(i)+".talent.contract_years")
				}
				if t.HomeInYuxi == model.Unknown {
					missing = append(missing, personPath(i)+".talent.home_in_yuxi")
				}
				years := Text{"未知", "unknown"}
				if t.ContractYears != nil {
					years = tr("%d 年", "%d years", *t.ContractYears)
				}
				return contract.And(t.HomeInYuxi), missing, tr("合同 %s（需 %d 年以上），在玉溪购建住房：%s", "contract %s (%d years or more needed), home in Yuxi: %s",
					years, minYears, yesNo(t.HomeInYuxi))
			})
			o.detail("count", count)
			o.detail("persons", persons)
			reason := tr("符合条件的高层次人才 %d 人", "%d high-level talents qualify", count)
			if len(undecided) > 0 {
				reason = tr("符合条件的高层次人才 %d 人，另有 %d 项资料待补充", "%d high-level talents qualify; %d fields undecided", count, len(undecided))
			}
			o.perPerson(count, undecided, reason)
			n := money.Fen(count)
			o.amounts(n*f.fen(params.TalentSettleMin), n*f.fen(params.TalentSettleMax))
		},
	}
}

// （十一）列为省“海外高层次人才引进计划”和“高端科技人才引进计划”的人才到玉溪工作，
// 补助 20 万元的工作经费。
func provincialTalentFunding() *Rule {
	return &Rule{
		ID: "provincial-talent-funding", Clause: "十一",
		Title:    Text{"省引才计划人才工作经费20万元", "Work funding of 200,000 yuan for provincial talent-programme recruits"},
		Note:     Text{"逐人判断：评估日在职，且列入省“海外高层次人才引进计划”或“高端科技人才引进计划”。每人 20 万元。", "Per person: employed on the evaluation date and in the provincial overseas or high-end talent programme. 200,000 yuan each."},
		Evidence: evidence(Text{"省引才计划入选文件", "The provincial programme's selection notice"}, Text{"劳动合同", "The labour contract"}),
		eval: func(f *facts, o *outcome) {
			count, persons, _ := talentPersons(f, o, func(_ int, p *model.Person) (model.Tri, []string, Text) {
				prog := p.Talent.Program
				ok := prog == model.TalentProvOverseas || prog == model.TalentProvHighEnd
				return model.TriOf(ok), nil, Text{model.TalentPrograms.Label(prog, "zh"), model.TalentPrograms.Label(prog, "en")}
			})
			o.detail("count", count)
			o.detail("persons", persons)
			o.perPerson(count, nil, tr("在职的省引才计划人才 %d 人", "%d provincial-programme talents employed", count))
			n := money.Fen(count)
			o.amounts(n*f.fen(params.TalentFunding), n*f.fen(params.TalentFunding))
		},
	}
}

// talentPersons applies test to every person with a talent record who is
// employed at D; it returns the confirmed count, their details, and the
// fields that would decide the undecided ones.
func talentPersons(f *facts, o *outcome, test func(i int, p *model.Person) (model.Tri, []string, Text)) (int, []Details, []string) {
	persons := []Details{}
	var undecided []string
	for i := range f.sc.People {
		p := &f.sc.People[i]
		if p.Talent == nil {
			continue
		}
		if !f.employed[i] {
			o.say(tr("%s：评估日不在职", "%s: not employed on the evaluation date", Text{who(p), whoEn(p)}))
			continue
		}
		ok, missing, why := test(i, p)
		if why.Zh != "" {
			o.say(tr("%s：%s", "%s: %s", Text{who(p), whoEn(p)}, why))
		}
		switch ok {
		case model.True:
			persons = append(persons, Details{"id": p.ID, "name": p.Name, "program": p.Talent.Program})
		case model.Unknown:
			undecided = append(undecided, missing...)
		}
	}
	return len(persons), persons, undecided
}
