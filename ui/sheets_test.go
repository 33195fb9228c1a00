package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
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
