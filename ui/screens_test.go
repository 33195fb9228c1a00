package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Every screen in both languages at both window sizes: each must build and
// draw; with HUIQI_SCREENS set the captures are written for review.
func TestEveryScreenRenders(t *testing.T) {
	for _, language := range []string{LangZh, LangEn} {
		a := newTestApp(t, language)
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 640}} {
			a.win.Resize(size)
			for i, s := range a.screens {
				a.nav.Select(i)
				if a.body.Objects[0] != s.view {
					t.Errorf("%s: screen %s not shown", language, s.key)
				}
				capture(t, a, fmt.Sprintf("%s-%dx%d-%02d-%s", language, int(size.Width), int(size.Height), i, s.key))
			}
		}
	}
}

// The smallest window the app supports holds every screen: the content's
// minimum size never exceeds 1024×640, so nothing forces the window to
// grow past a small laptop's screen, after any screen and any what-if
// change, in both languages.
func TestContentFitsTheSmallestWindow(t *testing.T) {
	limit := fyne.NewSize(1024, 640)
	fits := func(t *testing.T, a *App, when string) {
		t.Helper()
		if m := a.win.Content().MinSize(); m.Width > limit.Width || m.Height > limit.Height {
			t.Errorf("%s: after %s the content needs %v, more than %v", a.lang(), when, m, limit)
		}
	}
	for _, language := range []string{LangZh, LangEn} {
		a := newTestApp(t, language)
		a.win.Resize(limit)
		for i, s := range a.screens {
			a.nav.Select(i)
			fits(t, a, "opening "+s.key)
		}
		s := a.goTo(scrWhatIf)
		w := a.whatif
		for _, add := range []struct {
			name string
			do   func()
		}{
			{"hires", func() { w.hireCount.SetText("3") }},
			{"a certification", nil},
			{"a year of R&D", func() { w.rdPersonnel.SetText("1234567.89") }},
		} {
			if add.do != nil {
				add.do()
			}
			for _, b := range findButtons(s.view, lang.L("whatif.add")) {
				test.Tap(b)
				fits(t, a, "the what-if adds "+add.name)
			}
		}
		if len(w.changes) == 0 {
			t.Fatal("no what-if change was made")
		}
		// Every dialog fits too.
		dialogs := map[string]func(){
			"the firm":       a.editFirm,
			"a new person":   func() { a.editPerson(-1) },
			"a person":       func() { a.editPerson(34) },
			"a patent":       func() { a.editPatent(0) },
			"R&D":            func() { a.editRD(0) },
			"an investment":  func() { a.editInvestment(-1) },
			"a loan":         func() { a.editLoan(-1) },
			"a fee":          func() { a.editFee(-1) },
			"a certificate":  func() { a.editCert(-1) },
			"a benefit got":  func() { a.editReceived(-1) },
			"accounts":       func() { a.editFinancial(0) },
			"taxes":          func() { a.editTax(-1) },
			"the history":    a.showHistory,
			"the clause":     func() { a.showClause(a.ev.Results[0].Rule) },
			"the import":     func() { a.chooseTable("x", func(string) {}) },
			"a long message": func() { a.message("x", strings.Repeat("很长的一句话，", 300)).Show() },
		}
		for name, open := range dialogs {
			open()
			top := overlay(a)
			if top == nil {
				t.Errorf("%s: no dialog for %s", language, name)
				continue
			}
			if m := top.MinSize(); m.Width > limit.Width || m.Height > limit.Height {
				t.Errorf("%s: the dialog of %s needs %v, more than %v", language, name, m, limit)
			}
			capture(t, a, fmt.Sprintf("%s-1024x640-dialog-%s", language, strings.ReplaceAll(name, " ", "-")))
			for len(a.dialogs) > 0 {
				a.dialogs[len(a.dialogs)-1].Hide()
			}
		}
	}
}

// A list's headers never run into each other: each header button is at
// least as wide as its text needs, in both languages.
func TestHeadersFitTheirColumns(t *testing.T) {
	for _, language := range []string{LangZh, LangEn} {
		a := newTestApp(t, language)
		a.win.Resize(fyne.NewSize(1920, 800)) // every column on screen
		for key, rs := range a.records {
			a.goTo(key)
			headers := 0
			for _, b := range findAll[*widget.Button](rs.table) {
				if b.Text == "" {
					continue
				}
				headers++
				if b.Size().Width+0.5 < b.MinSize().Width {
					t.Errorf("%s %s: header %q is %.0f wide, needs %.0f", language, key, b.Text, b.Size().Width, b.MinSize().Width)
				}
			}
			if headers == 0 {
				t.Errorf("%s %s: no headers found", language, key)
			}
		}
	}
}
