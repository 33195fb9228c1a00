package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"huiqi/model"
)

// state is the firm as export writes it: what an undo must give back.
func state(t *testing.T, s *File) string {
	t.Helper()
	sc, err := s.Load(ctx)
	if errors.Is(err, ErrNoFirm) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return encode(t, sc)
}

func lastChange(t *testing.T, s *File) Change {
	t.Helper()
	hs, err := s.History(ctx, 1)
	if err != nil || len(hs) == 0 {
		t.Fatalf("history: %v, %v", hs, err)
	}
	return hs[0]
}

func historyStore(t *testing.T) *File {
	t.Helper()
	s := open(t, filepath.Join(t.TempDir(), "h.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	return s
}

func mustHistory(t *testing.T, s *File) []Change {
	t.Helper()
	hs, err := s.History(ctx, historyKept)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}

// Adds and deletes of every kind of record undo to the state before; a
// deleted record comes back with its place in the list.
func TestUndoAddAndDelete(t *testing.T) {
	s := historyStore(t)
	before := state(t, s)
	months := 12
	p := model.Person{ID: "n1", Name: "新人", Hired: 20210601, ContractMonths: &months, Categories: []string{}}
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Action != ActionAdd || c.Label != "n1 新人" {
		t.Errorf("the add: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the add:\n%s", got)
	}
	sc, _ := s.Load(ctx)
	for _, del := range []struct{ kind, id string }{
		{People, sc.People[3].RecordID}, {RDExpenses, sc.RDExpenses[1].RecordID}, {Fees, sc.Fees[0].RecordID},
		{Financials, sc.Financials[0].RecordID}, {Loans, sc.Loans[0].RecordID},
	} {
		if err := s.Delete(ctx, del.kind, del.id); err != nil {
			t.Fatalf("%s: %v", del.kind, err)
		}
		if c := lastChange(t, s); c.Action != ActionDelete || c.Kind != del.kind || c.Label == "" {
			t.Errorf("the delete: %+v", c)
		}
		undoLast(t, s)
		if got := state(t, s); got != before {
			t.Errorf("after undoing the delete of %s:\n%s", del.kind, got)
		}
	}
}

func undoLast(t *testing.T, s *File) {
	t.Helper()
	c, ok, err := s.LastUndoable(ctx)
	if err != nil || !ok {
		t.Fatalf("nothing to undo: %v", err)
	}
	if err := s.Undo(ctx, c.ID); err != nil {
		t.Fatalf("undo %+v: %v", c, err)
	}
}

// A patent's inventors, income and rewards, and the firm's lists, come
// back with their record.
func TestUndoChildren(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "c.db"))
	if err := s.Import(ctx, example(t, "soe-patent-rewards.json"), false); err != nil {
		t.Fatal(err)
	}
	before := state(t, s)
	sc, _ := s.Load(ctx)
	p := sc.Patents[0]
	p.Inventors = []string{"e2"}
	p.Income = append(p.Income, model.PatentIncome{Year: 2019, Kind: model.IncomeLicense, Amount: 100})
	if err := s.SavePatent(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); !reflect.DeepEqual(c.Fields, []string{"patents[].inventors", "patents[].income[]"}) {
		t.Errorf("the patent edit: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the patent:\n%s", got)
	}
	f := sc.Firm
	f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: 20180101})
	f.Phone = "0877-1"
	if err := s.SaveFirm(ctx, &f, sc.AsOf); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Kind != KindFirm || !reflect.DeepEqual(c.Fields, []string{"firm.phone", "firm.certifications[]"}) {
		t.Errorf("the firm edit: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the firm:\n%s", got)
	}
}

// A change is undone only while nothing later depends on it: a later edit
// of the same record, a later whole-firm change, or a record a later one
// names.
func TestUndoDependencies(t *testing.T) {
	s := historyStore(t)
	sc, _ := s.Load(ctx)
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
	if err := s.Undo(ctx, first.ID); !errors.Is(err, ErrDepends) {
		t.Errorf("undoing under a later edit: %v", err)
	}
	// Another record's change does not stand in the way.
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
	if got, _ := s.Load(ctx); got.People[1].Name != "工程师2" || got.People[2].Name != "丙" {
		t.Errorf("names %q, %q", got.People[1].Name, got.People[2].Name)
	}
	// A person a later loan names cannot be taken out again.
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
	if err := s.Undo(ctx, added.ID); !errors.Is(err, ErrDepends) {
		t.Errorf("undoing a person a loan names: %v", err)
	}
	// A replace stands before everything earlier.
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), true); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(ctx, added.ID); !errors.Is(err, ErrDepends) {
		t.Errorf("undoing under a replace: %v", err)
	}
}

// An undo that would leave the firm invalid is refused whole.
func TestUndoRefusedWhenInvalid(t *testing.T) {
	s := historyStore(t)
	sc, _ := s.Load(ctx)
	p := sc.People[1]
	old := p.IDNumber
	p.IDNumber = "530421199001010011"
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	edit := lastChange(t, s)
	// Another person now takes the first number.
	q := sc.People[2]
	q.IDNumber = old
	if err := s.SavePerson(ctx, &q); err != nil {
		t.Fatal(err)
	}
	before := state(t, s)
	var errs model.Errors
	if err := s.Undo(ctx, edit.ID); !errors.As(err, &errs) {
		t.Fatalf("an undo giving two people one ID number: %v", err)
	}
	if state(t, s) != before {
		t.Error("a refused undo changed the firm")
	}
}

// Replace and spreadsheet append are undone whole; so is the first import.
func TestUndoWholeFirm(t *testing.T) {
	s := historyStore(t)
	before := state(t, s)
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), true); err != nil {
		t.Fatal(err)
	}
	if c := lastChange(t, s); c.Action != ActionReplace {
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
	if c := lastChange(t, s); c.Action != ActionAppend || c.Label != "2" || !reflect.DeepEqual(c.Fields, []string{"people[]", "fees[]"}) {
		t.Errorf("the append: %+v", c)
	}
	undoLast(t, s)
	if got := state(t, s); got != before {
		t.Errorf("after undoing the append:\n%s", got)
	}
	// Undo everything back to the first import: an empty database.
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

// The history is part of the file: it survives closing and reopening, and
// an export does not carry it.
func TestHistorySurvivesAndIsNotExported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	s, err := OpenFile(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	sc := example(t, "tech-startup-2021.json")
	if err := s.Import(ctx, sc, false); err != nil {
		t.Fatal(err)
	}
	loaded, _ := s.Load(ctx)
	p := loaded.People[1]
	p.Name = "改名"
	s.SavePerson(ctx, &p)
	s.Close()
	s = open(t, path)
	if hs := mustHistory(t, s); len(hs) != 2 || hs[0].Label != "e2 改名" {
		t.Errorf("history after reopening: %+v", hs)
	}
	undoLast(t, s)
	out, _ := s.Load(ctx)
	clearIDs(out)
	clearIDs(sc)
	if encode(t, out) != encode(t, sc) {
		t.Error("the export after undo differs from the imported scenario")
	}
}

// Only the newest entries are kept.
func TestHistoryPruned(t *testing.T) {
	s := historyStore(t)
	sc, _ := s.Load(ctx)
	p := sc.People[1]
	for i := 0; i < historyKept+20; i++ {
		p.Name = "名" + string(rune('A'+i%26)) + string(rune('a'+i/26%26))
		if err := s.SavePerson(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(mustHistory(t, s)); n != historyKept {
		t.Errorf("%d entries kept, want %d", n, historyKept)
	}
}
