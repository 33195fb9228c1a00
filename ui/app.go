// Package ui is the Fyne desktop app. It calls the model, engine, forms and
// pdf packages and holds no business rule of its own: every figure it shows
// comes from the engine, every check from model.Validate.
package ui

import (
	"context"
	"errors"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/params"
	"huiqi/model/store"
)

// Preference keys.
const (
	prefLanguage     = "language"
	prefRecent       = "recent"
	prefRecentNames  = "recent_names"  // the firm of each recent file, in the same order
	prefPacketFolder = "packet_folder" // where the last packet was saved
)

// App is one main window on one database file.
type App struct {
	fy  fyne.App
	win fyne.Window
	eng *engine.Engine

	st   store.Store // nil until a file is open
	sc   *model.Scenario
	ev   *engine.Evaluation
	asOf civil.Date // chosen evaluation date; zero: the scenario's, else today

	today   func() civil.Date
	openURL func(*url.URL) error
	// chooseSave asks where to save a new file named name, starting in
	// dir, and calls then with the chosen path ("" when cancelled). Tests
	// answer it themselves.
	chooseSave func(dir, name string, then func(path string))
	ctx        context.Context

	screens []*screen
	current int
	editor  *editor // the edit dialog opened last

	// Screens that other screens (and tests) talk to.
	results  *resultsScreen
	whatif   *whatIfScreen
	packet   *packetScreen
	settings *settingsScreen
	records  map[string]*recordScreen // by screen key
	body     *fyne.Container
	nav      *widget.List
	bar      *widget.Label   // the status line: what the last action did
	dialogs  []dialog.Dialog // shown and not yet closed, the top one last

	desk *desk // the client folder open in the window, if any (desk.go)

	// passwords of office databases given in this session, by URL
	// without password (office.go); never written anywhere.
	passwords map[string]string
}

// screen is one entry of the navigation.
type screen struct {
	key     string // translation key of its name
	icon    fyne.Resource
	build   func() fyne.CanvasObject
	refresh func() // after the records or the evaluation change; may be nil
	view    fyne.CanvasObject
}

// Setup installs the theme, icon and the saved language on fy. Headless
// tests call it too, so they see what users see.
func Setup(fy fyne.App) error {
	if err := SetLanguage(fy.Preferences().StringWithFallback(prefLanguage, LangZh)); err != nil {
		return err
	}
	fy.Settings().SetTheme(newTheme())
	fy.SetIcon(Icon())
	return nil
}

// New creates the main window (not shown yet) with no file open.
func New(fy fyne.App) *App {
	a := &App{
		fy:      fy,
		win:     fy.NewWindow(lang.L("app.name")),
		eng:     engine.New(params.Default()),
		today:   civil.Today,
		openURL: fy.OpenURL,
		ctx:     context.Background(),

		passwords: map[string]string{},
	}
	a.chooseSave = a.saveDialog
	// 1024×640 fits every screen the app meets, small laptops included;
	// users enlarge it from there.
	a.win.Resize(fyne.NewSize(1024, 640))
	a.win.SetMaster()
	a.win.SetOnClosed(func() { a.close() })
	a.build()
	a.watchOthers()
	return a
}

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

// Run opens path (or, with none, the default database) and runs the app
// until the window closes.
func Run(fy fyne.App, path string) error {
	if err := Setup(fy); err != nil {
		return err
	}
	a := New(fy)
	if err := a.start(path); err != nil {
		return err
	}
	a.win.ShowAndRun()
	return nil
}

// start opens path, or the default database when path is "". A file that
// does not exist yet gets the first-start choice for that path (empty
// firm, demo, open another); nothing is written until the user chooses.
func (a *App) start(path string) error {
	if path == "" {
		def, err := store.DefaultPath()
		if err != nil {
			return err
		}
		path = def
	}
	if !store.IsOffice(path) && !fileExists(path) {
		a.showWelcome(path)
		return nil
	}
	if err := a.openAny(path); err != nil {
		a.showError(err)
	}
	return nil
}

// Open closes the current file and opens the database at path: a file,
// or a firm of an office database (store.WithFirm).
func (a *App) Open(path string) error {
	st, err := store.OpenWith(a.ctx, path, a.officeOptions(path))
	if err != nil {
		return err
	}
	sc, err := st.Load(a.ctx)
	if err != nil {
		st.Close()
		return err
	}
	a.close()
	a.st, a.sc, a.asOf = st, sc, 0
	a.remember(st.Where(), sc.Firm.Name)
	a.status(st.Where())
	for _, s := range a.screens {
		s.view = nil // built again for the new file
	}
	a.changed()
	a.show(a.current)
	return nil
}

func (a *App) close() {
	if a.st != nil {
		a.st.Close()
		a.st = nil
	}
}

// evalDate is the date evaluations use: the chosen one, else the
// scenario's as_of, else today (scenario.md).
func (a *App) evalDate() civil.Date {
	switch {
	case !a.asOf.IsZero():
		return a.asOf
	case a.sc != nil && !a.sc.AsOf.IsZero():
		return a.sc.AsOf
	}
	return a.today()
}

// changed re-evaluates after the records or the date change and refreshes
// the window. Evaluation takes milliseconds even for 50,000 people, so it
// runs on the UI goroutine.
func (a *App) changed() {
	if a.sc != nil {
		ev, err := a.eng.Evaluate(a.sc, a.evalDate())
		if err != nil {
			a.showError(err)
			return
		}
		a.ev = ev
	}
	a.updateTitle()
	for _, s := range a.screens {
		if s.view != nil && s.refresh != nil {
			s.refresh()
		}
	}
	a.win.SetMainMenu(a.mainMenu())
}

func (a *App) updateTitle() {
	title := lang.L("app.name")
	if a.sc != nil {
		title += " — " + a.sc.Firm.Name + " — " + placeName(a.st.Where())
	}
	a.win.SetTitle(title)
}

// build lays out navigation and body; called again when the language
// changes, so every label is re-read.
func (a *App) build() {
	a.screens = a.makeScreens()
	a.body = container.NewStack()
	a.nav = widget.NewList(
		func() int { return len(a.screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(nil), widget.NewLabel("概览概览概览"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(a.screens[i].icon)
			box.Objects[1].(*widget.Label).SetText(lang.L(a.screens[i].key))
		},
	)
	a.nav.OnSelected = func(i widget.ListItemID) { a.show(i) }
	split := container.NewHSplit(a.nav, a.body)
	split.Offset = 0.14
	a.bar = widget.NewLabel("")
	a.bar.Truncation = fyne.TextTruncateEllipsis
	a.win.SetContent(container.NewBorder(nil, a.bar, nil, nil, split))
	a.win.SetMainMenu(a.mainMenu())
	a.registerShortcuts()
	a.win.Canvas().SetOnTypedKey(a.typedKey)
	a.nav.Select(a.current)
	a.show(a.current)
	a.updateTitle()
	a.deskRebuilt()
}

// show switches the body to screen i, building it on first use.
func (a *App) show(i int) {
	if i < 0 || i >= len(a.screens) {
		return
	}
	a.current = i
	s := a.screens[i]
	if a.sc == nil {
		a.body.Objects = []fyne.CanvasObject{a.emptyView()}
		a.body.Refresh()
		return
	}
	if s.view == nil {
		s.view = s.build()
	} else if s.refresh != nil {
		s.refresh()
	}
	a.body.Objects = []fyne.CanvasObject{s.view}
	a.body.Refresh()
}

// goTo selects the screen with the given key.
func (a *App) goTo(key string) *screen {
	for i, s := range a.screens {
		if s.key == key {
			a.nav.Select(i)
			a.show(i)
			return s
		}
	}
	return nil
}

// status shows what the last action did on the status line.
func (a *App) status(text string) {
	if a.bar != nil {
		a.bar.SetText(text)
	}
}

func (a *App) emptyView() fyne.CanvasObject {
	return container.NewCenter(widget.NewLabel(lang.L("app.nofile")))
}

// errText renders an error in the current language: bilingual messages
// show their own half, lists show one problem a line.
func (a *App) errText(err error) string {
	var errs model.Errors
	if errors.As(err, &errs) {
		return model.ListLines(len(errs), func(i int) string {
			e := errs[i]
			text := a.pick(e.Err.Zh, e.Err.En)
			if e.Path != "" {
				text = model.DescribePath(a.sc, e.Path, a.lang()) + a.pick("：", ": ") + text
			}
			return text
		})
	}
	var fe *store.FileError
	if errors.As(err, &fe) {
		return fe.Path + "\n" + a.pick(fe.Err.Zh, fe.Err.En)
	}
	m := msg.From(err)
	return a.pick(m.Zh, m.En)
}

func (a *App) showError(err error) {
	d := a.message(lang.L("error.title"), a.errText(err))
	d.Show()
}
