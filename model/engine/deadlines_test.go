package engine

import (
	"fmt"
	"huiqi/model"
	"slices"
	"strings"
	"testing"
)

func TestSection3Deadlines(t *testing.T) {
	ev := evaluate(t, rbCalendarFirm(), "2020-01-15")
	if !slices.IsSortedFunc(ev.Deadlines, func(a, b Deadline) int { return int(a.Date) - int(b.Date) }) {
		t.Errorf("deadlines not sorted by date: %v", ev.Deadlines)
	}
	has := func(date string, rules ...string) bool {
		for _, d := range ev.Deadlines {
			if d.Date == day(date) && slices.Contains(rules, d.Rule) {
				return true
			}
		}
		return false
	}
	dump := func() string {
		var b strings.Builder
		for _, d := range ev.Deadlines {
			fmt.Fprintf(&b, "  %s %s %s\n", d.Date, d.Rule, d.What.Zh)
		}
		return b.String()
	}
	present := []struct {
		name  string
		date  string
		rules []string
	}{
		{"fee-cap window end: founded + 2 years", "2021-04-15", []string{"startup-fee-cap"}},
		{"firm completes one year", "2020-04-15", []string{"graduate-rent-subsidy"}},
		{"firm completes two years", "2021-04-15", []string{"student-entity-loan"}},
		{"online shop + 6 months (Aug 31 → Feb 29)", "2020-02-29", []string{"graduate-eshop-subsidy"}},
		{"institute leave + 3 years (Feb 29 → Feb 28)", "2019-02-28", []string{"researcher-leave"}},
		{"SOE leave starting on D + 3 years", "2023-01-15", []string{"soe-staff-leave"}},
		{"qualifying investment's 2-year mark", "2021-01-10", []string{"vc-investment-deduction"}},
		{"matured investment's 2-year mark", "2019-06-01", []string{"vc-investment-deduction"}},
		{"self-employment window end: first day of the 37th month", "2022-04-01", []string{"self-employed-tax-deduction"}},
		{"tech-SME certification expiry", "2022-12-31", []string{"tech-sme-founder-loan"}},
		{"high-tech certification expiry", "2023-06-30", []string{"rd-super-deduction"}},
		{"VC certification expiry", "2024-01-01", []string{"vc-investment-deduction"}},
		{"maker-space certification expiry", "2022-05-05", []string{"maker-space-subsidy"}},
		{"graduate founder's 5-year mark", "2022-07-01", []string{"student-excellent-grant", "graduate-rent-subsidy", "youth-guaranteed-loan", "student-entity-loan"}},
		// §3 lists "each investment's 2-year mark", whether it qualifies or not.
		{"listed investee's 2-year mark", "2021-02-01", []string{"vc-investment-deduction"}},
		{"2-year mark of an investment exited before it", "2020-03-01", []string{"vc-investment-deduction"}},
	}
	for _, p := range present {
		if !has(p.date, p.rules...) {
			t.Errorf("%s: no deadline on %s for %v in:\n%s", p.name, p.date, p.rules, dump())
		}
	}
	absent := []struct{ name, date string }{
		{"certification issued after D", "2025-01-01"},
		{"leave starting after D", "2023-01-16"},
		{"non-founder graduate's 5-year mark", "2023-07-01"},
		{"founder graduating after D", "2025-07-01"},
		{"investment dated after D", "2022-02-01"},
	}
	for _, a := range absent {
		for _, d := range ev.Deadlines {
			if d.Date == day(a.date) {
				t.Errorf("%s: unexpected deadline %s %s", a.name, d.Date, d.Rule)
			}
		}
	}
}

func TestSection3DeadlinesShopOpenedAroundD(t *testing.T) {
	for _, c := range []struct {
		name, opened, mark string
		want               bool
	}{
		{"shop opened on D", "2020-01-15", "2020-07-15", true},
		{"shop opened the day after D: not seen", "2020-01-16", "2020-07-16", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.OnlineShopOpened = day(c.opened)
			ev := evaluate(t, sc, "2020-01-15")
			got := false
			for _, d := range ev.Deadlines {
				if d.Rule == "graduate-eshop-subsidy" && d.Date == day(c.mark) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("shop deadline on %s present = %v, want %v", c.mark, got, c.want)
			}
		})
	}
}

// An exit dated after D is ignored (§0): at D the investment is held, so its
// 2-year mark belongs in the calendar.
func TestSection3DeadlinesExitAfterDIgnored(t *testing.T) {
	sc := rbVCFirm()
	in := rbInv("甲公司", "2018-06-30", 10_000_000)
	in.Exited = day("2020-03-01")
	sc.Investments = []model.Investment{in}
	ev := evaluate(t, sc, "2020-01-15")
	for _, d := range ev.Deadlines {
		if d.Rule == "vc-investment-deduction" && d.Date == day("2020-06-30") {
			return
		}
	}
	t.Errorf("no 2-year mark 2020-06-30 for an investment whose exit (2020-03-01) is after D: %v", ev.Deadlines)
}

// ---------------------------------------------------------------------------
// Details in every status
