package store_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"huiqi/model/store"
	"huiqi/model/store/pgtest"
	"huiqi/model/store/storetest"
)

var bg = context.Background()

// The office database's schema is made on first use, in the schema huiqi
// only, at the current version; a second open finds it current, and a
// newer schema is refused with what to do.
func TestOfficeMigrations(t *testing.T) {
	target := pgtest.URL(t)
	o, err := store.OpenOffice(bg, target, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o.Close()
	conn, err := pgx.Connect(bg, target)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(bg)
	var version, tables, elsewhere int
	conn.QueryRow(bg, "SELECT version FROM huiqi.schema_version").Scan(&version)
	conn.QueryRow(bg, "SELECT count(*) FROM pg_tables WHERE schemaname = 'huiqi'").Scan(&tables)
	conn.QueryRow(bg, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('huiqi', 'pg_catalog', 'information_schema')").Scan(&elsewhere)
	if version != store.OfficeSchemaVersion() || version < 1 || tables < 15 || elsewhere != 0 {
		t.Errorf("schema version %d (want %d), %d tables in huiqi, %d elsewhere", version, store.OfficeSchemaVersion(), tables, elsewhere)
	}
	if o, err = store.OpenOffice(bg, target, store.Options{}); err != nil {
		t.Fatalf("second open: %v", err)
	}
	o.Close()
	if _, err := conn.Exec(bg, "UPDATE huiqi.schema_version SET version = 99"); err != nil {
		t.Fatal(err)
	}
	_, err = store.OpenOffice(bg, target, store.Options{})
	var fe *store.FileError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "newer Huiqi (schema 99") {
		t.Errorf("a newer schema: %v", err)
	}
}

// A role that owns nothing is told what to ask of the database's owner;
// nothing is created anywhere.
func TestOfficeWithoutSchema(t *testing.T) {
	target := pgtest.Bare(t)
	_, err := store.OpenOffice(bg, target, store.Options{})
	if err == nil || !strings.Contains(err.Error(), "CREATE SCHEMA huiqi AUTHORIZATION") || !strings.Contains(err.Error(), "模式") {
		t.Errorf("a role without its schema: %v", err)
	}
	u, _ := url.Parse(target)
	pw, _ := u.User.Password()
	if strings.Contains(err.Error(), pw) {
		t.Error("the message holds the password")
	}
}

// Firms of one office database are apart: an edit, a delete or a replace
// of one leaves the others as they were; each is opened by its credit
// code, and the list names them all.
func TestOfficeFirmsApart(t *testing.T) {
	target := pgtest.URL(t)
	names := []string{"tech-startup-2021.json", "household-limit-change.json", "soe-patent-rewards.json"}
	want := map[string]string{}
	for _, n := range names {
		sc := storetest.Example(t, n)
		if err := store.Create(bg, target, func(s store.Store) error { return s.Import(bg, sc, false) }); err != nil {
			t.Fatal(err)
		}
		want[sc.Firm.USCC] = storetest.Encode(t, sc)
	}
	o, err := store.OpenOffice(bg, target, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	firms, err := o.Firms(bg)
	if err != nil || len(firms) != 3 {
		t.Fatalf("firms %v, %v", firms, err)
	}
	a, err := store.Open(bg, store.WithFirm(target, firms[0].USCC))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	sc, err := a.Load(bg)
	if err != nil {
		t.Fatal(err)
	}
	p := sc.People[0]
	p.Name = "改名"
	if err := a.SavePerson(bg, &p); err != nil {
		t.Fatal(err)
	}
	if firms[0].USCC != "12530400MB1C2D3E4Y" || len(sc.Patents) == 0 {
		t.Fatalf("firms in credit-code order: %v", firms)
	}
	if err := a.Delete(bg, store.Patents, sc.Patents[0].RecordID); err != nil {
		t.Fatal(err)
	}
	if hs, _ := a.History(bg, 10); len(hs) < 2 {
		t.Errorf("history of the edited firm: %+v", hs)
	}
	for _, f := range firms[1:] {
		s, err := o.Firm(bg, f.USCC)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Load(bg)
		if err != nil {
			t.Fatal(err)
		}
		if storetest.Encode(t, got) != want[f.USCC] {
			t.Errorf("%s changed with another firm", f.USCC)
		}
		if hs, _ := s.History(bg, 10); len(hs) != 1 {
			t.Errorf("%s has %d history entries", f.USCC, len(hs))
		}
	}
	// Opened with no firm named, several firms are a choice to make.
	s, err := store.Open(bg, target)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(bg); err == nil || !strings.Contains(err.Error(), "--firm") || !strings.Contains(err.Error(), firms[2].Name) {
		t.Errorf("Load with three firms and none named: %v", err)
	}
	// A firm's credit code is the office's only one of it.
	other, _ := o.Firm(bg, firms[1].USCC)
	osc, _ := other.Load(bg)
	osc.Firm.USCC = firms[0].USCC
	if err := other.SaveFirm(bg, &osc.Firm, osc.AsOf); !errors.Is(err, store.ErrUSCCTaken) {
		t.Errorf("a second firm with the same credit code: %v", err)
	}
}
