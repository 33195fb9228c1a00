package engine

import (
	"huiqi/model"
	"huiqi/model/money"
	"math/rand/v2"
	"testing"
)

func TestTechSMEFounderLoanConditions(t *testing.T) {
	valid := [2]string{"科技型中小企业认定有效", "technology-SME certification valid"}
	invalid := [2]string{"评估日没有有效的科技型中小企业认定", "no technology-SME certification valid on the evaluation date"}
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
		miss   []string
	}{
		{"cert issued the day before D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2018-06-29", "")}
		}, Eligible, valid, nil},
		{"cert issued on D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2018-06-30", "")}
		}, Eligible, valid, nil},
		{"cert issued the day after D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2018-07-01", "")}
		}, Ineligible, invalid, nil},
		{"cert expires the day before D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2017-01-01", "2018-06-29")}
		}, Ineligible, invalid, nil},
		{"cert expires on D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2017-01-01", "2018-06-30")}
		}, Eligible, [2]string{"有效期至 2018-06-30", "valid until 2018-06-30"}, nil},
		{"cert expires the day after D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2017-01-01", "2018-07-01")}
		}, Eligible, valid, nil},
		{"only a high-tech cert", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertHighTech, "2017-01-01", "")}
		}, Ineligible, invalid, nil},
		{"medium firm (101 staff, revenue 1000万)", func(sc *model.Scenario) {
			addStaff(sc, 100, "2017-01-01", ptrInt(12), nil)
			sc.Financials[0].Revenue = ptrFen(1_000_000_000)
		}, Ineligible, [2]string{"小微企业：", "small or micro firm: medium"}, nil},
		{"size open (101 staff, revenue unknown)", func(sc *model.Scenario) {
			addStaff(sc, 100, "2017-01-01", ptrInt(12), nil)
			sc.Financials[0].Revenue = nil
		}, MissingData, [2]string{"小微企业：", "small or micro firm: between"}, []string{"financials[0].revenue_fen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			c.mod(sc)
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbAmounts(t, r, 870_000, 20_000_000) // the estimate: 10万 × 4.35% × 2 years
			rbMissing(t, r, c.miss...)
		})
	}
}

func TestTechSMEFounderLoanChoice(t *testing.T) {
	employee := func(sc *model.Scenario) { addStaff(sc, 1, "2017-01-01", ptrInt(12), nil) } // s1
	cases := []struct {
		name      string
		loans     []model.Loan
		mod       func(sc *model.Scenario)
		estimated bool
		extra     int64
		months    int64
		rate      int64
	}{
		{"no loan: estimate 10万, 24 months, benchmark", nil, nil, true, 10_000_000, 24, 435},
		{"founder loan 20万, 24 months, 4.35%", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 24, 435)}, nil, false, 10_000_000, 24, 435},
		{"loan 25万: extra capped at 10万", []model.Loan{rbLoan("p1", 25_000_000, "2018-01-01", 12, 400)}, nil, false, 10_000_000, 12, 400},
		{"loan 15万: extra 5万", []model.Loan{rbLoan("p1", 15_000_000, "2018-01-01", 36, 500)}, nil, false, 5_000_000, 24, 435},
		{"loan exactly 10万: extra 0", []model.Loan{rbLoan("p1", 10_000_000, "2018-01-01", 24, 435)}, nil, false, 0, 24, 435},
		{"loan 9万: extra 0, not negative", []model.Loan{rbLoan("p1", 9_000_000, "2018-01-01", 24, 435)}, nil, false, 0, 24, 435},
		{"loan 10万 + 1 fen: extra 1 fen", []model.Loan{rbLoan("p1", 10_000_001, "2018-01-01", 24, 435)}, nil, false, 1, 24, 435},
		{"term 23 months", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 23, 435)}, nil, false, 10_000_000, 23, 435},
		{"term 24 months", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 24, 435)}, nil, false, 10_000_000, 24, 435},
		{"term 25 months: 24", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 25, 435)}, nil, false, 10_000_000, 24, 435},
		{"rate 434 bp", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 24, 434)}, nil, false, 10_000_000, 24, 434},
		{"rate 436 bp: capped at the benchmark 435", []model.Loan{rbLoan("p1", 20_000_000, "2018-01-01", 24, 436)}, nil, false, 10_000_000, 24, 435},
		{"loan starts on D: used", []model.Loan{rbLoan("p1", 15_000_000, rbTechD, 24, 435)}, nil, false, 5_000_000, 24, 435},
		{"loan starts the day after D: ignored, estimate", []model.Loan{rbLoan("p1", 15_000_000, "2018-07-01", 24, 435)}, nil, true, 10_000_000, 24, 435},
		{"latest start wins (listed first)", []model.Loan{
			rbLoan("p1", 12_000_000, "2018-01-01", 24, 435), rbLoan("p1", 20_000_000, "2017-01-01", 24, 435)}, nil, false, 2_000_000, 24, 435},
		{"latest start wins (listed last)", []model.Loan{
			rbLoan("p1", 20_000_000, "2017-01-01", 24, 435), rbLoan("p1", 12_000_000, "2018-01-01", 24, 435)}, nil, false, 2_000_000, 24, 435},
		{"latest on or before D wins over one after D", []model.Loan{
			rbLoan("p1", 20_000_000, "2018-07-01", 24, 435), rbLoan("p1", 13_000_000, rbTechD, 24, 435)}, nil, false, 3_000_000, 24, 435},
		{"tie on start: the larger (listed second)", []model.Loan{
			rbLoan("p1", 15_000_000, "2018-01-01", 12, 435), rbLoan("p1", 18_000_000, "2018-01-01", 24, 435)}, nil, false, 8_000_000, 24, 435},
		{"tie on start: the larger (listed first)", []model.Loan{
			rbLoan("p1", 18_000_000, "2018-01-01", 24, 435), rbLoan("p1", 15_000_000, "2018-01-01", 12, 435)}, nil, false, 8_000_000, 24, 435},
		{"dai_mian_fu_bu to the founder: not guaranteed, estimate", []model.Loan{
			{Kind: model.LoanDaiMianFuBu, Borrower: "p1", Amount: 15_000_000, Start: day("2018-01-01"), TermMonths: 24, RateBP: 435}}, nil, true, 10_000_000, 24, 435},
		{"commercial loan to the founder: estimate", []model.Loan{
			{Kind: model.LoanCommercial, Borrower: "p1", Amount: 15_000_000, Start: day("2018-01-01"), TermMonths: 24, RateBP: 435}}, nil, true, 10_000_000, 24, 435},
		{"guaranteed loan to the firm: estimate", []model.Loan{rbLoan(model.BorrowerFirm, 15_000_000, "2018-01-01", 24, 435)}, nil, true, 10_000_000, 24, 435},
		{"guaranteed loan to an employee: estimate", []model.Loan{rbLoan("s1", 15_000_000, "2018-01-01", 24, 435)}, employee, true, 10_000_000, 24, 435},
		{"employee's later loan does not displace the founder's", []model.Loan{
			rbLoan("p1", 16_000_000, "2017-06-01", 24, 435), rbLoan("s1", 20_000_000, "2018-01-01", 24, 435)}, employee, false, 6_000_000, 24, 435},
		{"firm's later loan does not displace the founder's", []model.Loan{
			rbLoan("p1", 16_000_000, "2017-06-01", 24, 435), rbLoan(model.BorrowerFirm, 20_000_000, "2018-01-01", 24, 435)}, nil, false, 6_000_000, 24, 435},
		{"second founder's loan counts", []model.Loan{rbLoan("p2", 17_000_000, "2018-01-01", 24, 300)}, func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "合伙人", Founder: true, Categories: []string{}})
		}, false, 7_000_000, 24, 300},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			if c.mod != nil {
				c.mod(sc)
			}
			sc.Loans = c.loans
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, Eligible)
			subsidy := rbRound(c.extra*c.rate*c.months, 1, 10000*12)
			province := rbRound(subsidy, 40, 100)
			city := rbRound(subsidy, 30, 100)
			rbWantNum(t, r, map[string]int64{"extra_principal_fen": c.extra, "months": c.months, "rate_bp": c.rate,
				"subsidy_fen": subsidy, "province_fen": province, "city_fen": city, "county_fen": subsidy - province - city})
			if got, ok := detailsOf(t, r)["estimated"].(bool); !ok || got != c.estimated {
				t.Errorf("estimated = %v, want %v", detailsOf(t, r)["estimated"], c.estimated)
			}
			rbAmounts(t, r, subsidy, 20_000_000)
			if c.estimated {
				wantReason(t, r, "尚无创办人的创业担保贷款", "no guaranteed loan to a founder yet")
			} else {
				wantReason(t, r, "创办人贷款", "founder's loan")
			}
			wantReason(t, r, "贴息 "+money.Fen(subsidy).Yuan(), "interest subsidy "+money.Fen(subsidy).Yuan())
		})
	}
}

// The 4:3:3 split on subsidies with odd fen. A 12-month loan at 100 bp
// makes the subsidy extra/100, so the extra picks the subsidy exactly.
func TestTechSMEFounderLoanSplitRounding(t *testing.T) {
	cases := []struct {
		name                            string
		extra                           int64
		subsidy, province, city, county int64
	}{
		{"subsidy 1 fen: province and city round to 0", 100, 1, 0, 0, 1},
		{"subsidy 5 fen: city 1.5 rounds up", 500, 5, 2, 2, 1},
		{"subsidy 7 fen: province 2.8 up, city 2.1 down", 700, 7, 3, 2, 2},
		{"subsidy 14.49 rounds down to 14", 1449, 14, 6, 4, 4},
		{"subsidy 14.5 rounds up to 15; city 4.5 up", 1450, 15, 6, 5, 4},
		{"subsidy 13 (12.5 up): province 5.2, city 3.9", 1250, 13, 5, 4, 4},
		{"subsidy 35: city 10.5 up", 3500, 35, 14, 11, 10},
		{"extra capped at 10万: subsidy 100,000", 99_999_900, 100_000, 40_000, 30_000, 30_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			sc.Loans = []model.Loan{rbLoan("p1", 10_000_000+c.extra, "2018-01-01", 12, 100)}
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"subsidy_fen": c.subsidy, "province_fen": c.province, "city_fen": c.city, "county_fen": c.county})
			if c.province+c.city+c.county != c.subsidy {
				t.Fatalf("bad case: shares do not add up")
			}
			rbAmounts(t, r, c.subsidy, 20_000_000)
		})
	}
}

// Property: for random loans the three shares sum to the subsidy exactly,
// none is negative, and each matches RULES.md's formula.
func TestTechSMEFounderLoanSplitProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2012, 433))
	for i := 0; i < 400; i++ {
		amount := rng.Int64N(25_000_000)
		term := 1 + rng.IntN(48)
		rate := rng.IntN(900)
		sc := rbTechFirm()
		sc.Loans = []model.Loan{rbLoan("p1", amount, "2018-01-01", term, rate)}
		r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
		extra := min(max(amount-10_000_000, 0), 10_000_000)
		months, bp := int64(min(term, 24)), int64(min(rate, 435))
		subsidy := rbRound(extra*bp*months, 1, 120000)
		p, c, k := rbNum(t, r, "province_fen"), rbNum(t, r, "city_fen"), rbNum(t, r, "county_fen")
		s := rbNum(t, r, "subsidy_fen")
		if s != subsidy || p+c+k != s || p < 0 || c < 0 || k < 0 ||
			p != rbRound(s, 40, 100) || c != rbRound(s, 30, 100) || int64(r.Amount) != s {
			t.Fatalf("loan %d fen, %d months, %d bp: subsidy %d (want %d), shares %d+%d+%d, amount %d",
				amount, term, rate, s, subsidy, p, c, k, r.Amount)
		}
	}
}

// ---------------------------------------------------------------------------
// 2.13 student-entity-loan

// §5.1 and 2.12: the raised part is measured against the individual
// ceiling in force on the loan's start, the rate capped at the reference
// rate of that day, the ceiling the higher of 20万 and the one in force on D.
func TestTechSMEFounderLoanRaiseByPeriod(t *testing.T) {
	cases := []struct {
		start    string
		extra    int64
		rate     int64
		estimate bool
	}{
		{"2016-11-14", 0, 435, false},          // before the clause existed: no raise
		{"2016-11-15", 10_000_000, 435, false}, // 20万 − 10万
		{"2018-11-15", 10_000_000, 435, false},
		{"2018-11-16", 5_000_000, 435, false}, // 20万 − 15万 (国发〔2018〕39号)
		{"2019-08-19", 5_000_000, 435, false},
		{"2019-08-20", 5_000_000, 425, false}, // the LPR from its first day
		{"2020-04-14", 5_000_000, 405, false},
		{"2020-04-15", 0, 405, false}, // 20万 reached (财金〔2020〕21号)
	}
	for _, c := range cases {
		t.Run(c.start, func(t *testing.T) {
			sc := rbTechFirm()
			sc.Loans = []model.Loan{rbLoan("p1", 30_000_000, c.start, 24, 600)}
			r := checkedRule(t, sc, "2021-06-30", "tech-sme-founder-loan")
			wantStatus(t, r, Eligible)
			subsidy := rbRound(c.extra*c.rate*24, 1, 120000)
			rbWantNum(t, r, map[string]int64{"extra_principal_fen": c.extra, "rate_bp": c.rate, "subsidy_fen": subsidy})
			rbAmounts(t, r, subsidy, 20_000_000)
			if c.extra == 0 && c.start >= "2020-04-15" {
				wantReason(t, r, "国家创业担保贷款个人额度已达 20 万元（财金〔2020〕21号", "the national individual ceiling is already 200,000 yuan (财金〔2020〕21号")
			}
			if r.Estimated {
				t.Error("a founder's loan was found, yet the subsidy is marked estimated")
			}
		})
	}
}

// Without a loan the estimate is on the raise in force on D at the
// reference rate of D; it is not money determined (RULES.md §0 totals).
func TestTechSMEFounderLoanEstimateByPeriod(t *testing.T) {
	for _, c := range []struct {
		d                string
		extra, rate, max int64
	}{
		{"2018-11-15", 10_000_000, 435, 20_000_000},
		{"2018-11-16", 5_000_000, 435, 20_000_000},
		{"2019-08-20", 5_000_000, 425, 20_000_000},
		{"2020-04-14", 5_000_000, 405, 20_000_000},
		{"2020-04-15", 0, 405, 20_000_000},
		{"2023-09-30", 0, 345, 20_000_000},
		{"2023-10-01", 0, 345, 30_000_000}, // the individual ceiling (30万) is above the clause's 20万
	} {
		sc := rbTechFirm()
		ev := evaluate(t, sc, c.d)
		r, _ := ev.Result("tech-sme-founder-loan")
		wantStatus(t, r, Eligible)
		subsidy := rbRound(c.extra*c.rate*24, 1, 120000)
		rbWantNum(t, r, map[string]int64{"extra_principal_fen": c.extra, "rate_bp": c.rate, "subsidy_fen": subsidy, "months": 24})
		rbAmounts(t, r, subsidy, c.max)
		if !r.Estimated || detailsOf(t, r)["estimated"] != true {
			t.Errorf("%s: not marked estimated", c.d)
		}
		for _, x := range ev.Results {
			if x.Determined() && x.Rule.ID == r.Rule.ID {
				t.Errorf("%s: an estimate counts as determined money", c.d)
			}
		}
		if ev.Totals.CashPossible < money.Fen(subsidy) {
			t.Errorf("%s: the estimate %d is missing from cash_possible %d", c.d, subsidy, ev.Totals.CashPossible)
		}
	}
}
