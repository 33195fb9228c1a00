package ui

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
	"huiqi/model/store/pgtest"
)

// newOfficeApp makes an office database of three demo clients and an app
// that has not opened it yet; it returns the database's URL without its
// password, and the password.
func newOfficeApp(t *testing.T) (*App, string, string) {
	t.Helper()
	target := pgtest.URL(t)
	ctx := context.Background()
	for _, i := range []int{1, 3, 6} {
		sc := demo.Client(testDay, i)
		if err := store.Create(ctx, target, func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
			t.Fatal(err)
		}
	}
	u, _ := url.Parse(target)
	pw, _ := u.User.Password()
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", t.TempDir()+"/none")
	fy := test.NewTempApp(t)
	if err := Setup(fy); err != nil {
		t.Fatal(err)
	}
	a := New(fy)
	a.today = func() civil.Date { return testDay }
	a.win.Resize(fyne.NewSize(1024, 640))
	t.Cleanup(a.close)
	return a, store.Redact(target), pw
}

// The overview of an office database: the password asked for in a
// dialog, a row per firm with who changed it last, a client opened and
// left, and nothing remembered with the password.
func TestOfficeOverview(t *testing.T) {
	a, office, pw := newOfficeApp(t)
	if err := a.openAny(office); err != nil {
		t.Fatal(err)
	}
	if a.desk != nil || len(a.dialogs) != 1 {
		t.Fatalf("no password was asked for: desk %v, %d dialogs", a.desk, len(a.dialogs))
	}
	entries := findAll[*widget.Entry](overlay(a))
	if len(entries) != 1 || !entries[0].Password {
		t.Fatalf("the dialog's entries: %v", entries)
	}
	test.Type(entries[0], pw)
	entries[0].OnSubmitted(pw)
	if a.desk == nil {
		t.Fatal("the overview did not open after the password")
	}
	d := a.desk
	d.wait()
	if len(d.clients) != 3 {
		t.Fatalf("%d rows", len(d.clients))
	}
	u, _ := url.Parse(office)
	role := u.User.Username()
	for _, c := range d.clients {
		if c.Err != nil || c.Firm == "" || c.USCC != c.File || c.ChangedBy != role {
			t.Errorf("row %+v", c)
		}
		if text := deskColumns[colChanged].text(d, &c); !strings.Contains(text, role) {
			t.Errorf("the last change says %q, not who", text)
		}
	}
	fits(t, a, "the office overview")
	d.open(d.clients[1].File)
	if a.st == nil || !d.inClient || a.sc.Firm.USCC != d.clients[1].File {
		t.Fatalf("opening a client: %v", a.st)
	}
	if title := a.win.Title(); !strings.Contains(title, a.sc.Firm.Name) || strings.Contains(title, pw) {
		t.Errorf("title %q", title)
	}
	// Another seat edits the client: the window notices, reloads, and a
	// save from the old record is refused.
	other, err := store.OpenWith(context.Background(), a.st.Where(), store.Options{Password: pw})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	sc, _ := other.Load(context.Background())
	old := a.sc.People[0]
	p := sc.People[0]
	p.Name = "另一座位"
	if err := other.SavePerson(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	stale := old
	stale.Name = "本座位"
	err = a.guarded(func() error { return a.st.SavePerson(a.ctx, &stale) })
	if !errors.Is(err, store.ErrStale) || a.sc.People[0].Name != "另一座位" {
		t.Errorf("a save over another seat's: %v, shown %q", err, a.sc.People[0].Name)
	}
	if err := a.st.SavePerson(a.ctx, &stale); !errors.Is(err, store.ErrStale) {
		t.Errorf("the store took a stale save: %v", err)
	}
	d.back()
	if d.inClient {
		t.Error("still in the client")
	}
	for _, key := range []string{prefRecent, prefRecentNames} {
		for _, p := range a.fy.Preferences().StringList(key) {
			if strings.Contains(p, pw) {
				t.Errorf("recent places keep the password: %s", p)
			}
		}
	}
	if recent := a.recent(); len(recent) == 0 || recent[0] != office {
		t.Errorf("recent places %v, want the office database first", recent)
	}
}
