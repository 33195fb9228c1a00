// Package storetest is the contract of store.Store as tests: every record
// type saved, loaded, edited and deleted; imports all or nothing; exports
// that round-trip exactly; history and undo; stale edits refused. The same
// tests run against a file and an office database (model/store's
// contract_test.go), so the two implementations cannot drift apart.
package storetest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/money"
	"huiqi/model/scenario"
	"huiqi/model/store"
)

// Backend makes the stores of one implementation.
type Backend struct {
	// New returns the target (store.Open's argument) of a new store that
	// holds no firm, private to t.
	New func(t *testing.T) string
	// By is who a change to the store at target is recorded as made by
	// (Stamp.By, Change.By); nil for no one.
	By func(target string) string
}

func (b Backend) by(target string) string {
	if b.By == nil {
		return ""
	}
	return b.By(target)
}

var ctx = context.Background()

// Run runs the contract's tests against b.
func Run(t *testing.T, b Backend) {
	for _, c := range []struct {
		name string
		run  func(*testing.T, Backend)
	}{
		{"RoundTrip", roundTrip},
		{"EmptyStore", emptyStore},
		{"ImportRefusesSecondFirm", importRefusesSecondFirm},
		{"FailedReplaceLeavesFirmIntact", failedReplace},
		{"EveryRecordKind", everyRecordKind},
		{"PatentChildren", patentChildren},
		{"FirmLists", firmLists},
		{"Append", appendRecords},
		{"DeleteInUse", deleteInUse},
		{"StaleSaves", staleSaves},
		{"UndoEdit", undoEdit},
		{"UndoAddAndDelete", undoAddAndDelete},
		{"UndoDependencies", undoDependencies},
		{"UndoWholeFirm", undoWholeFirm},
		{"LookAndStamp", lookAndStamp},
		{"Reopen", reopen},
		{"BackupToFile", backupToFile},
	} {
		t.Run(c.name, func(t *testing.T) { c.run(t, b) })
	}
}

// examples is the shared examples' folder, found from this file.
func examples() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "examples")
}

// Example decodes one of the shared example scenarios.
func Example(t testing.TB, name string) *model.Scenario {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examples(), name))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func open(t *testing.T, target string) store.Store {
	t.Helper()
	s, err := store.Open(ctx, target)
	if err != nil {
		t.Fatalf("open %s: %v", store.Redact(target), err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// withFirm opens a new store of b holding the example name.
func withFirm(t *testing.T, b Backend, name string) (store.Store, string) {
	t.Helper()
	target := b.New(t)
	s := open(t, target)
	if err := s.Import(ctx, Example(t, name), false); err != nil {
		t.Fatal(err)
	}
	return s, target
}

// Encode is the scenario's JSON without the store's record ids and
// versions, which a scenario file does not carry.
func Encode(t testing.TB, sc *model.Scenario) string {
	t.Helper()
	data, err := scenario.Encode(sc)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// state is the firm as export writes it ("" for none).
func state(t *testing.T, s store.Store) string {
	t.Helper()
	sc, err := s.Load(ctx)
	if errors.Is(err, store.ErrNoFirm) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return Encode(t, sc)
}

func load(t *testing.T, s store.Store) *model.Scenario {
	t.Helper()
	sc, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// Every shared example and the demo go in and come out as the same JSON,
// without losing a fen or a date; every record has an id.
func roundTrip(t *testing.T, b Backend) {
	files, _ := filepath.Glob(filepath.Join(examples(), "*.json"))
	var cases []*model.Scenario
	for _, f := range files {
		if !strings.HasSuffix(f, ".expected.json") {
			cases = append(cases, Example(t, filepath.Base(f)))
		}
	}
	if len(cases) < 5 {
		t.Fatalf("only %d examples found in %s", len(cases), examples())
	}
	cases = append(cases, demo.Scenario(civil.Date(20260315)))
	s := open(t, b.New(t))
	for i, sc := range cases {
		if err := s.Import(ctx, sc, i > 0); err != nil {
			t.Fatalf("case %d (%s): %v", i, sc.Firm.Name, err)
		}
		got := load(t, s)
		if got.Firm.RecordID == "" || len(got.People) > 0 && got.People[0].RecordID == "" {
			t.Error("loaded records carry no record ids")
		}
		if want, have := Encode(t, sc), Encode(t, got); want != have {
			t.Errorf("case %d (%s) changed in the store:\n%s\nwant\n%s", i, sc.Firm.Name, have, want)
		}
	}
}

func emptyStore(t *testing.T, b Backend) {
	s := open(t, b.New(t))
	if _, err := s.Load(ctx); !errors.Is(err, store.ErrNoFirm) {
		t.Errorf("Load of an empty store: %v, want ErrNoFirm", err)
	}
	if has, err := s.HasFirm(ctx); err != nil || has {
		t.Errorf("HasFirm = %v, %v", has, err)
	}
}

func importRefusesSecondFirm(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	other := Example(t, "vc-fund-ledger.json")
	other.Firm.USCC = load(t, s).Firm.USCC // the same client, in an office
	if err := s.Import(ctx, other, false); !errors.Is(err, store.ErrFirmExists) {
		t.Fatalf("second import: %v, want ErrFirmExists", err)
	}
	if sc := load(t, s); sc.Firm.Name != "玉溪数智软件有限公司" {
		t.Errorf("firm is now %q", sc.Firm.Name)
	}
	if err := s.Import(ctx, other, true); err != nil {
		t.Fatal(err)
	}
	sc := load(t, s)
	if sc.Firm.Name != "玉溪红塔创新投资有限公司" || len(sc.People) != 1 || len(sc.Investments) != 3 {
		t.Errorf("after replace: %s with %d people, %d investments", sc.Firm.Name, len(sc.People), len(sc.Investments))
	}
}

// A replace that fails half-way (the store's own CHECK refuses a row that
// validation would have caught) leaves the old firm untouched.
func failedReplace(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	before := load(t, s)
	bad := Example(t, "hiring-graduates-20pct.json")
	bad.Firm.USCC = before.Firm.USCC
	bad.RDExpenses[len(bad.RDExpenses)-1].Amount = money.Fen(-1)
	if err := s.Import(ctx, bad, true); err == nil {
		t.Fatal("a negative amount was stored")
	}
	if after := load(t, s); !reflect.DeepEqual(before, after) {
		t.Error("the failed replace changed the store")
	}
	if hs, _ := s.History(ctx, 10); len(hs) != 1 {
		t.Errorf("the failed replace left %d history entries", len(hs))
	}
}

// Every kind of record is added, read back, edited and deleted.
func everyRecordKind(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	months, years := 12, 3
	rev := money.Fen(123456)
	p := model.Person{ID: "n1", Name: "新同事", IDNumber: "530421199001010011", Hired: 20210601, ContractMonths: &months,
		Categories: []string{"veteran", "graduate"}, EmploymentCertificate: &model.EmploymentCertificate{Issued: 20210501, SelfEmployment: true},
		Talent: &model.Talent{Program: model.TalentHighLevel, ContractYears: &years, HomeInYuxi: model.False}}
	rd := model.RDExpense{Date: 20210331, Project: "新项目", Category: model.RDPersonnel, Amount: 100, Capitalized: true}
	in := model.Investment{Investee: "玉溪某科技", Unlisted: true, SMEHighTech: true, StartupTech: true, Amount: 500, Date: 20210401}
	fee := model.Fee{Date: 20210301, Service: "检测", Mandatory: true, GovernmentPriced: true, Standard: 10, Charged: 12}
	fin := model.Financial{Year: 2015, Revenue: &rev}
	tax := model.TaxYear{Year: 2015, VAT: 1, UrbanConstruction: 2, EducationSurcharge: 3, LocalEducationSurcharge: 4, PersonalIncome: 5}
	saves := []struct {
		kind string
		save func() error
		id   func() string
	}{
		{store.People, func() error { return s.SavePerson(ctx, &p) }, func() string { return p.RecordID }},
		{store.RDExpenses, func() error { return s.SaveRDExpense(ctx, &rd) }, func() string { return rd.RecordID }},
		{store.Investments, func() error { return s.SaveInvestment(ctx, &in) }, func() string { return in.RecordID }},
		{store.Fees, func() error { return s.SaveFee(ctx, &fee) }, func() string { return fee.RecordID }},
		{store.Financials, func() error { return s.SaveFinancial(ctx, &fin) }, func() string { return fin.RecordID }},
		{store.Taxes, func() error { return s.SaveTax(ctx, &tax) }, func() string { return tax.RecordID }},
	}
	for _, x := range saves {
		if err := x.save(); err != nil {
			t.Fatalf("add %s: %v", x.kind, err)
		}
		if x.id() == "" {
			t.Fatalf("%s: no record id after insert", x.kind)
		}
	}
	l := model.Loan{Kind: model.LoanGuaranteed, Borrower: "n1", Amount: 5, Start: 20210101, TermMonths: 12, RateBP: 400, RepaidOnTime: model.True}
	if err := s.SaveLoan(ctx, &l); err != nil {
		t.Fatal(err)
	}
	sc := load(t, s)
	last := func(n int) int { return n - 1 }
	gotP := sc.People[last(len(sc.People))]
	if gotP.RecordID != p.RecordID || !reflect.DeepEqual(clean(gotP), clean(p)) {
		t.Errorf("person read back as %+v, want %+v", gotP, p)
	}
	if got := sc.RDExpenses[last(len(sc.RDExpenses))]; got.Project != "新项目" || !got.Capitalized || got.Amount != 100 {
		t.Errorf("R&D line read back as %+v", got)
	}
	if got := sc.Investments[last(len(sc.Investments))]; !got.StartupTech || got.Amount != 500 || got.Date != 20210401 {
		t.Errorf("investment read back as %+v", got)
	}
	if got := sc.Loans[last(len(sc.Loans))]; got.Borrower != "n1" || got.RepaidOnTime != model.True || got.RateBP != 400 {
		t.Errorf("loan read back as %+v", got)
	}
	if got := sc.Fees[last(len(sc.Fees))]; got.Charged != 12 || !got.Mandatory {
		t.Errorf("fee read back as %+v", got)
	}
	if got := sc.Financials[last(len(sc.Financials))]; got.Year != 2015 || got.Revenue == nil || *got.Revenue != rev || got.TotalAssets != nil {
		t.Errorf("financial read back as %+v", got)
	}
	if got := sc.Taxes[last(len(sc.Taxes))]; got != tax {
		t.Errorf("tax read back as %+v, want %+v", got, tax)
	}
	// Edits land, each at a new version.
	p.Name, p.Talent = "王新", nil
	rd.Amount, in.Exited, fee.Charged, tax.VAT = 200, 20220101, 10, 9
	l.RepaidOnTime = model.Unknown
	v := p.Version
	for _, save := range []func() error{
		func() error { return s.SavePerson(ctx, &p) }, func() error { return s.SaveRDExpense(ctx, &rd) },
		func() error { return s.SaveInvestment(ctx, &in) }, func() error { return s.SaveFee(ctx, &fee) },
		func() error { return s.SaveTax(ctx, &tax) }, func() error { return s.SaveLoan(ctx, &l) },
	} {
		if err := save(); err != nil {
			t.Fatal(err)
		}
	}
	if p.Version != v+1 {
		t.Errorf("version after an edit: %d, want %d", p.Version, v+1)
	}
	sc = load(t, s)
	if got := sc.People[last(len(sc.People))]; got.Name != "王新" || got.Talent != nil || got.Version != p.Version {
		t.Errorf("edited person: %+v", got)
	}
	if sc.RDExpenses[last(len(sc.RDExpenses))].Amount != 200 || sc.Investments[last(len(sc.Investments))].Exited != 20220101 ||
		sc.Fees[last(len(sc.Fees))].Charged != 10 || sc.Taxes[last(len(sc.Taxes))].VAT != 9 ||
		sc.Loans[last(len(sc.Loans))].RepaidOnTime != model.Unknown {
		t.Error("an edit did not land")
	}
	// Deletes: the loan before the person it names.
	if err := s.Delete(ctx, store.Loans, l.RecordID); err != nil {
		t.Fatal(err)
	}
	for _, x := range saves {
		if err := s.Delete(ctx, x.kind, x.id()); err != nil {
			t.Fatalf("delete %s: %v", x.kind, err)
		}
		if err := s.Delete(ctx, x.kind, x.id()); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("second delete of %s: %v", x.kind, err)
		}
	}
	if got, want := state(t, s), Encode(t, Example(t, "tech-startup-2021.json")); got != want {
		t.Errorf("after deleting what was added:\n%s\nwant\n%s", got, want)
	}
	if err := s.SavePerson(ctx, &model.Person{RecordID: "no-such-id", ID: "x", Name: "x", Categories: []string{}}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("update of a missing record: %v", err)
	}
}

// clean is a person without the store's id and version.
func clean(p model.Person) model.Person {
	p.RecordID, p.Version = "", 0
	return p
}

func patentChildren(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "soe-patent-rewards.json")
	sc := load(t, s)
	p := sc.Patents[0]
	p.Inventors = []string{"e2"}
	p.RewardsPaid = append(p.RewardsPaid, model.RewardPaid{Year: 2019, Amount: 123})
	if err := s.SavePatent(ctx, &p); err != nil {
		t.Fatal(err)
	}
	got := load(t, s).Patents[0]
	if len(got.Inventors) != 1 || got.Inventors[0] != "e2" || len(got.RewardsPaid) != len(sc.Patents[0].RewardsPaid)+1 ||
		got.RewardsPaid[len(got.RewardsPaid)-1].Amount != 123 || len(got.Income) != len(sc.Patents[0].Income) {
		t.Errorf("patent after save: %+v", got)
	}
	if err := s.Delete(ctx, store.Patents, p.RecordID); err != nil {
		t.Fatal(err)
	}
	if n := len(load(t, s).Patents); n != len(sc.Patents)-1 {
		t.Errorf("%d patents after a delete", n)
	}
}

func firmLists(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	f := load(t, s).Firm
	f.Name = "玉溪数智科技有限公司"
	f.CreditClean = model.Unknown
	f.Address = "玉溪市红塔区"
	f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: 20210101, Expires: 20231231})
	if err := s.SaveFirm(ctx, &f, 20210701); err != nil {
		t.Fatal(err)
	}
	sc := load(t, s)
	if sc.Firm.Name != "玉溪数智科技有限公司" || sc.Firm.CreditClean != model.Unknown || sc.Firm.Address != "玉溪市红塔区" ||
		len(sc.Firm.Certifications) != 2 || sc.Firm.Certifications[1].Expires != 20231231 || sc.AsOf != 20210701 {
		t.Errorf("firm after save: %+v, as_of %s", sc.Firm, sc.AsOf)
	}
	if sc.Firm.Version != f.Version {
		t.Errorf("firm version %d, the save said %d", sc.Firm.Version, f.Version)
	}
}

func appendRecords(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	add := &model.Scenario{
		RDExpenses: []model.RDExpense{{Date: 20210331, Project: "新项目", Category: model.RDPersonnel, Amount: money.Fen(100)}},
		Loans:      []model.Loan{{Kind: model.LoanGuaranteed, Borrower: "e2", Amount: 5, Start: 20210101, TermMonths: 12, RateBP: 400}},
	}
	if err := s.Append(ctx, add); err != nil {
		t.Fatal(err)
	}
	sc := load(t, s)
	if len(sc.RDExpenses) != 5 || sc.RDExpenses[4].Project != "新项目" || len(sc.Loans) != 2 || sc.Loans[1].Borrower != "e2" {
		t.Errorf("after append: %d R&D lines, %d loans (%+v)", len(sc.RDExpenses), len(sc.Loans), sc.Loans)
	}
	// Prepared against the firm as it is; a refusal writes nothing.
	refused := errors.New("refused")
	if err := s.AppendPrepared(ctx, func(existing *model.Scenario) (*model.Scenario, error) {
		if len(existing.RDExpenses) != 5 {
			t.Errorf("prepare saw %d R&D lines", len(existing.RDExpenses))
		}
		return nil, refused
	}); !errors.Is(err, refused) {
		t.Errorf("a refused append: %v", err)
	}
	if n := len(load(t, s).RDExpenses); n != 5 {
		t.Errorf("%d R&D lines after a refused append", n)
	}
	empty := open(t, b.New(t))
	if err := empty.Append(ctx, add); !errors.Is(err, store.ErrNoFirm) {
		t.Errorf("append to an empty store: %v", err)
	}
}

// A person named on a loan cannot be deleted.
func deleteInUse(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	sc := load(t, s)
	if err := s.Delete(ctx, store.People, sc.People[0].RecordID); !errors.Is(err, store.ErrInUse) {
		t.Errorf("deleting a borrower: %v", err)
	}
	if n := len(load(t, s).People); n != len(sc.People) {
		t.Errorf("%d people after a refused delete", n)
	}
}

// Two windows (or seats) on one store: a save made from a record read
// before the other's save is refused, whatever the kind; the other's
// change stays, and the refused one sees it.
func staleSaves(t *testing.T, b Backend) {
	a, target := withFirm(t, b, "tech-startup-2021.json")
	other := open(t, target)
	scA, scB := load(t, a), load(t, other)
	if changed, err := a.ExternalChange(ctx); err != nil || changed {
		t.Fatalf("no one else wrote yet: %v %v", changed, err)
	}
	pb := scB.People[0]
	pb.Name = "乙窗口"
	if err := other.SavePerson(ctx, &pb); err != nil {
		t.Fatal(err)
	}
	if changed, _ := a.ExternalChange(ctx); !changed {
		t.Error("a did not notice b's save")
	}
	if changed, _ := other.ExternalChange(ctx); changed {
		t.Error("b took its own save for someone else's")
	}
	pa := scA.People[0]
	pa.Name = "甲窗口"
	if err := a.SavePerson(ctx, &pa); !errors.Is(err, store.ErrStale) {
		t.Errorf("stale person save: %v", err)
	}
	if err := a.DeleteAt(ctx, store.People, pa.RecordID, pa.Version); !errors.Is(err, store.ErrStale) {
		t.Errorf("stale delete: %v", err)
	}
	if err := a.SaveFirm(ctx, &scA.Firm, scA.AsOf); err != nil {
		t.Errorf("the firm was not changed, its save must go through: %v", err)
	}
	if err := other.SaveFirm(ctx, &scB.Firm, scB.AsOf); !errors.Is(err, store.ErrStale) {
		t.Errorf("stale firm save: %v", err)
	}
	rd := scA.RDExpenses[0]
	if err := other.Delete(ctx, store.RDExpenses, rd.RecordID); err != nil {
		t.Fatal(err)
	}
	rd.Amount++
	if err := a.SaveRDExpense(ctx, &rd); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("save of a record deleted by another window: %v", err)
	}
	if sc := load(t, a); sc.People[0].Name != "乙窗口" || sc.People[0].Version != 2 {
		t.Errorf("stored person %q version %d", sc.People[0].Name, sc.People[0].Version)
	}
	// A replace by the other moves the firm on: a's old firm is stale.
	fresh := load(t, a)
	repl := Example(t, "vc-fund-ledger.json")
	repl.Firm.USCC = fresh.Firm.USCC
	if err := other.Import(ctx, repl, true); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveFirm(ctx, &fresh.Firm, fresh.AsOf); !errors.Is(err, store.ErrStale) {
		t.Errorf("saving the firm over a replace: %v", err)
	}
}

func lastChange(t *testing.T, s store.Store) store.Change {
	t.Helper()
	hs, err := s.History(ctx, 1)
	if err != nil || len(hs) == 0 {
		t.Fatalf("history: %v, %v", hs, err)
	}
	return hs[0]
}

func undoLast(t *testing.T, s store.Store) {
	t.Helper()
	c, ok, err := s.LastUndoable(ctx)
	if err != nil || !ok {
		t.Fatalf("nothing to undo: %v", err)
	}
	if err := s.Undo(ctx, c.ID); err != nil {
		t.Fatalf("undo %+v: %v", c, err)
	}
}

func undoEdit(t *testing.T, b Backend) {
	s, target := withFirm(t, b, "tech-startup-2021.json")
	if c := lastChange(t, s); c.Action != store.ActionImport || c.Kind != store.KindAll || c.Label != "玉溪数智软件有限公司" || c.By != b.by(target) {
		t.Errorf("the import: %+v", c)
	}
	before := state(t, s)
	p := load(t, s).People[1]
	p.Hired = 20190701
	months := 48
	p.ContractMonths = &months
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	c := lastChange(t, s)
	if c.Action != store.ActionEdit || c.Kind != store.People || c.RecordID != p.RecordID || c.Label != "e2 工程师2" ||
		!reflect.DeepEqual(c.Fields, []string{"people[].contract_months", "people[].hired"}) {
		t.Fatalf("the edit: %+v", c)
	}
	if err := s.Undo(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := state(t, s); got != before {
		t.Errorf("after undo:\n%s\nwant\n%s", got, before)
	}
	if v := load(t, s).People[1].Version; v <= p.Version {
		t.Errorf("version %d after undo, the edit had %d", v, p.Version)
	}
	if err := s.SavePerson(ctx, &p); !errors.Is(err, store.ErrStale) {
		t.Errorf("saving from before the undo: %v", err)
	}
	hs, _ := s.History(ctx, 10)
	if hs[0].Action != store.ActionUndo || hs[0].UndoOf != c.ID || hs[1].UndoneBy != hs[0].ID {
		t.Errorf("history after undo: %+v", hs[:2])
	}
	if err := s.Undo(ctx, c.ID); !errors.Is(err, store.ErrCannotUndo) {
		t.Errorf("undoing twice: %v", err)
	}
	if err := s.Undo(ctx, hs[0].ID); !errors.Is(err, store.ErrCannotUndo) {
		t.Errorf("undoing an undo: %v", err)
	}
	// Saving a record unchanged writes no history.
	n := len(mustHistory(t, s))
	q := load(t, s).People[2]
	if err := s.SavePerson(ctx, &q); err != nil {
		t.Fatal(err)
	}
	if got := len(mustHistory(t, s)); got != n {
		t.Errorf("%d entries after an unchanged save, want %d", got, n)
	}
}

func mustHistory(t *testing.T, s store.Store) []store.Change {
	t.Helper()
	hs, err := s.History(ctx, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}

// Adds and deletes of every kind undo to the state before; a patent's
// children and the firm's lists come back with their record.
func undoAddAndDelete(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "soe-patent-rewards.json")
	before := state(t, s)
	months := 12
	p := model.Person{ID: "n1", Name: "新人", Hired: 20210601, ContractMonths: &months, Categories: []string{}}
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Action != store.ActionAdd || c.Label != "n1 新人" {
		t.Errorf("the add: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the add:\n%s", got)
	}
	sc := load(t, s)
	var dels []struct{ kind, id string }
	dels = append(dels, struct{ kind, id string }{store.Patents, sc.Patents[0].RecordID})
	if len(sc.RDExpenses) > 0 {
		dels = append(dels, struct{ kind, id string }{store.RDExpenses, sc.RDExpenses[0].RecordID})
	}
	if len(sc.Financials) > 0 {
		dels = append(dels, struct{ kind, id string }{store.Financials, sc.Financials[0].RecordID})
	}
	for _, del := range dels {
		if err := s.Delete(ctx, del.kind, del.id); err != nil {
			t.Fatalf("%s: %v", del.kind, err)
		}
		if c := lastChange(t, s); c.Action != store.ActionDelete || c.Kind != del.kind || c.Label == "" {
			t.Errorf("the delete: %+v", c)
		}
		undoLast(t, s)
		if got := state(t, s); got != before {
			t.Errorf("after undoing the delete of %s:\n%s", del.kind, got)
		}
	}
	pt := load(t, s).Patents[0]
	pt.Inventors = []string{"e2"}
	pt.Income = append(pt.Income, model.PatentIncome{Year: 2019, Kind: model.IncomeLicense, Amount: 100})
	if err := s.SavePatent(ctx, &pt); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); !reflect.DeepEqual(c.Fields, []string{"patents[].inventors", "patents[].income[]"}) {
		t.Errorf("the patent edit: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the patent:\n%s", got)
	}
	f := load(t, s).Firm
	f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: 20180101})
	f.Phone = "0877-1"
	if err := s.SaveFirm(ctx, &f, sc.AsOf); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Kind != store.KindFirm || !reflect.DeepEqual(c.Fields, []string{"firm.phone", "firm.certifications[]"}) {
		t.Errorf("the firm edit: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the firm:\n%s", got)
	}
	if err := s.SaveFirm(ctx, &f, sc.AsOf); !errors.Is(err, store.ErrStale) {
		t.Errorf("saving the firm from before its undo: %v", err)
	}
}

func undoDependencies(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	sc := load(t, s)
	p := sc.People[1]
	p.Name = "甲"
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	first := lastChange(t, s)
	p.Name = "乙"
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	second := lastChange(t, s)
	if err := s.Undo(ctx, first.ID); !errors.Is(err, store.ErrDepends) {
		t.Errorf("undoing under a later edit: %v", err)
	}
	q := sc.People[2]
	q.Name = "丙"
	if err := s.SavePerson(ctx, &q); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(ctx, second.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(ctx, first.ID); err != nil {
		t.Fatalf("once the later edit is undone: %v", err)
	}
	if got := load(t, s); got.People[1].Name != "工程师2" || got.People[2].Name != "丙" {
		t.Errorf("names %q, %q", got.People[1].Name, got.People[2].Name)
	}
	months := 12
	n := model.Person{ID: "n1", Name: "借款人", Founder: true, Hired: 20210101, ContractMonths: &months, Categories: []string{}}
	if err := s.SavePerson(ctx, &n); err != nil {
		t.Fatal(err)
	}
	added := lastChange(t, s)
	l := model.Loan{Kind: model.LoanGuaranteed, Borrower: "n1", Amount: 100, Start: 20210201, TermMonths: 12, RateBP: 400}
	if err := s.SaveLoan(ctx, &l); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(ctx, added.ID); !errors.Is(err, store.ErrDepends) {
		t.Errorf("undoing a person a loan names: %v", err)
	}
	// An undo that would leave two people one ID number is refused whole.
	r := load(t, s).People[3]
	old := r.IDNumber
	r.IDNumber = "530421199001010011"
	if err := s.SavePerson(ctx, &r); err != nil {
		t.Fatal(err)
	}
	edit := lastChange(t, s)
	u := load(t, s).People[4]
	u.IDNumber = old
	if err := s.SavePerson(ctx, &u); err != nil {
		t.Fatal(err)
	}
	was := state(t, s)
	var errs model.Errors
	if err := s.Undo(ctx, edit.ID); !errors.As(err, &errs) {
		t.Fatalf("an undo giving two people one ID number: %v", err)
	}
	if state(t, s) != was {
		t.Error("a refused undo changed the firm")
	}
}

// Replace and append are undone whole; so is the first import, which
// leaves no firm.
func undoWholeFirm(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "tech-startup-2021.json")
	before := state(t, s)
	repl := Example(t, "vc-fund-ledger.json")
	repl.Firm.USCC = load(t, s).Firm.USCC
	if err := s.Import(ctx, repl, true); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Action != store.ActionReplace {
		t.Errorf("the replace: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the replace:\n%s", got)
	}
	months := 12
	add := &model.Scenario{People: []model.Person{{ID: "a1", Name: "表格导入", Hired: 20210301, ContractMonths: &months, Categories: []string{}}},
		Fees: []model.Fee{{Date: 20210301, Service: "检测", Standard: 10, Charged: 10}}}
	if err := s.Append(ctx, add); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Action != store.ActionAppend || c.Label != "2" || !reflect.DeepEqual(c.Fields, []string{"people[]", "fees[]"}) {
		t.Errorf("the append: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the append:\n%s", got)
	}
	for {
		c, ok, _ := s.LastUndoable(ctx)
		if !ok {
			break
		}
		if err := s.Undo(ctx, c.ID); err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
	}
	if has, _ := s.HasFirm(ctx); has {
		t.Error("undoing the first import left a firm")
	}
}

// The last look round-trips and is no change; the change stamp says when
// and by whom.
func lookAndStamp(t *testing.T, b Backend) {
	a, target := withFirm(t, b, "tech-startup-2021.json")
	other := open(t, target)
	stamp, ok, err := a.LastChange(ctx)
	if err != nil || !ok || time.Since(stamp.At) > time.Minute || time.Since(stamp.At) < -time.Minute || stamp.By != b.by(target) {
		t.Fatalf("last change after the import: %+v %v %v", stamp, ok, err)
	}
	if l, err := a.LastLook(ctx); err != nil || l != nil {
		t.Fatalf("a new firm has a last look: %v %v", l, err)
	}
	want := store.Look{AsOf: 20260630, Seen: time.Date(2026, 6, 30, 9, 15, 0, 0, time.UTC), Results: []store.SeenResult{
		{Rule: "startup-fee-cap", Status: "eligible", Amount: 800000},
		{Rule: "sme-hiring-loan", Status: "may_apply", Amount: 0, AmountMax: 400000000},
	}}
	other.ExternalChange(ctx)
	if err := a.SaveLook(ctx, want); err != nil {
		t.Fatal(err)
	}
	if c, err := other.ExternalChange(ctx); err != nil || c {
		t.Errorf("the other took a look for a change: %v %v", c, err)
	}
	got, err := other.LastLook(ctx)
	if err != nil || got == nil || got.AsOf != want.AsOf || !got.Seen.Equal(want.Seen) || !reflect.DeepEqual(got.Results, want.Results) {
		t.Errorf("last look %+v, %v", got, err)
	}
	if again, _, _ := other.LastChange(ctx); !again.At.Equal(stamp.At) {
		t.Errorf("the look moved the last change from %v to %v", stamp.At, again.At)
	}
	if err := a.SaveLook(ctx, store.Look{AsOf: 20260701, Seen: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.LastLook(ctx); got == nil || got.AsOf != 20260701 || len(got.Results) != 0 {
		t.Errorf("a second look: %+v", got)
	}
}

// What was written is there when the store is opened again.
func reopen(t *testing.T, b Backend) {
	s, target := withFirm(t, b, "inventor-grant-reward.json")
	want := state(t, s)
	s.Close()
	again := open(t, target)
	if got := state(t, again); got != want {
		t.Errorf("after reopening:\n%s\nwant\n%s", got, want)
	}
	r, err := store.OpenReader(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := state(t, r); got != want {
		t.Error("the reader sees another firm")
	}
	if err := r.SaveFirm(ctx, &load(t, r).Firm, 0); err == nil {
		t.Error("a reader wrote")
	}
}

// A backup is a Huiqi file that holds the same firm and the last look.
func backupToFile(t *testing.T, b Backend) {
	s, _ := withFirm(t, b, "soe-patent-rewards.json")
	look := store.Look{AsOf: 20260630, Seen: time.Date(2026, 6, 30, 9, 0, 0, 0, time.UTC),
		Results: []store.SeenResult{{Rule: "startup-fee-cap", Status: "eligible", Amount: 1}}}
	if err := s.SaveLook(ctx, look); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "客户 备份.db")
	if err := os.WriteFile(dest, []byte("an older file in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	f, err := store.OpenFileReader(ctx, dest)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := state(t, f), state(t, s); got != want {
		t.Errorf("the backup holds\n%s\nwant\n%s", got, want)
	}
	if got, err := f.LastLook(ctx); err != nil || got == nil || !reflect.DeepEqual(got.Results, look.Results) {
		t.Errorf("the backup's last look: %+v %v", got, err)
	}
	if st, err := os.Stat(dest); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("the backup's mode: %v %v", st.Mode(), err)
	}
}
