package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/engine"
)

func newEmptyApp(t *testing.T) (*App, string) {
	t.Helper()
	fy := test.NewTempApp(t)
	if err := Setup(fy); err != nil {
		t.Fatal(err)
	}
	a := New(fy)
	a.today = func() civil.Date { return testDay }
	t.Cleanup(a.close)
	path := filepath.Join(t.TempDir(), "新用户", "huiqi.db")
	a.showWelcome(path)
	return a, path
}

// A first start offers the demo: one tap and the demo firm is open.
func TestWelcomeOpensDemo(t *testing.T) {
	a, path := newEmptyApp(t)
	shows(t, a.win.Content(), "欢迎使用惠企申报助手", "创建空白企业", "打开演示企业")
	if err := mkdirFor(path); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(a.win.Content(), "打开演示企业"))
	if a.sc == nil || a.sc.Firm.Name != "玉溪云帆智能科技有限公司" || !fileExists(path) {
		t.Fatalf("demo not opened at %s", path)
	}
	shows(t, a.win.Content(), "企业规模", "资金", "如评审通过最多", "预计节税")
}

// ... or an empty firm whose profile the user types in.
func TestWelcomeCreatesEmptyFirm(t *testing.T) {
	a, path := newEmptyApp(t)
	mkdirFor(path)
	test.Tap(findButton(a.win.Content(), "创建空白企业"))
	e := a.editor
	test.Tap(e.save)
	if got := e.problem("name"); got == "" {
		t.Error("an empty firm name was accepted")
	}
	test.Type(e.entry("name"), "玉溪新创科技有限公司")
	test.Type(e.entry("uscc"), "91530402MA6K5Q3R2H")
	if e.entry("founded").Text != "" {
		t.Errorf("the founding date is proposed as %q", e.entry("founded").Text)
	}
	// The county is chosen from Yuxi's list.
	e.byKey["county"].input.(*widget.Select).SetSelected("红塔区")
	e.entry("founded").SetText("2026-01-05")
	test.Tap(e.save)
	if e.failed {
		t.Fatalf("refused: %q %q %q", e.problem(""), e.problem("uscc"), e.problem("founded"))
	}
	if a.sc == nil || a.sc.Firm.Name != "玉溪新创科技有限公司" || len(a.sc.People) != 0 || !fileExists(path) {
		t.Fatal("the new firm was not created and opened")
	}
	// With no founder, founder-based rules fail, not crash.
	if r := result(t, a, "pioneer-subsidy"); r.Status != engine.Ineligible {
		t.Errorf("pioneer-subsidy without founders: %s", r.Status)
	}
}

func TestEditFirmToUnknownCredit(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.goTo(scrFirm)
	a.editFirm()
	e := a.editor
	credit := e.byKey["credit_clean"].input.(interface{ SetSelectedIndex(int) })
	credit.SetSelectedIndex(0) // 未知
	test.Tap(e.save)
	if a.sc.Firm.CreditClean != 0 {
		t.Fatalf("credit_clean is %v", a.sc.Firm.CreditClean)
	}
	r := result(t, a, "sme-hiring-loan")
	// The loan already fails its share test, so the unknown does not decide it.
	if r.Status != engine.Ineligible {
		t.Errorf("hiring loan %s", r.Status)
	}
	shows(t, a.screen(scrFirm).view, "未知")
}

// huiqi --db on a file that does not exist offers the first-start choice
// for that path and writes nothing until the user chooses.
func TestStartOnAMissingFile(t *testing.T) {
	fy := test.NewTempApp(t)
	if err := Setup(fy); err != nil {
		t.Fatal(err)
	}
	a := New(fy)
	a.today = func() civil.Date { return testDay }
	dir := t.TempDir()
	path := filepath.Join(dir, "客户.db")
	if err := a.start(path); err != nil {
		t.Fatal(err)
	}
	shows(t, a.win.Content(), "欢迎使用惠企申报助手", "打开演示企业")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the choice wrote %d files before the user chose", len(entries))
	}
	test.Tap(findButton(a.win.Content(), "打开演示企业"))
	t.Cleanup(a.close)
	if a.sc == nil || !fileExists(path) {
		t.Fatal("the demo was not created at the path given")
	}
	// The recent list names the firm.
	if got := a.recentLabel(0, a.recent()[0]); got != "玉溪云帆智能科技有限公司 — 客户.db" {
		t.Errorf("recent entry %q", got)
	}
}
