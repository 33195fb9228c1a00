package engine

import (
	"huiqi/model"
	"huiqi/model/params"
	"strings"
	"testing"
)

func TestStudentEntityLoan(t *testing.T) {
	type sc = model.Scenario
	loan := func(kind, borrower, start string, repaid model.Tri) model.Loan {
		return model.Loan{Kind: kind, Borrower: borrower, Amount: 10_000_000, Start: day(start), TermMonths: 24, RateBP: 435, RepaidOnTime: repaid}
	}
	cases := []struct {
		name   string
		d      string
		mod    func(s *sc)
		status Status
		reason [2]string
		miss   []string
	}{
		{"D the day before the 2-year mark", "2021-03-31", nil, Ineligible,
			[2]string{"【不满足】稳定经营 2 年以上：创办于 2019-04-01，期满之日 2021-04-01", "[not met] operating 2 years or more: founded 2019-04-01, reached on 2021-04-01"}, nil},
		{"D on the 2-year mark", rbEntityD, nil, MayApply,
			[2]string{"【满足】稳定经营 2 年以上", "[met] operating 2 years or more"}, nil},
		{"D the day after the 2-year mark", "2021-04-02", nil, MayApply,
			[2]string{"【满足】稳定经营 2 年以上", "[met] operating 2 years or more"}, nil},
		{"5 employees", rbEntityD, nil, MayApply,
			[2]string{"【满足】带动就业 5 人以上：在职员工（不含创办人）5 人", "[met] employing 5 or more: 5 employees besides founders"}, nil},
		{"4 employees", rbEntityD, func(s *sc) { s.People = s.People[:5] }, Ineligible,
			[2]string{"【不满足】带动就业 5 人以上：在职员工（不含创办人）4 人", "[not met] employing 5 or more: 4 employees besides founders"}, nil},
		{"an employee left on D: 4 employed", rbEntityD, func(s *sc) { s.People[5].Left = day(rbEntityD) }, Ineligible,
			[2]string{"在职员工（不含创办人）4 人", "4 employees besides founders"}, nil},
		{"an employee leaves the day after D: 5 employed", rbEntityD, func(s *sc) { s.People[5].Left = day("2021-04-02") }, MayApply,
			[2]string{"在职员工（不含创办人）5 人", "5 employees besides founders"}, nil},
		{"guaranteed loan to the firm", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, model.BorrowerFirm, "2019-06-01", model.True)}
		}, MayApply, [2]string{"【满足】曾获“贷免扶补”或创业担保贷款扶持：1 笔", "[met] supported by Daimianfubu (贷免扶补) or guaranteed loans: 1"}, nil},
		{"dai_mian_fu_bu loan to the founder", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanDaiMianFuBu, "p1", "2019-06-01", model.True)}
		}, MayApply, [2]string{"扶持：1 笔", "guaranteed loans: 1"}, nil},
		{"commercial loan only", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanCommercial, "p1", "2019-06-01", model.True)}
		}, Ineligible, [2]string{"【不满足】曾获“贷免扶补”或创业担保贷款扶持：0 笔", "[not met] supported by Daimianfubu (贷免扶补) or guaranteed loans: 0"}, nil},
		{"guaranteed loan to an employee only", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "s1", "2019-06-01", model.True)}
		}, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"no loan", rbEntityD, func(s *sc) { s.Loans = nil }, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"loan starts on D", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "p1", rbEntityD, model.True)}
		}, MayApply, [2]string{"扶持：1 笔", "guaranteed loans: 1"}, nil},
		{"loan starts the day after D: ignored", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "p1", "2021-04-02", model.True)}
		}, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"repaid_on_time null", rbEntityD, func(s *sc) { s.Loans[0].RepaidOnTime = model.Unknown }, MissingData,
			[2]string{"【待补充】偿还贷款记录良好：未知", "[unknown] loans repaid on time: unknown"}, []string{"loans[0].repaid_on_time"}},
		{"second of two loans repaid_on_time null", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanDaiMianFuBu, model.BorrowerFirm, "2020-01-01", model.Unknown))
		}, MissingData, [2]string{"偿还贷款记录良好：未知", "loans repaid on time: unknown"}, []string{"loans[1].repaid_on_time"}},
		{"repaid_on_time false", rbEntityD, func(s *sc) { s.Loans[0].RepaidOnTime = model.False }, Ineligible,
			[2]string{"【不满足】偿还贷款记录良好：否", "[not met] loans repaid on time: no"}, nil},
		{"one loan false, another null: ineligible", rbEntityD, func(s *sc) {
			s.Loans[0].RepaidOnTime = model.False
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "p1", "2020-01-01", model.Unknown))
		}, Ineligible, [2]string{"偿还贷款记录良好：否", "loans repaid on time: no"}, nil},
		{"unpaid commercial loan does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanCommercial, "p1", "2020-01-01", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"unpaid loan of an employee does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "s1", "2020-01-01", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"unpaid loan starting after D does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "p1", "2021-04-02", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"tax_compliant null", rbEntityD, func(s *sc) { s.Firm.TaxCompliant = model.Unknown }, MissingData,
			[2]string{"【待补充】按期纳税：未知", "[unknown] taxes paid on time: unknown"}, []string{"firm.tax_compliant"}},
		{"tax_compliant false", rbEntityD, func(s *sc) { s.Firm.TaxCompliant = model.False }, Ineligible,
			[2]string{"【不满足】按期纳税：否", "[not met] taxes paid on time: no"}, nil},
		{"founder graduated exactly 5 years before D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2016-04-01") }, MayApply,
			[2]string{"【满足】大学生创业者", "[met] college entrepreneur"}, nil},
		{"founder graduated 5 years and a day before D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2016-03-31") }, Ineligible,
			[2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
		{"founder in school", rbEntityD, func(s *sc) { s.People[0].Graduated, s.People[0].InSchool = 0, true }, MayApply,
			[2]string{"【满足】大学生创业者", "[met] college entrepreneur"}, nil},
		{"founder graduates the day after D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2021-04-02") }, Ineligible,
			[2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
		{"only an employee is a graduate", rbEntityD, func(s *sc) {
			s.People[0].Graduated = 0
			s.People[1].Graduated = day("2018-07-01")
		}, Ineligible, [2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rbEntityFirm()
			if c.mod != nil {
				c.mod(s)
			}
			r := rule(t, s, c.d, "student-entity-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbMissing(t, r, c.miss...)
			rbAmounts(t, r, 0, 50_000_000)
			// 50万 × 385 bp (the LPR in force on 2021-04-01) × 60% × 24 months.
			rbWantNum(t, r, map[string]int64{"subsidy_estimate_fen": 2_310_000})
		})
	}
}

// ---------------------------------------------------------------------------
// 2.14 new-farmer-preference

// The estimate uses the reference rate in force on D (§5.3): the 435 bp
// benchmark to 2019-08-19, then each LPR from its day.
func TestStudentEntityLoanReferenceRate(t *testing.T) {
	for _, c := range []struct {
		d    string
		bp   int64
		cite string
	}{
		{"2019-08-19", 435, "基准利率"}, {"2019-08-20", 425, "人民银行公告〔2019〕第15号"}, {"2021-04-01", 385, ""},
		{"2023-06-19", 365, ""}, {"2023-06-20", 355, ""}, {"2025-05-19", 310, ""}, {"2025-05-20", 300, ""}, {"2026-09-30", 300, ""},
	} {
		sc := rbEntityFirm()
		sc.Firm.Founded = day("2017-01-01")
		sc.People[0].Hired = sc.Firm.Founded
		sc.People[0].Graduated = day(c.d).AddYears(-1)
		r := checkedRule(t, sc, c.d, "student-entity-loan")
		wantStatus(t, r, MayApply)
		want := rbRound(50_000_000*c.bp*60*24, 1, 10000*100*12)
		rbWantNum(t, r, map[string]int64{"subsidy_estimate_fen": want})
		p, ok := r.Used(params.ReferenceRate)
		if !ok || p.Value != c.bp || !strings.Contains(p.Cite, c.cite) {
			t.Errorf("%s: basis rate %v, want %d bp (%s)", c.d, p, c.bp, c.cite)
		}
	}
	// 2.13's figures in the texts: 1,800,000 at an LPR of 300 bp.
	if got := rbRound(50_000_000*300*60*24, 1, 10000*100*12); got != 1_800_000 {
		t.Errorf("the 300 bp estimate is %d, RULES.md says 1,800,000", got)
	}
}
