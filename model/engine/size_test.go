package engine

import (
	"huiqi/model"
	"slices"
	"testing"
)

func TestSizeClass(t *testing.T) {
	const under = -1 // one fen below a bound
	w := func(n int64) *int64 { return raP64(wan(n)) }
	wu := func(n int64) *int64 { return raP64(wan(n) + under) }
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
func TestSizeClassMissingPaths(t *testing.T) {
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
	ev = evaluate(t, raSizeFirm("manufacturing", 500, raP64(wan(100)), nil), "2021-06-30")
	if ev.SizeClass != Micro || len(ev.Size.Missing) != 0 {
		t.Errorf("manufacturing with unknown assets: class %q missing %q, want micro and none", ev.SizeClass, ev.Size.Missing)
	}
}

// The financials row: the latest year from the founding year to Y−1; a firm
// founded in Y uses its year-Y row; rows after Y−1 or before founding are
// ignored. Manufacturing with 25 staff is small with revenue ≥ 300万, micro
// below, so the class shows which row was used.
func TestSizeFinancialsRow(t *testing.T) {
	row := func(year int, revWan int64) model.Financial {
		return model.Financial{Year: year, Revenue: ptrFen(wan(revWan)), TotalAssets: ptrFen(wan(1)), TaxableIncome: ptrFen(0)}
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
			sc := founded(c.founded)
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
