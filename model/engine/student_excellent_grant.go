package engine

import "huiqi/model/params"

// （九）每年评审认定 20 个优秀大学生自主创业经营实体，每个给予 3 万至 5 万元的无偿资助。
func studentExcellentGrant() *Rule {
	return &Rule{
		ID: "student-excellent-grant", Clause: "九", Rests: "的无偿资助", Kind: Cash, Reading: Range,
		Title:    Text{"优秀大学生自主创业经营实体无偿资助3–5万元", "Grant of 30,000–50,000 yuan to outstanding student businesses"},
		Evidence: evidence(Text{"创办人毕业证或学生证", "The founder's diploma or student card"}, Text{"经营情况说明", "Account of the business"}),
		note: func(f *facts) Text {
			c := collegeNote(f)
			return tr("%s每年评审认定 %s 个，故为“可申请”；金额按下限 %s列示、上限 %s。", "%s %s are chosen a year, so may apply; shown at the %s floor with a %s ceiling.",
				c, f.show(params.GrantPerYear), f.show(params.GrantMin), f.show(params.GrantMax))
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, whatCollege(f), collegeTest(f))
			o.amounts(f.fen(params.GrantMin), f.fen(params.GrantMax))
			graduateDeadlineAdvice(f, o)
		},
	}
}
