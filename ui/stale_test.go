package ui

import (
	"context"
	"errors"
	"testing"

	"huiqi/model/demo"
	"huiqi/model/store"

	"fyne.io/fyne/v2/test"
)

// The window left open while huiqi import --replace put another firm in its
// file (issue 11): saving the firm profile unchanged must not write the old
// firm over the new one, the window must show the new firm, and the user
// must be told.
func TestStaleWindowCannotOverwrite(t *testing.T) {
	a := newTestApp(t, LangZh)
	ctx := context.Background()
	path := a.st.Where()
	oldName := a.sc.Firm.Name

	other := demo.Scenario(testDay)
	other.Firm.Name = "玉溪市另一家科技有限公司"
	other.Firm.USCC = "91530402MA6K5Q3R2H"
	replaceFirm(t, path, func(s store.Store) error { return s.Import(ctx, other, true) })

	// 企业信息 › 编辑 › 保存 without a change, from the data on screen.
	hyp := *a.sc
	err := a.commit(&hyp, func() error { return a.st.SaveFirm(a.ctx, &hyp.Firm, hyp.AsOf) })
	if !errors.Is(err, store.ErrStale) {
		t.Fatalf("stale save: %v, want ErrStale", err)
	}
	if got := a.errText(err); got != "该记录已被他人修改，已显示最新内容" {
		t.Errorf("message %q", got)
	}
	if a.sc.Firm.Name != other.Firm.Name {
		t.Errorf("window shows %q after the refusal, want the new firm %q", a.sc.Firm.Name, other.Firm.Name)
	}
	if got := firmOnDisk(t, path); got != other.Firm.Name {
		t.Errorf("file holds %q, want %q (old %q)", got, other.Firm.Name, oldName)
	}

	// Now that it shows the latest data, the same edit goes through.
	hyp = *a.sc
	hyp.Firm.Phone = "0877-2012345"
	if err := a.commit(&hyp, func() error { return a.st.SaveFirm(a.ctx, &hyp.Firm, hyp.AsOf) }); err != nil {
		t.Fatalf("save after the reload: %v", err)
	}

	// The record versions refuse a stale save even when the change lands
	// after the window's check (no data_version check here).
	stale := a.sc.Firm
	replaceFirm(t, path, func(s store.Store) error {
		sc, err := s.Load(ctx)
		if err != nil {
			return err
		}
		return s.SaveFirm(ctx, &sc.Firm, sc.AsOf)
	})
	if err := a.st.SaveFirm(a.ctx, &stale, a.sc.AsOf); !errors.Is(err, store.ErrStale) {
		t.Errorf("store accepted a save from an old version: %v", err)
	}

	// Coming back into focus after a change by others reloads the firm.
	third := demo.Scenario(testDay)
	third.Firm.Name = "玉溪市第三家有限公司"
	replaceFirm(t, path, func(s store.Store) error { return s.Import(ctx, third, true) })
	a.noticeOthers()
	if a.sc.Firm.Name != third.Firm.Name {
		t.Errorf("after focus the window shows %q, want %q", a.sc.Firm.Name, third.Firm.Name)
	}
}

// replaceFirm changes the file through a connection of its own, as another
// window or the command line would.
func replaceFirm(t *testing.T, path string, change func(store.Store) error) {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := change(s); err != nil {
		t.Fatal(err)
	}
}

func firmOnDisk(t *testing.T, path string) string {
	t.Helper()
	s, err := store.OpenReader(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sc, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sc.Firm.Name
}

// Deleting a record that someone else changed since the window read it is
// refused, with the message, and the record stays with their change.
func TestStaleDeleteIsRefused(t *testing.T) {
	a := newTestApp(t, LangZh)
	ctx := context.Background()
	path := a.st.Where()
	id := a.sc.People[1].RecordID
	replaceFirm(t, path, func(s store.Store) error {
		sc, err := s.Load(ctx)
		if err != nil {
			return err
		}
		p := sc.People[1]
		p.Name = "改过的名字"
		return s.SavePerson(ctx, &p)
	})
	// The store refuses the old version even without the window's check.
	old := a.sc.People[1]
	if err := a.st.DeleteAt(a.ctx, store.People, old.RecordID, old.Version); !errors.Is(err, store.ErrStale) {
		t.Fatalf("delete of an old version: %v, want ErrStale", err)
	}
	a.editPerson(1)
	test.Tap(findButton(overlay(a), "删除"))
	tapConfirm(t, a)
	shows(t, overlay(a), "该记录已被他人修改，已显示最新内容")
	s, err := store.OpenReader(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sc, _ := s.Load(ctx)
	found := false
	for _, p := range sc.People {
		found = found || p.RecordID == id && p.Name == "改过的名字"
	}
	if !found {
		t.Error("the other window's change was deleted")
	}
}

// Keeping what-if changes made on data another window has since replaced
// adds nothing to the new firm.
func TestStaleWhatIfKeepIsRefused(t *testing.T) {
	a := newTestApp(t, LangZh)
	ctx := context.Background()
	s := a.goTo(scrWhatIf)
	a.whatif.hireCount.SetText("2")
	test.Tap(findButtons(s.view, "加入模拟")[0])
	other := demo.Scenario(testDay)
	other.Firm.Name = "玉溪市另一家科技有限公司"
	replaceFirm(t, a.st.Where(), func(s store.Store) error { return s.Import(ctx, other, true) })
	a.whatif.keepChanges()
	test.Tap(findButton(overlay(a), "保存"))
	if n := len(a.sc.People); n != len(other.People) {
		t.Errorf("the new firm has %d people, want its own %d", n, len(other.People))
	}
	if len(a.whatif.changes) != 1 {
		t.Errorf("the refused changes were dropped: %d left", len(a.whatif.changes))
	}
	if a.sc.Firm.Name != other.Firm.Name {
		t.Errorf("the window shows %q", a.sc.Firm.Name)
	}
}
