package params

import (
	"strings"
	"testing"

	"huiqi/model/civil"
)

func TestEveryParameterIsCited(t *testing.T) {
	for _, p := range Default().Rows() {
		if strings.TrimSpace(p.Cite) == "" || strings.TrimSpace(p.Note) == "" {
			t.Errorf("%s (from %s) has no citation or note", p.Key, p.From)
		}
		if p.Unit == "" {
			t.Errorf("%s has no unit", p.Key)
		}
		if !p.To.IsZero() && p.To < p.From {
			t.Errorf("%s ends (%s) before it starts (%s)", p.Key, p.To, p.From)
		}
	}
}

// Two rows of one key never claim the same day: a lookup by date has one
// answer.
func TestPeriodsDoNotOverlap(t *testing.T) {
	rows := Default().Rows()
	for i, a := range rows {
		for _, b := range rows[i+1:] {
			if a.Key != b.Key {
				continue
			}
			aEnd, bEnd := a.To, b.To
			if aEnd.IsZero() {
				aEnd = 99991231
			}
			if bEnd.IsZero() {
				bEnd = 99991231
			}
			if a.From <= bEnd && b.From <= aEnd {
				t.Errorf("%s: %s–%s overlaps %s–%s", a.Key, a.From, a.To, b.From, b.To)
			}
		}
	}
}

// Every key the engine reads on an evaluation date has a value on every
// date from the policy's start on, so Get never fails for an evaluation.
func TestKeysCoverEveryEvaluationDate(t *testing.T) {
	tab := Default()
	start := civil.Date(tab.Get(PolicyInForce, 20161115))
	if start != 20161115 {
		t.Fatalf("policy in force %s", start)
	}
	keys := []string{PolicyInForce, BenchmarkRate, FeeCapPct, FeeCapYears, RewardTransfer, RewardLicense, RewardSelfUse,
		LeaveYears, GraduateYears, YouthMaxAge, GrantMin, GrantMax, RentSubsidy, RentStableYears, RentEmployees,
		EshopSubsidy, EshopYearsAround, EshopMonths, PioneerLow, PioneerHigh, YouthLoanMax, HiringLoanMax,
		HiringContractMonths, HiringPct, HiringPctLarge, HiringLargeStaff, HiringGraduatePct, TechLoanMax,
		TechLoanBase, TechLoanExtraMax, TechLoanMonths, TechLoanProvince, TechLoanCity, EntityLoanMax,
		EntityLoanYears, EntityLoanEmployees, EntityLoanSubsidyPct, EntityLoanMonths, TalentSettleMin,
		TalentSettleMax, TalentYears, TalentFunding, TaxRate, TaxRateHighTech, SelfEmpYearCap, SelfEmpMonths,
		VCPct, VCYears}
	for _, d := range []civil.Date{20161115, 20171231, 20230101, 21001231} {
		for _, k := range keys {
			if _, err := tab.Lookup(k, d); err != nil {
				t.Errorf("%s on %s: %v", k, d, err)
			}
		}
	}
	// R&D rates are looked up on 1 January of each tax year from 2008.
	for y := 2008; y <= 2100; y++ {
		jan1 := civil.YearStart(y)
		for _, k := range []string{RDRate, RDOtherCapNum, RDOtherCapDen, RDCapPerProject} {
			if _, err := tab.Lookup(k, jan1); err != nil {
				t.Errorf("%s for %d: %v", k, y, err)
			}
		}
	}
}

func TestRDRatesByYear(t *testing.T) {
	tab := Default()
	for _, c := range []struct {
		year           int
		rate           int64
		techSME, manuf int64 // 0: none that year
	}{
		{2016, 50, 0, 0}, {2017, 50, 75, 0}, {2018, 75, 0, 0}, {2020, 75, 0, 0},
		{2021, 75, 0, 100}, {2022, 75, 100, 100}, {2023, 100, 0, 0}, {2030, 100, 0, 0},
	} {
		jan1 := civil.YearStart(c.year)
		if got := tab.Get(RDRate, jan1); got != c.rate {
			t.Errorf("%d base rate %d, want %d", c.year, got, c.rate)
		}
		if got, _ := tab.Lookup(RDRateTechSME, jan1); got.Value != c.techSME {
			t.Errorf("%d tech-SME rate %d, want %d", c.year, got.Value, c.techSME)
		}
		if got, _ := tab.Lookup(RDRateManuf, jan1); got.Value != c.manuf {
			t.Errorf("%d manufacturing rate %d, want %d", c.year, got.Value, c.manuf)
		}
	}
	if !tab.Has(RDRateQ4, 20221001) || tab.Has(RDRateQ4, 20220930) || tab.Has(RDRateQ4, 20230101) {
		t.Error("the fourth-quarter rate must cover 2022-10-01 to 2022-12-31 only")
	}
}

// The size standard of RULES.md §1: every group has bounds for small,
// medium and large on the measures it uses, rising with the class.
func TestSizeStandard(t *testing.T) {
	tab := Default()
	want := map[string][]string{
		"agriculture": {MeasureRevenue}, "industrial": {MeasureStaff, MeasureRevenue},
		"construction": {MeasureRevenue, MeasureAssets}, "real_estate_development": {MeasureRevenue, MeasureAssets},
		"leasing_business_services": {MeasureStaff, MeasureAssets}, "other": {MeasureStaff},
	}
	for _, g := range SizeGroups() {
		ms := tab.SizeMeasures(g)
		if w, ok := want[g]; ok && strings.Join(ms, ",") != strings.Join(w, ",") {
			t.Errorf("%s uses %v, want %v", g, ms, w)
		}
		for _, m := range ms {
			var prev int64
			for i := len(sizeClasses) - 1; i >= 0; i-- {
				v := tab.Get(SizeKey(g, sizeClasses[i], m), 20161115)
				if v <= prev {
					t.Errorf("%s %s: %s bound %d not above the class below (%d)", g, m, sizeClasses[i], v, prev)
				}
				prev = v
			}
		}
	}
	if got := tab.Get(SizeKey("software_it", "small", MeasureRevenue), 20210630); got != 50 {
		t.Errorf("software small revenue bound %d, want 50 (万元)", got)
	}
	if got := tab.Get(SizeKey("industrial", "medium", MeasureStaff), 20210630); got != 300 {
		t.Errorf("industrial medium staff bound %d, want 300", got)
	}
}

func TestLookupOutsideTable(t *testing.T) {
	if _, err := Default().Lookup(BenchmarkRate, 20151023); err == nil {
		t.Error("a benchmark before 2015-10-24 was found")
	}
	if _, err := Default().Lookup("no.such.key", 20200101); err == nil {
		t.Error("an unknown key was found")
	}
}
