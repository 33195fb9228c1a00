package civil

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"huiqi/model/msg"
)

func mustParse(t *testing.T, s string) Date {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return d
}

func TestNew(t *testing.T) {
	d, err := New(2017, 3, 1)
	if err != nil || d != 20170301 {
		t.Fatalf("New(2017, 3, 1) = %d, %v", d, err)
	}
	if d.Year() != 2017 || d.Month() != 3 || d.Day() != 1 {
		t.Fatalf("fields of %d = %d %d %d", d, d.Year(), d.Month(), d.Day())
	}
	for _, ok := range [][3]int{{2016, 2, 29}, {2000, 2, 29}, {1, 1, 1}, {9999, 12, 31}, {2017, 4, 30}} {
		if _, err := New(ok[0], ok[1], ok[2]); err != nil {
			t.Errorf("New%v: %v", ok, err)
		}
	}
	tests := []struct {
		y, m, d int
		en      string
	}{
		{2017, 2, 29, "date 2017-02-29 does not exist"},
		{1900, 2, 29, "date 1900-02-29 does not exist"},
		{2017, 13, 1, "date 2017-13-01 does not exist"},
		{2017, 0, 1, "date 2017-00-01 does not exist"},
		{2017, 4, 31, "date 2017-04-31 does not exist"},
		{2017, 1, 0, "date 2017-01-00 does not exist"},
		{0, 1, 1, "year 0 is outside 1–9999"},
		{10000, 1, 1, "year 10000 is outside 1–9999"},
	}
	for _, tt := range tests {
		d, err := New(tt.y, tt.m, tt.d)
		var m *msg.Error
		if !errors.As(err, &m) || m.En != tt.en || d != 0 {
			t.Errorf("New(%d, %d, %d) = %d, %v; want error %q", tt.y, tt.m, tt.d, d, err, tt.en)
		}
	}
}

func TestDaysIn(t *testing.T) {
	tests := []struct{ y, m, want int }{
		{1900, 2, 28}, {2000, 2, 29}, {2016, 2, 29}, {2017, 2, 28}, {2100, 2, 28}, {2400, 2, 29},
		{2017, 1, 31}, {2017, 4, 30}, {2017, 12, 31}, {2017, 0, 0}, {2017, 13, 0},
	}
	for _, tt := range tests {
		if got := DaysIn(tt.y, tt.m); got != tt.want {
			t.Errorf("DaysIn(%d, %d) = %d; want %d", tt.y, tt.m, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	if d := mustParse(t, "2017-03-01"); d != 20170301 || d.String() != "2017-03-01" {
		t.Fatalf("Parse = %d (%s)", d, d)
	}
	for _, s := range []string{"", "2017-3-1", "2017/03/01", "20170301", " 2017-03-01", "2017-03-01 ",
		"2017-02-29", "2017-13-01", "2017-04-31", "0000-01-01", "+017-03-01", "2017-0a-01", "２０17-03-01"} {
		d, err := Parse(s)
		var m *msg.Error
		if !errors.As(err, &m) || d != 0 {
			t.Errorf("Parse(%q) = %d, %v; want *msg.Error", s, d, err)
		}
	}
	_, err := Parse("2017/03/01")
	if want := `日期 "2017/03/01" 应写成 YYYY-MM-DD 格式 / date "2017/03/01" must be written as YYYY-MM-DD`; err.Error() != want {
		t.Errorf("error = %q; want %q", err, want)
	}
	_, err = Parse("2017-02-29")
	if want := `日期 "2017-02-29" 不存在 / date "2017-02-29" does not exist`; err.Error() != want {
		t.Errorf("error = %q; want %q", err, want)
	}
}

func TestZero(t *testing.T) {
	var d Date
	if !d.IsZero() || d.String() != "" {
		t.Fatalf("zero date: IsZero %v, String %q", d.IsZero(), d.String())
	}
	if d.AddDays(1) != 0 || d.AddMonths(1) != 0 || d.AddYears(1) != 0 {
		t.Fatal("arithmetic on the zero date must stay zero")
	}
	if d.DaysSince(20170301) != 0 || Date(20170301).DaysSince(d) != 0 {
		t.Fatal("DaysSince with a zero date must be 0")
	}
}

func TestAddYearsMonths(t *testing.T) {
	tests := []struct {
		from      string
		years, ms int
		want      string
	}{
		{"2016-02-29", 1, 0, "2017-02-28"},
		{"2016-02-29", 4, 0, "2020-02-29"},
		{"2020-02-29", -1, 0, "2019-02-28"},
		{"2013-08-31", 0, 6, "2014-02-28"},
		{"2016-01-31", 0, 1, "2016-02-29"},
		{"2017-01-31", 0, 1, "2017-02-28"},
		{"2017-03-31", 0, -1, "2017-02-28"},
		{"2017-12-15", 0, 1, "2018-01-15"},
		{"2018-01-15", 0, -1, "2017-12-15"},
		{"2017-03-31", 0, -13, "2016-02-29"},
		{"2017-05-31", 0, 1, "2017-06-30"},
		{"2017-03-01", 0, 0, "2017-03-01"},
		{"2017-03-01", 3, 0, "2020-03-01"},
		{"2017-03-01", 0, -24, "2015-03-01"},
	}
	for _, tt := range tests {
		d := mustParse(t, tt.from)
		var got Date
		if tt.years != 0 || tt.ms == 0 {
			got = d.AddYears(tt.years)
		} else {
			got = d.AddMonths(tt.ms)
		}
		if got.String() != tt.want {
			t.Errorf("%s + %dy%dm = %s; want %s", tt.from, tt.years, tt.ms, got, tt.want)
		}
	}
	edges := []struct {
		d    Date
		n    int
		want Date
	}{
		{99991231, 1, 0},
		{10101, -1, 0},
		{10201, -1, 10101},
		{20170301, 1 << 40, 0},
		{20170301, -(1 << 40), 0},
	}
	for _, e := range edges {
		if got := e.d.AddMonths(e.n); got != e.want {
			t.Errorf("%d.AddMonths(%d) = %d; want %d", e.d, e.n, got, e.want)
		}
	}
	if got := Date(20170301).AddYears(1 << 40); got != 0 {
		t.Errorf("AddYears(huge) = %d; want 0", got)
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2016-12-31", 1, "2017-01-01"},
		{"2017-01-01", -1, "2016-12-31"},
		{"2016-02-28", 1, "2016-02-29"},
		{"2017-02-28", 1, "2017-03-01"},
		{"2000-02-28", 2, "2000-03-01"},
		{"1900-02-28", 1, "1900-03-01"},
		{"2017-03-01", 365, "2018-03-01"},
		{"2016-03-01", -366, "2015-03-01"},
		{"1970-01-01", 0, "1970-01-01"},
		{"2017-12-20", 20, "2018-01-09"},
		{"0001-01-01", 3652058, "9999-12-31"},
	}
	for _, tt := range tests {
		d := mustParse(t, tt.from)
		got := d.AddDays(tt.n)
		if got.String() != tt.want {
			t.Errorf("%s + %d days = %s; want %s", tt.from, tt.n, got, tt.want)
		}
		if back := got.DaysSince(d); back != tt.n {
			t.Errorf("%s.DaysSince(%s) = %d; want %d", got, d, back, tt.n)
		}
	}
	if got := Date(99991231).AddDays(1); got != 0 {
		t.Errorf("9999-12-31 + 1 = %d; want 0", got)
	}
	if got := Date(10101).AddDays(-1); got != 0 {
		t.Errorf("0001-01-01 - 1 = %d; want 0", got)
	}
	if got := Date(20170301).AddDays(-1 << 50); got != 0 {
		t.Errorf("AddDays(huge) = %d; want 0", got)
	}
}

// TestEveryDay walks the whole supported range one day at a time, checking
// AddDays, DaysSince, ordering and the String/Parse round trip against a
// walk that only knows DaysIn.
func TestEveryDay(t *testing.T) {
	y, m, day := 1, 1, 1
	prev := Date(0)
	start := Date(10101)
	for i := 0; ; i++ {
		want, err := New(y, m, day)
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			if got := prev.AddDays(1); got != want {
				t.Fatalf("%s + 1 = %s; want %s", prev, got, want)
			}
			if !(prev < want) {
				t.Fatalf("%s is not before %s", prev, want)
			}
		}
		if got := want.DaysSince(start); got != i {
			t.Fatalf("%s.DaysSince(0001-01-01) = %d; want %d", want, got, i)
		}
		if got, err := Parse(want.String()); err != nil || got != want {
			t.Fatalf("Parse(%q) = %d, %v", want.String(), got, err)
		}
		prev = want
		if day++; day > DaysIn(y, m) {
			day, m = 1, m+1
			if m > 12 {
				m, y = 1, y+1
			}
		}
		if y > 9999 {
			break
		}
	}
}

func TestAddMonthsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		d := Date(10101).AddDays(r.IntN(3652059))
		n := r.IntN(2401) - 1200
		got := d.AddMonths(n)
		total := d.Year()*12 + d.Month() - 1 + n
		wy, wm := total/12, total%12+1
		if wy < 1 || wy > 9999 {
			if got != 0 {
				t.Fatalf("%s.AddMonths(%d) = %s; want zero", d, n, got)
			}
			continue
		}
		if got.Year() != wy || got.Month() != wm {
			t.Fatalf("%s.AddMonths(%d) = %s; want %04d-%02d", d, n, got, wy, wm)
		}
		if got.Day() > d.Day() || (got.Day() < d.Day() && got.Day() != DaysIn(wy, wm)) {
			t.Fatalf("%s.AddMonths(%d) = %s: wrong day", d, n, got)
		}
		if n%12 == 0 && d.AddYears(n/12) != got {
			t.Fatalf("%s.AddYears(%d) != AddMonths(%d)", d, n/12, n)
		}
	}
}

func TestYearBounds(t *testing.T) {
	if YearStart(2017) != 20170101 || YearEnd(2017) != 20171231 {
		t.Fatalf("YearStart/End(2017) = %d, %d", YearStart(2017), YearEnd(2017))
	}
	if YearStart(0) != 0 || YearEnd(10000) != 0 {
		t.Fatal("out-of-range years must give the zero date")
	}
	if YearEnd(2016).DaysSince(YearStart(2016)) != 365 {
		t.Fatal("2016 should have 366 days")
	}
}

func TestFromTime(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	// 2017-02-28 20:00 UTC is already March 1 in Beijing.
	tm := time.Date(2017, 2, 28, 20, 0, 0, 0, time.UTC)
	if got := FromTime(tm); got != 20170228 {
		t.Errorf("FromTime(UTC) = %s", got)
	}
	if got := FromTime(tm.In(shanghai)); got != 20170301 {
		t.Errorf("FromTime(CST) = %s", got)
	}
	if got := FromTime(time.Time{}); got != 10101 {
		t.Errorf("FromTime(zero time) = %d", got)
	}
	if got := FromTime(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)); got != 0 {
		t.Errorf("FromTime(year 10000) = %d; want 0", got)
	}
	if Today().IsZero() {
		t.Error("Today() is zero")
	}
}

func TestJSON(t *testing.T) {
	type rec struct {
		A Date `json:"a"`
		B Date `json:"b"`
	}
	in := rec{A: 20170301}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"a":"2017-03-01","b":null}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	out := rec{B: 20200101}
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("Unmarshal = %+v, %v", out, err)
	}
	for _, bad := range []string{`"2017-3-1"`, `"2017-02-29"`, `20170301`, `""`, `"2017/03/01"`, `true`} {
		d := Date(20170301)
		err := d.UnmarshalJSON([]byte(bad))
		var m *msg.Error
		if !errors.As(err, &m) {
			t.Errorf("UnmarshalJSON(%s) = %v; want *msg.Error", bad, err)
		}
	}
}
