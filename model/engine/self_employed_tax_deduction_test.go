package engine

import (
	"fmt"
	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
	"testing"
)

func TestSelfEmployedTaxDeductionConditions(t *testing.T) {
	cases := []struct {
		name   string
		d      string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
	}{
		{"individual business, endorsed certificate", "2021-06-30", nil, Eligible,
			[2]string{"【满足】创办人持注明“自主创业税收政策”的就业失业登记证", "[met] a founder holds an employment certificate endorsed for self-employment"}},
		{"a company", "2021-06-30", func(sc *model.Scenario) { sc.Firm.LegalForm = model.LegalCompany }, Ineligible,
			[2]string{"【不满足】组织形式：公司", "[not met] legal form: Company"}},
		{"a partnership", "2021-06-30", func(sc *model.Scenario) { sc.Firm.LegalForm = "partnership" }, Ineligible,
			[2]string{"【不满足】组织形式", "[not met] legal form"}},
		{"certificate issued on D", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.Issued = day("2021-06-30") }, Eligible,
			[2]string{"2021-06-30 发证，注明自主创业", "issued 2021-06-30, endorsed for self-employment"}},
		{"certificate issued the day after D", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.Issued = day("2021-07-01") }, Ineligible,
			[2]string{"2021-07-01 发证，晚于评估日", "issued 2021-07-01, after the evaluation date"}},
		{"certificate not endorsed", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.SelfEmployment = false }, Ineligible,
			[2]string{"未注明自主创业", "not endorsed for self-employment"}},
		{"no certificate", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate = nil }, Ineligible,
			[2]string{"无就业失业登记证", "no certificate"}},
		{"only an employee holds the certificate", "2021-06-30", func(sc *model.Scenario) {
			c := sc.People[0].EmploymentCertificate
			sc.People[0].EmploymentCertificate = nil
			addStaff(sc, 1, "2019-05-01", ptrInt(12), func(p *model.Person) { p.EmploymentCertificate = c })
		}, Ineligible, [2]string{"【不满足】创办人持注明", "[not met] a founder holds"}},
		{"D the day before the window ends", "2022-03-31", nil, Eligible,
			[2]string{"【满足】扣减期：2019-04-01 至 2022-04-01（不含），评估日 2022-03-31", "[met] relief window: 2019-04-01 up to 2022-04-01 (exclusive)"}},
		{"D the day the window ends", "2022-04-01", nil, Ineligible,
			[2]string{"【不满足】扣减期：2019-04-01 至 2022-04-01（不含），评估日 2022-04-01", "[not met] relief window"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbSelfFirm()
			sc.Taxes = []model.TaxYear{{Year: 2020, VAT: 100_000}}
			if c.mod != nil {
				c.mod(sc)
			}
			r := rule(t, sc, c.d, "self-employed-tax-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbWantDate(t, r, "window_start", "2019-04-01")
			rbWantDate(t, r, "window_end", "2022-04-01")
			rbAmounts(t, r, 100_000, 0)
			if c.d == "2022-04-01" {
				wantAdvice(t, r, "扣减期已于 2022-04-01 结束", "the relief window ended on 2022-04-01")
			}
		})
	}
}

func TestSelfEmployedTaxDeductionRows(t *testing.T) {
	tax := func(y int, vat, urban, edu, local, pit int64) model.TaxYear {
		return model.TaxYear{Year: y, VAT: money.Fen(vat), UrbanConstruction: money.Fen(urban), EducationSurcharge: money.Fen(edu),
			LocalEducationSurcharge: money.Fen(local), PersonalIncome: money.Fen(pit)}
	}
	cases := []struct {
		name       string
		founded    string
		d          string
		taxes      []model.TaxYear
		start, end string
		rows       []rbTaxRow
	}{
		{
			"founded mid-month; cap runs out in local education (2016) and urban construction (2017); 2015 and year > Y skipped",
			"2016-04-15", "2018-06-30",
			[]model.TaxYear{
				tax(2018, 100_000, 7_000, 3_000, 2_000, 50_000), // listed out of order on purpose
				tax(2015, 500_000, 0, 0, 0, 0),                  // before the window: 0 months, skipped
				tax(2016, 500_000, 100_000, 100_000, 50_000, 80_000),
				tax(2017, 900_000, 63_000, 27_000, 18_000, 100_000),
				tax(2019, 500_000, 0, 0, 0, 0), // after Y: ignored
			},
			"2016-04-01", "2019-04-01",
			[]rbTaxRow{
				{2016, 9, 720_000, 500_000, 100_000, 100_000, 20_000, 0},
				{2017, 12, 960_000, 900_000, 60_000, 0, 0, 0},
				{2018, 12, 960_000, 100_000, 7_000, 3_000, 2_000, 50_000},
			},
		},
		{
			"the limit rises inside the window: the last 3 months (2019) at 14,400 a year",
			"2016-04-15", "2019-03-31",
			[]model.TaxYear{tax(2019, 300_000, 80_000, 0, 0, 0)},
			"2016-04-01", "2019-04-01",
			[]rbTaxRow{{2019, 3, 360_000, 300_000, 60_000, 0, 0, 0}},
		},
		{
			"founded Dec 31: 1 month of 2016 at 9,600, 11 months of 2019 at 14,400",
			"2016-12-31", "2019-11-30",
			[]model.TaxYear{tax(2016, 50_000, 40_000, 0, 0, 0), tax(2019, 0, 0, 0, 0, 1_500_000)},
			"2016-12-01", "2019-12-01",
			[]rbTaxRow{{2016, 1, 80_000, 50_000, 30_000, 0, 0, 0}, {2019, 11, 1_320_000, 0, 0, 0, 0, 1_320_000}},
		},
		{
			"PIT last: takes what the indirect taxes leave",
			"2017-01-01", "2018-12-31",
			[]model.TaxYear{tax(2018, 200_000, 14_000, 6_000, 4_000, 1_000_000)},
			"2017-01-01", "2020-01-01",
			[]rbTaxRow{{2018, 12, 960_000, 200_000, 14_000, 6_000, 4_000, 736_000}},
		},
		{
			"14,400 in 2022, 24,000 from 2023 (2023年第15号)",
			"2022-03-10", "2024-06-30",
			[]model.TaxYear{tax(2022, 3_000_000, 0, 0, 0, 0), tax(2023, 3_000_000, 0, 0, 0, 0), tax(2024, 3_000_000, 0, 0, 0, 0)},
			"2022-03-01", "2025-03-01",
			[]rbTaxRow{{2022, 10, 1_200_000, 1_200_000, 0, 0, 0, 0}, {2023, 12, 2_400_000, 2_400_000, 0, 0, 0, 0},
				{2024, 12, 2_400_000, 2_400_000, 0, 0, 0, 0}},
		},
		{
			"no limit after 2027: the year is skipped",
			"2026-01-05", "2028-06-30",
			[]model.TaxYear{tax(2026, 3_000_000, 0, 0, 0, 0), tax(2027, 3_000_000, 0, 0, 0, 0), tax(2028, 3_000_000, 0, 0, 0, 0)},
			"2026-01-01", "2029-01-01",
			[]rbTaxRow{{2026, 12, 2_400_000, 2_400_000, 0, 0, 0, 0}, {2027, 12, 2_400_000, 2_400_000, 0, 0, 0, 0}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbSelfFirm()
			sc.Firm.Founded = day(c.founded)
			sc.People[0].Hired = day(c.founded)
			sc.People[0].EmploymentCertificate.Issued = day(c.founded).AddDays(-5)
			sc.Taxes = c.taxes
			r := rule(t, sc, c.d, "self-employed-tax-deduction")
			wantStatus(t, r, Eligible)
			rbWantDate(t, r, "window_start", c.start)
			rbWantDate(t, r, "window_end", c.end)
			rows := rbRows(t, r, "rows")
			if len(rows) != len(c.rows) {
				t.Fatalf("%d rows %v, want %d", len(rows), rows, len(c.rows))
			}
			var total int64
			for i, w := range c.rows {
				g := rows[i]
				got := rbTaxRow{rbInt(t, "year", g["year"]), rbInt(t, "months", g["months"]), rbInt(t, "cap_fen", g["cap_fen"]),
					rbInt(t, "vat_fen", g["vat_fen"]), rbInt(t, "urban_construction_fen", g["urban_construction_fen"]),
					rbInt(t, "education_surcharge_fen", g["education_surcharge_fen"]),
					rbInt(t, "local_education_surcharge_fen", g["local_education_surcharge_fen"]),
					rbInt(t, "personal_income_fen", g["personal_income_fen"])}
				if got != w {
					t.Errorf("row %d = %+v, want %+v", i, got, w)
				}
				if w.cap != rbRound(selfEmployedLimit(int(w.year)), w.months, 12) {
					t.Fatalf("bad case: cap")
				}
				total += w.vat + w.urban + w.edu + w.local + w.pit
				wantReason(t, r, fmt.Sprintf("%d 年：年度限额 %s", w.year, params.YuanText(money.Fen(selfEmployedLimit(int(w.year))), "zh")),
					fmt.Sprintf("%d: yearly limit %s", w.year, params.YuanText(money.Fen(selfEmployedLimit(int(w.year))), "en")))
				wantReason(t, r, fmt.Sprintf("期内 %d 个月，可扣减限额 %s", w.months, money.Fen(w.cap).Yuan()),
					fmt.Sprintf("%d months in the window, cap %s", w.months, money.Fen(w.cap).Yuan()))
			}
			rbWantNum(t, r, map[string]int64{"total_fen": total})
			rbAmounts(t, r, total, 0)
			if r.TaxSaving != r.Amount {
				t.Errorf("tax saving %d, want the reduction itself %d", r.TaxSaving, r.Amount)
			}
			if c.d > "2028" {
				wantReason(t, r, "2028 年：国家未公布该年度限额，不计", "2028: no national limit for that year, not counted")
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.19 vc-investment-deduction

// selfEmployedLimit is §5.2's yearly limit in fen, written out by hand.
func selfEmployedLimit(year int) int64 {
	switch {
	case year <= 2018:
		return 960_000
	case year <= 2022:
		return 1_440_000
	}
	return 2_400_000
}
