package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// StudentEntityLoanDetails are the figures of RULES.md 2.13.
type StudentEntityLoanDetails struct {
	SubsidyEstimateFen money.Fen `json:"subsidy_estimate_fen"`
}

// （九）对经“贷免扶补”、创业担保贷款政策扶持，稳定经营 2 年以上、带动就业 5 人以上、
// 偿还贷款记录良好、并按期纳税的优秀大学生经营实体……再次给予 2 年期 50 万元以内的
// 贷款扶持，并按照贷款基础利率的 60%给予贴息。
// The reference rate is the benchmark until 2019-08-19, the LPR since (§5.3).
func studentEntityLoan() *Rule {
	return &Rule{
		ID: "student-entity-loan", Clause: "九", Rests: "偿还贷款记录良好", Kind: Loan, Reading: Ceiling,
		Title: Text{"优秀大学生经营实体再贷款50万元、按基准利率60%贴息", "Further loan of up to 500,000 yuan for outstanding student businesses, 60% of the benchmark rate subsidised"},
		Evidence: evidence(
			Text{"创办人毕业证", "The founder's diploma"},
			Text{"原贷款合同及还款记录", "The earlier loan contracts and repayment records"},
			Text{"纳税证明", "Tax payment certificates"},
			Text{"员工花名册及社保缴费记录", "Staff roster and social-insurance records"},
		),
		note: func(f *facts) Text {
			return tr("须同时满足：创办人中有大学生创业者（在校或毕业 %s内）；曾获“贷免扶补”或创业担保贷款（借款人为企业或创办人，评估日前开始）且每笔均按期还款；创办满 %s；在职员工（不含创办人）%s 人以上；按期纳税。须经省级资金评审，故为“可申请”。贴息估算：%s × 评估日参考利率 %s × %s × %s ÷ 12。",
				"All of: a founder who is a college entrepreneur (in school or within %s of graduating); a Daimianfubu (贷免扶补) or guaranteed loan (to the firm or a founder, started by the evaluation date), each repaid on time; %s since founding; %s or more employees besides founders; taxes paid on time. The provincial fund reviews applications: may apply. Subsidy estimate: %s × the reference rate on the evaluation date, %s, × %s × %s ÷ 12.",
				f.show(params.GraduateYears), f.show(params.EntityLoanYears), f.show(params.EntityLoanEmployees),
				f.show(params.EntityLoanMax), f.show(params.ReferenceRate), f.show(params.EntityLoanSubsidyPct), f.show(params.EntityLoanMonths))
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, whatCollege(f), collegeTest(f))
			repaid := model.True
			var unknown []string
			loans := 0
			for i, l := range f.sc.Loans {
				if (l.Kind != model.LoanGuaranteed && l.Kind != model.LoanDaiMianFuBu) || l.Start > f.D ||
					(l.Borrower != model.BorrowerFirm && !f.isFounder(l.Borrower)) {
					continue
				}
				loans++
				repaid = repaid.And(l.RepaidOnTime)
				if l.RepaidOnTime == model.Unknown {
					unknown = append(unknown, fmt.Sprintf("loans[%d].repaid_on_time", i))
				}
			}
			if o.checkBool(loans > 0, tr("曾获“贷免扶补”或创业担保贷款扶持：%d 笔", "supported by Daimianfubu (贷免扶补) or guaranteed loans: %d", loans)) {
				o.check(repaid, unknown, tr("偿还贷款记录良好：%s", "loans repaid on time: %s", yesNo(repaid)))
			}
			two := f.sc.Firm.Founded.AddYears(int(f.param(params.EntityLoanYears)))
			if !o.checkBool(f.D >= two, tr("稳定经营 %s以上：创办于 %s，期满之日 %s", "operating %s or more: founded %s, reached on %s",
				f.show(params.EntityLoanYears), f.sc.Firm.Founded, two)) {
				o.advise(tr("%s 起经营满 %s", "the firm completes %[2]s on %[1]s", two, f.show(params.EntityLoanYears)))
			}
			employeesCheck(f, o, params.EntityLoanEmployees)
			o.check(f.sc.Firm.TaxCompliant, []string{"firm.tax_compliant"}, tr("按期纳税：%s", "taxes paid on time: %s", yesNo(f.sc.Firm.TaxCompliant)))
			ceiling := f.fen(params.EntityLoanMax)
			months := f.param(params.EntityLoanMonths)
			rate := f.use(params.ReferenceRate, f.D)
			estimate := money.Fen(money.MulDiv(int64(ceiling)*rate.Value*f.param(params.EntityLoanSubsidyPct), months, 10000*100*12))
			o.details(StudentEntityLoanDetails{estimate})
			o.say(tr("贴息估算：%s × %s（%s）× %s × %s ÷ 12 = %s", "subsidy estimate: %s × %s (%s) × %s × %s ÷ 12 = %s",
				f.show(params.EntityLoanMax), showRow(rate), Text{rate.Note, rate.NoteEn}, f.show(params.EntityLoanSubsidyPct), f.show(params.EntityLoanMonths), yuan(estimate)))
			o.amounts(0, ceiling)
		},
	}
}
