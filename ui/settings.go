package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/civil"
)

// settingsScreen (设置): the language, kept in the app's preferences, and
// the evaluation date (default: the file's as_of, else today).
type settingsScreen struct {
	a      *App
	lang   *widget.RadioGroup
	date   *widget.Entry
	status *textBlock
}

func (s *settingsScreen) build() fyne.CanvasObject {
	a := s.a
	s.lang = widget.NewRadioGroup([]string{"中文", "English"}, nil)
	if a.lang() == LangEn {
		s.lang.SetSelected("English")
	} else {
		s.lang.SetSelected("中文")
	}
	s.lang.OnChanged = func(v string) {
		code := LangZh
		if v == "English" {
			code = LangEn
		}
		if code != a.lang() {
			a.SetLanguage(code)
		}
	}
	s.date = widget.NewEntry()
	s.date.SetPlaceHolder("YYYY-MM-DD")
	s.status = wrapped("")
	apply := widget.NewButton(lang.L("settings.apply"), func() { s.setDate(s.date.Text) })
	today := widget.NewButton(lang.L("settings.today"), func() { s.setDate("") })
	s.refresh()
	return container.NewPadded(container.NewVBox(
		section(lang.L("settings.language"), "", s.lang),
		section(lang.L("settings.date"), lang.L("settings.date_help"),
			container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(apply, today), s.date), s.status)),
	))
}

func (s *settingsScreen) refresh() {
	if s.date != nil && s.a.sc != nil {
		s.date.SetText(s.a.evalDate().String())
	}
}

// setDate sets the evaluation date ("" for the default) and re-evaluates.
func (s *settingsScreen) setDate(text string) {
	a := s.a
	if text == "" {
		a.asOf = 0
	} else {
		d, err := parseDate(text)
		if err != nil {
			s.status.SetText(a.errText(err))
			return
		}
		if d < model.PolicyInForce {
			s.status.SetText(lang.X("settings.too_early", "", map[string]any{"Date": model.PolicyInForce.String()}))
			return
		}
		a.asOf = d
	}
	s.status.SetText("")
	a.changed()
}

// SetLanguage switches every string of the app to code and remembers it.
func (a *App) SetLanguage(code string) {
	if err := SetLanguage(code); err != nil {
		a.showError(err)
		return
	}
	a.fy.Preferences().SetString(prefLanguage, code)
	a.build()
	a.changed()
}

var _ = civil.Date(0)
