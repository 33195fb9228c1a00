package engine

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/demo"
	"huiqi/model/money"
	"huiqi/model/params"
)

// outcomeKey is what must not depend on record order or on unknowns being
// filled in consistently: status and amounts.
func outcomes(ev *Evaluation) map[string]string {
	m := map[string]string{}
	for _, r := range ev.Results {
		m[r.Rule.ID] = fmt.Sprintf("%s %d %d", r.Status, r.Amount, r.AmountMax)
	}
	return m
}

// The evaluation does not depend on the order of people, expenses, fees,
// loans or investments.
func TestOrderIndependence(t *testing.T) {
	e := New(params.Default())
	rng := rand.New(rand.NewSource(1))
	for _, d := range []string{"2025-03-31", "2026-06-30", "2026-12-31"} {
		sc := demo.Large(day("2026-03-15"), 400, 600)
		want, err := e.Evaluate(sc, day(d))
		if err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 5; round++ {
			shuffled := cloneScenario(sc)
			shuffled.Fees = append([]model.Fee(nil), sc.Fees...)
			shuffled.Loans = append([]model.Loan(nil), sc.Loans...)
			rng.Shuffle(len(shuffled.People), func(i, j int) { shuffled.People[i], shuffled.People[j] = shuffled.People[j], shuffled.People[i] })
			rng.Shuffle(len(shuffled.RDExpenses), func(i, j int) {
				shuffled.RDExpenses[i], shuffled.RDExpenses[j] = shuffled.RDExpenses[j], shuffled.RDExpenses[i]
			})
			rng.Shuffle(len(shuffled.Fees), func(i, j int) { shuffled.Fees[i], shuffled.Fees[j] = shuffled.Fees[j], shuffled.Fees[i] })
			got, err := e.Evaluate(shuffled, day(d))
			if err != nil {
				t.Fatal(err)
			}
			w, g := outcomes(want), outcomes(got)
			for id := range w {
				if w[id] != g[id] {
					t.Errorf("%s on %s: %s before shuffling, %s after", id, d, w[id], g[id])
				}
			}
			if want.SizeClass != got.SizeClass {
				t.Errorf("size %s vs %s", want.SizeClass, got.SizeClass)
			}
		}
	}
}

// Amounts are never negative, whatever the firm: figures in fen of every
// result and detail are checked on randomly varied firms.
func TestAmountsNeverNegative(t *testing.T) {
	e := New(params.Default())
	rng := rand.New(rand.NewSource(2))
	for round := 0; round < 200; round++ {
		sc := randomFirm(rng)
		d := day("2016-11-15").AddDays(rng.Intn(365 * 10))
		ev, err := e.Evaluate(sc, d)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range ev.Results {
			if r.Amount < 0 || r.AmountMax < 0 {
				t.Errorf("%s: amount %d, max %d", r.Rule.ID, r.Amount, r.AmountMax)
			}
			checkNonNegative(t, r.Rule.ID, detailsOf(t, &r))
		}
	}
}

// checkNonNegative walks a result's details as their JSON reads and
// fails on any amount (a key ending in _fen) below zero.
func checkNonNegative(t *testing.T, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, sub := range x {
			if n, ok := asInt(sub); ok && strings.HasSuffix(k, "_fen") && n < 0 {
				t.Errorf("%s.%s = %d", path, k, n)
			}
			checkNonNegative(t, path+"."+k, sub)
		}
	case []any:
		for i, sub := range x {
			checkNonNegative(t, fmt.Sprintf("%s[%d]", path, i), sub)
		}
	}
}

// randomFirm varies the demo firm: founding date, industry, legal form,
// ownership, certifications, taxable income (negative too), loans and fees.
func randomFirm(rng *rand.Rand) *model.Scenario {
	sc := demo.Scenario(day("2017-01-01").AddDays(rng.Intn(365 * 8)))
	inds := model.Industries.Codes()
	sc.Firm.Industry = inds[rng.Intn(len(inds))]
	forms := model.LegalForms.Codes()
	sc.Firm.LegalForm = forms[rng.Intn(len(forms))]
	owns := model.Ownerships.Codes()
	sc.Firm.Ownership = owns[rng.Intn(len(owns))]
	for i := range sc.Financials {
		sc.Financials[i].TaxableIncome = ptrFen(rng.Int63n(200_000_000) - 100_000_000)
	}
	kinds := model.CertKinds.Codes()
	sc.Firm.Certifications = append(sc.Firm.Certifications, model.Certification{
		Kind: kinds[rng.Intn(len(kinds))], Issued: sc.Firm.Founded.AddDays(rng.Intn(900))})
	sc.Investments = append(sc.Investments, model.Investment{Investee: "某科技公司", Unlisted: true, SMEHighTech: true,
		Amount: money.Fen(rng.Int63n(1_000_000_000)), Date: sc.Firm.Founded.AddDays(rng.Intn(700))})
	sc.Loans[0].Amount = money.Fen(rng.Int63n(40_000_000))
	sc.Loans[0].RateBP = rng.Intn(900)
	sc.Loans[0].TermMonths = rng.Intn(60)
	for i := range sc.Fees {
		sc.Fees[i].Standard = money.Fen(rng.Int63n(5_000_000))
		sc.Fees[i].Charged = money.Fen(rng.Int63n(5_000_000))
	}
	for i := range sc.Patents {
		sc.Patents[i].Income = append(sc.Patents[i].Income, model.PatentIncome{Year: sc.Firm.Founded.Year() + 1,
			Kind: model.IncomeKinds.Codes()[rng.Intn(4)], Amount: money.Fen(rng.Int63n(100_000_000))})
	}
	return sc
}

// unknowns are ways to make one field unknown and two ways to know it.
type unknown struct {
	name  string
	apply func(sc *model.Scenario, v int) // v: 0 unknown, 1 and 2 two known values
}

func unknowns(sc *model.Scenario) []unknown {
	tri := func(v int) model.Tri { return []model.Tri{model.Unknown, model.True, model.False}[v] }
	us := []unknown{
		{"credit_clean", func(s *model.Scenario, v int) { s.Firm.CreditClean = tri(v) }},
		{"tax_compliant", func(s *model.Scenario, v int) { s.Firm.TaxCompliant = tri(v) }},
		{"in_startup_park", func(s *model.Scenario, v int) { s.Firm.InStartupPark = tri(v) }},
		{"rents_premises", func(s *model.Scenario, v int) { s.Firm.RentsPremises = tri(v) }},
	}
	for i := range sc.Financials {
		us = append(us,
			unknown{fmt.Sprintf("financials[%d].revenue_fen", i), func(s *model.Scenario, v int) {
				s.Financials[i].Revenue = []*money.Fen{nil, ptrFen(0), ptrFen(1 << 50)}[v]
			}},
			unknown{fmt.Sprintf("financials[%d].taxable_income_fen", i), func(s *model.Scenario, v int) {
				s.Financials[i].TaxableIncome = []*money.Fen{nil, ptrFen(-5_000_000), ptrFen(900_000_000)}[v]
			}})
	}
	for i := range sc.Loans {
		us = append(us, unknown{fmt.Sprintf("loans[%d].repaid_on_time", i), func(s *model.Scenario, v int) { s.Loans[i].RepaidOnTime = tri(v) }})
	}
	for i := range sc.People {
		us = append(us, unknown{fmt.Sprintf("people[%d].contract_months", i), func(s *model.Scenario, v int) {
			s.People[i].ContractMonths = []*int{nil, ptrInt(6), ptrInt(24)}[v]
		}})
		if sc.People[i].Founder {
			id := sc.People[i].IDNumber
			us = append(us, unknown{fmt.Sprintf("people[%d].id_number", i), func(s *model.Scenario, v int) {
				s.People[i].IDNumber = []string{"", validID("19600101", 5), id}[v]
			}})
		}
		if sc.People[i].Talent != nil {
			us = append(us, unknown{fmt.Sprintf("people[%d].talent.home_in_yuxi", i), func(s *model.Scenario, v int) {
				t := *s.People[i].Talent
				t.HomeInYuxi = tri(v)
				s.People[i].Talent = &t
			}})
		}
	}
	return us
}

// Kleene soundness (RULES.md §0): a result reached with a field unknown
// stays the same whatever value the field turns out to have — an unknown is
// never read as false, and never turns ineligible into eligible — and a
// result that changes with the value was missing_data while unknown.
func TestUnknownsAreSound(t *testing.T) {
	e := New(params.Default())
	decided := 0 // unknowns whose value changed some result: the test is not vacuous
	for _, base := range []*model.Scenario{demo.Scenario(day("2026-06-30")), demo.Scenario(day("2026-01-20"))} {
		for _, u := range unknowns(base) {
			var ev [3]*Evaluation
			for v := 0; v < 3; v++ {
				sc := cloneScenario(base)
				sc.Financials = append([]model.Financial(nil), base.Financials...)
				sc.Loans = append([]model.Loan(nil), base.Loans...)
				sc.Firm = base.Firm
				u.apply(sc, v)
				var err error
				if ev[v], err = e.Evaluate(sc, day("2026-06-30")); err != nil {
					t.Fatal(err)
				}
			}
			for i := range ev[0].Results {
				unk, a, b := ev[0].Results[i], ev[1].Results[i], ev[2].Results[i]
				switch unk.Status {
				case Eligible, MayApply, Ineligible:
					if a.Status != unk.Status || b.Status != unk.Status {
						t.Errorf("%s with %s unknown is %s, but %s and %s once known", unk.Rule.ID, u.name, unk.Status, a.Status, b.Status)
					}
				case MissingData:
					if len(unk.Missing) == 0 {
						t.Errorf("%s: missing_data without missing fields", unk.Rule.ID)
					}
					if a.Status != b.Status {
						decided++
					}
				}
			}
		}
	}
	if decided < 5 {
		t.Errorf("only %d unknowns decided a result: the firms do not exercise the rules", decided)
	}
}
