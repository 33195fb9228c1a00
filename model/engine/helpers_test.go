package engine

import (
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Helpers shared by the rule tests: a small valid firm to vary, and
// evaluation shortcuts.

// day parses a literal date.
func day(s string) civil.Date {
	d, err := civil.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ptrInt(i int) *int { return &i }

func ptrFen(f int64) *money.Fen { v := money.Fen(f); return &v }

// baseFirm is a private software company founded 2019-04-01 in Hongta
// District with one founder (p1, born 1990-01-01, no graduation) and the
// 2020 accounts of a small firm (revenue 2.6 million yuan). Tests add what
// their rule needs.
func baseFirm() *model.Scenario {
	return &model.Scenario{
		Firm: model.Firm{
			Name: "测试科技有限公司", USCC: "91530421MA6N8K2P12", LegalForm: model.LegalCompany,
			Ownership: model.OwnPrivate, Founded: day("2019-04-01"), County: "红塔区", Industry: "software_it",
			InStartupPark: model.False, RentsPremises: model.True, TaxCompliant: model.True, CreditClean: model.True,
		},
		Financials: []model.Financial{{Year: 2020, Revenue: ptrFen(260_000_000), TotalAssets: ptrFen(150_000_000), TaxableIncome: ptrFen(6_000_000)}},
		People: []model.Person{{ID: "p1", Name: "创办人", IDNumber: "530402199001010016", Founder: true,
			Hired: day("2019-04-01"), Categories: []string{}}},
	}
}

// validID returns a valid resident ID number for someone born on birth
// (YYYYMMDD) with sequence seq.
func validID(birth string, seq int) string {
	first := "530402" + birth + string(rune('0'+seq/100%10)) + string(rune('0'+seq/10%10)) + string(rune('0'+seq%10))
	c, err := identCheck(first)
	if err != nil {
		panic(err)
	}
	return first + string(c)
}

// addStaff appends n employees hired on hired with the given contract and
// returns their indexes.
func addStaff(sc *model.Scenario, n int, hired string, months *int, mod func(p *model.Person)) []int {
	var idx []int
	for k := 0; k < n; k++ {
		i := len(sc.People)
		p := model.Person{ID: "s" + itoa(i), Name: "员工" + itoa(i), Hired: day(hired), ContractMonths: months,
			Categories: []string{}}
		if mod != nil {
			mod(&p)
		}
		sc.People = append(sc.People, p)
		idx = append(idx, i)
	}
	return idx
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// evaluate runs the engine on sc at date d, failing the test on a
// validation error (test scenarios must be valid input).
func evaluate(t testing.TB, sc *model.Scenario, d string) *Evaluation {
	t.Helper()
	if errs := model.Validate(sc); len(errs) > 0 {
		t.Fatalf("test scenario is invalid: %v", errs)
	}
	ev, err := New(params.Default()).Evaluate(sc, day(d))
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// rule evaluates sc at d and returns one rule's result.
func rule(t testing.TB, sc *model.Scenario, d, id string) *Result {
	t.Helper()
	r, ok := evaluate(t, sc, d).Result(id)
	if !ok {
		t.Fatalf("no result for %s", id)
	}
	return r
}

// wantStatus fails unless r has the status, printing its reasons.
func wantStatus(t testing.TB, r *Result, want Status) {
	t.Helper()
	if r.Status != want {
		t.Errorf("%s: status %s, want %s\n%s", r.Rule.ID, r.Status, want, reasons(r, "en"))
	}
}

// reasons joins a result's reasons in one language.
func reasons(r *Result, lang string) string {
	var b strings.Builder
	for _, x := range r.Reasons {
		b.WriteString(x.In(lang))
		b.WriteByte('\n')
	}
	return b.String()
}

// wantReason fails unless some reason of r contains want in Chinese and
// wantEn in English.
func wantReason(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Reasons {
		if strings.Contains(x.Zh, zh) && strings.Contains(x.En, en) {
			return
		}
	}
	t.Errorf("%s: no reason with %q / %q in:\n%s%s", r.Rule.ID, zh, en, reasons(r, "zh"), reasons(r, "en"))
}

func identCheck(first17 string) (byte, error) { return ident.ResidentIDCheckChar(first17) }

// wantAdvice fails unless some advice of r contains zh in Chinese and en
// in English.
func wantAdvice(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Advice {
		if strings.Contains(x.Zh, zh) && strings.Contains(x.En, en) {
			return
		}
	}
	var b strings.Builder
	for _, x := range r.Advice {
		b.WriteString(x.Zh + " | " + x.En + "\n")
	}
	t.Errorf("%s: no advice with %q / %q in:\n%s", r.Rule.ID, zh, en, b.String())
}
