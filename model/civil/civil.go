// Package civil represents calendar dates without times or time zones, since
// policy deadlines and registration dates are days, not instants.
package civil

import (
	"encoding/json"
	"time"

	"huiqi/model/msg"
)

// Date is a calendar date encoded as yyyymmdd (20170301); the zero value
// means "no date". Integer order is date order, so < and == compare dates.
type Date int32

// New returns the date y-m-d, or an error unless the date exists and
// 1 <= y <= 9999, which keeps String at four-digit years.
func New(y, m, d int) (Date, error) {
	if y < 1 || y > 9999 {
		return 0, msg.Errorf("年份 %d 超出 1–9999 的范围", "year %d is outside 1–9999", y)
	}
	if m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) {
		return 0, msg.Errorf("日期 %04d-%02d-%02d 不存在", "date %04d-%02d-%02d does not exist", y, m, d)
	}
	return Date(y*10000 + m*100 + d), nil
}

// Parse accepts only "YYYY-MM-DD", zero-padded, so that ambiguous forms such
// as "2017-3-1" or "03/01/2017" are rejected rather than guessed at.
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, msg.Errorf("日期 %q 应写成 YYYY-MM-DD 格式", "date %q must be written as YYYY-MM-DD", s)
	}
	var f [3]int
	for i, part := range [3]string{s[0:4], s[5:7], s[8:10]} {
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return 0, msg.Errorf("日期 %q 应写成 YYYY-MM-DD 格式", "date %q must be written as YYYY-MM-DD", s)
			}
			f[i] = f[i]*10 + int(c-'0')
		}
	}
	d, err := New(f[0], f[1], f[2])
	if err != nil {
		return 0, msg.Errorf("日期 %q 不存在", "date %q does not exist", s)
	}
	return d, nil
}

// String returns "2017-03-01", or "" for the zero date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	// By hand rather than fmt: bulk import and export format a date per
	// field, and Sprintf was a tenth of their time.
	y, m, dd := d.Year(), d.Month(), d.Day()
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10),
	}
	return string(b[:])
}

func (d Date) Year() int    { return int(d) / 10000 }
func (d Date) Month() int   { return int(d) / 100 % 100 }
func (d Date) Day() int     { return int(d) % 100 }
func (d Date) IsZero() bool { return d == 0 }

// AddYears returns the same day n years later (earlier for negative n), or
// the last day of that month when it is shorter, as Chinese Civil Code
// arts. 201–202 are read by the project: 2016-02-29 + 1 year is 2017-02-28.
// The result is the zero date when d is zero or the year leaves 1–9999.
func (d Date) AddYears(n int) Date {
	if n < -10000 || n > 10000 {
		return 0
	}
	return d.AddMonths(n * 12)
}

// AddMonths is AddYears for months: 2013-08-31 + 6 months is 2014-02-28.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() || n < -120000 || n > 120000 {
		return 0
	}
	m := d.Year()*12 + d.Month() - 1 + n
	y, mon := m/12, m%12+1
	if y < 1 || y > 9999 {
		return 0
	}
	r, _ := New(y, mon, min(d.Day(), DaysIn(y, mon)))
	return r
}

// AddDays returns the date n days later; the zero date when d is zero or the
// result leaves years 1–9999.
func (d Date) AddDays(n int) Date {
	if d.IsZero() || n < -4000000 || n > 4000000 {
		return 0
	}
	return fromDays(d.days() + n)
}

// DaysSince returns d − e in days. It is 0 when either date is zero, because
// a missing date has no distance to anything.
func (d Date) DaysSince(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return d.days() - e.days()
}

// days counts days since 1970-01-01 in the proleptic Gregorian calendar,
// using Howard Hinnant's days_from_civil so no time.Time (and no zone) is
// involved.
func (d Date) days() int {
	y, m, day := d.Year(), d.Month(), d.Day()
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 here, so truncation is floor
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func fromDays(z int) Date {
	z += 719468
	if z < 0 {
		return 0 // before 0000-03-01, far outside the supported years
	}
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := (mp+2)%12 + 1
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	r, err := New(y, m, day)
	if err != nil {
		return 0
	}
	return r
}

// YearStart returns January 1 of year y, or the zero date outside 1–9999.
func YearStart(y int) Date {
	d, _ := New(y, 1, 1)
	return d
}

// YearEnd returns December 31 of year y, or the zero date outside 1–9999.
func YearEnd(y int) Date {
	d, _ := New(y, 12, 31)
	return d
}

// DaysIn returns the number of days in month m of year y, 0 for a month
// outside 1–12.
func DaysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// FromTime returns the calendar date shown on t's own clock, so a time
// recorded in Beijing stays on its Beijing date. It is the zero date when the
// year is outside 1–9999.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	r, _ := New(y, int(m), d)
	return r
}

// Today is the local calendar date.
func Today() Date { return FromTime(time.Now()) }

// MarshalJSON writes "2017-03-01", and null for the zero date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes and nothing looser.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = 0
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return msg.Errorf("日期应为 JSON 字符串，实际为 %s", "date must be a JSON string, got %s", b)
	}
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
