package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// （九）经科技行政管理部门认定的科技型小微企业，符合小微型企业划型标准，在本市内依法
// 成立的企业，对创办个人发放的创业担保贷款额度由 10 万元提高到 20 万元，提高后增加的
// 10 万元贷款，按照规定给予 2 年期的贴息，贴息资金由省、市、县区财政按照 4︰3︰3 的
// 比例承担。
func techSMEFounderLoan() *Rule {
	return &Rule{
		ID: "tech-sme-founder-loan", Clause: "九",
		Title: Text{"科技型小微企业创办人担保贷款提至20万元及贴息", "Founder's guaranteed loan raised to 200,000 yuan, with interest subsidy, for technology SMEs"},
		Note: Text{"须持有评估日有效的科技型中小企业认定且为小微企业。贴息按创办人最近一笔（评估日前开始，同日取金额较大者）创业担保贷款中超过 10 万元的部分（最多 10 万元）计算，期限取贷款期限与 24 个月的较小者，利率以基准利率为限：贴息 = 本金 × 利率 × 月数 ÷ 12，四舍五入到分；省、市分别按 40%、30% 四舍五入，县区承担余额。尚无此类贷款时按 10 万元、24 个月、基准利率估算。",
			"Needs a technology-SME certification valid on the evaluation date and a small or micro firm. The subsidy is on the part above 100,000 yuan (at most 100,000) of the founder's latest guaranteed loan started by the evaluation date (the larger on a tie), for the shorter of its term and 24 months, at its rate capped at the benchmark: principal × rate × months ÷ 12, rounded to the fen; province 40% and city 30% each rounded, the county the rest. Without such a loan it is estimated at 100,000 yuan, 24 months, the benchmark rate."},
		Evidence: evidence(
			Text{"科技型中小企业认定证书（评价入库编号）", "Technology-SME certificate"},
			Text{"创业担保贷款合同及放款凭证", "The guaranteed-loan contract and disbursement record"},
			Text{"付息凭证", "Interest payment records"},
			Text{"近一年财务报表（企业划型依据）", "Last year's financial statements (for the size class)"},
		),
		eval: func(f *facts, o *outcome) {
			cert, valid := f.certValidAt(model.CertTechSME)
			if valid {
				o.checkBool(true, tr("科技型中小企业认定有效：%s 认定，有效期至 %s", "technology-SME certification valid: issued %s, valid until %s",
					cert.Issued, pick(cert.Expires.IsZero(), Text{"长期", "no expiry"}, tr("%s", "%s", cert.Expires))))
			} else {
				o.checkBool(false, Text{"评估日没有有效的科技型中小企业认定", "no technology-SME certification valid on the evaluation date"})
				o.advise(Text{"向科技部门申请科技型中小企业评价入库后可适用", "register as a technology-based SME with the science bureau to qualify"})
			}
			o.check(f.size.SmallOrMicro, f.size.Missing, tr("小微企业：%s", "small or micro firm: %s", f.size.Reason))

			base := f.fen(params.TechLoanBase)
			extraMax := f.fen(params.TechLoanExtraMax)
			benchmark := f.param(params.BenchmarkRate)
			maxMonths := int(f.param(params.TechLoanMonths))
			loan, found := f.latestFounderLoan()
			extra, months, rate := extraMax, maxMonths, benchmark
			if found {
				extra = min(max(loan.Amount-base, 0), extraMax)
				months = min(loan.TermMonths, maxMonths)
				rate = min(int64(loan.RateBP), benchmark)
				o.say(tr("创办人贷款：%s 起借款 %s，期限 %d 个月，年利率 %s；超过 %s 的部分 %s 按 %d 个月、年利率 %s 贴息",
					"founder's loan: %[2]s from %[1]s for %[3]d months at %[4]s; the part above %[5]s, %[6]s, is subsidised for %[7]d months at %[8]s",
					loan.Start, loan.Amount.Yuan(), loan.TermMonths, bp(int64(loan.RateBP)), base.Yuan(), extra.Yuan(), months, bp(rate)))
			} else {
				o.say(tr("尚无创办人的创业担保贷款，按 %s、%d 个月、基准利率 %s 估算", "no guaranteed loan to a founder yet: estimated on %s for %d months at the benchmark %s",
					extra.Yuan(), months, bp(rate)))
			}
			subsidy := money.Fen(money.MulDiv(int64(extra)*rate, int64(months), 10000*12))
			province := money.Percent(subsidy, f.param(params.TechLoanProvince))
			city := money.Percent(subsidy, f.param(params.TechLoanCity))
			county := subsidy - province - city
			o.say(tr("贴息 %s：省 %s，市 %s，县区 %s", "interest subsidy %s: province %s, city %s, county %s",
				subsidy.Yuan(), province.Yuan(), city.Yuan(), county.Yuan()))
			o.detail("extra_principal_fen", extra)
			o.detail("rate_bp", rate)
			o.detail("months", months)
			o.detail("subsidy_fen", subsidy)
			o.detail("province_fen", province)
			o.detail("city_fen", city)
			o.detail("county_fen", county)
			o.detail("estimated", !found)
			o.amounts(subsidy, f.fen(params.TechLoanMax))
			if cert.Expires > 0 && valid {
				o.advise(tr("科技型中小企业认定 %s 到期，请及时重新评价", "the technology-SME certification expires on %s: renew it in time", cert.Expires))
			}
		},
	}
}

// latestFounderLoan is the latest guaranteed loan to a founder started on or
// before D; on a tie of start dates, the larger.
func (f *facts) latestFounderLoan() (model.Loan, bool) {
	var best model.Loan
	found := false
	for _, l := range f.sc.Loans {
		if l.Kind != model.LoanGuaranteed || l.Start > f.D || !f.isFounder(l.Borrower) {
			continue
		}
		if !found || l.Start > best.Start || (l.Start == best.Start && l.Amount > best.Amount) {
			best, found = l, true
		}
	}
	return best, found
}

// bp writes basis points as a percentage: 435 → 4.35%.
func bp(v int64) string {
	return money.Fen(v).Plain() + "%"
}

// （九）对经“贷免扶补”、创业担保贷款政策扶持，稳定经营 2 年以上、带动就业 5 人以上、
// 偿还贷款记录良好、并按期纳税的优秀大学生经营实体……再次给予 2 年期 50 万元以内的
// 贷款扶持，并按照贷款基础利率的 60%给予贴息。
func studentEntityLoan() *Rule {
	return &Rule{
		ID: "student-entity-loan", Clause: "九",
		Title: Text{"优秀大学生经营实体再贷款50万元、按基准利率60%贴息", "Further loan of up to 500,000 yuan for outstanding student businesses, 60% of the benchmark rate subsidised"},
		Note: Text{"须同时满足：创办人中有大学生创业者；曾获“贷免扶补”或创业担保贷款（借款人为企业或创办人，评估日前开始）且每笔均按期还款；创办满 2 年；在职员工（不含创办人）5 人以上；按期纳税。须经省大学生创业扶持资金评审，故为“可申请”。贴息估算：50 万元 × 基准利率 × 60% × 24 个月。",
			"All of: a founder who is a college entrepreneur; a dai-mian-fu-bu or guaranteed loan (to the firm or a founder, started by the evaluation date), each repaid on time; two years since founding; 5 or more employees besides founders; taxes paid on time. The provincial fund reviews applications: may apply. Subsidy estimate: 500,000 yuan × benchmark × 60% × 24 months."},
		Evidence: evidence(
			Text{"创办人毕业证", "The founder's diploma"},
			Text{"原贷款合同及还款记录", "The earlier loan contracts and repayment records"},
			Text{"纳税证明", "Tax payment certificates"},
			Text{"员工花名册及社保缴费记录", "Staff roster and social-insurance records"},
		),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, whatCollege, collegeTest(f))
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
					unknown = append(unknown, loanPath(i)+".repaid_on_time")
				}
			}
			if o.checkBool(loans > 0, tr("曾获“贷免扶补”或创业担保贷款扶持：%d 笔", "supported by dai-mian-fu-bu or guaranteed loans: %d", loans)) {
				o.check(repaid, unknown, tr("偿还贷款记录良好：%s", "loans repaid on time: %s", yesNo(repaid)))
			}
			two := f.sc.Firm.Founded.AddYears(int(f.param(params.EntityLoanYears)))
			if !o.checkBool(f.D >= two, tr("稳定经营 2 年以上：创办于 %s，满 2 年之日 %s", "operating over two years: founded %s, two years on %s",
				f.sc.Firm.Founded, two)) {
				o.advise(tr("%s 起经营满 2 年", "the firm completes two years on %s", two))
			}
			need := int(f.param(params.EntityLoanEmployees))
			if !o.checkBool(f.employees >= need, tr("带动就业 %d 人以上：在职员工（不含创办人）%d 人", "employing %d or more: %d employees besides founders", need, f.employees)) {
				o.advise(tr("再招用 %d 名员工即可达到 %d 人", "hire %d more employees to reach %d", need-f.employees, need))
			}
			o.check(f.sc.Firm.TaxCompliant, []string{"firm.tax_compliant"}, tr("按期纳税：%s", "taxes paid on time: %s", yesNo(f.sc.Firm.TaxCompliant)))
			max := f.fen(params.EntityLoanMax)
			months := f.param(params.EntityLoanMonths)
			estimate := money.Fen(money.MulDiv(int64(max)*f.param(params.BenchmarkRate)*f.param(params.EntityLoanSubsidyPct), months, 10000*100*12))
			o.detail("subsidy_estimate_fen", estimate)
			o.say(tr("贴息估算：%s × %s × %d%% × %d 个月 = %s", "subsidy estimate: %s × %s × %d%% × %d months = %s",
				max.Yuan(), bp(f.param(params.BenchmarkRate)), f.param(params.EntityLoanSubsidyPct), months, estimate.Yuan()))
			o.amounts(0, max)
		},
	}
}

func loanPath(i int) string { return fmt.Sprintf("loans[%d]", i) }

// （十）对取得“新型职业农民资格证书”的……新型职业农民，在办理各类惠农贷款贴息及
// “贷免扶补”政策时给予倾斜。
func newFarmerPreference() *Rule {
	return &Rule{
		ID: "new-farmer-preference", Clause: "十",
		Title:    Text{"新型职业农民贷款贴息政策倾斜", "Priority in farm-loan interest subsidies for certified new farmers"},
		Note:     Text{"创办人持有“新型职业农民资格证书”（farmer_certificate）即可在办理惠农贷款贴息和“贷免扶补”时申请倾斜。", "A founder holding the new professional farmer certificate may ask for priority in farm-loan subsidies and dai-mian-fu-bu."},
		Evidence: evidence(Text{"新型职业农民资格证书", "New professional farmer certificate"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, Text{"创办人持有新型职业农民资格证书", "a founder holds the new professional farmer certificate"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					return model.TriOf(p.FarmerCertificate), nil, pick(p.FarmerCertificate, Text{"持有", "holds it"}, Text{"未持有", "does not"})
				})
		},
	}
}
