package engine

import (
	"reflect"
	"testing"

	"huiqi/model"
	"huiqi/model/demo"
	"huiqi/model/money"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

func TestWhatIfHiresChangeHiringLoan(t *testing.T) {
	sc := demo.Scenario(day("2026-06-30"))
	before, _ := scenario.Encode(sc)
	e := New(params.Default())
	ev, _ := e.Evaluate(sc, day("2026-06-30"))
	r, _ := ev.Result("sme-hiring-loan")
	need := r.Details.(SMEHiringLoanDetails).ExtraHiresNeeded
	if r.Status != Ineligible || need < 1 {
		t.Fatalf("the demo should narrowly fail the hiring loan: %s, %d needed", r.Status, need)
	}
	hires := ExtraHires{Count: need, Graduate: true, ContractMonths: 12, Hired: day("2026-06-30")}
	w, err := e.WhatIf(sc, day("2026-06-30"), hires)
	if err != nil {
		t.Fatal(err)
	}
	var changed *Diff
	for i := range w.Changed {
		if w.Changed[i].Rule.ID == "sme-hiring-loan" {
			changed = &w.Changed[i]
		}
	}
	if changed == nil || changed.After.Status != Eligible || changed.After.AmountMax != 400_000_000 { // 财金〔2023〕75号

		t.Fatalf("hiring %d graduates did not make the loan eligible: %+v", need, w.Changed)
	}
	// One fewer does not.
	hires.Count--
	if hires.Count > 0 {
		w, _ = e.WhatIf(sc, day("2026-06-30"), hires)
		if r, _ := w.After.Result("sme-hiring-loan"); r.Status == Eligible {
			t.Errorf("%d graduates were already enough", hires.Count)
		}
	}
	after, _ := scenario.Encode(sc)
	if string(before) != string(after) {
		t.Error("the what-if changed the scenario it was given")
	}
	if got := hires.Describe().Zh; got == "" {
		t.Error("no description")
	}
}

func TestWhatIfCertification(t *testing.T) {
	sc := rbTechFirm()
	sc.Firm.Certifications = nil
	sc.People[0].Graduated = day("2015-07-01")
	w, err := New(params.Default()).WhatIf(sc, day("2018-06-30"),
		AddCertification{Kind: model.CertTechSME, Issued: day("2018-01-10")})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range w.Changed {
		ids = append(ids, d.Rule.ID)
	}
	if !reflect.DeepEqual(ids, []string{"youth-guaranteed-loan", "tech-sme-founder-loan"}) &&
		!reflect.DeepEqual(ids, []string{"tech-sme-founder-loan"}) {
		t.Errorf("changed rules %v", ids)
	}
	r, _ := w.After.Result("tech-sme-founder-loan")
	// In 2018 the clause raises the 10万 individual ceiling by 10万: the
	// estimate is 100,000 × 4.35% × 2 years = 8,700 yuan.
	if r.Status != Eligible || r.Amount != 870_000 {
		t.Errorf("with the certification: %s %d (estimate: 100,000 × 4.35%% × 2 years = 8,700 yuan)", r.Status, r.Amount)
	}
	if len(sc.Firm.Certifications) != 0 {
		t.Error("the scenario gained a certification")
	}
}

func TestWhatIfRDYear(t *testing.T) {
	sc := baseFirm()
	w, err := New(params.Default()).WhatIf(sc, day("2021-06-30"), AddRDYear{Year: 2020, Project: "新项目",
		Amounts: map[string]money.Fen{model.RDPersonnel: 900_000, model.RDOther: 200_000}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := w.After.Result("rd-super-deduction")
	// cap = 900,000 × 10/90 = 100,000; total 1,000,000 × 75%.
	if r.Status != Eligible || r.Amount != 750_000 || len(w.Changed) != 1 {
		t.Errorf("rd after: %s %d, %d rules changed", r.Status, r.Amount, len(w.Changed))
	}
	if len(sc.RDExpenses) != 0 {
		t.Error("the scenario gained R&D lines")
	}
}

func TestWhatIfRefusesInvalidChange(t *testing.T) {
	_, err := New(params.Default()).WhatIf(baseFirm(), day("2021-06-30"), AddCertification{Kind: "nobel_prize", Issued: day("2021-01-01")})
	if err == nil {
		t.Fatal("an unknown certification kind was accepted")
	}
	if _, ok := err.(model.Errors); !ok {
		t.Errorf("error %T, want validation errors", err)
	}
}

func TestIdleNamesTheChangesThatChangeNothing(t *testing.T) {
	asOf := day("2026-06-30")
	sc := demo.Scenario(asOf)
	e := New(params.Default())
	ev, _ := e.Evaluate(sc, asOf)
	r, _ := ev.Result("sme-hiring-loan")
	need := r.Details.(SMEHiringLoanDetails).ExtraHiresNeeded
	enough := ExtraHires{Count: need, Graduate: true, ContractMonths: 12, Hired: asOf}
	later := ExtraHires{Count: 3, Graduate: true, ContractMonths: 12, Hired: day("2026-07-01")} // the day after: not yet staff
	idle, err := e.Idle(sc, asOf, enough, later)
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true}; !reflect.DeepEqual(idle, want) {
		t.Errorf("idle = %v, want %v: hires of the day count, hires of the day after do not", idle, want)
	}
	if idle, _ = e.Idle(sc, asOf, enough); !reflect.DeepEqual(idle, []bool{false}) {
		t.Errorf("the hires that make the loan eligible are idle %v", idle)
	}
}
