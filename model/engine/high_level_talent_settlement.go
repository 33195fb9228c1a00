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
		ID: "high-level-talent-settlement", Clause: "十一", Rests: "安家费资助", Kind: Cash, Reading: Range,
		Title: Text{"高层次人才安家费20万–100万元", "Settlement grant of 200,000 to 1 million yuan for high-level talent"},
		Evidence: evidence(
			Text{"人才认定材料", "Talent recognition documents"},
			Text{"工作合同", "The work contract"},
			Text{"在玉溪购建住房的合同或产权证明", "The Yuxi home purchase contract or title deed"},
		),
		note: func(f *facts) Text {
			return tr("逐人判断：评估日在职、人才类别为高层次人才、工作合同 %s以上、已在玉溪购建住房。金额按人数乘以 %s列示（下限确定），上限为人数乘以 %s（具体额度按人才层次核定）。合同年限或购房情况未知的人员列入待补充。",
				"Per person: employed on the evaluation date, in the high-level programme, on a contract of %s or more, with a home bought or built in Yuxi. Shown as %s per person (the floor is certain) with a %s ceiling each (the level sets the figure). People whose contract length or home is unknown are asked for.",
				f.show(params.TalentYears), f.show(params.TalentSettleMin), f.show(params.TalentSettleMax))
		},
		eval: func(f *facts, o *outcome) {
			minYears := int(f.param(params.TalentYears))
			d, undecided := talentPersons(f, o, func(i int, p *model.Person) (model.Tri, []string, Text) {
				t := p.Talent
				if t.Program != model.TalentHighLevel {
					return model.False, nil, Text{}
				}
				var missing []string
				contract := model.Unknown
				years := Text{"未知", "unknown"}
				if t.ContractYears != nil {
					contract = model.TriOf(*t.ContractYears >= minYears)
					years = tr("%d 年", "%d years", *t.ContractYears)
				} else {
					missing = append(missing, personPath(i)+".talent.contract_years")
				}
				if t.HomeInYuxi == model.Unknown {
					missing = append(missing, personPath(i)+".talent.home_in_yuxi")
				}
				return contract.And(t.HomeInYuxi), missing, tr("合同 %s（需 %s以上），在玉溪购建住房：%s", "contract %s (%s or more needed), home in Yuxi: %s",
					years, f.show(params.TalentYears), yesNo(t.HomeInYuxi))
			})
			o.details(d)
			reason := tr("符合条件的高层次人才 %d 人", "%d high-level talents qualify", d.Count)
			if len(undecided) > 0 {
				reason = tr("符合条件的高层次人才 %d 人，另有 %d 项资料待补充", "%d high-level talents qualify; %d fields undecided", d.Count, len(undecided))
			}
			o.perPerson(d.Count, undecided, reason)
			n := money.Fen(d.Count)
			o.amounts(n*f.fen(params.TalentSettleMin), n*f.fen(params.TalentSettleMax))
		},
		form: talentForm,
	}
}
