package params

import (
	"strings"
	"testing"

	"huiqi/model/civil"
)

func day(s string) civil.Date {
	d, err := civil.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// The checks NewTable makes are what lets a lookup have one answer.
func TestNewTableRefusesBadRows(t *testing.T) {
	ok := Param{Key: "k", From: day("2020-01-01"), To: day("2020-12-31"), Value: 1, Unit: Count, Cite: "c", Note: "n", NoteEn: "n"}
	next := ok
	next.From, next.To = day("2021-01-01"), 0
	if _, err := NewTable([]Param{ok, next}); err != nil {
		t.Fatalf("adjacent rows refused: %v", err)
	}
	for name, rows := range map[string][]Param{
		"no citation": {func() Param { p := ok; p.Cite = ""; return p }()},
		"no English":  {func() Param { p := ok; p.NoteEn = ""; return p }()},
		"no unit":     {func() Param { p := ok; p.Unit = ""; return p }()},
		"ends before": {func() Param { p := ok; p.To = day("2019-12-31"); return p }()},
		"overlap":     {ok, func() Param { p := next; p.From = day("2020-12-31"); return p }()},
		"gap":         {ok, func() Param { p := next; p.From = day("2021-01-02"); return p }()},
		"two open":    {func() Param { p := ok; p.To = 0; return p }(), next},
	} {
		if _, err := NewTable(rows); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// RULES.md §5: a date before a table's first row takes the first row; a
// date after a bounded table's last row has none.
func TestLookupBeforeAndAfterTheTable(t *testing.T) {
	tab := Default()
	if p := tab.Row(ReferenceRate, day("2015-06-30")); p.Value != 435 {
		t.Errorf("a 2015 loan is measured against %d bp, want the 435 bp benchmark", p.Value)
	}
	if p := tab.Row(LoanPersonMax, day("2015-03-01")); p.Value != 10_000_000 || !strings.Contains(p.Cite, "银发〔2016〕202号") {
		t.Errorf("a 2015 loan's individual ceiling %d (%s), want the 2016 row", p.Value, p.Cite)
	}
	if tab.Has(SelfEmpYearLimit, day("2028-01-01")) {
		t.Error("the self-employment limit has a row for 2028, which §5.2 does not give")
	}
	if !tab.Has(SelfEmpYearLimit, day("2027-12-31")) {
		t.Error("no self-employment limit for 2027")
	}
	if _, ok := tab.At(RDRateQ4, day("2022-09-30")); ok {
		t.Error("the fourth-quarter rate applies before 2022-10-01")
	}
	if _, ok := tab.At(RDRateQ4, day("2021-12-31")); ok {
		t.Error("the fourth-quarter rate applies in 2021")
	}
	if p, ok := tab.At(RDRateQ4, day("2022-12-31")); !ok || p.Value != 100 {
		t.Errorf("the fourth-quarter rate on 2022-12-31: %v %v", p, ok)
	}
}

// boundedKeys are the keys whose last row ends: every other key has a row
// for every date from its first on, so Row never fails for it.
var boundedKeys = map[string]bool{SelfEmpYearLimit: true, RDRateQ4: true}

func TestUnboundedKeysRunWithoutEnd(t *testing.T) {
	tab := Default()
	seen := map[string]bool{}
	for _, p := range tab.Rows() {
		if seen[p.Key] {
			continue
		}
		seen[p.Key] = true
		rows := tab.KeyRows(p.Key)
		last := rows[len(rows)-1]
		if !boundedKeys[p.Key] && !last.To.IsZero() {
			t.Errorf("%s ends on %s", p.Key, last.To)
		}
		for _, d := range []civil.Date{day("2000-01-01"), day("2016-11-15"), day("2026-12-01"), day("2099-12-31")} {
			if _, err := tab.Lookup(p.Key, d); err != nil && !boundedKeys[p.Key] {
				t.Errorf("%s on %s: %v", p.Key, d, err)
			}
		}
	}
}

// Every dated figure of RULES.md §5, the day before and the day a row
// starts: the value and the document.
func TestSection5Boundaries(t *testing.T) {
	tab := Default()
	cases := []struct {
		key   string
		date  string
		value int64
		cite  string
	}{
		// §5.1, selected by D.
		{LoanSharePct, "2018-03-26", 30, "银发〔2016〕202号"}, {LoanSharePct, "2018-03-27", 25, "财金〔2018〕22号"},
		{LoanSharePct, "2018-11-15", 25, "财金〔2018〕22号"}, {LoanSharePct, "2018-11-16", 25, "国发〔2018〕39号"},
		{LoanSharePct, "2019-12-12", 25, "国发〔2018〕39号"}, {LoanSharePct, "2019-12-13", 20, "国发〔2019〕28号"},
		{LoanSharePct, "2020-04-14", 20, "国发〔2019〕28号"}, {LoanSharePct, "2020-04-15", 15, "财金〔2020〕21号"},
		{LoanSharePct, "2023-09-30", 15, "财金〔2020〕21号"}, {LoanSharePct, "2023-10-01", 10, "财金〔2023〕75号"},
		{LoanSharePctBig, "2019-12-12", 15, "国发〔2018〕39号"}, {LoanSharePctBig, "2019-12-13", 10, "国发〔2019〕28号"},
		{LoanSharePctBig, "2020-04-14", 10, ""}, {LoanSharePctBig, "2020-04-15", 8, ""},
		{LoanSharePctBig, "2023-09-30", 8, ""}, {LoanSharePctBig, "2023-10-01", 5, ""},
		{LoanPersonMax, "2018-11-15", 10_000_000, ""}, {LoanPersonMax, "2018-11-16", 15_000_000, "国发〔2018〕39号"},
		{LoanPersonMax, "2020-04-14", 15_000_000, ""}, {LoanPersonMax, "2020-04-15", 20_000_000, "财金〔2020〕21号"},
		{LoanPersonMax, "2023-09-30", 20_000_000, ""}, {LoanPersonMax, "2023-10-01", 30_000_000, "财金〔2023〕75号"},
		{LoanFirmMax, "2018-11-15", 200_000_000, ""}, {LoanFirmMax, "2018-11-16", 300_000_000, ""},
		{LoanFirmMax, "2023-09-30", 300_000_000, ""}, {LoanFirmMax, "2023-10-01", 400_000_000, ""},
		{LoanTrailing, "2023-09-30", 0, ""}, {LoanTrailing, "2023-10-01", 1, ""},
		// §5.2, selected by tax year.
		{SelfEmpYearLimit, "2018-12-31", 960_000, "财税〔2017〕49号"}, {SelfEmpYearLimit, "2019-01-01", 1_440_000, "财税〔2019〕22号"},
		{SelfEmpYearLimit, "2022-12-31", 1_440_000, "2021年第18号"}, {SelfEmpYearLimit, "2023-01-01", 2_400_000, "2023年第15号"},
		// §5.3.
		{ReferenceRate, "2019-08-19", 435, "基准利率"}, {ReferenceRate, "2019-08-20", 425, "人民银行公告〔2019〕第15号"},
		{ReferenceRate, "2019-09-19", 425, ""}, {ReferenceRate, "2019-09-20", 420, ""},
		{ReferenceRate, "2019-11-19", 420, ""}, {ReferenceRate, "2019-11-20", 415, ""},
		{ReferenceRate, "2020-02-19", 415, ""}, {ReferenceRate, "2020-02-20", 405, ""},
		{ReferenceRate, "2020-04-19", 405, ""}, {ReferenceRate, "2020-04-20", 385, ""},
		{ReferenceRate, "2021-12-19", 385, ""}, {ReferenceRate, "2021-12-20", 380, ""},
		{ReferenceRate, "2022-01-19", 380, ""}, {ReferenceRate, "2022-01-20", 370, ""},
		{ReferenceRate, "2022-08-21", 370, ""}, {ReferenceRate, "2022-08-22", 365, ""},
		{ReferenceRate, "2023-06-19", 365, ""}, {ReferenceRate, "2023-06-20", 355, ""},
		{ReferenceRate, "2023-08-20", 355, ""}, {ReferenceRate, "2023-08-21", 345, ""},
		{ReferenceRate, "2024-07-21", 345, ""}, {ReferenceRate, "2024-07-22", 335, ""},
		{ReferenceRate, "2024-10-20", 335, ""}, {ReferenceRate, "2024-10-21", 310, ""},
		{ReferenceRate, "2025-05-19", 310, ""}, {ReferenceRate, "2025-05-20", 300, ""},
		// §5.4, selected by the grant date.
		{GrantInvention, "2024-01-19", 300_000, "（2010）第七十七条"}, {GrantInvention, "2024-01-20", 400_000, "（2023）第九十三条"},
		{GrantUtility, "2024-01-19", 100_000, ""}, {GrantUtility, "2024-01-20", 150_000, ""},
		// §5.5, selected by the investment date.
		{StartupStaff, "2018-12-31", 200, "财税〔2018〕55号"}, {StartupStaff, "2019-01-01", 300, "财税〔2019〕13号"},
		{StartupAssetsWan, "2018-12-31", 3000, ""}, {StartupAssetsWan, "2019-01-01", 5000, ""},
		{StartupSalesWan, "2018-12-31", 3000, ""}, {StartupSalesWan, "2019-01-01", 5000, ""},
	}
	for _, c := range cases {
		p := tab.Row(c.key, day(c.date))
		if p.Value != c.value || !strings.Contains(p.Cite, c.cite) {
			t.Errorf("%s on %s: %d (%s), want %d (%s)", c.key, c.date, p.Value, p.Cite, c.value, c.cite)
		}
	}
}

// RULES.md 2.17: the rate by tax year, looked up on 1 January.
func TestRDRatesByYear(t *testing.T) {
	tab := Default()
	for _, c := range []struct {
		year                int
		general, sme, manuf int64
	}{
		{2010, 50, 50, 50}, {2016, 50, 50, 50}, {2017, 50, 75, 50}, {2018, 75, 75, 75}, {2020, 75, 75, 75},
		{2021, 75, 75, 100}, {2022, 75, 100, 100}, {2023, 100, 100, 100}, {2030, 100, 100, 100},
	} {
		jan1 := civil.YearStart(c.year)
		if g, s, m := tab.Get(RDRate, jan1), tab.Get(RDRateTechSME, jan1), tab.Get(RDRateManuf, jan1); g != c.general || s != c.sme || m != c.manuf {
			t.Errorf("%d: %d/%d/%d, want %d/%d/%d", c.year, g, s, m, c.general, c.sme, c.manuf)
		}
	}
	if tab.Get(RDCapPerProject, day("2020-01-01")) != 1 || tab.Get(RDCapPerProject, day("2021-01-01")) != 0 {
		t.Error("the other-costs cap is per project to 2020 and over all projects from 2021")
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
				v := tab.Get(SizeKey(g, sizeClasses[i], m), day("2016-11-15"))
				if v <= prev {
					t.Errorf("%s %s: %s bound %d not above the class below (%d)", g, m, sizeClasses[i], v, prev)
				}
				prev = v
			}
		}
	}
	if got := tab.Get(SizeKey("software_it", "small", MeasureRevenue), day("2021-06-30")); got != 50 {
		t.Errorf("software small revenue bound %d, want 50 (万元)", got)
	}
	if got := tab.Get(SizeKey("industrial", "medium", MeasureStaff), day("2021-06-30")); got != 300 {
		t.Errorf("industrial medium staff bound %d, want 300", got)
	}
}

func TestShow(t *testing.T) {
	for _, c := range []struct {
		v      int64
		u      Unit
		zh, en string
	}{
		{400_000_000, Fen, "400 万元", "4,000,000 yuan"},
		{2_400_000, Fen, "24,000 元", "24,000 yuan"},
		{300_000, Fen, "3,000 元", "3,000 yuan"},
		{278_450, Fen, "2,784.50 元", "2,784.50 yuan"},
		{30, Percent, "30%", "30%"},
		{435, BP, "4.35%", "4.35%"},
		{300, BP, "3.00%", "3.00%"},
		{12, Months, "12 个月", "12 months"},
		{1, Years, "1 年", "1 year"},
		{3000, Wan, "3,000 万元", "30,000,000 yuan"},
		{20161115, Date, "2016-11-15", "2016-11-15"},
		{1, Flag, "是", "yes"},
		{100, Count, "100", "100"},
	} {
		if zh, en := Show(c.v, c.u, "zh"), Show(c.v, c.u, "en"); zh != c.zh || en != c.en {
			t.Errorf("%d %s: %q / %q, want %q / %q", c.v, c.u, zh, en, c.zh, c.en)
		}
	}
}

func TestAsIssued(t *testing.T) {
	tab := Default()
	for key, want := range map[string]int64{LoanFirmMax: 200_000_000, LoanSharePct: 30, SelfEmpYearLimit: 960_000,
		ReferenceRate: 435, GrantInvention: 300_000, LoanPersonMax: 10_000_000} {
		if got := tab.AsIssued(key).Value; got != want {
			t.Errorf("%s as issued: %d, want %d", key, got, want)
		}
	}
}
