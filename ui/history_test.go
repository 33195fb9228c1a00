package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// An edit saved through its dialog is undone by 编辑 › 撤销 (Ctrl+Z): the
// record is back on screen and in the file, and the status line says
// what was undone in words.
func TestUndoAnEdit(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.goTo(scrPeople)
	name := a.sc.People[2].Name
	a.editPerson(2)
	e := a.editor
	e.entry("name").SetText("改过的名字")
	test.Tap(e.save)
	if e.failed || a.sc.People[2].Name != "改过的名字" {
		t.Fatalf("the edit was not saved: %q", e.problem(""))
	}
	a.undoLast()
	if a.sc.People[2].Name != name {
		t.Fatalf("after undo the name is %q, want %q", a.sc.People[2].Name, name)
	}
	sc, _ := a.st.Load(a.ctx)
	if sc.People[2].Name != name {
		t.Errorf("the file still holds %q", sc.People[2].Name)
	}
	if got := a.bar.Text; !strings.Contains(got, "已撤销：修改 人员 p3 改过的名字：姓名") {
		t.Errorf("status %q", got)
	}
	// The history lists both in words, newest first, and the edit is
	// marked undone.
	a.showHistory()
	shows(t, overlay(a), "修改记录", "撤销：修改 人员 p3 改过的名字：姓名", "已撤销", "导入 全部数据 玉溪云帆智能科技有限公司")
}

// The history dialog undoes a chosen change; one that a later change
// depends on is refused with the reason.
func TestHistoryUndoesAChosenChange(t *testing.T) {
	a := newTestApp(t, LangEn)
	a.editFee(0)
	a.editor.entry("service").SetText("first")
	test.Tap(a.editor.save)
	a.editFee(0)
	a.editor.entry("service").SetText("second")
	test.Tap(a.editor.save)
	a.showHistory()
	d := overlay(a)
	buttons := findButtons(d, "Undo")
	if len(buttons) < 3 {
		t.Fatalf("%d undo buttons", len(buttons))
	}
	test.Tap(buttons[1]) // the first edit, under the second
	shows(t, overlay(a), "later changes depend on this one")
	if a.sc.Fees[0].Service != "second" {
		t.Errorf("fee %q after a refused undo", a.sc.Fees[0].Service)
	}
}

// Ctrl+F puts the cursor in the search box; a tap on a header sorts by
// that column, a second tap the other way round.
func TestFindAndSort(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.goTo(scrDashboard)
	a.find()
	s := a.records[scrPeople]
	if a.win.Canvas().Focused() != s.query {
		t.Fatal("Ctrl+F did not focus the people search")
	}
	s.sortBy(1) // 姓名
	first := a.sc.People[s.rows[0]].Name
	for _, i := range s.rows[1:] {
		if compareCells(a.sc.People[i].Name, first) < 0 {
			t.Fatalf("%q sorts before the first row %q", a.sc.People[i].Name, first)
		}
	}
	s.sortBy(1)
	if a.sc.People[s.rows[len(s.rows)-1]].Name != first {
		t.Error("the second tap did not reverse the order")
	}
	for _, c := range []struct {
		a, b string
		want int
	}{{"¥900.00", "¥1,200.00", -1}, {"2017-01-02", "2016-12-31", 1}, {"", "x", 1}, {"12", "9", 1}} {
		if got := compareCells(c.a, c.b); got != c.want {
			t.Errorf("compare %q %q = %d", c.a, c.b, got)
		}
	}
}

// findButtons returns every button with the text, in the order drawn.
func findButtons(o fyne.CanvasObject, text string) []*widget.Button {
	var found []*widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Button:
			if v.Text == text {
				found = append(found, v)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return found
}
