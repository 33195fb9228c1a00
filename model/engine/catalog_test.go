package engine

import (
	"fmt"
	"strings"
	"testing"

	"huiqi/assets"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/params"
)

// RULES.md §0: "Every result reports … details (the rule's own numbers,
// named below; a detail that cannot be computed is null)". The base firm
// fails these rules; the named keys must still be there.
func TestDetailKeysWhenIneligible(t *testing.T) {
	ev := evaluate(t, baseFirm(), "2021-06-30")
	for id, keys := range map[string][]string{
		"startup-fee-cap":         {"window_end", "counted_fees", "refund_fen"},
		"inventor-reward-minimum": {"required_fen", "paid_fen", "shortfall_fen", "grant_rewards_fen", "rows"},
		"sme-hiring-loan": {"staff", "threshold_pct", "new_qualifying", "new_graduates", "extra_hires_needed",
			"contracts_to_extend", "window_start"},
		"tech-sme-founder-loan": {"extra_principal_fen", "rate_bp", "months", "subsidy_fen", "province_fen", "city_fen",
			"county_fen", "estimated"},
		"student-entity-loan":          {"subsidy_estimate_fen"},
		"high-level-talent-settlement": {"count", "persons"},
		"provincial-talent-funding":    {"count", "persons"},
		"rd-super-deduction": {"tax_year", "rate_pct", "base_fen", "other_fen", "other_cap_fen", "eligible_total_fen",
			"capitalized_fen", "tax_saving_fen", "q4_method"},
		"self-employed-tax-deduction": {"window_start", "window_end", "total_fen", "rows"},
		"vc-investment-deduction":     {"carry_forward_fen", "used_fen", "tax_saving_fen", "rows"},
	} {
		r, _ := ev.Result(id)
		if r.Status.Applies() {
			t.Errorf("%s applies to the base firm", id)
		}
		for _, k := range keys {
			if _, ok := detailsOf(t, r)[k]; !ok {
				t.Errorf("%s (%s): details lack %q (want the value, or null when it cannot be computed): %+v", id, r.Status, k, r.Details)
			}
		}
	}
}

// What a rule is lives on the rule, so that forms and screens never ask
// for its id: every rule of the catalogue, in RULES.md order, has a kind
// and a reading that fit each other, titles and evidence in both
// languages, a note for every evaluation, and amount words and form tables
// that a reader can use.
func TestEveryRuleDescribesItself(t *testing.T) {
	rules := New(params.Default()).Rules()
	ids := model.RuleIDs()
	if len(rules) != len(ids) {
		t.Fatalf("%d rules, RULES.md has %d", len(rules), len(ids))
	}
	kinds := map[string]Kind{
		"startup-fee-cap": Cash, "inventor-reward-minimum": Obligation, "researcher-leave": Procedure,
		"soe-staff-leave": Procedure, "student-study-suspension": Procedure, "student-excellent-grant": Cash,
		"graduate-rent-subsidy": Cash, "graduate-eshop-subsidy": Cash, "pioneer-subsidy": Cash,
		"youth-guaranteed-loan": Loan, "sme-hiring-loan": Loan, "tech-sme-founder-loan": Loan, "student-entity-loan": Loan,
		"new-farmer-preference": Procedure, "high-level-talent-settlement": Cash, "provincial-talent-funding": Cash,
		"rd-super-deduction": Tax, "self-employed-tax-deduction": Tax, "vc-investment-deduction": Tax,
		"patent-priority-exam": Procedure, "ip-pledge-financing": Procedure, "maker-space-subsidy": Cash,
	}
	sc := kitchenSink(day("2021-06-30"), sinkVariant{})
	ev := evaluate(t, sc, "2021-06-30")
	for i, r := range rules {
		if r.ID != ids[i] {
			t.Errorf("rule %d is %s, RULES.md has %s", i, r.ID, ids[i])
		}
		if r.Kind != kinds[r.ID] {
			t.Errorf("%s: kind %s, RULES.md says %s", r.ID, r.Kind, kinds[r.ID])
		}
		if (r.Kind == Procedure) != (r.Reading == NoAmount && r.Words.Any.IsZero()) {
			t.Errorf("%s: kind %s with reading %d", r.ID, r.Kind, r.Reading)
		}
		if r.Title.Zh == "" || r.Title.En == "" || r.Clause == "" || len(r.Evidence) < 3 {
			t.Errorf("%s: title %q / %q, clause %q, %d evidence items", r.ID, r.Title.Zh, r.Title.En, r.Clause, len(r.Evidence))
		}
		res, _ := ev.Result(r.ID)
		if res.Note.Zh == "" || res.Note.En == "" {
			t.Errorf("%s: no note", r.ID)
		}
		if res.Status.Applies() {
			if a := res.AmountText("zh"); a == "" || (r.Kind != Procedure && a == "—") {
				t.Errorf("%s (%s): amount said as %q", r.ID, res.Status, a)
			}
		}
		for _, tab := range r.Form(sc, res) {
			for _, row := range tab.Rows {
				if len(row) != len(tab.Columns) {
					t.Errorf("%s: a form row of %d cells under %d columns", r.ID, len(row), len(tab.Columns))
				}
			}
		}
	}
}

// RULES.md §0 totals: cash adds eligible money but an estimate; possible
// adds the ceilings of money that may apply and loans' subsidies; tax
// saving adds what each eligible deduction saves. A deduction of taxable
// income is never added to money.
func TestTotals(t *testing.T) {
	rs := []Result{
		{Rule: &Rule{Kind: Cash}, Status: Eligible, Amount: 100, AmountMax: 0},
		{Rule: &Rule{Kind: Cash}, Status: Eligible, Amount: 200, AmountMax: 500}, // a range with a certain floor
		{Rule: &Rule{Kind: Cash}, Status: MayApply, Amount: 30, AmountMax: 50},
		{Rule: &Rule{Kind: Cash}, Status: Ineligible},
		{Rule: &Rule{Kind: Loan}, Status: Eligible, Amount: 7, AmountMax: 1_000_000},
		{Rule: &Rule{Kind: Loan}, Status: Eligible, Amount: 9, AmountMax: 1_000_000, Estimated: true},
		{Rule: &Rule{Kind: Loan}, Status: MayApply, Amount: 0, AmountMax: 5_000_000},
		{Rule: &Rule{Kind: Tax}, Status: Eligible, Amount: 80_000, TaxSaving: 20_000},
		{Rule: &Rule{Kind: Tax}, Status: MissingData, Amount: 0, TaxSaving: 0},
		{Rule: &Rule{Kind: Obligation}, Status: Eligible, Amount: 300_000},
	}
	got := Sum(rs)
	want := Totals{Cash: 100 + 200 + 7, CashPossible: 100 + 500 + 50 + 7 + 9, TaxSaving: 20_000}
	if got != want {
		t.Errorf("totals %+v, want %+v", got, want)
	}
}

// RULES.md §0: an evaluation after the day the table was checked carries
// exactly one warning, in both languages at once; on that day none.
func TestCheckedThroughWarning(t *testing.T) {
	for d, n := range map[string]int{"2026-12-01": 0, "2026-12-02": 1, "2030-01-01": 1, "2021-06-30": 0} {
		ev := evaluate(t, baseFirm(), d)
		if len(ev.Warnings) != n || ev.CheckedThrough != day("2026-12-01") {
			t.Errorf("%s: %d warnings, checked through %s", d, len(ev.Warnings), ev.CheckedThrough)
			continue
		}
		const want = "规则核对至 2026-12-01，此后发布的政策调整未纳入 / rules checked through 2026-12-01; later changes are not included."
		if n == 1 && (ev.Warnings[0].Zh != want || ev.Warnings[0].En != want) {
			t.Errorf("warning %q / %q", ev.Warnings[0].Zh, ev.Warnings[0].En)
		}
	}
}

// sinkVariant picks the firm-level choices a rule's rows depend on.
type sinkVariant struct {
	manufacturing, techSME, highTech, state, individual bool
}

// kitchenSink is a firm that touches every rule on d: a student founder,
// graduate and certified staff, hires on d, a founder's loan started on d,
// patents granted on d with income of every kind, R&D lines in the tax
// year, an investment maturing on d and one made on d, leaves, talents,
// fees and taxes.
func kitchenSink(d civil.Date, v sinkVariant) *model.Scenario {
	founded := d.AddYears(-2).AddDays(-10)
	sc := baseFirm()
	f := &sc.Firm
	f.Founded = founded
	f.Industry = pick(v.manufacturing, model.IndustryManufacturing, "software_it")
	f.Ownership = pick(v.state, model.OwnStateOwned, model.OwnPrivate)
	f.LegalForm = pick(v.individual, model.LegalIndividualBusiness, model.LegalCompany)
	f.OnlineShopOpened = d.AddMonths(-7)
	f.Certifications = []model.Certification{{Kind: model.CertVCEnterprise, Issued: founded}, {Kind: model.CertMakerSpace, Issued: founded}}
	if v.techSME {
		f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertTechSME, Issued: founded})
	}
	if v.highTech {
		f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: founded})
	}
	sc.Financials = nil
	for y := founded.Year(); y <= d.Year(); y++ {
		sc.Financials = append(sc.Financials, model.Financial{Year: y, Revenue: ptrFen(wan(800)), TotalAssets: ptrFen(wan(800)),
			TaxableIncome: ptrFen(50_000_000)})
		sc.Taxes = append(sc.Taxes, model.TaxYear{Year: y, VAT: 5_000_000, UrbanConstruction: 100_000, PersonalIncome: 100_000})
	}
	founder := &sc.People[0]
	founder.Hired = founded
	founder.Graduated = d.AddMonths(-6)
	founder.EmploymentCertificate = &model.EmploymentCertificate{Issued: founded.AddDays(-5), SelfEmployment: true}
	founder.FarmerCertificate = true
	addStaff(sc, 6, founded.AddDays(30).String(), ptrInt(36), nil)
	addStaff(sc, 3, d.String(), ptrInt(12), func(p *model.Person) { p.Graduated = d.AddYears(-1) })
	addStaff(sc, 1, founded.String(), ptrInt(60), func(p *model.Person) {
		p.Talent = &model.Talent{Program: model.TalentHighLevel, ContractYears: ptrInt(5), HomeInYuxi: model.True}
	})
	addStaff(sc, 1, founded.String(), ptrInt(60), func(p *model.Person) { p.Talent = &model.Talent{Program: model.TalentProvOverseas} })
	addStaff(sc, 1, d.AddMonths(-1).String(), ptrInt(60), func(p *model.Person) {
		p.LeaveFrom = &model.Leave{Kind: model.LeaveInstitute, Start: d.AddMonths(-1)}
	})
	addStaff(sc, 1, d.AddMonths(-1).String(), ptrInt(60), func(p *model.Person) {
		p.LeaveFrom = &model.Leave{Kind: model.LeaveSOE, Start: d.AddMonths(-1)}
	})
	y := d.Year()
	income := []model.PatentIncome{{Year: y, Kind: model.IncomeTransfer, Amount: 1_000_000}, {Year: y, Kind: model.IncomeLicense, Amount: 1_000_000},
		{Year: y, Kind: model.IncomeEquity, Amount: 1_000_000}, {Year: y, Kind: model.IncomeSelfUseProfit, Amount: 1_000_000}}
	for i, kind := range []string{model.PatentInvention, model.PatentUtilityModel} {
		sc.Patents = append(sc.Patents, model.Patent{Number: rbPatentNo(i + 1), Kind: kind, Title: "专利" + itoa(i), Filed: founded,
			Granted: d, Status: model.StatusGranted, ServiceInvention: true, Inventors: []string{"p1"}, Income: income})
	}
	sc.Patents = append(sc.Patents, model.Patent{Number: rbPatentNo(3), Kind: model.PatentInvention, Title: "在审", Filed: founded,
		Status: model.StatusPending, ServiceInvention: true, Inventors: []string{"p1"}})
	for _, m := range []int{3, 11} {
		for _, cat := range []string{model.RDPersonnel, model.RDOther} {
			sc.RDExpenses = append(sc.RDExpenses, rbRD(fmt.Sprintf("%d-%02d-15", y-1, m), "甲", cat, 1_000_000, false))
		}
	}
	startup := rbInv("初创公司", d.AddYears(-2).String(), 10_000_000)
	startup.SMEHighTech, startup.StartupTech = false, true
	today := rbInv("今日公司", d.String(), 10_000_000)
	today.StartupTech = true
	sc.Investments = []model.Investment{startup, today}
	sc.Loans = []model.Loan{rbLoan("p1", 30_000_000, d.String(), 24, 600)}
	sc.Fees = []model.Fee{{Date: d, Service: "检测", Mandatory: true, GovernmentPriced: true, Standard: 1_000_000, Charged: 1_000_000}}
	return sc
}

// sizeFirm is a firm of the group's first industry whose measures sit
// exactly on the class's lower bounds, so that classifying it compares
// every bound of that class.
func sizeFirm(group, class string, d civil.Date) *model.Scenario {
	tab := params.Default()
	industry := map[string]string{"industrial": model.IndustryManufacturing}[group]
	if industry == "" {
		industry = group
	}
	sc := baseFirm()
	sc.Firm.Industry = industry
	sc.Firm.Founded, sc.People[0].Hired = d.AddYears(-3), d.AddYears(-3)
	bound := func(m string) int64 {
		if p, err := tab.Lookup(params.SizeKey(group, class, m), d); err == nil {
			return p.Value
		}
		return 0
	}
	staff := max(1, int(bound(params.MeasureStaff)))
	addStaff(sc, staff-1, d.AddYears(-1).String(), ptrInt(36), nil)
	sc.Financials = []model.Financial{{Year: d.Year() - 1, Revenue: ptrFen(wan(bound(params.MeasureRevenue))),
		TotalAssets: ptrFen(wan(bound(params.MeasureAssets))), TaxableIncome: ptrFen(0)}}
	return sc
}

// Every row of the parameter table is used by some rule: evaluated on the
// row's own dates (its first and last day, and a year later for the rows
// selected by tax year), some result of some firm lists it in its basis. A
// row no rule reads is dead, and a rule that reads a row without listing it
// hides a figure's document.
func TestEveryParameterRowIsUsed(t *testing.T) {
	tab := params.Default()
	e := New(tab)
	inForce := civil.Date(tab.Get(params.PolicyInForce, 0))
	last := day("2035-12-31")
	var variants []sinkVariant
	for i := 0; i < 32; i++ {
		variants = append(variants, sinkVariant{i&1 != 0, i&2 != 0, i&4 != 0, i&8 != 0, i&16 != 0})
	}
	for _, p := range tab.Rows() {
		var dates []civil.Date
		for _, d := range []civil.Date{p.From, p.From.AddYears(1), p.To, p.To.AddYears(1), p.To.AddDays(-40).AddYears(1)} {
			if !d.IsZero() && d >= inForce && d <= last && (p.To.IsZero() || d <= p.To.AddYears(1)) {
				dates = append(dates, d)
			}
		}
		if len(dates) == 0 {
			dates = []civil.Date{inForce, inForce.AddYears(1)}
		}
		found := false
		for _, d := range dates {
			var firms []*model.Scenario
			if g, class, ok := sizeRow(p.Key); ok {
				firms = []*model.Scenario{sizeFirm(g, class, d)}
			} else {
				for _, v := range variants {
					firms = append(firms, kitchenSink(d, v))
				}
			}
			for _, sc := range firms {
				if errs := model.Validate(sc); len(errs) > 0 {
					t.Fatalf("the test firm for %s on %s is invalid: %v", p.Key, d, errs)
				}
				ev, err := e.Evaluate(sc, d)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range ev.Results {
					for _, b := range r.Basis {
						found = found || (b.Key == p.Key && b.From == p.From)
					}
				}
				if found {
					break
				}
			}
			if found {
				break
			}
		}
		if !found && p.Key != params.CheckedThrough {
			t.Errorf("no rule lists %s (%s, %s) in its basis", p.Key, p.Text("zh"), p.Period("zh"))
		}
	}
}

func sizeRow(key string) (group, class string, ok bool) {
	parts := strings.Split(key, ".")
	if len(parts) != 4 || parts[0] != "size" {
		return "", "", false
	}
	return parts[1], parts[2], true
}

// Every rule names the sentence of its clause it rests on, in words found
// exactly once in the clause, so the app can show that sentence.
func TestEveryRuleFindsTheSentenceItRestsOn(t *testing.T) {
	for _, r := range New(params.Default()).Rules() {
		p, ok := assets.ClausePassage(r.Clause)
		if !ok {
			t.Errorf("%s: no clause %s in the policy text", r.ID, r.Clause)
			continue
		}
		if n := strings.Count(strings.Join(p.Paragraphs, "\n"), r.Rests); r.Rests == "" || n != 1 {
			t.Errorf("%s: %q occurs %d times in clause %s, want once", r.ID, r.Rests, n, r.Clause)
			continue
		}
		para, start, end, _ := p.Find(r.Rests)
		if s := p.Paragraphs[para][start:end]; len([]rune(s)) > 400 {
			t.Errorf("%s: the sentence it rests on is %d characters long", r.ID, len([]rune(s)))
		}
	}
}
