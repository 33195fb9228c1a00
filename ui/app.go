// Package ui is the Fyne desktop app. It calls the model, engine, forms and
// pdf packages and holds no business rule of its own.
package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/store"
)

// prefLanguage is the preference key of the chosen language.
const prefLanguage = "language"

// Setup installs the theme and translations on a. It is separate from Run
// so that headless tests get the same look and strings.
func Setup(a fyne.App) error {
	if err := SetLanguage(a.Preferences().StringWithFallback(prefLanguage, LangZh)); err != nil {
		return err
	}
	a.Settings().SetTheme(newTheme())
	a.SetIcon(Icon())
	return nil
}

// NewMainWindow builds the main window on an open store.
func NewMainWindow(a fyne.App, s *store.Store) (fyne.Window, error) {
	sc, err := s.Load(context.Background())
	if err != nil {
		return nil, err
	}
	w := a.NewWindow(lang.L("app.name") + " — " + sc.Firm.Name)
	w.SetContent(summary(sc, s.Path()))
	w.Resize(fyne.NewSize(1024, 640))
	return w, nil
}

// summary is the placeholder screen: the firm and what it holds.
func summary(sc *model.Scenario, path string) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	firm := widget.NewLabel(lang.X("app.placeholder", "", map[string]any{"Firm": sc.Firm.Name}))
	counts := widget.NewLabel(lang.X("app.counts", "", map[string]any{
		"People": len(sc.People), "Patents": len(sc.Patents), "RD": len(sc.RDExpenses),
		"Loans": len(sc.Loans), "Fees": len(sc.Fees),
	}))
	file := widget.NewLabel(lang.X("app.file", "", map[string]any{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	return container.NewPadded(container.NewVBox(title, firm, counts, file))
}
