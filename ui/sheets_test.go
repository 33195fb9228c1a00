package ui

import (
	"huiqi/model/sheet"
	"huiqi/model/store"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// waitFor polls until cond holds (work that finishes with fyne.Do).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func topText(a *App) string {
	if o := overlay(a); o != nil {
		return strings.Join(texts(o), "\n")
	}
	return ""
}

func TestImportSpreadsheetWithPreviewThenRestore(t *testing.T) {
	a := newTestApp(t, LangZh)
	before := len(a.sc.People)
	csv := "姓名,身份证号码,入职日期,合同期限(月),毕业日期\n" +
		"周表格," + validID(t, "53040219990101001") + ",2026/6/1,12,2025年7月1日\n" +
		"吴表格," + validID(t, "53040219990202001") + ",2026.6.2,24,\n"
	a.checkSheet("新员工.csv", []byte(csv), "people")
	waitFor(t, "the preview", func() bool { return strings.Contains(topText(a), "将追加 2 条人员记录") })
	if !strings.Contains(topText(a), "周表格") {
		t.Errorf("the preview does not show the rows:\n%s", topText(a))
	}
	test.Tap(findButton(overlay(a), "导入"))
	if len(a.sc.People) != before+2 || a.sc.People[before].Name != "周表格" {
		t.Fatalf("%d people after importing 2 to %d", len(a.sc.People), before)
	}
	const said = "已从 新员工.csv 导入 2 条人员记录"
	if !strings.Contains(topText(a), said) || a.bar.Text != said {
		t.Errorf("after the import the app says %q and the status line %q, want %q", topText(a), a.bar.Text, said)
	}
	if a.screens[a.current].key != scrPeople {
		t.Errorf("after importing people the app shows %s", a.screens[a.current].key)
	}
	// The import made an automatic backup; restoring it undoes the import.
	a.restore()
	test.Tap(findButton(overlay(a), "恢复"))
	if len(a.sc.People) != before {
		t.Errorf("after restoring: %d people, want %d", len(a.sc.People), before)
	}
}

func TestImportRefusalListsRowAndColumn(t *testing.T) {
	a := newTestApp(t, LangZh)
	before := len(a.sc.People)
	csv := "姓名,身份证号码,入职日期\n孙错行,530402199901010019,2026-02-30\n"
	a.checkSheet("错误.csv", []byte(csv), "people")
	waitFor(t, "the refusal", func() bool { return strings.Contains(topText(a), "第 2 行") })
	msg := topText(a)
	for _, want := range []string{"未导入任何记录", "第 2 行 B 列", "第 2 行 C 列"} {
		if !strings.Contains(msg, want) {
			t.Errorf("refusal lacks %q:\n%s", want, msg)
		}
	}
	if len(a.sc.People) != before {
		t.Error("rows were imported despite the refusal")
	}
}

func TestImportProposesTheTableOnShow(t *testing.T) {
	a := newTestApp(t, LangZh)
	for scr, table := range screenTables {
		a.goTo(scr)
		var got string
		a.chooseTable("导入", func(t string) { got = t })
		sel := findSelect(overlay(a))
		if sel == nil {
			t.Fatal("no table choice")
		}
		if sel.Selected != tableTitle(table) {
			t.Errorf("on %s the import proposes %q, want %q", scr, sel.Selected, tableTitle(table))
		}
		test.Tap(findButton(overlay(a), "确定"))
		if got != table {
			t.Errorf("on %s the import chose %q", scr, got)
		}
	}
}

func TestTableTitlesAreTheWorksheetNames(t *testing.T) {
	newTestApp(t, LangZh)
	for _, table := range sheet.Tables() {
		if tableTitle(table) != sheet.TableName(table) {
			t.Errorf("%s is %q on screen and %q in spreadsheets", table, tableTitle(table), sheet.TableName(table))
		}
	}
	newTestApp(t, LangEn)
	for _, table := range sheet.Tables() {
		if title := tableTitle(table); title == table && strings.Contains(table, "_") || title == "table."+table {
			t.Errorf("%s has no English name", table)
		}
	}
}

func TestPreviewColumnsFitTheirWidestCell(t *testing.T) {
	newTestApp(t, LangZh)
	id := "53040219990101001X"
	rows := [][]string{{"姓名", "身份证号码", "月"}, {"周表格", id, "12"}}
	w := columnWidths(rows, 64, 320)
	need := fyne.MeasureText(id, theme.TextSize(), fyne.TextStyle{}).Width
	if w[1] < need {
		t.Errorf("the ID column is %v wide, its number needs %v", w[1], need)
	}
	if w[2] != 64 {
		t.Errorf("a narrow column is %v wide, want the least 64", w[2])
	}
	long := [][]string{{strings.Repeat("很长的说明", 40)}}
	if got := columnWidths(long, 64, 320)[0]; got != 320 {
		t.Errorf("a very long cell makes a column %v wide, want at most 320", got)
	}
}

func TestBackupReasonsInWords(t *testing.T) {
	newTestApp(t, LangZh)
	for _, r := range []string{store.ReasonMigration, store.ReasonReplace, store.ReasonAppend, store.ReasonRestore, "something-new"} {
		got := backupReason(r)
		if strings.ContainsAny(got, "-abcdefghijklmnopqrstuvwxyz") || !strings.Contains(got, "备份") {
			t.Errorf("backup reason %s reads %q", r, got)
		}
	}
}
