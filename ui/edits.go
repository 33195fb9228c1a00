package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/store"
)

// commit validates the firm's records with one change applied and, when
// they are valid, stores the change and makes it the app's data. hyp is a
// copy of the scenario carrying the change; persist writes it (one
// transaction). Validation errors are returned for the editor to place.
//
// When some fields of the dialog could not be read (a date that does not
// exist), the record is still checked with the others, so that every
// problem shows at once beside its field; nothing is saved.
func (a *App) commit(hyp *model.Scenario, persist func() error) error {
	if e := a.editor; e != nil && e.failed {
		e.reportOthers(model.Validate(hyp))
		return nil
	}
	if errs := model.Validate(hyp); len(errs) > 0 {
		return errs
	}
	if err := a.guarded(persist); err != nil {
		return err
	}
	a.sc = hyp
	a.changed()
	return nil
}

// withList returns a copy of the scenario whose list (chosen by get) is
// its own, so an edit never touches the data on screen until it is saved.
func withList[T any](sc *model.Scenario, get func(*model.Scenario) *[]T) *model.Scenario {
	c := *sc
	l := get(&c)
	*l = slices.Clone(*l)
	return &c
}

// upsert puts rec at index i of the copied list (appending when i < 0) and
// returns its JSON path.
func upsert[T any](sc *model.Scenario, get func(*model.Scenario) *[]T, name string, i int, rec T) (*model.Scenario, string) {
	c := withList(sc, get)
	l := get(c)
	if i < 0 {
		*l = append(*l, rec)
		i = len(*l) - 1
	} else {
		(*l)[i] = rec
	}
	return c, fmt.Sprintf("%s[%d]", name, i)
}

// remove deletes index i of the copied list.
func remove[T any](sc *model.Scenario, get func(*model.Scenario) *[]T, i int) *model.Scenario {
	c := withList(sc, get)
	l := get(c)
	*l = slices.Delete(*l, i, i+1)
	return c
}

func (a *App) title(new bool, kind string) string {
	if new {
		return lang.L("edit.new") + " " + lang.L(kind)
	}
	return lang.L("edit.edit") + " " + lang.L(kind)
}

// nextPersonID proposes p<N> for a new person, unused so far.
func (a *App) nextPersonID() string {
	used := map[string]bool{}
	for _, p := range a.sc.People {
		used[p.ID] = true
	}
	for n := len(a.sc.People) + 1; ; n++ {
		if id := "p" + strconv.Itoa(n); !used[id] {
			return id
		}
	}
}

func people(sc *model.Scenario) *[]model.Person { return &sc.People }

func (a *App) editPerson(i int) {
	var p model.Person
	if i >= 0 {
		p = a.sc.People[i]
	} else {
		p = model.Person{ID: a.nextPersonID(), Categories: []string{}}
	}
	path := fmt.Sprintf("people[%d]", i)
	if i < 0 {
		path = fmt.Sprintf("people[%d]", len(a.sc.People))
	}
	e := newEditor(a, path)
	id := e.text("id", "field.person_id", p.ID)
	name := e.text("name", "field.name", p.Name)
	idNumber := e.text("id_number", "field.id_number", p.IDNumber)
	founder := e.check("founder", "field.founder", p.Founder)
	hired := e.date("hired", "field.hired", p.Hired, true)
	left := e.date("left", "field.left", p.Left, true)
	months := e.integer("contract_months", "field.contract_months", p.ContractMonths, true)
	graduated := e.date("graduated", "field.graduated", p.Graduated, true)
	inSchool := e.check("in_school", "field.in_school", p.InSchool)
	cats := e.several("categories", "field.categories", model.Categories, p.Categories)
	farmer := e.check("farmer_certificate", "field.farmer_certificate", p.FarmerCertificate)
	e.section("section.employment_certificate")
	var cert model.EmploymentCertificate
	if p.EmploymentCertificate != nil {
		cert = *p.EmploymentCertificate
	}
	certIssued := e.date("employment_certificate.issued", "field.cert_issued", cert.Issued, true)
	certSelf := e.check("employment_certificate.self_employment", "field.cert_self_employment", cert.SelfEmployment)
	e.section("section.talent")
	var talent model.Talent
	if p.Talent != nil {
		talent = *p.Talent
	}
	program := e.choice("talent.program", "field.talent_program", model.TalentPrograms, talent.Program, true)
	years := e.integer("talent.contract_years", "field.talent_years", talent.ContractYears, true)
	home := e.tri("talent.home_in_yuxi", "field.talent_home", talent.HomeInYuxi)
	e.section("section.leave")
	var leave model.Leave
	if p.LeaveFrom != nil {
		leave = *p.LeaveFrom
	}
	leaveKind := e.choice("leave_from.kind", "field.leave_kind", model.LeaveKinds, leave.Kind, true)
	leaveStart := e.date("leave_from.start", "field.leave_start", leave.Start, true)

	save := func() error {
		q := p
		q.ID, q.Name, q.IDNumber, q.Founder = id(), name(), strings.ToUpper(idNumber()), founder()
		q.Hired, q.Left, q.ContractMonths, q.Graduated = hired(), left(), months(), graduated()
		q.InSchool, q.Categories, q.FarmerCertificate = inSchool(), cats(), farmer()
		q.EmploymentCertificate, q.Talent, q.LeaveFrom = nil, nil, nil
		if d := certIssued(); !d.IsZero() {
			q.EmploymentCertificate = &model.EmploymentCertificate{Issued: d, SelfEmployment: certSelf()}
		}
		if prog := program(); prog != "" {
			q.Talent = &model.Talent{Program: prog, ContractYears: years(), HomeInYuxi: home()}
		}
		if k := leaveKind(); k != "" {
			q.LeaveFrom = &model.Leave{Kind: k, Start: leaveStart()}
			if q.LeaveFrom.Start.IsZero() {
				e.fail("leave_from.start", lang.L("error.required"))
			}
		}
		hyp, _ := upsert(a.sc, people, "people", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SavePerson(a.ctx, &q); err != nil {
				return err
			}
			hyp.People[indexOr(i, len(hyp.People)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			if a.named(p.ID) {
				return store.ErrInUse
			}
			return a.commit(remove(a.sc, people, i), func() error { return a.st.DeleteAt(a.ctx, store.People, p.RecordID, p.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.person"), save, del)
}

// named reports whether a patent or loan names the person id, so that the
// person cannot be deleted (the store refuses it too).
func (a *App) named(id string) bool {
	for _, p := range a.sc.Patents {
		if slices.Contains(p.Inventors, id) {
			return true
		}
	}
	for _, l := range a.sc.Loans {
		if l.Borrower == id {
			return true
		}
	}
	return false
}

func indexOr(i, last int) int {
	if i < 0 {
		return last
	}
	return i
}

func patents(sc *model.Scenario) *[]model.Patent { return &sc.Patents }

// incomeLines writes a patent's income or rewards one per line, as they
// are edited: "2018 许可收益 12345.67".
func (a *App) incomeLines(in []model.PatentIncome) string {
	var b strings.Builder
	for _, x := range in {
		fmt.Fprintf(&b, "%d %s %s\n", x.Year, a.label(model.IncomeKinds, x.Kind), x.Amount.Plain())
	}
	return b.String()
}

func parseIncome(s string, e *editor) []model.PatentIncome {
	out := []model.PatentIncome{}
	for n, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			e.fail("income", fmt.Sprintf(lang.L("error.line"), n+1, line))
			continue
		}
		year, err := strconv.Atoi(f[0])
		kind := enumCode(model.IncomeKinds, f[1])
		amount, merr := money.Parse(f[2])
		if err != nil || kind == "" || merr != nil {
			e.fail("income", fmt.Sprintf(lang.L("error.line"), n+1, line))
			continue
		}
		out = append(out, model.PatentIncome{Year: year, Kind: kind, Amount: amount})
	}
	return out
}

func parseRewards(s string, e *editor) []model.RewardPaid {
	out := []model.RewardPaid{}
	for n, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		year, err := strconv.Atoi(f[0])
		var amount money.Fen
		var merr error
		if len(f) == 2 {
			amount, merr = money.Parse(f[1])
		}
		if len(f) != 2 || err != nil || merr != nil {
			e.fail("rewards_paid", fmt.Sprintf(lang.L("error.line"), n+1, line))
			continue
		}
		out = append(out, model.RewardPaid{Year: year, Amount: amount})
	}
	return out
}

// enumCode accepts a code or its Chinese or English name.
func enumCode(e model.Enum, s string) string {
	for _, o := range e.Options() {
		if s == o.Code || s == o.Zh || strings.EqualFold(s, o.En) {
			return o.Code
		}
	}
	return ""
}

func (a *App) editPatent(i int) {
	var p model.Patent
	if i >= 0 {
		p = a.sc.Patents[i]
	} else {
		p = model.Patent{Status: model.StatusPending, Kind: model.PatentInvention, ServiceInvention: true}
	}
	e := newEditor(a, fmt.Sprintf("patents[%d]", indexOr(i, len(a.sc.Patents))))
	number := e.text("number", "field.patent_number", p.Number)
	kind := e.choice("kind", "field.patent_kind", model.PatentKinds, p.Kind, false)
	title := e.text("title", "field.patent_title", p.Title)
	filed := e.date("filed", "field.filed", p.Filed, false)
	granted := e.date("granted", "field.granted", p.Granted, true)
	status := e.choice("status", "field.patent_status", model.PatentStatuses, p.Status, false)
	service := e.check("service_invention", "field.service_invention", p.ServiceInvention)
	agreed := e.check("reward_agreed", "field.reward_agreed", p.RewardAgreed)
	inventors := e.text("inventors", "field.inventors", strings.Join(p.Inventors, ", "))
	income := e.lines("income", "field.income", a.incomeLines(p.Income), lang.L("hint.income"))
	var rw strings.Builder
	for _, r := range p.RewardsPaid {
		fmt.Fprintf(&rw, "%d %s\n", r.Year, r.Amount.Plain())
	}
	rewards := e.lines("rewards_paid", "field.rewards", rw.String(), lang.L("hint.rewards"))
	save := func() error {
		q := p
		q.Number, q.Kind, q.Title, q.Filed, q.Granted = strings.ToUpper(number()), kind(), title(), filed(), granted()
		q.Status, q.ServiceInvention, q.RewardAgreed = status(), service(), agreed()
		q.Inventors = []string{}
		for _, s := range strings.FieldsFunc(inventors(), func(r rune) bool { return r == ',' || r == '，' || r == ' ' || r == '、' }) {
			q.Inventors = append(q.Inventors, s)
		}
		q.Income, q.RewardsPaid = parseIncome(income(), e), parseRewards(rewards(), e)
		hyp, _ := upsert(a.sc, patents, "patents", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SavePatent(a.ctx, &q); err != nil {
				return err
			}
			hyp.Patents[indexOr(i, len(hyp.Patents)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, patents, i), func() error { return a.st.DeleteAt(a.ctx, store.Patents, p.RecordID, p.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.patent"), save, del)
}

func rdList(sc *model.Scenario) *[]model.RDExpense { return &sc.RDExpenses }

func (a *App) editRD(i int) {
	var r model.RDExpense
	if i >= 0 {
		r = a.sc.RDExpenses[i]
	} else {
		r = model.RDExpense{Category: model.RDPersonnel} // no date: today would be a guess
	}
	e := newEditor(a, fmt.Sprintf("rd_expenses[%d]", indexOr(i, len(a.sc.RDExpenses))))
	date := e.date("date", "field.date", r.Date, false)
	project := e.text("project", "field.project", r.Project)
	cat := e.choice("category", "field.rd_category", model.RDCategories, r.Category, false)
	amount := e.yuan("amount_fen", "field.amount", r.Amount, i < 0)
	capz := e.check("capitalized", "field.capitalized", r.Capitalized)
	save := func() error {
		q := r
		q.Date, q.Project, q.Category, q.Amount, q.Capitalized = date(), project(), cat(), amount(), capz()
		hyp, _ := upsert(a.sc, rdList, "rd_expenses", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveRDExpense(a.ctx, &q); err != nil {
				return err
			}
			hyp.RDExpenses[indexOr(i, len(hyp.RDExpenses)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, rdList, i), func() error { return a.st.DeleteAt(a.ctx, store.RDExpenses, r.RecordID, r.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.rd"), save, del)
}

func investments(sc *model.Scenario) *[]model.Investment { return &sc.Investments }

func (a *App) editInvestment(i int) {
	var v model.Investment
	if i >= 0 {
		v = a.sc.Investments[i]
	} else {
		v = model.Investment{Unlisted: true, SMEHighTech: true}
	}
	e := newEditor(a, fmt.Sprintf("investments[%d]", indexOr(i, len(a.sc.Investments))))
	investee := e.text("investee", "field.investee", v.Investee)
	uscc := e.text("investee_uscc", "field.investee_uscc", v.InvesteeUSCC)
	unlisted := e.check("unlisted", "field.unlisted", v.Unlisted)
	hightech := e.check("sme_high_tech", "field.sme_high_tech", v.SMEHighTech)
	startup := e.check("startup_tech", "field.startup_tech", v.StartupTech)
	amount := e.yuan("amount_fen", "field.amount", v.Amount, i < 0)
	date := e.date("date", "field.invest_date", v.Date, false)
	exited := e.date("exited", "field.exited", v.Exited, true)
	save := func() error {
		q := v
		q.Investee, q.InvesteeUSCC, q.Unlisted, q.SMEHighTech = investee(), strings.ToUpper(uscc()), unlisted(), hightech()
		q.StartupTech, q.Amount, q.Date, q.Exited = startup(), amount(), date(), exited()
		hyp, _ := upsert(a.sc, investments, "investments", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveInvestment(a.ctx, &q); err != nil {
				return err
			}
			hyp.Investments[indexOr(i, len(hyp.Investments)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, investments, i), func() error { return a.st.DeleteAt(a.ctx, store.Investments, v.RecordID, v.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.investment"), save, del)
}

func loans(sc *model.Scenario) *[]model.Loan { return &sc.Loans }

func (a *App) editLoan(i int) {
	var l model.Loan
	if i >= 0 {
		l = a.sc.Loans[i]
	} else {
		// Nothing is guessed: the dates, term, rate and repayment come from
		// the loan contract.
		l = model.Loan{Kind: model.LoanGuaranteed, Borrower: model.BorrowerFirm}
	}
	isNew := i < 0
	optInt := func(v *int) *int {
		if isNew {
			return nil
		}
		return v
	}
	e := newEditor(a, fmt.Sprintf("loans[%d]", indexOr(i, len(a.sc.Loans))))
	kind := e.choice("kind", "field.loan_kind", model.LoanKinds, l.Kind, false)
	borrower := e.text("borrower", "field.borrower", l.Borrower)
	amount := e.yuan("amount_fen", "field.amount", l.Amount, i < 0)
	start := e.date("start", "field.start", l.Start, false)
	term := e.integer("term_months", "field.term", optInt(&l.TermMonths), false)
	rate := e.integer("rate_bp", "field.rate_bp", optInt(&l.RateBP), false)
	repaid := e.tri("repaid_on_time", "field.repaid", l.RepaidOnTime)
	save := func() error {
		q := l
		q.Kind, q.Borrower, q.Amount, q.Start = kind(), borrower(), amount(), start()
		if t := term(); t != nil {
			q.TermMonths = *t
		}
		if r := rate(); r != nil {
			q.RateBP = *r
		}
		q.RepaidOnTime = repaid()
		hyp, _ := upsert(a.sc, loans, "loans", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveLoan(a.ctx, &q); err != nil {
				return err
			}
			hyp.Loans[indexOr(i, len(hyp.Loans)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, loans, i), func() error { return a.st.DeleteAt(a.ctx, store.Loans, l.RecordID, l.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.loan"), save, del)
}

func fees(sc *model.Scenario) *[]model.Fee { return &sc.Fees }

func (a *App) editFee(i int) {
	var f model.Fee
	if i >= 0 {
		f = a.sc.Fees[i]
	} else {
		f = model.Fee{Mandatory: true, GovernmentPriced: true} // no date: today would be a guess
	}
	e := newEditor(a, fmt.Sprintf("fees[%d]", indexOr(i, len(a.sc.Fees))))
	date := e.date("date", "field.date", f.Date, false)
	service := e.text("service", "field.service", f.Service)
	mandatory := e.check("mandatory", "field.mandatory", f.Mandatory)
	gov := e.check("government_priced", "field.gov_priced", f.GovernmentPriced)
	standard := e.yuan("standard_fen", "field.standard", f.Standard, i < 0)
	charged := e.yuan("charged_fen", "field.charged", f.Charged, i < 0)
	save := func() error {
		q := f
		q.Date, q.Service, q.Mandatory, q.GovernmentPriced, q.Standard, q.Charged = date(), service(), mandatory(), gov(), standard(), charged()
		hyp, _ := upsert(a.sc, fees, "fees", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveFee(a.ctx, &q); err != nil {
				return err
			}
			hyp.Fees[indexOr(i, len(hyp.Fees)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, fees, i), func() error { return a.st.DeleteAt(a.ctx, store.Fees, f.RecordID, f.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.fee"), save, del)
}
