package ui

import (
	"context"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/portfolio"
	"huiqi/model/store"
)

func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// mainMenu is the File menu: 新建, 打开, 最近打开, 另存为, 备份, 退出.
func (a *App) mainMenu() *fyne.MainMenu {
	newItem := fyne.NewMenuItem(lang.L("menu.new"), a.newFile)
	newItem.Shortcut = shortcut(fyne.KeyN)
	openItem := fyne.NewMenuItem(lang.L("menu.open"), a.openFile)
	openItem.Shortcut = shortcut(fyne.KeyO)
	saveAs := fyne.NewMenuItem(lang.L("menu.save_as"), a.saveAs)
	saveAs.Shortcut = shortcut(fyne.KeyS)
	recent := fyne.NewMenuItem(lang.L("menu.recent"), nil)
	for i, p := range a.recent() {
		p := p
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(a.recentLabel(i, p), func() { a.openPlace(p) }))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	backup := fyne.NewMenuItem(lang.L("menu.backup"), a.backup)
	restore := fyne.NewMenuItem(lang.L("menu.restore"), a.restore)
	importItem := fyne.NewMenuItem(lang.L("menu.import"), a.importSheet)
	exportItem := fyne.NewMenuItem(lang.L("menu.export"), a.exportSheet)
	templateItem := fyne.NewMenuItem(lang.L("menu.template"), a.template)
	quit := fyne.NewMenuItem(lang.L("menu.quit"), func() { a.win.Close() })
	quit.IsQuit = true
	quit.Shortcut = shortcut(fyne.KeyQ)
	noFile := a.st == nil
	for _, it := range []*fyne.MenuItem{saveAs, backup, restore, importItem, exportItem} {
		it.Disabled = noFile
	}
	items := append([]*fyne.MenuItem{newItem, openItem}, a.deskMenu()...) // 打开客户文件夹 (desk.go)
	file := fyne.NewMenu(lang.L("menu.file"), append(items, recent, fyne.NewMenuItemSeparator(), saveAs, backup, restore,
		fyne.NewMenuItemSeparator(), importItem, exportItem, templateItem, fyne.NewMenuItemSeparator(), quit)...)
	undo := fyne.NewMenuItem(lang.L("menu.undo"), a.undoShortcut)
	undo.Shortcut = &fyne.ShortcutUndo{} // Ctrl+Z (⌘Z on a Mac), as the driver names it
	history := fyne.NewMenuItem(lang.L("menu.history"), a.showHistory)
	find := fyne.NewMenuItem(lang.L("menu.find"), a.find)
	find.Shortcut = shortcut(fyne.KeyF)
	for _, it := range []*fyne.MenuItem{undo, history, find} {
		it.Disabled = noFile
	}
	edit := fyne.NewMenu(lang.L("menu.edit"), undo, history, fyne.NewMenuItemSeparator(), find)
	return fyne.NewMainMenu(file, edit)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

func (a *App) registerShortcuts() {
	c := a.win.Canvas()
	c.AddShortcut(shortcut(fyne.KeyN).(*desktop.CustomShortcut), func(fyne.Shortcut) { a.newFile() })
	c.AddShortcut(shortcut(fyne.KeyO).(*desktop.CustomShortcut), func(fyne.Shortcut) { a.openFile() })
	c.AddShortcut(shortcut(fyne.KeyS).(*desktop.CustomShortcut), func(fyne.Shortcut) {
		if a.st != nil {
			a.saveAs()
		}
	})
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { a.undoShortcut() })
	c.AddShortcut(shortcut(fyne.KeyF).(*desktop.CustomShortcut), func(fyne.Shortcut) { a.find() })
	c.AddShortcut(shortcut(fyne.KeyQ).(*desktop.CustomShortcut), func(fyne.Shortcut) { a.win.Close() })
}

func (a *App) openAndReport(path string) {
	if err := a.Open(path); err != nil {
		a.showError(err)
	}
}

// dbFilter limits file dialogs to database files.
var dbFilter = storage.NewExtensionFileFilter([]string{".db", ".sqlite", ".huiqi"})

func (a *App) openFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		a.openAndReport(r.URI().Path())
	}, a.win)
	d.SetFilter(dbFilter)
	a.showDialog(d)
}

// chooseNewPath asks where to write a new database file.
func (a *App) chooseNewPath(name string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		// The dialog created an empty file; the database takes its place.
		os.Remove(path)
		then(path)
	}, a.win)
	d.SetFileName(name)
	a.showDialog(d)
}

// saveDialog is the file dialog behind chooseSave.
func (a *App) saveDialog(dir, name string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			then("")
			return
		}
		path := w.URI().Path()
		w.Close()
		then(path)
	}, a.win)
	if dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.SetFileName(name)
	a.showDialog(d)
}

// newFile creates a database with a new firm whose profile the user fills
// in first.
func (a *App) newFile() {
	a.chooseNewPath(lang.L("file.new_firm")+".db", func(path string) { a.createFirm(path) })
}

// createFirm asks for the firm's profile and creates the database at path.
func (a *App) createFirm(path string) {
	// No founding date is proposed: today would be a guess, and a wrong
	// founding date moves every window of the rules.
	f := model.Firm{LegalForm: model.LegalCompany, Ownership: model.OwnPrivate, Industry: "other",
		Certifications: []model.Certification{}, Received: []model.Received{}}
	e := newEditor(a, "firm")
	a.firmFields(e, &f, func(q model.Firm) error {
		sc := &model.Scenario{Firm: q}
		if e.failed {
			e.reportOthers(model.Validate(sc))
			return nil
		}
		if errs := model.Validate(sc); len(errs) > 0 {
			return errs
		}
		if err := createDatabase(a.ctx, path, sc); err != nil {
			return err
		}
		return a.Open(path)
	})
}

// createDatabase writes sc into a new database file, built aside and put
// in place whole (store.Create).
func createDatabase(ctx context.Context, path string, sc *model.Scenario) error {
	if err := mkdirFor(path); err != nil {
		return err
	}
	return store.Create(ctx, path, func(st store.Store) error { return st.Import(ctx, sc, false) })
}

// openDemo creates the demo firm's database at path and opens it.
func (a *App) openDemo(path string) error {
	if err := createDatabase(a.ctx, path, demo.Scenario(a.today())); err != nil {
		return err
	}
	return a.Open(path)
}

// saveAs copies the open database to a new file and continues there; an
// office client is so taken out of the office database to a file.
func (a *App) saveAs() {
	a.chooseNewPath(a.fileName(""), func(path string) {
		if err := a.st.Backup(a.ctx, path); err != nil {
			a.showError(err)
			return
		}
		a.openAndReport(path)
	})
}

// fileName is a file name for a copy of the open store, with more added
// before the extension: the file's own name, or an office client's firm.
func (a *App) fileName(more string) string {
	name := filepath.Base(a.st.Where())
	if store.IsOffice(a.st.Where()) {
		name = portfolio.SafeName(a.sc.Firm.Name) + ".db"
	}
	return name[:len(name)-len(filepath.Ext(name))] + more + ".db"
}

// backup writes a copy of the open database where the user chooses.
func (a *App) backup() {
	name := a.fileName(" " + lang.L("file.backup") + " " + civil.Today().String())
	a.chooseNewPath(name, func(path string) {
		if err := a.st.Backup(a.ctx, path); err != nil {
			a.showError(err)
			return
		}
		a.message(lang.L("menu.backup"), lang.X("backup.done", "", map[string]any{"File": path})).Show()
	})
}
