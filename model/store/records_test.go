package store

import (
	"errors"
	"path/filepath"
	"testing"

	"huiqi/model"
	"huiqi/model/money"
)

func TestSaveAndDeletePerson(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "r.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	months := 12
	p := model.Person{ID: "e11", Name: "新同事", Hired: 20210601, ContractMonths: &months, Categories: []string{"veteran"}}
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if p.RecordID == "" {
		t.Fatal("no record id after insert")
	}
	sc, _ := s.Load(ctx)
	last := sc.People[len(sc.People)-1]
	if len(sc.People) != 11 || last.Name != "新同事" || last.Categories[0] != "veteran" || last.RecordID != p.RecordID {
		t.Fatalf("after insert: %d people, last %+v", len(sc.People), last)
	}
	p.Name = "王新"
	if err := s.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	sc, _ = s.Load(ctx)
	if sc.People[10].Name != "王新" || len(sc.People) != 11 {
		t.Errorf("after update: %q, %d people", sc.People[10].Name, len(sc.People))
	}
	if err := s.Delete(ctx, People, p.RecordID); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, People, p.RecordID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	// The founder borrowed a loan: refused with a message.
	if err := s.Delete(ctx, People, sc.People[0].RecordID); !errors.Is(err, ErrInUse) {
		t.Errorf("deleting a borrower: %v", err)
	}
	if err := s.SavePerson(ctx, &model.Person{RecordID: "no-such-id", ID: "x", Name: "x", Categories: []string{}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of a missing record: %v", err)
	}
}

func TestSavePatentWithChildren(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "p.db"))
	if err := s.Import(ctx, example(t, "soe-patent-rewards.json"), false); err != nil {
		t.Fatal(err)
	}
	sc, _ := s.Load(ctx)
	p := sc.Patents[0]
	p.Inventors = []string{"e2"}
	p.RewardsPaid = append(p.RewardsPaid, model.RewardPaid{Year: 2019, Amount: 123})
	if err := s.SavePatent(ctx, &p); err != nil {
		t.Fatal(err)
	}
	sc, _ = s.Load(ctx)
	got := sc.Patents[0]
	if len(got.Inventors) != 1 || got.Inventors[0] != "e2" || len(got.RewardsPaid) != 2 || got.RewardsPaid[1].Amount != 123 {
		t.Errorf("patent after save: %+v", got)
	}
	if len(got.Income) != 2 {
		t.Errorf("income rows lost: %+v", got.Income)
	}
}

func TestSaveFirmReplacesLists(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "f.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	sc, _ := s.Load(ctx)
	f := sc.Firm
	f.Name = "玉溪数智科技有限公司"
	f.CreditClean = model.Unknown
	f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: 20210101})
	if err := s.SaveFirm(ctx, &f, 20210701); err != nil {
		t.Fatal(err)
	}
	sc, _ = s.Load(ctx)
	if sc.Firm.Name != "玉溪数智科技有限公司" || sc.Firm.CreditClean != model.Unknown || len(sc.Firm.Certifications) != 2 || sc.AsOf != 20210701 {
		t.Errorf("firm after save: %+v, as_of %s", sc.Firm, sc.AsOf)
	}
}

func TestAppend(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "a.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	add := &model.Scenario{
		RDExpenses: []model.RDExpense{{Date: 20210331, Project: "新项目", Category: model.RDPersonnel, Amount: money.Fen(100)}},
		Loans:      []model.Loan{{Kind: model.LoanGuaranteed, Borrower: "e2", Amount: 5, Start: 20210101, TermMonths: 12, RateBP: 400}},
	}
	if err := s.Append(ctx, add); err != nil {
		t.Fatal(err)
	}
	sc, _ := s.Load(ctx)
	if len(sc.RDExpenses) != 5 || sc.RDExpenses[4].Project != "新项目" || len(sc.Loans) != 2 || sc.Loans[1].Borrower != "e2" {
		t.Errorf("after append: %d R&D lines, %d loans (%+v)", len(sc.RDExpenses), len(sc.Loans), sc.Loans)
	}
	empty := open(t, filepath.Join(t.TempDir(), "e.db"))
	if err := empty.Append(ctx, add); !errors.Is(err, ErrNoFirm) {
		t.Errorf("append to an empty database: %v", err)
	}
}
