package engine

import (
	"huiqi/model/money"
	"huiqi/model/params"
)

// （九）对符合条件的青年（大学生）给予不超过 10 万元的创业担保贷款，由财政部门按相关
// 规定贴息。The ceiling is the national individual one in force (§5.1).
func youthGuaranteedLoan() *Rule {
	return &Rule{
		ID: "youth-guaranteed-loan", Clause: "九", Rests: "一对一匹配专家导师", Kind: Loan, Reading: Ceiling,
		Title:    Text{"青年（大学生）创业担保贷款10万元", "Guaranteed loan of up to 100,000 yuan for young graduates"},
		Evidence: evidence(Text{"创办人毕业证或学生证", "The founder's diploma or student card"}, Text{"贷款申请书及担保材料", "Loan application and guarantee documents"}),
		note: func(f *facts) Text {
			c := collegeNote(f)
			return tr("%s额度上限为评估日施行的创业担保贷款个人额度 %s（%s），由财政部门按规定贴息；科技型小微企业的创办人额度见“科技型小微企业创办人担保贷款”一项。",
				"%s The ceiling is the national individual guaranteed-loan ceiling in force on the evaluation date, %s (%s), with the interest subsidised; founders of technology-based small firms: see the founder's loan for technology SMEs.",
				c, f.show(params.LoanPersonMax), f.use(params.LoanPersonMax, f.D).Cite)
		},
		eval: func(f *facts, o *outcome) {
			o.founderCheck(f, whatCollege(f), collegeTest(f))
			o.amounts(0, f.fen(params.LoanPersonMax))
			if tech := techSMEFounderLoan().run(f); tech.Status == Eligible {
				o.say(tr("本企业为科技型小微企业，创办人担保贷款额度可达 %s（见“科技型小微企业创办人担保贷款”）",
					"as a technology-based small firm, the founder may borrow up to %s (see the founder's loan for technology SMEs)",
					yuanText(max(f.fen(params.TechLoanMax), f.fen(params.LoanPersonMax)))))
			}
			graduateDeadlineAdvice(f, o)
		},
	}
}

// yuanText is an amount said the way the policy texts say it: 20 万元.
func yuanText(v money.Fen) Text {
	return Text{params.YuanText(v, "zh"), params.YuanText(v, "en")}
}
