package engine

import (
	"huiqi/model"
	"slices"
	"strings"
	"testing"
)

func TestVCInvestmentDeductionQualifying(t *testing.T) {
	// One investment of 10万元 on 2018-06-30: 2-year mark 2020-06-30,
	// deduction 7万元, used against 2020's taxable income of 100万元.
	held := func(in model.Investment) func(sc *model.Scenario) {
		return func(sc *model.Scenario) { sc.Investments = []model.Investment{in} }
	}
	base := rbInv("甲公司", "2018-06-30", 10_000_000)
	exited := func(d string) model.Investment { x := base; x.Exited = day(d); return x }
	listed := base
	listed.Unlisted = false
	notHT := base
	notHT.SMEHighTech = false
	cases := []struct {
		name   string
		d      string
		mod    func(sc *model.Scenario)
		status Status
		amount int64
		reason [2]string
		advice [2]string
	}{
		{"D the day before the 2-year mark", "2020-06-29", held(base), Ineligible, 0,
			[2]string{"【不满足】持有满 2 年的合格投资 0 笔，可抵扣合计 ¥0.00", "[not met] 0 qualifying investments held 2 years yield ¥0.00"},
			[2]string{"于 2020-06-30 持有满 2 年", "reaches 2 years on 2020-06-30"}},
		{"D on the 2-year mark", "2020-06-30", held(base), Eligible, 7_000_000,
			[2]string{"【满足】持有满 2 年的合格投资 1 笔，可抵扣合计 ¥70,000.00", "[met] 1 qualifying investments held 2 years yield ¥70,000.00"}, [2]string{}},
		{"D the day after the 2-year mark", "2020-07-01", held(base), Eligible, 7_000_000,
			[2]string{"2020-06-30 持有满 2 年，可抵扣 ¥70,000.00", "held 2 years on 2020-06-30, yields ¥70,000.00"}, [2]string{}},
		{"exited the day before the 2-year mark", "2020-07-01", held(exited("2020-06-29")), Ineligible, 0,
			[2]string{"前已于 2020-06-29 退出，不计", "exited on 2020-06-29, before it was held 2 years (2020-06-30); not counted"}, [2]string{}},
		{"exited on the 2-year mark", "2020-07-01", held(exited("2020-06-30")), Eligible, 7_000_000,
			[2]string{"【满足】持有满 2 年的合格投资 1 笔，可抵扣合计 ¥70,000.00", "[met] 1 qualifying investments"}, [2]string{}},
		{"listed investee", "2020-07-01", held(listed), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		{"investee not an SME high-tech firm", "2020-07-01", held(notHT), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		{"cert issued the day after D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2020-07-02", "")}
		}, Ineligible, 0, [2]string{"【不满足】评估日没有有效的创业投资企业认定", "[not met] no venture-capital certification valid on the evaluation date"}, [2]string{}},
		{"cert issued on D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2020-07-01", "")}
		}, Eligible, 7_000_000, [2]string{"【满足】创业投资企业认定有效", "[met] venture-capital certification valid"}, [2]string{}},
		{"cert expired the day before D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2015-06-01", "2020-06-30")}
		}, Ineligible, 0, [2]string{"评估日没有有效的创业投资企业认定", "no venture-capital certification valid"}, [2]string{}},
		{"cert expires on D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2015-06-01", "2020-07-01")}
		}, Eligible, 7_000_000, [2]string{"创业投资企业认定有效", "venture-capital certification valid"}, [2]string{}},
		{"70% rounds half up: 15 fen → 11", "2020-07-01", held(rbInv("乙公司", "2018-06-30", 15)), Eligible, 11,
			[2]string{"可抵扣合计 ¥0.11", "yield ¥0.11"}, [2]string{}},
		{"one matured, one maturing after D: advice names the date", "2020-07-01", func(sc *model.Scenario) {
			sc.Investments = []model.Investment{base, rbInv("丙公司", "2019-02-28", 4_000_000)}
		}, Eligible, 7_000_000, [2]string{"可抵扣合计 ¥70,000.00", "yield ¥70,000.00"},
			[2]string{"丙公司于 2021-02-28 持有满 2 年，届时可抵扣 ¥28,000.00", "丙公司 reaches 2 years on 2021-02-28 and will then yield ¥28,000.00"}},
		{"investment dated after D is ignored", "2020-07-01", held(rbInv("丁公司", "2020-07-02", 10_000_000)), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		// §0: an exit dated after D is a record after D and is ignored, so
		// at D the investment is still held and matures later.
		{"exit dated after D (before the mark) is ignored: advice names the mark", "2020-01-15", held(exited("2020-03-01")), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{"于 2020-06-30 持有满 2 年", "reaches 2 years on 2020-06-30"}},
		// "at least one qualifying investment … With none matured,
		// ineligible": one has matured, worth 0.
		{"a matured investment of 0 yuan still qualifies", "2020-07-01", held(rbInv("戊公司", "2018-06-30", 0)), Eligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Financials = []model.Financial{rbFin(2019, ptrFen(100_000_000)), rbFin(2020, ptrFen(100_000_000))}
			c.mod(sc)
			r := rule(t, sc, c.d, "vc-investment-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			if c.advice[0] != "" {
				wantAdvice(t, r, c.advice[0], c.advice[1])
			}
			rbAmounts(t, r, c.amount, 0)
		})
	}
}

func TestVCInvestmentDeductionLedger(t *testing.T) {
	const d = "2022-06-30"
	cases := []struct {
		name        string
		financials  []model.Financial
		rows        []rbVCRow
		used, carry int64
	}{
		{
			// 2018 precedes the first deduction year and is not used; 2019 is a
			// loss (used 0); L = 2021 (2022 has no row; 2023 is after Y), so C's
			// 700,000 of 2022 is carried.
			"carry-forward through a loss year; deductions after L carried",
			[]model.Financial{rbFin(2018, ptrFen(50_000_000)), rbFin(2019, ptrFen(-1_000_000)), rbFin(2020, ptrFen(5_000_002)),
				rbFin(2021, ptrFen(10_000_001)), rbFin(2023, ptrFen(100_000_000))},
			[]rbVCRow{{2019, 7_000_000, 0, 7_000_000}, {2020, 14_000_000, 5_000_002, 15_999_998}, {2021, 0, 10_000_001, 5_999_997}},
			15_000_003, 6_699_997,
		},
		{
			"taxable income exceeds what is available: used is capped",
			[]model.Financial{rbFin(2019, ptrFen(100_000_000)), rbFin(2020, ptrFen(100_000_000)), rbFin(2021, ptrFen(100_000_000)), rbFin(2022, ptrFen(100_000_000))},
			[]rbVCRow{{2019, 7_000_000, 7_000_000, 0}, {2020, 14_000_000, 14_000_000, 0}, {2021, 0, 0, 0}, {2022, 700_000, 700_000, 0}},
			21_700_000, 0,
		},
		{
			"zero taxable income uses nothing",
			[]model.Financial{rbFin(2019, ptrFen(0)), rbFin(2020, ptrFen(0))},
			[]rbVCRow{{2019, 7_000_000, 0, 7_000_000}, {2020, 14_000_000, 0, 21_000_000}},
			0, 21_700_000,
		},
		{
			"L before the first deduction year: everything carried",
			[]model.Financial{rbFin(2018, ptrFen(50_000_000))},
			nil, 0, 21_700_000,
		},
		{
			"no accounts at all: everything carried",
			nil, nil, 0, 21_700_000,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Investments = rbLedgerInvestments()
			sc.Financials = c.financials
			r := rule(t, sc, d, "vc-investment-deduction")
			wantStatus(t, r, Eligible)
			rbAmounts(t, r, 21_700_000, 0)
			rbWantNum(t, r, map[string]int64{"used_fen": c.used, "carry_forward_fen": c.carry, "tax_saving_fen": rbRound(c.used, 25, 100)})
			rows := rbRows(t, r, "rows")
			if len(rows) != len(c.rows) {
				t.Fatalf("rows %v, want %v", rows, c.rows)
			}
			for i, w := range c.rows {
				g := rbVCRow{rbInt(t, "year", rows[i]["year"]), rbInt(t, "new_fen", rows[i]["new_fen"]),
					rbInt(t, "used_fen", rows[i]["used_fen"]), rbInt(t, "carry_fen", rows[i]["carry_fen"])}
				if g != w {
					t.Errorf("row %d = %+v, want %+v", i, g, w)
				}
			}
			wantAdvice(t, r, "E于 2023-01-01 持有满 2 年", "E reaches 2 years on 2023-01-01")
		})
	}
}

func TestVCInvestmentDeductionMissingAccounts(t *testing.T) {
	const d = "2022-06-30"
	full := func() []model.Financial {
		return []model.Financial{rbFin(2018, ptrFen(1)), rbFin(2019, ptrFen(1)), rbFin(2020, ptrFen(1)), rbFin(2021, ptrFen(1))}
	}
	cases := []struct {
		name   string
		mod    func(f []model.Financial) []model.Financial
		status Status
		want   func(t *testing.T, r *Result)
	}{
		{"a year inside the ledger without a row", func(f []model.Financial) []model.Financial {
			return slices.Delete(f, 2, 3) // drop 2020
		}, MissingData, func(t *testing.T, r *Result) {
			found := false
			for _, m := range r.Missing {
				found = found || (strings.Contains(m, "2020") && strings.Contains(m, "taxable_income_fen"))
			}
			if !found {
				t.Errorf("missing %v does not name 2020's taxable income", r.Missing)
			}
		}},
		{"taxable income unknown in a ledger year", func(f []model.Financial) []model.Financial {
			f[2].TaxableIncome = nil
			return f
		}, MissingData, func(t *testing.T, r *Result) { rbMissing(t, r, "financials[2].taxable_income_fen") }},
		{"unknown taxable income before the first deduction year does not matter", func(f []model.Financial) []model.Financial {
			f[0].TaxableIncome = nil
			return f
		}, Eligible, func(t *testing.T, r *Result) {}},
		{"unknown taxable income after Y does not matter", func(f []model.Financial) []model.Financial {
			return append(f, rbFin(2023, nil))
		}, Eligible, func(t *testing.T, r *Result) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Investments = rbLedgerInvestments()
			sc.Financials = c.mod(full())
			r := rule(t, sc, d, "vc-investment-deduction")
			wantStatus(t, r, c.status)
			if c.status == MissingData {
				wantReason(t, r, "【待补充】抵扣台账 2019–2021 年的财务数据齐全", "[unknown] accounts complete for the ledger years 2019–2021")
			}
			rbAmounts(t, r, 21_700_000, 0)
			c.want(t, r)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.20 rbPatent-priority-exam and 2.21 ip-pledge-financing

// Route (b) of 2.19: an unlisted 初创科技型企业 invested in on or after
// 2016-01-01 (its 2-year mark then on or after 2018-01-01, 财税〔2018〕55号);
// route (a) is named when both flags are set. The note gives the investee
// criteria of §5.5 for the investment date.
func TestVCInvestmentDeductionStartupRoute(t *testing.T) {
	startup := func(date string, unlisted, smeHT bool) model.Investment {
		in := rbInv("初创公司", date, 10_000_000)
		in.SMEHighTech, in.StartupTech, in.Unlisted = smeHT, true, unlisted
		return in
	}
	cases := []struct {
		name     string
		in       model.Investment
		status   Status
		route    [2]string
		criteria [2]string // staff and assets ceilings the note must state
	}{
		{"invested 2016-01-01: route (b)", startup("2016-01-01", true, false), Eligible,
			[2]string{"(b) 初创科技型企业", "(b) a start-up technology firm"}, [2]string{"200 人", "3,000 万元"}},
		{"invested 2015-12-31: before the notice's reach", startup("2015-12-31", true, false), Ineligible, [2]string{}, [2]string{"200 人", "3,000 万元"}},
		{"invested 2018-12-31: the 2018 criteria", startup("2018-12-31", true, false), Eligible,
			[2]string{"(b) 初创科技型企业", "(b) a start-up technology firm"}, [2]string{"200 人", "3,000 万元"}},
		{"invested 2019-01-01: the 2019 criteria", startup("2019-01-01", true, false), Eligible,
			[2]string{"(b) 初创科技型企业", "(b) a start-up technology firm"}, [2]string{"300 人", "5,000 万元"}},
		{"listed: neither route", startup("2019-01-01", false, false), Ineligible, [2]string{}, [2]string{"300 人", "5,000 万元"}},
		{"both flags: route (a)", startup("2019-01-01", true, true), Eligible,
			[2]string{"(a) 未上市中小高新技术企业", "(a) an unlisted small or medium high-tech firm"}, [2]string{"300 人", "5,000 万元"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Financials = nil
			for y := 2016; y <= 2024; y++ {
				sc.Financials = append(sc.Financials, rbFin(y, ptrFen(100_000_000)))
			}
			sc.Investments = []model.Investment{c.in}
			r := checkedRule(t, sc, "2024-06-30", "vc-investment-deduction")
			wantStatus(t, r, c.status)
			if c.status == Eligible {
				wantAmounts(t, r, 7_000_000, 0)
				wantReason(t, r, c.route[0], c.route[1])
				if r.TaxSaving != 1_750_000 {
					t.Errorf("tax saving %d, want 25%% of the 70,000 used", r.TaxSaving)
				}
			}
			for _, w := range c.criteria {
				if !strings.Contains(r.Note.Zh, w) {
					t.Errorf("the note lacks %q: %s", w, r.Note.Zh)
				}
			}
			wantCite := "财税〔2018〕55号"
			if c.in.Date >= day("2019-01-01") {
				wantCite = "财税〔2019〕13号"
			}
			if !strings.Contains(r.Note.Zh, wantCite) {
				t.Errorf("the note does not cite %s: %s", wantCite, r.Note.Zh)
			}
		})
	}
}
