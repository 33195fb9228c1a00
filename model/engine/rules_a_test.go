package engine

// Tests of RULES.md §0 (conventions), §1 (size classification) and rules
// 2.1–2.11. Each table case names the boundary it checks. The expected
// values come from RULES.md, not from the engine: where they disagree the
// test fails on purpose.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
	"huiqi/model/params"
)

// ---------------------------------------------------------------------------
// Helpers (this file only)

// wan is an amount in 万元, in fen.
func raWan(n int64) int64 { return n * 1_000_000 }

// raNilInt marks an expected detail that must be JSON null.
const raNilInt = -1

// checkResult checks what every result must satisfy (§0 Statuses): no
// amount unless the rule applies, and a non-nil Missing.
func raCheckResult(t testing.TB, r *Result) {
	t.Helper()
	if !r.Status.Applies() && (r.Amount != 0 || r.AmountMax != 0) {
		t.Errorf("%s: status %s with amount %d / max %d, want 0 / 0", r.Rule.ID, r.Status, r.Amount, r.AmountMax)
	}
	if r.Missing == nil {
		t.Errorf("%s: Missing is nil", r.Rule.ID)
	}
	if r.Status != MissingData && r.Status != Eligible && r.Status != MayApply && len(r.Missing) > 0 {
		t.Errorf("%s: status %s lists missing %v", r.Rule.ID, r.Status, r.Missing)
	}
}

// ruleA evaluates and checks the invariants of the result.
func raRule(t testing.TB, sc *model.Scenario, d, id string) *Result {
	t.Helper()
	r := rule(t, sc, d, id)
	raCheckResult(t, r)
	return r
}

func raWantAmounts(t testing.TB, r *Result, amount, max int64) {
	t.Helper()
	if int64(r.Amount) != amount || int64(r.AmountMax) != max {
		t.Errorf("%s: amount %d / max %d, want %d / %d", r.Rule.ID, r.Amount, r.AmountMax, amount, max)
	}
}

func raAsInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int64:
		return x, true
	case money.Fen:
		return int64(x), true
	}
	return 0, false
}

// wantDetail checks one detail: nil for JSON null, an integer (any integer
// type the engine uses), or a value compared as it is (civil.Date, string).
func raWantDetail(t testing.TB, r *Result, key string, want any) {
	t.Helper()
	got, ok := r.Details[key]
	if !ok {
		t.Errorf("%s: no detail %q in %v", r.Rule.ID, key, r.Details)
		return
	}
	if want == nil {
		if got != nil {
			t.Errorf("%s: details[%q] = %v, want null", r.Rule.ID, key, got)
		}
		return
	}
	if w, ok := raAsInt(want); ok {
		if g, ok := raAsInt(got); !ok || g != w {
			t.Errorf("%s: details[%q] = %v (%T), want %d", r.Rule.ID, key, got, got, w)
		}
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: details[%q] = %v (%T), want %v (%T)", r.Rule.ID, key, got, got, want, want)
	}
}

// wantIntOrNil checks an integer detail where raNilInt means null.
func raWantIntOrNil(t testing.TB, r *Result, key string, want int) {
	t.Helper()
	if want == raNilInt {
		raWantDetail(t, r, key, nil)
	} else {
		raWantDetail(t, r, key, want)
	}
}

// wantMissing checks the exact set of missing paths.
func raWantMissing(t testing.TB, r *Result, paths ...string) {
	t.Helper()
	got := slices.Clone(r.Missing)
	want := slices.Clone(paths)
	slices.Sort(got)
	slices.Sort(want)
	if len(want) == 0 {
		want = nil
	}
	if len(got) == 0 {
		got = nil
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: missing %q, want %q", r.Rule.ID, r.Missing, paths)
	}
}

func raNoReason(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Reasons {
		if strings.Contains(x.Zh, zh) || strings.Contains(x.En, en) {
			t.Errorf("%s: unexpected reason %q", r.Rule.ID, x.Zh)
		}
	}
}

// founded sets the founding date (and the founder's hiring date) of a base
// firm.
func raFounded(d string) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded = day(d)
	sc.People[0].Hired = day(d)
	return sc
}

// addFounder appends a founder and returns its index.
func raAddFounder(sc *model.Scenario, mod func(p *model.Person)) int {
	i := len(sc.People)
	p := model.Person{ID: "f" + itoa(i), Name: "创办人" + itoa(i), Founder: true, Hired: sc.Firm.Founded, Categories: []string{}}
	if mod != nil {
		mod(&p)
	}
	sc.People = append(sc.People, p)
	return i
}

func raPath(i int, field string) string { return fmt.Sprintf("people[%d].%s", i, field) }

// ---------------------------------------------------------------------------
// §0 conventions

func TestRulesA_PolicyStartRefusesEarlierDates(t *testing.T) {
	sc := raFounded("2016-01-01")
	eng := New(params.Default())
	if _, err := eng.Evaluate(sc, day("2016-11-14")); !errors.Is(err, ErrTooEarly) {
		t.Errorf("as_of 2016-11-14: err %v, want ErrTooEarly", err)
	}
	ev, err := eng.Evaluate(sc, day("2016-11-15"))
	if err != nil {
		t.Fatalf("as_of 2016-11-15: %v", err)
	}
	var ids []string
	for i := range ev.Results {
		ids = append(ids, ev.Results[i].Rule.ID)
		raCheckResult(t, &ev.Results[i])
	}
	if !slices.Equal(ids, model.RuleIDs()) {
		t.Errorf("results %v, want every rule in RULES.md order %v", ids, model.RuleIDs())
	}
}

func TestRulesA_PeriodArithmetic(t *testing.T) {
	for _, c := range []struct {
		name string
		got  civil.Date
		want string
	}{
		{"2016-02-29 + 1 year", day("2016-02-29").AddYears(1), "2017-02-28"},
		{"2013-08-31 + 6 months", day("2013-08-31").AddMonths(6), "2014-02-28"},
		{"2020-02-29 - 1 year", day("2020-02-29").AddYears(-1), "2019-02-28"},
		{"2016-02-29 + 4 years", day("2016-02-29").AddYears(4), "2020-02-29"},
	} {
		if c.got != day(c.want) {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
}

// Employed at D: hired ≤ D (a founder without a hiring date from the
// founding date), left null or after D. staff(D) counts founders; employees
// do not.
func TestRulesA_EmployedAtD(t *testing.T) {
	sc := baseFirm() // founded 2019-04-01
	sc.People[0].Hired = 0
	raAddFounder(sc, func(p *model.Person) { p.Hired = 0 })
	addStaff(sc, 1, "2020-01-01", ptrInt(36), nil)                                                  // employed
	addStaff(sc, 1, "2021-07-01", ptrInt(36), nil)                                                  // hired D+1
	addStaff(sc, 1, "2020-01-01", ptrInt(36), func(p *model.Person) { p.Left = day("2021-06-30") }) // left on D
	addStaff(sc, 1, "2020-01-01", ptrInt(36), func(p *model.Person) { p.Left = day("2021-07-01") }) // left D+1
	addStaff(sc, 1, "2021-06-30", ptrInt(36), nil)                                                  // hired on D
	const d = "2021-06-30"
	r := raRule(t, sc, d, "sme-hiring-loan")
	raWantDetail(t, r, "staff", 5) // 2 founders + 3 employees
	r = raRule(t, sc, d, "graduate-rent-subsidy")
	wantReason(t, r, "在职员工（不含创办人）3 人", "3 employees besides founders")
	// Before the founding date a founder without a hiring date is not employed.
	sc2 := baseFirm()
	sc2.People[0].Hired = 0
	sc2.Firm.Founded = day("2021-07-01")
	raWantDetail(t, raRule(t, sc2, d, "sme-hiring-loan"), "staff", 0)
}

// ---------------------------------------------------------------------------
// §1 size classification

// sizeFirm is the base firm in industry with staff people employed at
// 2021-06-30 (the founder and staff−1 employees) and the given 2020
// accounts (nil: unknown).
func raSizeFirm(industry string, staff int, revenue, assets *int64) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Industry = industry
	fin := model.Financial{Year: 2020, TaxableIncome: ptrFen(0)}
	if revenue != nil {
		fin.Revenue = ptrFen(*revenue)
	}
	if assets != nil {
		fin.TotalAssets = ptrFen(*assets)
	}
	sc.Financials = []model.Financial{fin}
	addStaff(sc, staff-1, "2020-01-01", ptrInt(36), nil)
	return sc
}

func raP64(v int64) *int64 { return &v }

func TestRulesA_SizeClass(t *testing.T) {
	const under = -1 // one fen below a bound
	w := func(n int64) *int64 { return raP64(raWan(n)) }
	wu := func(n int64) *int64 { return raP64(raWan(n) + under) }
	cases := []struct {
		name     string
		industry string
		staff    int
		rev, ass *int64
		class    string // "" = undetermined
		sm       model.Tri
	}{
		// X only
		{"other: 9 staff micro", "other", 9, nil, nil, Micro, model.True},
		{"other: 10 staff small", "other", 10, nil, nil, Small, model.True},
		{"other: 99 staff small", "other", 99, nil, nil, Small, model.True},
		{"other: 100 staff medium", "other", 100, nil, nil, Medium, model.False},
		{"other: 299 staff medium", "other", 299, nil, nil, Medium, model.False},
		{"other: 300 staff large", "other", 300, nil, nil, Large, model.False},
		{"entertainment: 100 staff medium", "entertainment", 100, nil, nil, Medium, model.False},
		// X and Y
		{"manufacturing: 19 staff, Y 300 micro", "manufacturing", 19, w(300), nil, Micro, model.True},
		{"manufacturing: 20 staff, Y 300 - 1 fen micro", "manufacturing", 20, wu(300), nil, Micro, model.True},
		{"manufacturing: 20 staff, Y 300 small", "manufacturing", 20, w(300), nil, Small, model.True},
		{"manufacturing: 299 staff, Y 2000 small", "manufacturing", 299, w(2000), nil, Small, model.True},
		{"manufacturing: 300 staff, Y 2000 - 1 fen small", "manufacturing", 300, wu(2000), nil, Small, model.True},
		{"manufacturing: 300 staff, Y 2000 medium", "manufacturing", 300, w(2000), nil, Medium, model.False},
		{"manufacturing: 999 staff, Y 40000 medium", "manufacturing", 999, w(40000), nil, Medium, model.False},
		{"manufacturing: 1000 staff, Y 40000 - 1 fen medium", "manufacturing", 1000, wu(40000), nil, Medium, model.False},
		{"manufacturing: 1000 staff, Y 40000 large", "manufacturing", 1000, w(40000), nil, Large, model.False},
		{"manufacturing: 1000 staff, Y 100 drops to micro", "manufacturing", 1000, w(100), nil, Micro, model.True},
		{"mining: 20 staff, Y 300 small", "mining", 20, w(300), nil, Small, model.True},
		{"utilities: 300 staff, Y 2000 medium", "utilities", 300, w(2000), nil, Medium, model.False},
		{"tobacco: 19 staff, Y 300 micro", "tobacco", 19, w(300), nil, Micro, model.True},
		{"manufacturing: 10 staff, Y unknown: micro either way", "manufacturing", 10, nil, nil, Micro, model.True},
		{"manufacturing: 25 staff, Y unknown: micro..small, still small/micro", "manufacturing", 25, nil, nil, "", model.True},
		{"manufacturing: 500 staff, Y unknown: micro..medium", "manufacturing", 500, nil, nil, "", model.Unknown},
		{"retail: 9 staff, Y 100 micro", "retail", 9, w(100), nil, Micro, model.True},
		{"retail: 10 staff, Y 100 - 1 fen micro", "retail", 10, wu(100), nil, Micro, model.True},
		{"retail: 10 staff, Y 100 small", "retail", 10, w(100), nil, Small, model.True},
		{"retail: 49 staff, Y 500 small", "retail", 49, w(500), nil, Small, model.True},
		{"retail: 50 staff, Y 500 medium", "retail", 50, w(500), nil, Medium, model.False},
		{"retail: 300 staff, Y 20000 - 1 fen medium", "retail", 300, wu(20000), nil, Medium, model.False},
		{"retail: 300 staff, Y 20000 large", "retail", 300, w(20000), nil, Large, model.False},
		// Y and Z
		{"construction: Y 300, Z 300 small", "construction", 3, w(300), w(300), Small, model.True},
		{"construction: Y 300 - 1 fen, Z 300 micro", "construction", 3, wu(300), w(300), Micro, model.True},
		{"construction: Y 300, Z 300 - 1 fen micro", "construction", 3, w(300), wu(300), Micro, model.True},
		{"construction: Y 6000, Z 5000 medium", "construction", 3, w(6000), w(5000), Medium, model.False},
		{"construction: Y 6000, Z 5000 - 1 fen small", "construction", 3, w(6000), wu(5000), Small, model.True},
		{"construction: Y 6000 - 1 fen, Z 5000 small", "construction", 3, wu(6000), w(5000), Small, model.True},
		{"construction: Y 80000, Z 80000 - 1 fen medium", "construction", 3, w(80000), wu(80000), Medium, model.False},
		{"construction: Y 80000, Z 80000 large", "construction", 3, w(80000), w(80000), Large, model.False},
		{"construction: Y 400, Z unknown: micro..small", "construction", 3, w(400), nil, "", model.True},
		{"construction: Y 7000, Z unknown: micro..medium", "construction", 3, w(7000), nil, "", model.Unknown},
		{"construction: Y 100, Z unknown: micro either way", "construction", 3, w(100), nil, Micro, model.True},
		{"construction: both unknown: micro..large", "construction", 3, nil, nil, "", model.Unknown},
		// X and Z
		{"leasing: 9 staff, Z 100 micro", "leasing_business_services", 9, nil, w(100), Micro, model.True},
		{"leasing: 10 staff, Z 100 - 1 fen micro", "leasing_business_services", 10, nil, wu(100), Micro, model.True},
		{"leasing: 10 staff, Z 100 small (revenue unused)", "leasing_business_services", 10, nil, w(100), Small, model.True},
		{"leasing: 99 staff, Z 8000 small", "leasing_business_services", 99, nil, w(8000), Small, model.True},
		{"leasing: 100 staff, Z 8000 medium", "leasing_business_services", 100, nil, w(8000), Medium, model.False},
		{"leasing: 300 staff, Z 120000 - 1 fen medium", "leasing_business_services", 300, nil, wu(120000), Medium, model.False},
		{"leasing: 300 staff, Z 120000 large", "leasing_business_services", 300, nil, w(120000), Large, model.False},
		{"leasing: 50 staff, Z unknown: micro..small", "leasing_business_services", 50, nil, nil, "", model.True},
		{"leasing: 150 staff, Z unknown: micro..medium", "leasing_business_services", 150, nil, nil, "", model.Unknown},
		// Y only
		{"agriculture: Y 50 - 1 fen micro", "agriculture", 2, wu(50), nil, Micro, model.True},
		{"agriculture: Y 50 small", "agriculture", 2, w(50), nil, Small, model.True},
		{"agriculture: Y 500 - 1 fen small", "agriculture", 2, wu(500), nil, Small, model.True},
		{"agriculture: Y 500 medium", "agriculture", 2, w(500), nil, Medium, model.False},
		{"agriculture: Y 20000 - 1 fen medium", "agriculture", 2, wu(20000), nil, Medium, model.False},
		{"agriculture: Y 20000 large (staff irrelevant)", "agriculture", 2, w(20000), nil, Large, model.False},
		{"agriculture: Y unknown: micro..large", "agriculture", 400, nil, nil, "", model.Unknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := evaluate(t, raSizeFirm(c.industry, c.staff, c.rev, c.ass), "2021-06-30")
			if ev.SizeClass != c.class {
				t.Errorf("size class %q, want %q (%s)", ev.SizeClass, c.class, ev.Size.Reason.En)
			}
			if ev.Size.SmallOrMicro != c.sm {
				t.Errorf("small or micro %v, want %v (%s)", ev.Size.SmallOrMicro, c.sm, ev.Size.Reason.En)
			}
			if ev.Size.Staff != c.staff {
				t.Errorf("size staff %d, want %d", ev.Size.Staff, c.staff)
			}
			// The hiring loan's first condition is the 小微 test: unknown
			// exactly when SmallOrMicro is.
			r, _ := ev.Result("sme-hiring-loan")
			wantMark := map[model.Tri]string{model.True: "【满足】小微企业", model.False: "【不满足】小微企业", model.Unknown: "【待补充】小微企业"}[c.sm]
			wantReason(t, r, wantMark, "small or micro firm")
		})
	}
}

// The missing paths of an undetermined size class name the unknown field.
func TestRulesA_SizeClassMissingPaths(t *testing.T) {
	ev := evaluate(t, raSizeFirm("manufacturing", 500, nil, nil), "2021-06-30")
	if !slices.Equal(ev.Size.Missing, []string{"financials[0].revenue_fen"}) {
		t.Errorf("missing %q, want [financials[0].revenue_fen]", ev.Size.Missing)
	}
	ev = evaluate(t, raSizeFirm("construction", 3, nil, nil), "2021-06-30")
	m := slices.Sorted(slices.Values(ev.Size.Missing))
	if !slices.Equal(m, []string{"financials[0].revenue_fen", "financials[0].total_assets_fen"}) {
		t.Errorf("missing %q, want revenue and assets of financials[0]", ev.Size.Missing)
	}
	// Known revenue with unused unknown assets: nothing missing.
	ev = evaluate(t, raSizeFirm("manufacturing", 500, raP64(raWan(100)), nil), "2021-06-30")
	if ev.SizeClass != Micro || len(ev.Size.Missing) != 0 {
		t.Errorf("manufacturing with unknown assets: class %q missing %q, want micro and none", ev.SizeClass, ev.Size.Missing)
	}
}

// The financials row: the latest year from the founding year to Y−1; a firm
// founded in Y uses its year-Y row; rows after Y−1 or before founding are
// ignored. Manufacturing with 25 staff is small with revenue ≥ 300万, micro
// below, so the class shows which row was used.
func TestRulesA_SizeFinancialsRow(t *testing.T) {
	row := func(year int, revWan int64) model.Financial {
		return model.Financial{Year: year, Revenue: ptrFen(raWan(revWan)), TotalAssets: ptrFen(raWan(1)), TaxableIncome: ptrFen(0)}
	}
	cases := []struct {
		name    string
		founded string
		asOf    string
		rows    []model.Financial
		year    int
		class   string
	}{
		{"latest year ≤ Y−1 (2020) used; 2018 before founding and 2021 = Y ignored", "2019-04-01", "2021-06-30",
			[]model.Financial{row(2018, 300), row(2019, 300), row(2020, 100), row(2021, 300)}, 2020, Micro},
		{"rows out of order: 2020 still used", "2019-04-01", "2021-06-30",
			[]model.Financial{row(2020, 300), row(2019, 100)}, 2020, Small},
		{"no 2020 row: 2019 (founding year) used", "2019-04-01", "2021-06-30",
			[]model.Financial{row(2018, 100), row(2019, 300), row(2021, 100)}, 2019, Small},
		{"only rows before founding and after Y−1: revenue unknown", "2019-04-01", "2021-06-30",
			[]model.Financial{row(2018, 300), row(2021, 300)}, 0, ""},
		{"founded in Y: year-Y row used", "2021-02-01", "2021-06-30",
			[]model.Financial{row(2020, 100), row(2021, 300)}, 2021, Small},
		{"founded in Y: year-Y row used (micro)", "2021-02-01", "2021-06-30",
			[]model.Financial{row(2020, 300), row(2021, 100)}, 2021, Micro},
		{"founded in Y: Y−1 row before founding ignored", "2021-02-01", "2021-06-30",
			[]model.Financial{row(2020, 300)}, 0, ""},
		{"D in 2020: 2019 used, 2020 ignored", "2019-04-01", "2020-03-01",
			[]model.Financial{row(2019, 300), row(2020, 100)}, 2019, Small},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := raFounded(c.founded)
			sc.Firm.Industry = "manufacturing"
			sc.Financials = c.rows
			addStaff(sc, 24, c.founded, ptrInt(36), nil)
			ev := evaluate(t, sc, c.asOf)
			if ev.SizeClass != c.class || ev.Size.Year != c.year {
				t.Errorf("class %q from year %d, want %q from %d (%s)", ev.SizeClass, ev.Size.Year, c.class, c.year, ev.Size.Reason.En)
			}
			if ev.Size.SmallOrMicro != model.True {
				t.Errorf("small or micro %v, want true (25 staff cannot be medium)", ev.Size.SmallOrMicro)
			}
			if c.class == "" && len(ev.Size.Missing) == 0 {
				t.Errorf("undetermined class without missing fields")
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.1 startup-fee-cap

func raFee(date string, standard, charged int64) model.Fee {
	return model.Fee{Date: day(date), Service: "环境影响评价", Mandatory: true, GovernmentPriced: true,
		Standard: money.Fen(standard), Charged: money.Fen(charged)}
}

func TestRulesA_StartupFeeCap(t *testing.T) {
	notMandatory := raFee("2020-01-10", 1000, 1000)
	notMandatory.Mandatory = false
	notPriced := raFee("2020-01-10", 1000, 1000)
	notPriced.GovernmentPriced = false
	cases := []struct {
		name      string
		founded   string
		fees      []model.Fee
		asOf      string
		status    Status
		counted   int
		refund    int64
		windowEnd string
	}{
		// founded 2019-04-01: window 2019-04-01 … 2021-04-01
		{"fee on founded: counted", "2019-04-01", []model.Fee{raFee("2019-04-01", 1000, 1000)}, "2021-06-30", Eligible, 1, 500, "2021-04-01"},
		{"fee the day before founded: not counted", "2019-04-01", []model.Fee{raFee("2019-03-31", 1000, 1000)}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"fee on founded+2y: counted", "2019-04-01", []model.Fee{raFee("2021-04-01", 1000, 1000)}, "2021-06-30", Eligible, 1, 500, "2021-04-01"},
		{"fee on founded+2y+1d: not counted", "2019-04-01", []model.Fee{raFee("2021-04-02", 1000, 1000)}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"D = window end − 1, no fees: eligible", "2019-04-01", nil, "2021-03-31", Eligible, 0, 0, "2021-04-01"},
		{"D = window end, no fees: eligible", "2019-04-01", nil, "2021-04-01", Eligible, 0, 0, "2021-04-01"},
		{"D = window end + 1, no fees: ineligible", "2019-04-01", nil, "2021-04-02", Ineligible, 0, 0, "2021-04-01"},
		{"D after window, fee at cap: ineligible", "2019-04-01", []model.Fee{raFee("2020-01-10", 1000, 500)}, "2021-04-02", Ineligible, 1, 0, "2021-04-01"},
		{"D after window, overcharge: eligible for the refund", "2019-04-01", []model.Fee{raFee("2020-01-10", 1000, 800)}, "2021-04-02", Eligible, 1, 300, "2021-04-01"},
		{"fee dated after D: ignored", "2019-04-01", []model.Fee{raFee("2020-06-01", 1000, 1000)}, "2020-05-31", Eligible, 0, 0, "2021-04-01"},
		{"fee dated on D: counted", "2019-04-01", []model.Fee{raFee("2020-05-31", 1000, 1000)}, "2020-05-31", Eligible, 1, 500, "2021-04-01"},
		{"not mandatory: not counted", "2019-04-01", []model.Fee{notMandatory}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"not government-priced: not counted", "2019-04-01", []model.Fee{notPriced}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"charged below the cap: no negative overcharge", "2019-04-01",
			[]model.Fee{raFee("2020-01-10", 1000, 100), raFee("2020-02-10", 1000, 700)}, "2021-06-30", Eligible, 2, 200, "2021-04-01"},
		// month end: 2016-02-29 + 2 years = 2018-02-28
		{"founded 2016-02-29: fee on 2018-02-28 counted", "2016-02-29", []model.Fee{raFee("2018-02-28", 1000, 1000)}, "2018-06-30", Eligible, 1, 500, "2018-02-28"},
		{"founded 2016-02-29: fee on 2018-03-01 not counted", "2016-02-29", []model.Fee{raFee("2018-03-01", 1000, 1000)}, "2018-06-30", Ineligible, 0, 0, "2018-02-28"},
		{"founded 2016-02-29: D 2018-02-28 in window", "2016-02-29", nil, "2018-02-28", Eligible, 0, 0, "2018-02-28"},
		{"founded 2016-02-29: D 2018-03-01 after window", "2016-02-29", nil, "2018-03-01", Ineligible, 0, 0, "2018-02-28"},
		// policy in force 2016-11-15
		{"fee 2016-11-14, before the policy: not counted", "2016-01-10", []model.Fee{raFee("2016-11-14", 1000, 1000)}, "2018-06-30", Ineligible, 0, 0, "2018-01-10"},
		{"fee 2016-11-15, policy start: counted", "2016-01-10", []model.Fee{raFee("2016-11-15", 1000, 1000)}, "2018-06-30", Eligible, 1, 500, "2018-01-10"},
		// rounding: cap = round(standard × 50 / 100), half up
		{"odd standard 2,000,001 fen: cap 1,000,001, charged at cap", "2019-04-01", []model.Fee{raFee("2020-01-10", 2_000_001, 1_000_001)}, "2021-06-30", Ineligible, 1, 0, "2021-04-01"},
		{"odd standard 2,000,001 fen: charged 1,000,002, refund 1", "2019-04-01", []model.Fee{raFee("2020-01-10", 2_000_001, 1_000_002)}, "2021-06-30", Eligible, 1, 1, "2021-04-01"},
		{"standard 3 fen: cap 2, refund 1", "2019-04-01", []model.Fee{raFee("2020-01-10", 3, 3)}, "2021-06-30", Eligible, 1, 1, "2021-04-01"},
		{"standard 1 fen: cap 1 (0.5 rounds up), no refund", "2019-04-01", []model.Fee{raFee("2020-01-10", 1, 1)}, "2021-06-30", Ineligible, 1, 0, "2021-04-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := raFounded(c.founded)
			sc.Fees = c.fees
			r := raRule(t, sc, c.asOf, "startup-fee-cap")
			wantStatus(t, r, c.status)
			raWantDetail(t, r, "window_end", day(c.windowEnd))
			raWantDetail(t, r, "counted_fees", c.counted)
			raWantDetail(t, r, "refund_fen", c.refund)
			if c.status == Eligible {
				raWantAmounts(t, r, c.refund, 0)
			}
			wantReason(t, r, "减半期至 "+c.windowEnd, "half-fee window until "+c.windowEnd)
			wantReason(t, r, fmt.Sprintf("计入收费 %d 笔，可申请退还 %s", c.counted, money.Fen(c.refund).Yuan()),
				fmt.Sprintf("%d fees counted, refund due %s", c.counted, money.Fen(c.refund).Yuan()))
			raWantMissing(t, r)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.2 inventor-reward-minimum

func raPatentNo(seq int) string {
	digits := fmt.Sprintf("2019101%05d", seq)
	c, err := ident.PatentCheckChar(digits)
	if err != nil {
		panic(err)
	}
	return "ZL" + digits + "." + string(c)
}

func raInc(year int, kind string, amount int64) model.PatentIncome {
	return model.PatentIncome{Year: year, Kind: kind, Amount: money.Fen(amount)}
}

func raPaidR(year int, amount int64) model.RewardPaid {
	return model.RewardPaid{Year: year, Amount: money.Fen(amount)}
}

// svcPatent is a service invention of kind, granted on granted ("" not
// granted), with its income and rewards.
func raSvcPatent(seq int, kind, granted string, agreed bool, income []model.PatentIncome, paid ...model.RewardPaid) model.Patent {
	p := model.Patent{Number: raPatentNo(seq), Kind: kind, Title: "测试专利" + itoa(seq), Filed: day("2018-01-10"),
		Status: model.StatusPending, ServiceInvention: true, RewardAgreed: agreed, Inventors: []string{"p1"},
		Income: income, RewardsPaid: paid}
	if granted != "" {
		p.Granted, p.Status = day(granted), model.StatusGranted
	}
	return p
}

func TestRulesA_InventorRewardMinimum(t *testing.T) {
	const inv, um = model.PatentInvention, model.PatentUtilityModel
	nonService := raSvcPatent(9, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})
	nonService.ServiceInvention = false
	cases := []struct {
		name                  string
		ownership             string
		patents               []model.Patent
		status                Status
		required, paid, short int64
		rows                  int // requiring income rows
	}{
		{"private firm: ineligible", model.OwnPrivate,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"public institution: transfer 60%", model.OwnPublicInstitution,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Eligible, 600_000, 0, 600_000, 1},
		{"transfer 60% even with reward_agreed", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Eligible, 600_000, 0, 600_000, 1},
		{"license 20%", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, um, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000)})},
			Eligible, 200_000, 0, 200_000, 1},
		{"equity 20% (pending patent)", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeEquity, 1_000_000)})},
			Eligible, 200_000, 0, 200_000, 1},
		{"license with reward_agreed: no requirement", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000), raInc(2020, model.IncomeEquity, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"not a service invention: ignored", model.OwnStateOwned, []model.Patent{nonService}, Ineligible, 0, 0, 0, 0},
		{"self-use: invention granted on Dec 31 of the income year: 5%", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2020-12-31", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Eligible, 50_000, 0, 50_000, 1},
		{"self-use: invention granted Jan 1 after the income year: none", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2021-01-01", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"self-use: invention granted on D, income year Y: 5%", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2021-06-30", false, []model.PatentIncome{raInc(2021, model.IncomeSelfUseProfit, 1_000_000)})},
			Eligible, 50_000, 0, 50_000, 1},
		{"self-use: invention granted D+1 (within the year): none", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2021-07-01", false, []model.PatentIncome{raInc(2021, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"self-use: utility model: none", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, um, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"self-use: pending invention: none", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"self-use: reward_agreed: none", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0},
		{"income year Y counted, Y+1 ignored", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2021, model.IncomeTransfer, 1_000_000), raInc(2022, model.IncomeTransfer, 5_000_000)})},
			Eligible, 600_000, 0, 600_000, 1},
		{"only an income year after Y: ineligible", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2022, model.IncomeTransfer, 5_000_000)}, raPaidR(2022, 100))},
			Ineligible, 0, 0, 0, 0},
		// rounding each row on its own
		{"five license rows of 3 fen: 5 × round(0.6) = 5, not round(3) = 3", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{
				raInc(2020, model.IncomeLicense, 3), raInc(2020, model.IncomeLicense, 3), raInc(2020, model.IncomeLicense, 3),
				raInc(2020, model.IncomeLicense, 3), raInc(2020, model.IncomeLicense, 3)})},
			Eligible, 5, 0, 5, 5},
		{"two transfer rows of 1 fen: 2, not round(1.2) = 1", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1), raInc(2020, model.IncomeTransfer, 1)})},
			Eligible, 2, 0, 2, 2},
		{"self-use 5% of 10 fen = 0.5 rounds up to 1", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 10)})},
			Eligible, 1, 0, 1, 1},
		// payments
		{"paid only counted for years with a requirement", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000)},
				raPaidR(2020, 150_000), raPaidR(2019, 999), raPaidR(2021, 777))},
			Eligible, 200_000, 150_000, 50_000, 1},
		{"overpaying one year does not cover another", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2019, model.IncomeLicense, 500), raInc(2020, model.IncomeLicense, 500)},
				raPaidR(2019, 300))},
			Eligible, 200, 300, 100, 2},
		{"overpaying one patent does not cover another", model.OwnStateOwned,
			[]model.Patent{
				raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 500)}),
				raSvcPatent(2, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 500)}, raPaidR(2020, 250)),
			},
			Eligible, 200, 250, 100, 2},
		{"two payment rows of one year add up", model.OwnStateOwned,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1000)}, raPaidR(2020, 200), raPaidR(2020, 300))},
			Eligible, 600, 500, 100, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.Ownership = c.ownership
			sc.Patents = c.patents
			r := raRule(t, sc, "2021-06-30", "inventor-reward-minimum")
			wantStatus(t, r, c.status)
			if c.ownership == model.OwnPrivate {
				wantReason(t, r, "单位性质：民营", "ownership: Private")
				return
			}
			raWantDetail(t, r, "required_fen", c.required)
			raWantDetail(t, r, "paid_fen", c.paid)
			raWantDetail(t, r, "shortfall_fen", c.short)
			if c.status == Eligible {
				raWantAmounts(t, r, c.required, 0)
			}
			wantReason(t, r, fmt.Sprintf("有最低奖励要求的职务发明收益 %d 条，应发合计 %s", c.rows, money.Fen(c.required).Yuan()),
				fmt.Sprintf("%d service-invention income rows carry a minimum: %s due in all", c.rows, money.Fen(c.required).Yuan()))
			if c.short > 0 {
				wantAdvice(t, r, "应补发奖励报酬", "pay the inventors a further")
			}
		})
	}
}

// §0: every result reports the rule's named details, null when they cannot
// be computed. For a private firm 2.2 names required_fen, paid_fen,
// shortfall_fen and rows.
func TestRulesA_InventorRewardPrivateFirmDetails(t *testing.T) {
	sc := baseFirm()
	sc.Patents = []model.Patent{raSvcPatent(1, model.PatentInvention, "2019-06-01", false,
		[]model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})}
	r := raRule(t, sc, "2021-06-30", "inventor-reward-minimum")
	wantStatus(t, r, Ineligible)
	for _, k := range []string{"required_fen", "paid_fen", "shortfall_fen", "rows"} {
		if _, ok := r.Details[k]; !ok {
			t.Errorf("details lack %q (a detail that cannot be computed is null): %v", k, r.Details)
		}
	}
}

// ---------------------------------------------------------------------------
// 2.3 researcher-leave, 2.4 soe-staff-leave

func TestRulesA_Leave(t *testing.T) {
	type leave struct{ kind, start string }
	cases := []struct {
		name     string
		id       string
		leaves   []leave
		asOf     string
		status   Status
		count    int
		deadline string // of the first person counted
	}{
		{"institute: D = start+3y − 1", "researcher-leave", []leave{{model.LeaveInstitute, "2016-02-29"}}, "2019-02-27", Eligible, 1, "2019-02-28"},
		{"institute: D = start+3y (2016-02-29 → 2019-02-28)", "researcher-leave", []leave{{model.LeaveInstitute, "2016-02-29"}}, "2019-02-28", Eligible, 1, "2019-02-28"},
		{"institute: D = start+3y + 1", "researcher-leave", []leave{{model.LeaveInstitute, "2016-02-29"}}, "2019-03-01", Ineligible, 0, ""},
		{"institute: start on D", "researcher-leave", []leave{{model.LeaveInstitute, "2018-05-10"}}, "2018-05-10", Eligible, 1, "2021-05-10"},
		{"institute: start D+1 (not yet)", "researcher-leave", []leave{{model.LeaveInstitute, "2018-05-11"}}, "2018-05-10", Ineligible, 0, ""},
		{"soe leave does not count as institute", "researcher-leave", []leave{{model.LeaveSOE, "2018-05-10"}}, "2018-06-30", Ineligible, 0, ""},
		{"institute: two people counted", "researcher-leave", []leave{{model.LeaveInstitute, "2018-05-10"}, {model.LeaveInstitute, "2017-01-01"}}, "2018-06-30", Eligible, 2, "2021-05-10"},
		{"institute: one in, one out of the 3 years", "researcher-leave", []leave{{model.LeaveInstitute, "2015-01-01"}, {model.LeaveInstitute, "2017-01-01"}}, "2018-06-30", Eligible, 1, "2020-01-01"},
		{"soe: D = start+3y − 1", "soe-staff-leave", []leave{{model.LeaveSOE, "2016-02-29"}}, "2019-02-27", Eligible, 1, "2019-02-28"},
		{"soe: D = start+3y", "soe-staff-leave", []leave{{model.LeaveSOE, "2016-02-29"}}, "2019-02-28", Eligible, 1, "2019-02-28"},
		{"soe: D = start+3y + 1", "soe-staff-leave", []leave{{model.LeaveSOE, "2016-02-29"}}, "2019-03-01", Ineligible, 0, ""},
		{"soe: start on D", "soe-staff-leave", []leave{{model.LeaveSOE, "2018-05-10"}}, "2018-05-10", Eligible, 1, "2021-05-10"},
		{"soe: start D+1", "soe-staff-leave", []leave{{model.LeaveSOE, "2018-05-11"}}, "2018-05-10", Ineligible, 0, ""},
		{"institute leave does not count as soe", "soe-staff-leave", []leave{{model.LeaveInstitute, "2018-05-10"}}, "2018-06-30", Ineligible, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := raFounded("2016-01-01")
			for k, l := range c.leaves {
				lv := &model.Leave{Kind: l.kind, Start: day(l.start)}
				if k == 0 {
					sc.People[0].LeaveFrom = lv // a founder
				} else {
					addStaff(sc, 1, "2016-06-01", ptrInt(36), func(p *model.Person) { p.LeaveFrom = lv })
				}
			}
			r := raRule(t, sc, c.asOf, c.id)
			wantStatus(t, r, c.status)
			raWantDetail(t, r, "count", c.count)
			wantReason(t, r, fmt.Sprintf("在 3 年期内的离岗人员 %d 人", c.count), fmt.Sprintf("%d people within their 3 years of leave", c.count))
			raWantMissing(t, r)
			if c.deadline == "" {
				return
			}
			wantReason(t, r, c.deadline+" 前可回原单位", "may return until "+c.deadline)
			persons, _ := r.Details["persons"].([]Details)
			if len(persons) != c.count {
				t.Fatalf("persons %v, want %d", r.Details["persons"], c.count)
			}
			if got := persons[0]["return_deadline"]; got != day(c.deadline) {
				t.Errorf("return_deadline %v, want %s", got, c.deadline)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.5 student-study-suspension, 2.6 student-excellent-grant

func TestRulesA_StudentStudySuspension(t *testing.T) {
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		status Status
		zh, en string
	}{
		{"founder in school: may apply", func(sc *model.Scenario) { sc.People[0].InSchool = true }, MayApply, "在校", "in school"},
		{"founder not in school: ineligible", func(sc *model.Scenario) {}, Ineligible, "不在校", "not in school"},
		{"second founder in school: may apply", func(sc *model.Scenario) {
			raAddFounder(sc, func(p *model.Person) { p.InSchool = true })
		}, MayApply, "在校", "in school"},
		{"employee in school only: ineligible", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.InSchool = true })
		}, Ineligible, "不在校", "not in school"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := raRule(t, sc, "2021-06-30", "student-study-suspension")
			wantStatus(t, r, c.status)
			wantReason(t, r, "创办人为在校大学生", "a founder is a student in school")
			wantReason(t, r, c.zh, c.en)
			raWantAmounts(t, r, 0, 0)
		})
	}
}

func TestRulesA_StudentExcellentGrant(t *testing.T) {
	grad := func(g string) func(sc *model.Scenario) {
		return func(sc *model.Scenario) { sc.People[0].Graduated = day(g) }
	}
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		asOf   string
		status Status
		zh, en string
	}{
		{"graduated 2016-02-29, D = end(g,5y) − 1", grad("2016-02-29"), "2021-02-27", MayApply, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"graduated 2016-02-29, D = end(g,5y) = 2021-02-28", grad("2016-02-29"), "2021-02-28", MayApply, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"graduated 2016-02-29, D = end(g,5y) + 1", grad("2016-02-29"), "2021-03-01", Ineligible, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"graduated on D", grad("2021-06-30"), "2021-06-30", MayApply, "2021-06-30 毕业", "graduated 2021-06-30"},
		{"graduated after D: not yet a graduate", grad("2021-07-01"), "2021-06-30", Ineligible, "大学生创业者", "college entrepreneur"},
		{"founder in school", func(sc *model.Scenario) { sc.People[0].InSchool = true }, "2021-06-30", MayApply, "在校学生", "in school"},
		{"employee graduate only: ineligible", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.Graduated = day("2019-07-01") })
		}, "2021-06-30", Ineligible, "未登记毕业日期", "no graduation date"},
		{"second founder graduated within 5 years", func(sc *model.Scenario) {
			raAddFounder(sc, func(p *model.Person) { p.Graduated = day("2019-07-01") })
		}, "2021-06-30", MayApply, "5 年期至 2024-07-01", "5 years until 2024-07-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := raFounded("2016-01-01")
			c.build(sc)
			r := raRule(t, sc, c.asOf, "student-excellent-grant")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				raWantAmounts(t, r, 3_000_000, 5_000_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.7 graduate-rent-subsidy

func TestRulesA_GraduateRentSubsidy(t *testing.T) {
	// Base: founded 2016-02-29 (one year on 2017-02-28), founder graduated
	// 2015-07-01, 5 employees, rents, not in a park.
	base := func() *model.Scenario {
		sc := raFounded("2016-02-29")
		sc.People[0].Graduated = day("2015-07-01")
		addStaff(sc, 5, "2016-03-01", ptrInt(36), nil)
		return sc
	}
	// Base for the 5-year window: founded 2019-04-01, graduated 2016-02-29
	// (5 years on 2021-02-28).
	base5 := func() *model.Scenario {
		sc := baseFirm()
		sc.People[0].Graduated = day("2016-02-29")
		addStaff(sc, 5, "2019-05-01", ptrInt(36), nil)
		return sc
	}
	cases := []struct {
		name    string
		base    func() *model.Scenario
		build   func(sc *model.Scenario)
		asOf    string
		status  Status
		missing []string
		zh, en  string
	}{
		{"all met on end(founded,1y) = 2017-02-28", base, nil, "2017-02-28", MayApply, nil, "满 1 年之日 2017-02-28", "one year on 2017-02-28"},
		{"D = end(founded,1y) − 1: ineligible", base, nil, "2017-02-27", Ineligible, nil, "满 1 年之日 2017-02-28", "one year on 2017-02-28"},
		{"D = end(founded,1y) + 1", base, nil, "2017-03-01", MayApply, nil, "满 1 年之日 2017-02-28", "one year on 2017-02-28"},
		{"4 employees: ineligible", base, func(sc *model.Scenario) { sc.People = sc.People[:5] }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"4 employees + a second founder: founders do not count", base, func(sc *model.Scenario) {
			sc.People = sc.People[:5]
			raAddFounder(sc, nil)
		}, "2017-06-30", Ineligible, nil, "在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"an employee left on D: 4 employees", base, func(sc *model.Scenario) { sc.People[5].Left = day("2017-06-30") }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"an employee leaves D+1: 5 employees", base, func(sc *model.Scenario) { sc.People[5].Left = day("2017-07-01") }, "2017-06-30", MayApply, nil,
			"在职员工（不含创办人）5 人", "5 employees besides founders"},
		{"an employee hired D+1: 4 employees", base, func(sc *model.Scenario) { sc.People[5].Hired = day("2017-07-01") }, "2017-06-30", Ineligible, nil,
			"在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"D = end(graduated,5y) − 1", base5, nil, "2021-02-27", MayApply, nil, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"D = end(graduated,5y) (2016-02-29 → 2021-02-28)", base5, nil, "2021-02-28", MayApply, nil, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"D = end(graduated,5y) + 1: ineligible", base5, nil, "2021-03-01", Ineligible, nil, "5 年期至 2021-02-28", "5 years until 2021-02-28"},
		{"founder in school, not a graduate: ineligible", base, func(sc *model.Scenario) {
			sc.People[0].Graduated = 0
			sc.People[0].InSchool = true
		}, "2017-06-30", Ineligible, nil, "未登记毕业日期", "no graduation date"},
		{"founder graduates after D: ineligible", base, func(sc *model.Scenario) { sc.People[0].Graduated = day("2017-07-01") }, "2017-06-30", Ineligible, nil,
			"未登记毕业日期", "no graduation date"},
		{"in a start-up park: ineligible", base, func(sc *model.Scenario) { sc.Firm.InStartupPark = model.True }, "2017-06-30", Ineligible, nil,
			"入驻创业园区 = 是", "in a park = yes"},
		{"in_startup_park null: missing_data", base, func(sc *model.Scenario) { sc.Firm.InStartupPark = model.Unknown }, "2017-06-30", MissingData,
			[]string{"firm.in_startup_park"}, "入驻创业园区 = 未知", "in a park = unknown"},
		{"does not rent: ineligible", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.False }, "2017-06-30", Ineligible, nil,
			"租用经营场地：否", "rents its premises: no"},
		{"rents_premises null: missing_data", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.Unknown }, "2017-06-30", MissingData,
			[]string{"firm.rents_premises"}, "租用经营场地：未知", "rents its premises: unknown"},
		{"both null: both missing", base, func(sc *model.Scenario) {
			sc.Firm.RentsPremises, sc.Firm.InStartupPark = model.Unknown, model.Unknown
		}, "2017-06-30", MissingData, []string{"firm.in_startup_park", "firm.rents_premises"}, "租用经营场地：未知", "rents its premises: unknown"},
		{"park null but 4 employees: ineligible, nothing missing", base, func(sc *model.Scenario) {
			sc.Firm.InStartupPark = model.Unknown
			sc.People = sc.People[:5]
		}, "2017-06-30", Ineligible, nil, "在职员工（不含创办人）4 人", "4 employees besides founders"},
		{"rents null but before one year: ineligible", base, func(sc *model.Scenario) { sc.Firm.RentsPremises = model.Unknown }, "2017-02-27", Ineligible, nil,
			"满 1 年之日 2017-02-28", "one year on 2017-02-28"},
		{"received on D: ineligible", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-rent-subsidy", Date: day("2017-06-30")}}
		}, "2017-06-30", Ineligible, nil, "已于 2017-06-30 领取过", "already received on 2017-06-30"},
		{"received D+1: ignored", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-rent-subsidy", Date: day("2017-07-01")}}
		}, "2017-06-30", MayApply, nil, "此前未领取过", "not received before"},
		{"another benefit received: not this one", base, func(sc *model.Scenario) {
			sc.Firm.Received = []model.Received{{Benefit: "graduate-eshop-subsidy", Date: day("2017-01-01")}}
		}, "2017-06-30", MayApply, nil, "此前未领取过", "not received before"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := c.base()
			if c.build != nil {
				c.build(sc)
			}
			r := raRule(t, sc, c.asOf, "graduate-rent-subsidy")
			wantStatus(t, r, c.status)
			raWantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				raWantAmounts(t, r, 300_000, 300_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.8 graduate-eshop-subsidy

func TestRulesA_GraduateEshopSubsidy(t *testing.T) {
	cases := []struct {
		name     string
		grad     string
		opened   string // "" no shop
		asOf     string
		received string
		status   Status
		zh, en   string
	}{
		// graduated 2018-07-01: shop window 2017-07-01 … 2019-07-01
		{"opened end(g,−1y) − 1: ineligible", "2018-07-01", "2017-06-30", "2019-12-31", "", Ineligible,
			"网店须在 2017-07-01 至 2019-07-01 间开办", "shop due between 2017-07-01 and 2019-07-01"},
		{"opened end(g,−1y): eligible", "2018-07-01", "2017-07-01", "2019-12-31", "", Eligible, "实际 2017-07-01", "opened 2017-07-01"},
		{"opened end(g,+1y), D = end(opened,6m): eligible", "2018-07-01", "2019-07-01", "2020-01-01", "", Eligible,
			"满 6 个月之日 2020-01-01", "six months on 2020-01-01"},
		{"opened end(g,+1y), D = end(opened,6m) − 1: ineligible", "2018-07-01", "2019-07-01", "2019-12-31", "", Ineligible,
			"满 6 个月之日 2020-01-01", "six months on 2020-01-01"},
		{"opened end(g,+1y) + 1: ineligible", "2018-07-01", "2019-07-02", "2020-06-30", "", Ineligible,
			"网店须在 2017-07-01 至 2019-07-01 间开办", "shop due between 2017-07-01 and 2019-07-01"},
		{"opened 2017-08-31: six months on 2018-02-28, D the day before", "2018-02-01", "2017-08-31", "2018-02-27", "", Ineligible,
			"满 6 个月之日 2018-02-28", "six months on 2018-02-28"},
		{"opened 2017-08-31: six months on 2018-02-28, D that day", "2018-02-01", "2017-08-31", "2018-02-28", "", Eligible,
			"满 6 个月之日 2018-02-28", "six months on 2018-02-28"},
		{"graduated 2020-02-29: from 2019-02-28 (month end), opened that day", "2020-02-29", "2019-02-28", "2020-03-01", "", Eligible,
			"网店须在 2019-02-28 至 2021-02-28 间开办", "shop due between 2019-02-28 and 2021-02-28"},
		{"graduated 2020-02-29: opened 2019-02-27, ineligible", "2020-02-29", "2019-02-27", "2020-03-01", "", Ineligible,
			"网店须在 2019-02-28 至 2021-02-28 间开办", "shop due between 2019-02-28 and 2021-02-28"},
		{"opened 2016-11-14, before the policy: ineligible", "2017-06-30", "2016-11-14", "2017-06-30", "", Ineligible,
			"不早于 2016-11-15", "not before 2016-11-15"},
		{"opened 2016-11-15, policy start: eligible", "2017-06-30", "2016-11-15", "2017-06-30", "", Eligible,
			"不早于 2016-11-15", "not before 2016-11-15"},
		{"graduation after D is ignored: ineligible", "2018-07-01", "2017-08-31", "2018-03-01", "", Ineligible,
			"未登记毕业日期", "no graduation date"},
		{"no shop: ineligible", "2018-07-01", "", "2019-12-31", "", Ineligible, "未开办网店", "no shop"},
		{"shop opened after D: not seen", "2018-07-01", "2019-07-01", "2019-06-30", "", Ineligible, "未开办网店", "no shop"},
		{"received before: ineligible", "2018-07-01", "2017-07-01", "2019-12-31", "2018-06-01", Ineligible,
			"已于 2018-06-01 领取过", "already received on 2018-06-01"},
		{"received after D: ignored", "2018-07-01", "2017-07-01", "2019-12-31", "2020-01-01", Eligible, "此前未领取过", "not received before"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := raFounded("2016-01-01")
			sc.People[0].Graduated = day(c.grad)
			if c.opened != "" {
				sc.Firm.OnlineShopOpened = day(c.opened)
			}
			if c.received != "" {
				sc.Firm.Received = []model.Received{{Benefit: "graduate-eshop-subsidy", Date: day(c.received)}}
			}
			r := raRule(t, sc, c.asOf, "graduate-eshop-subsidy")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.zh, c.en)
			raWantMissing(t, r)
			if c.status == Eligible {
				raWantAmounts(t, r, 200_000, 0)
			}
		})
	}
	// The graduate must be a founder.
	sc := raFounded("2016-01-01")
	sc.Firm.OnlineShopOpened = day("2017-07-01")
	addStaff(sc, 1, "2017-01-01", ptrInt(12), func(p *model.Person) { p.Graduated = day("2018-07-01") })
	wantStatus(t, raRule(t, sc, "2019-12-31", "graduate-eshop-subsidy"), Ineligible)
}

// ---------------------------------------------------------------------------
// 2.9 pioneer-subsidy

func TestRulesA_PioneerSubsidy(t *testing.T) {
	young := validID("19850615", 11) // 35 until 2021-06-14
	old := validID("19700101", 12)
	cases := []struct {
		name    string
		build   func(sc *model.Scenario)
		asOf    string
		status  Status
		missing []string
		zh, en  string
	}{
		{"born 1985-06-15, D the day before the 36th birthday: youth", func(sc *model.Scenario) { sc.People[0].IDNumber = young },
			"2021-06-14", MayApply, nil, "1985-06-15 出生，不满 36 周岁", "born 1985-06-15, under 36"},
		{"born 1985-06-15, D on the 36th birthday: not youth", func(sc *model.Scenario) { sc.People[0].IDNumber = young },
			"2021-06-15", Ineligible, nil, "1985-06-15 出生，已满 36 周岁", "born 1985-06-15, 36 or older"},
		{"id_number null, not a college entrepreneur: missing_data", func(sc *model.Scenario) { sc.People[0].IDNumber = "" },
			"2021-06-30", MissingData, []string{"people[0].id_number"}, "未登记身份证号码", "no ID number"},
		{"id_number null but in school: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			sc.People[0].InSchool = true
		}, "2021-06-30", MayApply, nil, "在校学生", "in school"},
		{"id_number null, another founder young: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			raAddFounder(sc, func(p *model.Person) { p.IDNumber = young })
		}, "2021-06-01", MayApply, nil, "不满 36 周岁", "under 36"},
		{"id_number null, another founder old: missing_data", func(sc *model.Scenario) {
			sc.People[0].IDNumber = ""
			raAddFounder(sc, func(p *model.Person) { p.IDNumber = old })
		}, "2021-06-01", MissingData, []string{"people[0].id_number"}, "已满 36 周岁", "36 or older"},
		{"old founder who graduated within 5 years: may apply", func(sc *model.Scenario) {
			sc.People[0].IDNumber = old
			sc.People[0].Graduated = day("2019-07-01")
		}, "2021-06-30", MayApply, nil, "5 年期至 2024-07-01", "5 years until 2024-07-01"},
		{"old founder, young employee: ineligible", func(sc *model.Scenario) {
			sc.People[0].IDNumber = old
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.IDNumber = young })
		}, "2021-06-01", Ineligible, nil, "已满 36 周岁", "36 or older"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := raRule(t, sc, c.asOf, "pioneer-subsidy")
			wantStatus(t, r, c.status)
			raWantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			if c.status == MayApply {
				raWantAmounts(t, r, 1_000_000, 2_000_000)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.10 youth-guaranteed-loan

func TestRulesA_YouthGuaranteedLoan(t *testing.T) {
	techSME := func(sc *model.Scenario) {
		sc.Firm.Certifications = []model.Certification{{Kind: model.CertTechSME, Issued: day("2020-01-01")}}
	}
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		asOf   string
		status Status
		tech   bool // the 20万 ceiling is mentioned
	}{
		{"graduated 2016-02-29, D = end(g,5y) − 1", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-02-27", Eligible, false},
		{"graduated 2016-02-29, D = end(g,5y)", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-02-28", Eligible, false},
		{"graduated 2016-02-29, D = end(g,5y) + 1", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-03-01", Ineligible, false},
		{"youth (born 1990) but not a college entrepreneur: ineligible", func(sc *model.Scenario) {}, "2021-06-30", Ineligible, false},
		{"in school with no ID number: eligible (age not needed)", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			sc.People[0].IDNumber = ""
		}, "2021-06-30", Eligible, false},
		{"tech SME: reasons give the 200,000 ceiling", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
		}, "2021-06-30", Eligible, true},
		{"tech SME certificate expiring on D: still mentioned", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
			sc.Firm.Certifications[0].Expires = day("2021-06-30")
		}, "2021-06-30", Eligible, true},
		{"tech SME certificate expired D−1: not mentioned", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
			sc.Firm.Certifications[0].Expires = day("2021-06-29")
		}, "2021-06-30", Eligible, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := raRule(t, sc, c.asOf, "youth-guaranteed-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, "大学生创业者", "college entrepreneur")
			raWantMissing(t, r)
			if c.status == Eligible {
				raWantAmounts(t, r, 0, 10_000_000)
			}
			if c.tech {
				if tech := raRule(t, sc, c.asOf, "tech-sme-founder-loan"); tech.Status != Eligible {
					t.Fatalf("setup: tech-sme-founder-loan %s", tech.Status)
				}
				wantReason(t, r, "¥200,000.00", "¥200,000.00")
			} else {
				raNoReason(t, r, "tech-sme-founder-loan", "tech-sme-founder-loan")
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.11 sme-hiring-loan

// hiringFirm is the base firm (software, 2020 revenue 260万: small or
// micro at any staff count in 2021) with old employees hired in 2020 on
// 36-month contracts: staff = 1 + old before any new hire. D is in 2021.
func raHiringFirm(old int) *model.Scenario {
	sc := baseFirm()
	addStaff(sc, old, "2020-01-01", ptrInt(36), nil)
	return sc
}

// hire appends n employees hired on hired with the given contract,
// categories and graduation date ("" none).
func raHire(sc *model.Scenario, n int, hired string, months *int, graduated string, cats ...string) []int {
	return addStaff(sc, n, hired, months, func(p *model.Person) {
		p.Categories = append([]string{}, cats...)
		if graduated != "" {
			p.Graduated = day(graduated)
		}
	})
}

const (
	raCatUnemployed = "registered_unemployed"
	raHiredY        = "2021-03-01"
	raGradBefore    = "2020-07-01"
	raHiringD       = "2021-06-30"
)

func TestRulesA_SmeHiringLoan(t *testing.T) {
	m12, m11, m6 := ptrInt(12), ptrInt(11), ptrInt(6)
	type want struct {
		status                  Status
		staff, pct, nA, nB      int
		extra, extend           int // extend raNilInt = null
		missing                 []string
		adviceGrads, adviceOthr int // 0: not checked
	}
	cases := []struct {
		name  string
		build func() (*model.Scenario, []string) // the scenario and the expected missing paths
		want  want
	}{
		{"(a) exactly 30%: 3 of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
		{"(a) just under 30%: 2 of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		{"(a) exactly 30%: 6 of 20", func() (*model.Scenario, []string) {
			sc := raHiringFirm(13)
			raHire(sc, 6, raHiredY, m12, "", "veteran")
			return sc, nil
		}, want{Eligible, 20, 30, 6, 0, 0, 0, nil, 0, 0}},
		{"(a) just under 30%: 5 of 20", func() (*model.Scenario, []string) {
			sc := raHiringFirm(14)
			raHire(sc, 5, raHiredY, m12, "", "veteran")
			return sc, nil
		}, want{Ineligible, 20, 30, 5, 0, 2, raNilInt, nil, 2, 2}},
		{"(b) exactly 20%: 2 graduates of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, raGradBefore)
			return sc, nil
		}, want{Eligible, 10, 30, 2, 2, 0, 0, nil, 0, 0}},
		{"(b) just under 20%: 2 graduates of 11", func() (*model.Scenario, []string) {
			sc := raHiringFirm(8)
			raHire(sc, 2, raHiredY, m12, raGradBefore)
			return sc, nil
		}, want{Ineligible, 11, 30, 2, 2, 1, raNilInt, nil, 1, 2}},
		{"staff 100: threshold 30, 30 qualifying pass", func() (*model.Scenario, []string) {
			sc := raHiringFirm(69)
			raHire(sc, 30, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 100, 30, 30, 0, 0, 0, nil, 0, 0}},
		{"staff 100: threshold 30, 29 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(70)
			raHire(sc, 29, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 100, 30, 29, 0, 1, raNilInt, nil, 1, 1}},
		{"staff 101: threshold 15, 16 qualifying pass", func() (*model.Scenario, []string) {
			sc := raHiringFirm(84)
			raHire(sc, 16, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 101, 15, 16, 0, 0, 0, nil, 0, 0}},
		{"staff 101: threshold 15, 15 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(85)
			raHire(sc, 15, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 101, 15, 15, 0, 1, raNilInt, nil, 1, 1}},
		{"staff 100, nobody new: graduates push staff over 100 (15% tier)", func() (*model.Scenario, []string) {
			return raHiringFirm(99), nil
		}, want{Ineligible, 100, 30, 0, 0, 18, raNilInt, nil, 18, 18}},
		{"a founder hired in Y is never a new hire", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raAddFounder(sc, func(p *model.Person) {
				p.Hired, p.ContractMonths, p.Graduated, p.Categories = day(raHiredY), m12, day(raGradBefore), []string{raCatUnemployed}
			})
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"returning migrant alone does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"online merchant alone does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatOnlineMerchant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"returning migrant + online merchant: still not", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant, model.CatOnlineMerchant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"no category, not a graduate: does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "")
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"returning migrant who is a graduate qualifies", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, raGradBefore, model.CatReturningMigrant)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 1, 0, 0, nil, 0, 0}},
		{"returning migrant and veteran qualifies", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant, "veteran")
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"graduated the day after hired: not a graduate", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "2021-03-02")
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"graduated on the hiring day: a graduate", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, raHiredY)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 1, 0, 0, nil, 0, 0}},
		{"hired Dec 31 of Y−1: not new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2020-12-31", m12, raGradBefore, raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, raNilInt, nil, 1, 2}},
		{"hired Jan 1 of Y: new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2021-01-01", m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"hired on D: new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiringD, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"hired D+1: neither new nor staff", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2021-07-01", m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 2, 30, 0, 0, 1, raNilInt, nil, 1, 1}},
		{"left on D: not employed", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			i := raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			sc.People[i[0]].Left = day(raHiringD)
			return sc, nil
		}, want{Ineligible, 2, 30, 0, 0, 1, raNilInt, nil, 1, 1}},
		{"leaves D+1: still counted", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			i := raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			sc.People[i[0]].Left = day("2021-07-01")
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"contract 11 months: not new, extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m11, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, 1, nil, 1, 2}},
		{"staff(D) counts founders: 2 founders + 6 + 2 new = 10, 2 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raAddFounder(sc, nil)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		// unknown contract length
		{"null contract_months decides: missing_data, not ineligible", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			i := raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, []string{raPath(i[0], "contract_months")}
		}, want{MissingData, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		{"null contract_months of a graduate decides (b): missing_data", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 1, raHiredY, m12, raGradBefore)
			i := raHire(sc, 1, raHiredY, nil, raGradBefore)
			return sc, []string{raPath(i[0], "contract_months")}
		}, want{MissingData, 10, 30, 1, 1, 2, raNilInt, nil, 2, 3}},
		{"null contract_months but the test already holds: eligible, nothing missing", func() (*model.Scenario, []string) {
			sc := raHiringFirm(5)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
		{"null contract_months that cannot reach the share: ineligible", func() (*model.Scenario, []string) {
			sc := raHiringFirm(17)
			raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 20, 30, 1, 0, 5, raNilInt, nil, 5, 8}},
		{"null contract_months of a non-qualifying hire: not asked", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		// contracts_to_extend
		{"extend 2 short contracts of qualifying hires", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 2, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 1, 0, 3, 2, nil, 3, 3}},
		{"one short contract cannot suffice: null", func() (*model.Scenario, []string) {
			sc := raHiringFirm(8)
			raHire(sc, 1, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 0, 0, 3, raNilInt, nil, 3, 5}},
		{"extending a graduate meets (b) first: 1", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 1, raHiredY, m12, raGradBefore)
			raHire(sc, 1, raHiredY, m6, raGradBefore)
			return sc, nil
		}, want{Ineligible, 10, 30, 1, 1, 2, 1, nil, 2, 3}},
		{"three short graduate contracts: (b) needs 2, (a) 3: 2", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, m6, raGradBefore)
			return sc, nil
		}, want{Ineligible, 10, 30, 0, 0, 3, 2, nil, 3, 5}},
		{"short contract of a returning migrant: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, m6, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		{"short contract hired in Y−1: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, "2020-06-01", m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		{"short contract of someone who left: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			i := raHire(sc, 1, raHiredY, m6, "", raCatUnemployed)
			sc.People[i[0]].Left = day("2021-05-01")
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, raNilInt, nil, 2, 2}},
		{"a test holds: contracts_to_extend 0 despite short contracts", func() (*model.Scenario, []string) {
			sc := raHiringFirm(4)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 2, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc, missing := c.build()
			r := raRule(t, sc, raHiringD, "sme-hiring-loan")
			w := c.want
			wantStatus(t, r, w.status)
			raWantMissing(t, r, missing...)
			raWantDetail(t, r, "staff", w.staff)
			raWantDetail(t, r, "threshold_pct", w.pct)
			raWantDetail(t, r, "new_qualifying", w.nA)
			raWantDetail(t, r, "new_graduates", w.nB)
			raWantDetail(t, r, "extra_hires_needed", w.extra)
			raWantIntOrNil(t, r, "contracts_to_extend", w.extend)
			if w.status == Eligible {
				raWantAmounts(t, r, 0, 200_000_000)
			}
			wantReason(t, r, fmt.Sprintf("(a) 符合条件人员 %d 人，需达到从业人员 %d 人的 %d%%", w.nA, w.staff, w.pct),
				fmt.Sprintf("(a) %d qualifying hires against %d%% of %d staff", w.nA, w.pct, w.staff))
			wantReason(t, r, fmt.Sprintf("(b) 高校毕业生 %d 人，需达到从业人员 %d 人的 20%%", w.nB, w.staff),
				fmt.Sprintf("(b) %d graduate hires against 20%% of %d staff", w.nB, w.staff))
			if w.adviceGrads > 0 {
				wantAdvice(t, r, fmt.Sprintf("再招用 %d 名高校毕业生", w.adviceGrads), fmt.Sprintf("hire %d more graduates in 2021", w.adviceGrads))
				wantAdvice(t, r, fmt.Sprintf("或招用 %d 名其他符合创业担保贷款申请条件的人员", w.adviceOthr),
					fmt.Sprintf("or %d people of the other qualifying categories", w.adviceOthr))
			}
		})
	}
}

// contracts_to_extend null is written as JSON null, 0 as 0.
func TestRulesA_SmeHiringLoanJSONNull(t *testing.T) {
	for _, c := range []struct {
		name string
		sc   *model.Scenario
		want any
	}{
		{"no extendable contract: null", raHiringFirm(9), nil},
		{"test holds: 0", func() *model.Scenario {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, ptrInt(12), "", raCatUnemployed)
			return sc
		}(), float64(0)},
	} {
		data, err := evaluate(t, c.sc, raHiringD).JSON("en")
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			Results []struct {
				ID      string         `json:"id"`
				Details map[string]any `json:"details"`
			} `json:"results"`
		}
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		for _, r := range v.Results {
			if r.ID != "sme-hiring-loan" {
				continue
			}
			got, ok := r.Details["contracts_to_extend"]
			if !ok || got != c.want {
				t.Errorf("%s: contracts_to_extend = %v (present %v), want %v", c.name, got, ok, c.want)
			}
		}
	}
}

// The firm-level conditions: 小微企业 and credit_clean, in Kleene logic.
func TestRulesA_SmeHiringLoanFirmConditions(t *testing.T) {
	passing := func(sc *model.Scenario, staff int) {
		// enough qualifying hires for (a) whatever the tier
		n := (30*staff + 99) / 100
		addStaff(sc, staff-1-n, "2020-01-01", ptrInt(36), nil)
		raHire(sc, n, raHiredY, ptrInt(12), "", raCatUnemployed)
	}
	cases := []struct {
		name    string
		build   func() *model.Scenario
		status  Status
		missing []string
		zh, en  string
	}{
		{"credit_clean false: ineligible", func() *model.Scenario {
			sc := baseFirm()
			sc.Firm.CreditClean = model.False
			passing(sc, 10)
			return sc
		}, Ineligible, nil, "严重失信记录：否", "(unpaid wages or social insurance): no"},
		{"credit_clean null, test holds: missing_data", func() *model.Scenario {
			sc := baseFirm()
			sc.Firm.CreditClean = model.Unknown
			passing(sc, 10)
			return sc
		}, MissingData, []string{"firm.credit_clean"}, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"credit_clean null, test fails: ineligible", func() *model.Scenario {
			sc := raHiringFirm(9)
			sc.Firm.CreditClean = model.Unknown
			return sc
		}, Ineligible, nil, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"credit_clean false, contract unknown: ineligible, nothing missing", func() *model.Scenario {
			sc := raHiringFirm(6)
			sc.Firm.CreditClean = model.False
			raHire(sc, 2, raHiredY, ptrInt(12), "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc
		}, Ineligible, nil, "严重失信记录：否", "(unpaid wages or social insurance): no"},
		{"credit_clean null and contract unknown: both missing", func() *model.Scenario {
			sc := raHiringFirm(6)
			sc.Firm.CreditClean = model.Unknown
			raHire(sc, 2, raHiredY, ptrInt(12), "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc
		}, MissingData, []string{"firm.credit_clean", "people[9].contract_months"}, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"medium firm (other, 100 staff): ineligible", func() *model.Scenario {
			sc := baseFirm()
			sc.Firm.Industry = "other"
			passing(sc, 100)
			return sc
		}, Ineligible, nil, "【不满足】小微企业", "small or micro firm"},
		{"small firm (other, 99 staff): eligible", func() *model.Scenario {
			sc := baseFirm()
			sc.Firm.Industry = "other"
			passing(sc, 99)
			return sc
		}, Eligible, nil, "【满足】小微企业", "small or micro firm"},
		{"size open micro..medium (150 staff, revenue null): missing_data", func() *model.Scenario {
			sc := baseFirm()
			sc.Financials[0].Revenue = nil
			passing(sc, 150)
			return sc
		}, MissingData, []string{"financials[0].revenue_fen"}, "【待补充】小微企业", "small or micro firm"},
		{"size open micro..medium, credit false: ineligible", func() *model.Scenario {
			sc := baseFirm()
			sc.Financials[0].Revenue = nil
			sc.Firm.CreditClean = model.False
			passing(sc, 150)
			return sc
		}, Ineligible, nil, "【待补充】小微企业", "small or micro firm"},
		{"size open micro..small (15 staff, revenue null): still small/micro, eligible", func() *model.Scenario {
			sc := baseFirm()
			sc.Financials[0].Revenue = nil
			passing(sc, 15)
			return sc
		}, Eligible, nil, "【满足】小微企业", "small or micro firm"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := c.build()
			r := raRule(t, sc, raHiringD, "sme-hiring-loan")
			wantStatus(t, r, c.status)
			raWantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			// details are reported whatever the status
			for _, k := range []string{"staff", "threshold_pct", "new_qualifying", "new_graduates", "extra_hires_needed", "contracts_to_extend"} {
				if _, ok := r.Details[k]; !ok {
					t.Errorf("no detail %q", k)
				}
			}
			if sc.Firm.CreditClean == model.False {
				wantAdvice(t, r, "须先结清", "clear unpaid wages")
			}
		})
	}
}

// bruteHolds is RULES.md 2.11's test on lower bounds.
func raBruteHolds(staff, nA, nB int) bool {
	p := 30
	if staff > 100 {
		p = 15
	}
	return (nA >= 1 && nA*100 >= p*staff) || (nB >= 1 && nB*100 >= 20*staff)
}

// bruteExtra is extra_hires_needed by search: graduates add to n_a, n_b
// and staff.
func raBruteExtra(staff, nA, nB int) int {
	if raBruteHolds(staff, nA, nB) {
		return 0
	}
	for k := 1; ; k++ {
		if raBruteHolds(staff+k, nA+k, nB+k) {
			return k
		}
	}
}

// bruteOther is the advice's count of other-category hires (test (a) only).
func raBruteOther(staff, nA int) int {
	for k := 1; ; k++ {
		if raBruteHolds(staff+k, nA+k, 0) {
			return k
		}
	}
}

// extra_hires_needed and the advice match a brute-force search over many
// (staff, n_a, n_b).
func TestRulesA_SmeHiringLoanExtraBruteForce(t *testing.T) {
	var staffs []int
	for s := 1; s <= 25; s++ {
		staffs = append(staffs, s)
	}
	staffs = append(staffs, 33, 34, 49, 50, 51, 66, 67, 85, 86, 90, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 120, 150)
	cases := 0
	for _, staff := range staffs {
		nas := map[int]bool{}
		if staff <= 25 {
			for n := 0; n < staff; n++ {
				nas[n] = true
			}
		} else {
			for _, base := range []int{0, 1, (15*staff + 99) / 100, (20*staff + 99) / 100, (30*staff + 99) / 100} {
				for d := -2; d <= 2; d++ {
					if n := base + d; n >= 0 && n < staff {
						nas[n] = true
					}
				}
			}
		}
		for nA := range nas {
			for nB := range map[int]bool{0: true, 1: true, nA / 2: true, nA - 1: true, nA: true} {
				if nB < 0 || nB > nA {
					continue
				}
				cases++
				sc := raHiringFirm(staff - 1 - nA)
				raHire(sc, nB, raHiredY, ptrInt(12), raGradBefore)
				raHire(sc, nA-nB, raHiredY, ptrInt(24), "", raCatUnemployed)
				name := fmt.Sprintf("staff %d, n_a %d, n_b %d", staff, nA, nB)
				r := raRule(t, sc, raHiringD, "sme-hiring-loan")
				extra := raBruteExtra(staff, nA, nB)
				pct := 30
				if staff > 100 {
					pct = 15
				}
				var bad []string
				check := func(key string, want int) {
					if g, ok := raAsInt(r.Details[key]); !ok || g != int64(want) {
						bad = append(bad, fmt.Sprintf("%s = %v, want %d", key, r.Details[key], want))
					}
				}
				check("staff", staff)
				check("threshold_pct", pct)
				check("new_qualifying", nA)
				check("new_graduates", nB)
				check("extra_hires_needed", extra)
				wantSt := Ineligible
				if extra == 0 {
					wantSt = Eligible
				}
				if r.Status != wantSt {
					bad = append(bad, fmt.Sprintf("status %s, want %s", r.Status, wantSt))
				}
				if extra > 0 {
					other := raBruteOther(staff, nA)
					found := false
					for _, a := range r.Advice {
						if strings.Contains(a.Zh, fmt.Sprintf("再招用 %d 名高校毕业生", extra)) &&
							strings.Contains(a.En, fmt.Sprintf("or %d people of the other qualifying categories", other)) {
							found = true
						}
					}
					if !found {
						bad = append(bad, fmt.Sprintf("advice lacks %d graduates / %d others: %v", extra, other, r.Advice))
					}
				}
				if len(bad) > 0 {
					t.Errorf("%s: %s", name, strings.Join(bad, "; "))
				}
			}
		}
	}
	if cases < 500 {
		t.Errorf("only %d combinations", cases)
	}
}

// Property: adding exactly extra_hires_needed graduate hires (12-month
// contracts, hired in Y on or before D) makes the test pass, and one fewer
// does not.
func TestRulesA_SmeHiringLoanExtraProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(20161115))
	cats := []string{raCatUnemployed, "veteran", "disabled", model.CatReturningMigrant, model.CatOnlineMerchant, "poverty_registered"}
	dates := []string{"2021-01-01", "2021-03-01", raHiringD}
	for n := 0; n < 250; n++ {
		staff := 1 + rng.Intn(150) // people employed before the extra hires
		sc := baseFirm()
		for i := 1; i < staff; i++ {
			var months *int
			switch rng.Intn(6) {
			case 0:
				months = nil // unknown
			case 1:
				months = ptrInt(6)
			default:
				months = ptrInt(12 + rng.Intn(24))
			}
			hired := "2019-06-01"
			if rng.Intn(3) > 0 {
				hired = dates[rng.Intn(len(dates))]
			}
			grad := ""
			if rng.Intn(4) == 0 {
				grad = raGradBefore
			}
			var cs []string
			if rng.Intn(2) == 0 {
				cs = append(cs, cats[rng.Intn(len(cats))])
			}
			raHire(sc, 1, hired, months, grad, cs...)
		}
		if rng.Intn(10) == 0 {
			raAddFounder(sc, nil)
		}
		r := raRule(t, sc, raHiringD, "sme-hiring-loan")
		k64, ok := raAsInt(r.Details["extra_hires_needed"])
		if !ok {
			t.Fatalf("firm %d: extra_hires_needed %v", n, r.Details["extra_hires_needed"])
		}
		k := int(k64)
		desc := fmt.Sprintf("firm %d (%d people, %s)", n, len(sc.People), reasons(r, "en"))
		if k == 0 {
			if r.Status != Eligible {
				t.Errorf("%s: extra 0 but status %s", desc, r.Status)
			}
			continue
		}
		with := func(add int) *Result {
			sc2 := *sc
			sc2.People = slices.Clone(sc.People)
			raHire(&sc2, add, dates[rng.Intn(len(dates))], ptrInt(12), raGradBefore)
			return raRule(t, &sc2, raHiringD, "sme-hiring-loan")
		}
		if r2 := with(k); r2.Status != Eligible {
			t.Errorf("%s: adding %d graduates gives %s, want eligible\n%s", desc, k, r2.Status, reasons(r2, "en"))
		} else {
			raWantDetail(t, r2, "extra_hires_needed", 0)
		}
		if r3 := with(k - 1); r3.Status == Eligible {
			t.Errorf("%s: adding %d graduates (one fewer than %d) is already eligible", desc, k-1, k)
		} else {
			raWantDetail(t, r3, "extra_hires_needed", 1)
		}
	}
}
