package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/engine"
	"huiqi/model/mask"
)

// lang is the language the app speaks now.
func (a *App) lang() string {
	return a.fy.Preferences().StringWithFallback(prefLanguage, LangZh)
}

// pick chooses the Chinese or English of a bilingual pair.
func (a *App) pick(zh, en string) string {
	if a.lang() == LangEn {
		return en
	}
	return zh
}

// text renders an engine text in the current language.
func (a *App) text(t engine.Text) string { return a.pick(t.Zh, t.En) }

// label is an enumeration value's name in the current language.
func (a *App) label(e model.Enum, code string) string { return e.Label(code, a.lang()) }

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// message is a dialog with wrapped text and an OK button; Show it with
// Show (Esc closes it too).
func (a *App) message(title, text string) *appDialog {
	scroll := container.NewVScroll(wrapped(text))
	scroll.SetMinSize(fyne.NewSize(520, 160))
	return &appDialog{a: a, Dialog: dialog.NewCustom(title, lang.L("button.ok"), scroll, a.win)}
}

// appDialog is a dialog the app tracks, so that Esc closes the one on top.
type appDialog struct {
	dialog.Dialog
	a *App
}

// Show shows the dialog and lets Esc close it.
func (d *appDialog) Show() { d.a.showDialog(d.Dialog) }

// showDialog shows d and remembers it: Esc (when no input has the cursor)
// closes the dialog shown last.
func (a *App) showDialog(d dialog.Dialog) {
	a.dialogs = append(a.dialogs, d)
	d.SetOnClosed(func() {
		for i, x := range a.dialogs {
			if x == d {
				a.dialogs = append(a.dialogs[:i], a.dialogs[i+1:]...)
				break
			}
		}
	})
	d.Show()
	a.translatePlaces(d)
}

// typedKey handles keys no widget took: Esc closes the top dialog.
func (a *App) typedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && len(a.dialogs) > 0 {
		a.dialogs[len(a.dialogs)-1].Hide()
	}
}

// remember puts path first in the recent-files list (at most 8), with
// the firm's name, which the menu shows.
func (a *App) remember(path, firm string) {
	recent, names := []string{path}, []string{firm}
	old, oldNames := a.recent(), a.fy.Preferences().StringList(prefRecentNames)
	for i, p := range old {
		if p != path && len(recent) < 8 {
			recent = append(recent, p)
			names = append(names, pick(i < len(oldNames), at(oldNames, i), ""))
		}
	}
	a.fy.Preferences().SetStringList(prefRecent, recent)
	a.fy.Preferences().SetStringList(prefRecentNames, names)
}

func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}

func (a *App) recent() []string { return a.fy.Preferences().StringList(prefRecent) }

// recentLabel is how the menu names a recent file: the firm, then the
// file's name (the folder is on the status line when it opens).
func (a *App) recentLabel(i int, path string) string {
	name := at(a.fy.Preferences().StringList(prefRecentNames), i)
	if name == "" {
		return filepath.Base(path)
	}
	return name + " — " + filepath.Base(path)
}

// maskID hides the middle of a resident ID number in lists:
// 530402199203150017 → 5304**********0017 (the one masking of the model,
// which messages use too).
func maskID(id string) string { return mask.ID(id) }

// bold is a bold label.
func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// heading is a large bold label.
func heading(s string) *widget.Label {
	l := bold(s)
	l.SizeName = "headingText"
	return l
}

// section is a card whose title and subtitle wrap: a framework card's
// title is one line whatever its length, so a long English title widens
// the whole screen past a small window.
func section(title, subtitle string, content fyne.CanvasObject) *widget.Card {
	t := wrapped(title)
	t.TextStyle.Bold = true
	t.SizeName = theme.SizeNameSubHeadingText
	objs := []fyne.CanvasObject{t}
	if subtitle != "" {
		objs = append(objs, wrapped(subtitle))
	}
	if content != nil {
		objs = append(objs, content)
	}
	return widget.NewCard("", "", container.NewVBox(objs...))
}

// boldWrapped is bold wrapped text (a heading of a column).
func boldWrapped(s string) *textBlock {
	t := wrapped(s)
	t.TextStyle.Bold = true
	return t
}

// wrapped is text that wraps as Chinese is typeset (textBlock).
func wrapped(s string) *textBlock { return newTextBlock(s) }

// confirm asks a yes/no question and runs yes on yes.
func confirm(a *App, title, question, action string, yes func()) {
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if ok {
			yes()
		}
	}, a.win)
	// The buttons name what they do (删除 / 取消), not the framework's
	// 是 / 否, which answer a question the dialog does not ask.
	d.SetConfirmText(action)
	d.SetDismissText(lang.L("button.cancel"))
	a.showDialog(d)
}

// mkdirFor creates the folder a file will go in (private: it holds ID
// numbers).
func mkdirFor(path string) error { return os.MkdirAll(filepath.Dir(path), 0o700) }

// pick is a conditional expression for labels.
func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}

// find puts the cursor in the search box of the list on screen, or of the
// people list from any other screen (Ctrl+F).
func (a *App) find() {
	if a.sc == nil {
		return
	}
	s, ok := a.records[a.screens[a.current].key]
	if !ok {
		a.goTo(scrPeople)
		s = a.records[scrPeople]
	}
	if s != nil && s.query != nil {
		a.win.Canvas().Focus(s.query)
	}
}
