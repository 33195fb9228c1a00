package engine

import (
	"fmt"
	"huiqi/model"
	"huiqi/model/money"
	"slices"
	"testing"
)

func TestRDSuperDeductionTaxYearWindow(t *testing.T) {
	// D = 2021-06-30, so T = 2020. One line per case.
	cases := []struct {
		name        string
		line        model.RDExpense
		base, capit int64
		status      Status
	}{
		{"dated Dec 31 of T−1: not counted", rbRD("2019-12-31", "A", model.RDPersonnel, 1_000_000, false), 0, 0, Ineligible},
		{"dated Jan 1 of T: counted", rbRD("2020-01-01", "A", model.RDPersonnel, 1_000_000, false), 1_000_000, 0, Eligible},
		{"dated Dec 31 of T: counted", rbRD("2020-12-31", "A", model.RDDesign, 1_000_000, false), 1_000_000, 0, Eligible},
		{"dated Jan 1 of Y: not counted (next year's return)", rbRD("2021-01-01", "A", model.RDPersonnel, 1_000_000, false), 0, 0, Ineligible},
		{"capitalised in T: not counted, reported", rbRD("2020-06-01", "A", model.RDPersonnel, 1_000_000, true), 0, 1_000_000, Ineligible},
		{"capitalised in T−1: not reported for T", rbRD("2019-06-01", "A", model.RDPersonnel, 1_000_000, true), 0, 0, Ineligible},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = []model.RDExpense{c.line}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, "2020 年可加计扣除的研发费用 "+money.Fen(c.base).Yuan(), "eligible R&D costs for 2020: "+money.Fen(c.base).Yuan())
			amount := rbRound(c.base, 75, 100)
			rbWantNum(t, r, map[string]int64{"tax_year": 2020, "base_fen": c.base, "eligible_total_fen": c.base, "capitalized_fen": c.capit})
			rbAmounts(t, r, amount, 0)
		})
	}
}

// The other-expenses cap per project (T ≤ 2020) or over all projects
// (T ≥ 2021). Project A: base 900,000, other 200,000 (cap 100,000); B:
// base 900,000, no other (cap 100,000); C: other 50,000, no base (cap 0).
func TestRDSuperDeductionOtherCapMethod(t *testing.T) {
	lines := func(T int) []model.RDExpense {
		d := fmt.Sprintf("%d-05-01", T)
		return []model.RDExpense{
			rbRD(d, "A", model.RDPersonnel, 900_000, false), rbRD(d, "A", model.RDOther, 200_000, false),
			rbRD(d, "B", model.RDDirectInput, 900_000, false),
			rbRD(d, "C", model.RDOther, 50_000, false),
		}
	}
	cases := []struct {
		name                string
		T                   int
		cap, eligible, amnt int64
		taxSaving           int64
	}{
		{"T=2020: per project, A's excess not absorbed by B, C's other disallowed", 2020, 200_000, 1_900_000, 1_425_000, 356_250},
		{"T=2021: over all projects", 2021, 200_000, 2_000_000, 1_500_000, 375_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = lines(c.T)
			r := rule(t, sc, rbRDEvalD(c.T), "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"tax_year": int64(c.T), "rate_pct": 75, "base_fen": 1_800_000, "other_fen": 250_000,
				"other_cap_fen": c.cap, "eligible_total_fen": c.eligible, "tax_saving_fen": c.taxSaving})
			rbAmounts(t, r, c.amnt, 0)
			wantReason(t, r, "其他相关费用 ¥2,500.00、限额 "+money.Fen(c.cap).Yuan(), "other costs ¥2,500.00 capped at "+money.Fen(c.cap).Yuan())
		})
	}
	// The cap rounds half up to the fen: base × 10 / 90.
	for _, c := range []struct {
		name           string
		base, cap, tot int64
	}{
		{"cap 111,111.11 rounds down", 1_000_000, 111_111, 1_111_111},
		{"cap 111,111.22 rounds down", 1_000_001, 111_111, 1_111_112},
		{"cap 111,111.56 rounds up", 1_000_004, 111_112, 1_111_116},
	} {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = []model.RDExpense{rbRD("2021-03-01", "A", model.RDPersonnel, c.base, false), rbRD("2021-03-01", "A", model.RDOther, 500_000, false)}
			r := rule(t, sc, "2022-03-01", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"other_cap_fen": c.cap, "eligible_total_fen": c.tot})
			rbAmounts(t, r, rbRound(c.tot, 75, 100), 0)
		})
	}
}

func TestRDSuperDeductionRates(t *testing.T) {
	techSME := func(issued, expires string) []model.Certification {
		return []model.Certification{rbCert(model.CertTechSME, issued, expires)}
	}
	cases := []struct {
		name     string
		T        int
		industry string
		certs    []model.Certification
		rate     int64
	}{
		{"T=2015: 50%", 2015, "software_it", nil, 50},
		{"T=2016: 50%", 2016, "software_it", nil, 50},
		{"T=2016 with tech_sme valid: still 50%", 2016, "software_it", techSME("2016-01-01", ""), 50},
		{"T=2017 without tech_sme: 50%", 2017, "software_it", nil, 50},
		{"T=2017 manufacturing without tech_sme: 50%", 2017, "manufacturing", nil, 50},
		{"T=2017 tech_sme issued Dec 31 of T: 75%", 2017, "software_it", techSME("2017-12-31", ""), 75},
		{"T=2017 tech_sme issued Jan 1 of T+1: 50%", 2017, "software_it", techSME("2018-01-01", ""), 50},
		{"T=2017 tech_sme expires Jan 1 of T: 75%", 2017, "software_it", techSME("2016-01-01", "2017-01-01"), 75},
		{"T=2017 tech_sme expired Dec 31 of T−1: 50%", 2017, "software_it", techSME("2016-01-01", "2016-12-31"), 50},
		{"T=2018: 75%", 2018, "software_it", nil, 75},
		{"T=2019: 75%", 2019, "software_it", nil, 75},
		{"T=2020: 75%", 2020, "software_it", nil, 75},
		{"T=2020 manufacturing: 75%", 2020, "manufacturing", nil, 75},
		{"T=2021 manufacturing: 100%", 2021, "manufacturing", nil, 100},
		{"T=2021 software: 75%", 2021, "software_it", nil, 75},
		{"T=2021 software with tech_sme: 75%", 2021, "software_it", techSME("2020-01-01", ""), 75},
		{"T=2022 manufacturing: 100%", 2022, "manufacturing", nil, 100},
		{"T=2022 tech_sme issued Dec 31 of T: 100%", 2022, "software_it", techSME("2022-12-31", ""), 100},
		{"T=2022 tech_sme issued Jan 1 of T+1: 75%", 2022, "software_it", techSME("2023-01-01", ""), 75},
		{"T=2022 tech_sme expires Jan 1 of T: 100%", 2022, "software_it", techSME("2020-01-01", "2022-01-01"), 100},
		{"T=2022 tech_sme expired Dec 31 of T−1: 75%", 2022, "software_it", techSME("2020-01-01", "2021-12-31"), 75},
		{"T=2022 software, no Q4 costs: 75%", 2022, "software_it", nil, 75},
		{"T=2023: 100%", 2023, "software_it", nil, 100},
		{"T=2025: 100%", 2025, "construction", nil, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm(c.industry)
			sc.Firm.Certifications = c.certs
			sc.RDExpenses = []model.RDExpense{rbRD(fmt.Sprintf("%d-03-01", c.T), "A", model.RDPersonnel, 1_000_002, false)}
			r := rule(t, sc, rbRDEvalD(c.T), "rd-super-deduction")
			wantStatus(t, r, Eligible)
			amount := rbRound(1_000_002, c.rate, 100)
			if c.T == 2022 && c.rate == 75 {
				// the costs are dated in March: the months share (3 of 12)
				// is the fourth quarter's, at 100%
				q4 := rbRound(1_000_002, 3, 12)
				amount = q4 + rbRound(1_000_002-q4, 75, 100)
			}
			rbWantNum(t, r, map[string]int64{"tax_year": int64(c.T), "rate_pct": c.rate, "eligible_total_fen": 1_000_002,
				"tax_saving_fen": rbRound(amount, 25, 100)})
			rbAmounts(t, r, amount, 0)
			wantReason(t, r, fmt.Sprintf("加计比例 %d%%", c.rate), fmt.Sprintf("rate %d%%", c.rate))
		})
	}
}

// 2022 outside manufacturing and technology SMEs: 75%, but 100% on the
// fourth-quarter share, measured by the costs actually dated from 1 October
// or by months, whichever is larger (2022年第28号; RULES.md 2.17):
// q4_actual_share = round(total × q4_actual / year_actual), q4_months_share
// = round(total × m_q4 / m_2022), `actual` on a tie.
func TestRDSuperDeduction2022FourthQuarter(t *testing.T) {
	cases := []struct {
		name     string
		industry string
		founded  string
		lines    []model.RDExpense
		eligible int64
		q4       int64
		method   any // "actual", "months", or nil outside the split
		amount   int64
		rate     int64
	}{
		{"actual 40% beats months 25%: 400,000 + 75% × 600,000", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 400_000, "actual", 850_000, 75},
		{"Sep 30 is not Q4: the months share (3 of 12) wins", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-09-30", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 250_000, "months", 812_500, 75},
		{"capitalised Q4 costs are not in the actuals", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
			rbRD("2022-11-01", "A", model.RDPersonnel, 1_000_000, true),
		}, 1_000_000, 400_000, "actual", 850_000, 75},
		{"a tie is measured by actual costs", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 750_000, false), rbRD("2022-12-31", "A", model.RDPersonnel, 250_000, false),
		}, 1_000_000, 250_000, "actual", 812_500, 75},
		// base 900,334, other 200,000 capped at round(100,037.1) = 100,037;
		// eligible 1,000,371; actual share round(1,000,371 × 200,000 /
		// 1,100,334) = 181,830; months share round(1,000,371 / 4 = 250,092.75)
		// = 250,093, the larger; 250,093 + round(750,278 × 0.75 = 562,708.5).
		{"capped other costs in Q4, rounding", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-05-01", "A", model.RDPersonnel, 900_001, false), rbRD("2022-09-30", "B", model.RDPersonnel, 333, false),
			rbRD("2022-12-31", "A", model.RDOther, 200_000, false),
		}, 1_000_371, 250_093, "months", 812_802, 75},
		// eligible 1,122; actual share round(263.5) = 264; months share
		// round(280.5) = 281 (half up); 281 + round(841 × 0.75 = 630.75) = 912.
		{"half a fen rounds up", "software_it", "2015-01-01", []model.RDExpense{
			rbRD("2022-02-01", "A", model.RDPersonnel, 1_010, false), rbRD("2022-11-01", "A", model.RDOther, 310, false),
		}, 1_122, 281, "months", 912, 75},
		{"founded 2022-07-15: 6 months of 2022, 3 from October", "software_it", "2022-07-15", []model.RDExpense{
			rbRD("2022-08-01", "A", model.RDPersonnel, 1_000_000, false),
		}, 1_000_000, 500_000, "months", 875_000, 75},
		{"founded 2022-11-15: both months in Q4, as are the costs", "software_it", "2022-11-15", []model.RDExpense{
			rbRD("2022-11-20", "A", model.RDPersonnel, 1_000_000, false),
		}, 1_000_000, 1_000_000, "actual", 1_000_000, 75},
		{"manufacturing: 100% throughout", "manufacturing", "2015-01-01", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 0, nil, 1_000_000, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm(c.industry)
			sc.Firm.Founded, sc.People[0].Hired = day(c.founded), day(c.founded)
			sc.RDExpenses = c.lines
			r := rule(t, sc, "2023-05-31", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"tax_year": 2022, "rate_pct": c.rate, "eligible_total_fen": c.eligible,
				"tax_saving_fen": rbRound(c.amount, 25, 100)})
			wantDetail(t, r, "q4_method", c.method)
			rbAmounts(t, r, c.amount, 0)
			if c.method != nil {
				wantReason(t, r, "其中第四季度份额 "+money.Fen(c.q4).Yuan()+" 按 100%", "the fourth-quarter share "+money.Fen(c.q4).Yuan()+" at 100%")
				if split := rbRound(c.q4, 100, 100) + rbRound(c.eligible-c.q4, 75, 100); split != c.amount {
					t.Fatalf("bad case: %d + 75%% of the rest is %d", c.q4, split)
				}
			} else {
				wantReason(t, r, fmt.Sprintf("加计比例 %d%%", c.rate), fmt.Sprintf("rate %d%%", c.rate))
			}
		})
	}
}

func TestRDSuperDeductionTaxSaving(t *testing.T) {
	// T = 2020 at 75%: 1,000,002 → 750,002 (750,001.5 up).
	const amount = 750_002
	cases := []struct {
		name string
		cert []model.Certification
		pct  int64
	}{
		{"no high-tech: 25%", nil, 25},
		{"high-tech issued Dec 31 of T: 15%", []model.Certification{rbCert(model.CertHighTech, "2020-12-31", "")}, 15},
		{"high-tech issued Jan 1 of T+1: 25%", []model.Certification{rbCert(model.CertHighTech, "2021-01-01", "")}, 25},
		{"high-tech expires Jan 1 of T: 15%", []model.Certification{rbCert(model.CertHighTech, "2017-01-01", "2020-01-01")}, 15},
		{"high-tech expired Dec 31 of T−1: 25%", []model.Certification{rbCert(model.CertHighTech, "2017-01-01", "2019-12-31")}, 25},
		{"a tech-SME cert is not high-tech: 25%", []model.Certification{rbCert(model.CertTechSME, "2017-01-01", "")}, 25},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.Firm.Certifications = c.cert
			sc.RDExpenses = []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_002, false)}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			saving := rbRound(amount, c.pct, 100) // 187,501 (187,500.5 up) or 112,500
			rbWantNum(t, r, map[string]int64{"tax_saving_fen": saving})
			rbAmounts(t, r, amount, 0)
			wantReason(t, r, fmt.Sprintf("按 %d%% 税率估算节税 %s", c.pct, money.Fen(saving).Yuan()), fmt.Sprintf("tax saved at %d%%: %s", c.pct, money.Fen(saving).Yuan()))
		})
	}
}

func TestRDSuperDeductionIndustries(t *testing.T) {
	excluded := []string{"tobacco", "accommodation", "catering", "wholesale", "retail",
		"real_estate_development", "property_management", "leasing_business_services", "entertainment"}
	for _, industry := range model.Industries.Codes() {
		out := slices.Contains(excluded, industry)
		t.Run(industry, func(t *testing.T) {
			sc := rbRDFirm(industry)
			sc.RDExpenses = []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_000, false)}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			label := model.Industries.Label(industry, "zh")
			if out {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】行业："+label, "[not met] industry: "+model.Industries.Label(industry, "en"))
			} else {
				wantStatus(t, r, Eligible)
				wantReason(t, r, "【满足】行业："+label, "[met] industry: ")
			}
			rbAmounts(t, r, 750_000, 0)
		})
	}
}

func TestRDSuperDeductionNothingToDeduct(t *testing.T) {
	cases := []struct {
		name  string
		lines []model.RDExpense
	}{
		{"no R&D lines", nil},
		{"only capitalised costs", []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_000, true)}},
		{"only other costs: cap 0", []model.RDExpense{rbRD("2020-03-01", "A", model.RDOther, 1_000_000, false)}},
		{"only costs of year Y", []model.RDExpense{rbRD("2021-03-01", "A", model.RDPersonnel, 1_000_000, false)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = c.lines
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, Ineligible)
			wantReason(t, r, "【不满足】2020 年可加计扣除的研发费用 ¥0.00", "[not met] eligible R&D costs for 2020: ¥0.00")
			rbAmounts(t, r, 0, 0)
			rbWantNum(t, r, map[string]int64{"eligible_total_fen": 0, "tax_year": 2020})
		})
	}
}

func TestRDSuperDeductionDetailKeys(t *testing.T) {
	sc := rbRDFirm("software_it")
	sc.RDExpenses = []model.RDExpense{
		rbRD("2019-03-01", "A", model.RDPersonnel, 300_000, false),
		rbRD("2020-03-01", "A", model.RDPersonnel, 900_000, false),
		rbRD("2020-04-01", "A", model.RDOther, 150_000, false),
		rbRD("2020-05-01", "A", model.RDAmortization, 7, true),
	}
	r := rule(t, sc, "2021-06-30", "rd-super-deduction")
	wantStatus(t, r, Eligible)
	for _, k := range []string{"tax_year", "rate_pct", "base_fen", "other_fen", "other_cap_fen", "eligible_total_fen", "capitalized_fen", "tax_saving_fen"} {
		if _, ok := detailsOf(t, r)[k]; !ok {
			t.Errorf("details lack %q: %v", k, r.Details)
		}
	}
	rbWantNum(t, r, map[string]int64{"tax_year": 2020, "rate_pct": 75, "base_fen": 900_000, "other_fen": 150_000,
		"other_cap_fen": 100_000, "eligible_total_fen": 1_000_000, "capitalized_fen": 7, "tax_saving_fen": 187_500})
	rbAmounts(t, r, 750_000, 0)
	// "details also give every year in the ledger": 2019 and 2020.
	years := rbRows(t, r, "years")
	var got []int64
	for _, y := range years {
		got = append(got, rbInt(t, "years[].tax_year", y["tax_year"]))
	}
	if !slices.Contains(got, 2019) || !slices.Contains(got, 2020) {
		t.Errorf("ledger years %v, want 2019 and 2020", got)
	}
}

// ---------------------------------------------------------------------------
// 2.18 self-employed-tax-deduction
