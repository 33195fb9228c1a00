package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// founderCheck records whether some founder satisfies test, naming each
// founder with the values it looked at; the condition is the Kleene OR over
// founders (RULES.md §0: a rule about the entrepreneur holds when at least
// one founder satisfies it), and a founder whose answer is unknown
// contributes the fields that would decide.
func (o *outcome) founderCheck(f *facts, what Text, test func(i int, p *model.Person) (model.Tri, []string, Text)) model.Tri {
	any := model.False
	var missing []string
	var lines []Text
	for _, i := range f.founders {
		p := &f.sc.People[i]
		ok, m, why := test(i, p)
		any = any.Or(ok)
		if ok == model.Unknown {
			missing = append(missing, m...)
		}
		lines = append(lines, tr("%s%s", "%s %s", who(p), why))
	}
	if len(f.founders) == 0 {
		lines = append(lines, Text{"没有登记创办人", "no founder recorded"})
	}
	return o.check(any, missing, tr("%s：%s", "%s: %s", what, joinTexts(lines)))
}

// entrepreneurWhy explains the college-entrepreneur test for one founder.
func entrepreneurWhy(f *facts, p *model.Person) Text {
	switch g := f.graduated(p); {
	case p.InSchool:
		return Text{"在校学生", "in school"}
	case g.IsZero():
		return Text{"未登记毕业日期（或毕业晚于评估日）", "no graduation date (or one after the evaluation date)"}
	default:
		return tr("%s 毕业，%s期满日 %s", "graduated %s, %s until %s", g, f.show(params.GraduateYears), f.graduateMark(p))
	}
}

func collegeTest(f *facts) func(int, *model.Person) (model.Tri, []string, Text) {
	return func(_ int, p *model.Person) (model.Tri, []string, Text) {
		return model.TriOf(f.collegeEntrepreneur(p)), nil, entrepreneurWhy(f, p)
	}
}

// whatCollege names the college-entrepreneur condition.
func whatCollege(f *facts) Text {
	return tr("大学生创业者（在校或毕业 %s内的创办人）", "college entrepreneur (a founder in school or within %s of graduating)",
		f.show(params.GraduateYears))
}

// collegeNote is the reading of 大学生创业者 that several notes share.
func collegeNote(f *facts) Text {
	return tr("大学生创业者：在校学生，或毕业 %s内（含期满当日）的普通高校毕业生创办人。", "College entrepreneur: a founder in school, or a graduate within %s of graduating (the last day included).",
		f.show(params.GraduateYears))
}

// graduateDeadlineAdvice says until when a graduate founder counts as a
// college entrepreneur.
func graduateDeadlineAdvice(f *facts, o *outcome) {
	for _, i := range f.founders {
		p := &f.sc.People[i]
		if f.withinGraduateYears(p) {
			o.advise(tr("%s毕业满 %s（%s）后不再属于大学生创业者，请在此前申请", "%s stops counting as a college entrepreneur on %[3]s (%[2]s after graduating): apply before then",
				who(p), f.show(params.GraduateYears), f.graduateMark(p)))
		}
	}
}

// notYet is the condition that a one-off benefit was not received before.
func notYet(f *facts, o *outcome, id string) {
	if r, got := f.received(id); got {
		o.checkBool(false, tr("已于 %s 领取过，不能重复享受", "already received on %s; it is paid once", r.Date))
		return
	}
	o.checkBool(true, Text{"此前未领取过", "not received before"})
}

// employeesCheck is 带动就业 N 人以上: employees (not founders) at D ≥ the
// row of key.
func employeesCheck(f *facts, o *outcome, key string) {
	need := int(f.param(key))
	if !o.checkBool(f.employees >= need, tr("带动就业 %s 人以上：在职员工（不含创办人）%d 人", "employing %s or more: %d employees besides founders",
		f.show(key), f.employees)) {
		o.advise(tr("再招用 %d 名员工即可达到 %s 人", "hire %d more employees to reach %s", need-f.employees, f.show(key)))
	}
}
