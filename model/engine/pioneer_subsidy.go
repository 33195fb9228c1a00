package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （九）每年在全市范围内推选 30 户创业实体，其中认定具有创业引领作用的创业实体 10 户，
// 每户给予 2 万元的创业补贴，其他每户给予 1 万元的创业补贴。
func pioneerSubsidy() *Rule {
	return &Rule{
		ID: "pioneer-subsidy", Clause: "九", Rests: "创业引领作用的创业实体", Kind: Cash, Reading: Range,
		Title:    Text{"创业实体补贴（引领型2万元，其他1万元）", "Start-up grant (20,000 yuan for leading firms, 10,000 others)"},
		Words:    AmountWords{Any: Text{"%[1]s，创业引领型 %[2]s", "%[1]s, or %[2]s for leading firms"}},
		Evidence: evidence(Text{"创办人身份证、毕业证", "The founder's ID card and diploma"}, Text{"创业项目及带动就业情况说明", "Account of the business and the jobs it created"}),
		note: func(f *facts) Text {
			return tr("本条在（九）“支持大学生为主的青年创业创新”之下，读作：创办人中有大学生创业者（在校或毕业 %s内）或青年（评估日 %d 周岁及以下，按身份证号码中的出生日期计算）。每年推选评审，故为“可申请”；金额按其他创业实体 %s列示，创业引领型为 %s。",
				"Under clause (九) on youth entrepreneurship, read as: a founder who is a college entrepreneur (in school or within %s of graduating) or a youth (aged %d or under on the evaluation date, from the birth date in the ID number). Chosen by yearly review, so may apply; shown at %s, %s for a leading firm.",
				f.show(params.GraduateYears), f.param(params.YouthMaxAge), f.show(params.PioneerLow), f.show(params.PioneerHigh))
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, tr("创办人为大学生创业者或青年（%d 周岁及以下）", "a founder is a college entrepreneur or a youth (%d or under)", f.param(params.YouthMaxAge)),
				func(i int, p *model.Person) (model.Tri, []string, Text) {
					if f.collegeEntrepreneur(p) {
						return model.True, nil, entrepreneurWhy(f, p)
					}
					young, birth := f.youth(p)
					switch young {
					case model.Unknown:
						return model.Unknown, []string{personPath(i) + ".id_number"}, Text{"未登记身份证号码，无法计算年龄", "no ID number, so no age"}
					case model.True:
						return model.True, nil, tr("%s 出生，评估日未超过 %d 周岁", "born %s, no older than %d on the evaluation date", birth, f.param(params.YouthMaxAge))
					}
					return model.False, nil, tr("%s 出生，评估日已超过 %d 周岁", "born %s, older than %d on the evaluation date", birth, f.param(params.YouthMaxAge))
				})
			o.amounts(f.fen(params.PioneerLow), f.fen(params.PioneerHigh))
		},
	}
}
