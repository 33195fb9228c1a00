package engine

import "huiqi/model"

// （九）允许在校大学生休学创业，大学生在校期间自主创业可向学校申请休学，保留学籍 2 年。
func studentStudySuspension() *Rule {
	return &Rule{
		ID: "student-study-suspension", Clause: "九", Rests: "保留学籍", Kind: Procedure, Reading: NoAmount,
		Title:    Text{"在校大学生休学创业保留学籍2年", "Students may suspend studies for 2 years to found a business"},
		Evidence: evidence(Text{"学生证及学校休学审批表", "Student card and the school's suspension form"}),
		note: func(*facts) Text {
			return Text{"创办人中有在校大学生即可向学校申请休学创业、保留学籍；由学校审批，故为“可申请”。",
				"Any founder in school may ask the school to suspend studies and keep the place; the school decides, hence may apply."}
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, Text{"创办人为在校大学生", "a founder is a student in school"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					return model.TriOf(p.InSchool), nil, pick(p.InSchool, Text{"在校", "in school"}, Text{"不在校", "not in school"})
				})
		},
	}
}
