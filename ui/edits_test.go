package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// tapConfirm confirms a deletion: the dialog's buttons say 删除 and 取消,
// never the framework's 是 and 否.
func tapConfirm(t *testing.T, a *App) {
	t.Helper()
	o := overlay(a)
	for _, no := range []string{lang.L("Yes"), lang.L("No"), "是", "否", "不", "Yes", "No"} {
		if findButton(o, no) != nil {
			t.Errorf("the confirmation has a button %q", no)
		}
	}
	if findButton(o, "取消") == nil {
		t.Error("the confirmation has no 取消")
	}
	del := findButtons(o, "删除")
	if len(del) == 0 {
		t.Fatal("no confirmation dialog")
	}
	test.Tap(del[len(del)-1])
}

func TestDeleteRecords(t *testing.T) {
	a := newTestApp(t, LangZh)
	// The founder borrowed the guaranteed loan: deleting him is refused
	// with a message, and nothing changes.
	a.goTo(scrPeople)
	a.editPerson(0)
	e := a.editor
	test.Tap(findButton(overlay(a), "删除"))
	tapConfirm(t, a)
	if got := e.problem(""); !strings.Contains(got, "贷款借款人") {
		t.Errorf("deleting a borrower: %q", got)
	}
	if a.sc.People[0].Name != "李云帆" {
		t.Fatal("the borrower was deleted")
	}
	// A fee can go.
	n := len(a.sc.Fees)
	a.goTo(scrFees)
	a.editFee(0)
	test.Tap(findButton(overlay(a), "删除"))
	tapConfirm(t, a)
	sc, _ := a.st.Load(context.Background())
	if len(a.sc.Fees) != n-1 || len(sc.Fees) != n-1 {
		t.Errorf("after deleting a fee: %d on screen, %d stored, want %d", len(a.sc.Fees), len(sc.Fees), n-1)
	}
}

func TestAddCertificationAndRD(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.goTo(scrFirm)
	a.editCert(-1)
	e := a.editor
	e.byKey["kind"].input.(interface{ SetSelectedIndex(int) }).SetSelectedIndex(3) // 众创空间
	if e.entry("issued").Text != "" {
		t.Errorf("a new certification proposes the date %q", e.entry("issued").Text)
	}
	test.Type(e.entry("issued"), "2026-01-10")
	test.Tap(e.save)
	if e.failed {
		t.Fatalf("refused: %q", e.problem(""))
	}
	if r := result(t, a, "maker-space-subsidy"); r.Status != "may_apply" {
		t.Errorf("with a maker-space recognition: %s", r.Status)
	}
	// An R&D line with an amount typed in yuan is stored in fen.
	a.goTo(scrRD)
	a.editRD(-1)
	e = a.editor
	test.Type(e.entry("project"), "新项目")
	test.Type(e.entry("date"), "2026-03-31")
	test.Type(e.entry("amount_fen"), "¥1,234.56")
	test.Tap(e.save)
	last := a.sc.RDExpenses[len(a.sc.RDExpenses)-1]
	if e.failed || last.Amount != 123456 || last.Project != "新项目" {
		t.Errorf("R&D line: %+v (%q)", last, e.problem("amount_fen"))
	}
	// A bad amount is refused beside its field.
	a.editRD(-1)
	e = a.editor
	test.Type(e.entry("project"), "x")
	test.Type(e.entry("amount_fen"), "12.345")
	test.Tap(e.save)
	if got := e.problem("amount_fen"); got == "" {
		t.Error("an amount with three decimals was accepted")
	}

}

func TestRecentFilesMenu(t *testing.T) {
	a := newTestApp(t, LangZh)
	menu := a.mainMenu()
	file := menu.Items[0]
	var recent []string
	for _, it := range file.Items {
		if it.Label == "最近打开" && it.ChildMenu != nil {
			for _, c := range it.ChildMenu.Items {
				recent = append(recent, c.Label)
			}
		}
	}
	if len(recent) != 1 || !strings.Contains(recent[0], filepath.Base(a.st.Where())) || !strings.HasPrefix(recent[0], "玉溪云帆") {
		t.Errorf("recent files %v, want the open file named by its firm", recent)
	}
	for _, want := range []string{"新建…", "打开…", "另存为…", "备份…", "从备份恢复…", "从表格导入…", "退出"} {
		found := false
		for _, it := range file.Items {
			found = found || it.Label == want
		}
		if !found {
			t.Errorf("File menu lacks %q", want)
		}
	}
}

// Enter in a field saves the dialog; Esc closes it without saving; every
// problem of a record shows at once, beside its field, amounts in yuan.
func TestDialogKeysAndAllProblemsAtOnce(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.goTo(scrFees)
	n := len(a.sc.Fees)
	a.editFee(-1)
	e := a.editor
	if a.win.Canvas().Focused() == nil {
		t.Error("the dialog opens without the cursor in a field")
	}
	e.entry("date").SetText("2026-02-30") // no such day
	e.entry("service").SetText("检测")
	e.entry("standard_fen").SetText("-500")
	e.entry("charged_fen").SetText("100")
	in := e.byKey["service"].input.(*dialogEntry)
	in.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(a.sc.Fees) != n {
		t.Fatal("a fee with a bad date was saved")
	}
	if e.problem("date") == "" || !strings.Contains(e.problem("standard_fen"), "-¥5.00") && !strings.Contains(e.problem("standard_fen"), "-¥500.00") {
		t.Errorf("problems: date %q, standard %q", e.problem("date"), e.problem("standard_fen"))
	}
	if strings.Contains(e.problem("standard_fen"), "分") {
		t.Errorf("the amount is reported in fen: %q", e.problem("standard_fen"))
	}
	in.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlay(a) != nil {
		t.Error("Esc did not close the dialog")
	}
	// Enter on a valid record saves it.
	a.editFee(-1)
	e = a.editor
	e.entry("date").SetText("2026-05-01")
	e.entry("service").SetText("检测")
	e.entry("standard_fen").SetText("500")
	e.entry("charged_fen").SetText("100")
	e.byKey["charged_fen"].input.(*dialogEntry).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if len(a.sc.Fees) != n+1 || overlay(a) != nil {
		t.Errorf("Enter did not save: %d fees, dialog open %v (%q)", len(a.sc.Fees), overlay(a) != nil, e.problem(""))
	}
	// Esc closes a message too.
	a.message("x", "y").Show()
	a.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlay(a) != nil {
		t.Error("Esc did not close the message")
	}
}
