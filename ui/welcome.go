package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// showWelcome is the first start, with no database anywhere yet: create
// an empty firm at the default place, open the demo, or open a file.
func (a *App) showWelcome(defaultPath string) {
	empty := widget.NewButton(lang.L("welcome.empty"), func() { a.createFirm(defaultPath) })
	empty.Importance = widget.HighImportance
	demoBtn := widget.NewButton(lang.L("welcome.demo"), func() {
		if err := a.openDemo(defaultPath); err != nil {
			a.showError(err)
		}
	})
	open := widget.NewButton(lang.L("welcome.open"), a.openFile)
	folder := widget.NewButton(lang.L("menu.open_folder"), a.openFolderDialog) // an accountant's clients (desk.go)
	box := container.NewVBox(heading(lang.L("welcome.title")), wrapped(lang.L("welcome.text")), empty, demoBtn, open, folder)
	// A fixed width keeps the text in readable lines instead of the
	// narrow column a centred label would shrink to.
	a.body.Objects = []fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(480, box.MinSize().Height+120), box))}
	a.body.Refresh()
}
