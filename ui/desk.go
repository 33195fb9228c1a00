package ui

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/portfolio"
	"huiqi/model/store"
)

// An accountant's desk (issue 12): the window can hold a client folder
// (客户文件夹) instead of one file. Its first screen is the overview of
// every client (客户总览, deskTable), beside the calendar of all clients;
// opening a client shows the usual screens under a bar that leads back to
// the overview, with its sort, filter and search as they were.
type desk struct {
	a    *App
	dir  string
	asOf civil.Date

	// The rows, in file order, filled while the scan goes on.
	clients []portfolio.Client
	loaded  []bool
	p       *portfolio.Portfolio // the finished scan; nil while scanning
	scanErr error

	// What the accountant chose: kept across rescans and visits to a client.
	sortCol  int
	sortDesc bool
	filter   int
	query    string
	selected string          // the selected row's file
	checked  map[string]bool // the rows ticked for batch work

	rows []int // indexes into clients: filtered and sorted

	table    *deskTable
	search   *widget.Entry
	which    *widget.Select
	count    *widget.Label
	progress *widget.ProgressBar
	printBtn *widget.Button
	calendar *widget.List
	events   []portfolio.Event
	tabs     *container.AppTabs
	view     fyne.CanvasObject

	split     fyne.CanvasObject // the window's usual content: navigation and screens
	inClient  bool              // a client is shown instead of the overview
	printing  chan struct{}     // closed when the running batch has finished
	lastPrint string            // what the last batch said it made
	cancel    func()            // stops the running scan
	done      chan struct{}     // closed when the running scan has finished
	mu        sync.Mutex        // guards done and cancel across goroutines
}

// Filters of the overview, in the order the choice lists them.
const (
	filterAll = iota
	filterNew
	filterDue
	filterMissing
	filterBroken
)

var filterKeys = []string{"desk.filter_all", "desk.filter_new", "desk.filter_due", "desk.filter_missing", "desk.filter_broken"}

// dueWithin is the 30 天内到期 filter's horizon.
const dueWithin = 30

// OpenFolder shows the overview of the client folder dir, or of the
// firms of an office database (a URL: see connect for its password),
// scanning it in the background; the rows fill in as they are read.
func (a *App) OpenFolder(dir string) error {
	abs := officeKey(dir)
	if !store.IsOffice(dir) {
		var err error
		if abs, err = filepath.Abs(dir); err != nil {
			return err
		}
		if _, err := portfolio.List(abs); err != nil {
			return err
		}
	}
	split := a.win.Content()
	if a.desk != nil {
		a.desk.stop()
		split = a.desk.split
	}
	d := &desk{a: a, dir: abs, asOf: a.today(), checked: map[string]bool{}, sortCol: colFile, split: split}
	if a.st != nil && !a.asOf.IsZero() {
		d.asOf = a.asOf
	}
	a.desk = d
	a.remember(abs, lang.L("desk.title"))
	d.build()
	d.showOverview()
	d.rescan()
	return nil
}

// deskRebuilt is build's hook: after a change of language the window is
// laid out anew, and the desk puts its overview (or its bar above the
// client) back.
func (a *App) deskRebuilt() {
	d := a.desk
	if d == nil {
		return
	}
	d.split = a.win.Content()
	d.build()
	if d.inClient {
		d.showClient()
	} else {
		d.showOverview()
	}
}

// build makes the overview's widgets.
func (d *desk) build() {
	d.search = widget.NewEntry()
	d.search.SetPlaceHolder(lang.L("desk.search"))
	d.search.SetText(d.query)
	d.search.OnChanged = func(s string) { d.query = s; d.refresh() }
	d.search.OnSubmitted = func(string) {
		// Enter in the search opens the only match, or the selected one.
		if len(d.rows) == 1 {
			d.open(d.clients[d.rows[0]].File)
		} else if d.selected != "" {
			d.open(d.selected)
		}
	}
	names := make([]string, len(filterKeys))
	for i, k := range filterKeys {
		names[i] = lang.L(k)
	}
	d.which = widget.NewSelect(names, nil)
	d.which.SetSelectedIndex(d.filter)
	d.which.OnChanged = func(string) { d.filter = d.which.SelectedIndex(); d.refresh() }
	d.count = widget.NewLabel("")
	d.progress = widget.NewProgressBar()
	d.progress.Hide()
	d.table = newDeskTable(d)
	d.printBtn = widget.NewButtonWithIcon("", theme.DocumentPrintIcon(), d.printPackets)
	refresh := widget.NewButtonWithIcon(lang.L("desk.rescan"), theme.ViewRefreshIcon(), d.rescan)
	newBtn := widget.NewButtonWithIcon(lang.L("desk.new_client"), theme.ContentAddIcon(), d.newClient)
	newBtn.Importance = widget.HighImportance
	importBtn := widget.NewButtonWithIcon(lang.L("desk.import_client"), theme.FolderOpenIcon(), d.importClient)
	xlsx := widget.NewButtonWithIcon(lang.L("desk.export_xlsx"), theme.DocumentSaveIcon(), d.exportXLSX)
	title := heading(lang.L("desk.title"))
	place := widget.NewLabel(lang.X("desk.place", "", map[string]any{"Dir": d.dir, "Date": d.asOf.String()}))
	place.Truncation = fyne.TextTruncateEllipsis
	top := container.NewVBox(
		container.NewBorder(nil, nil, title, nil, place),
		container.NewHBox(newBtn, importBtn, refresh, d.printBtn, xlsx),
		container.NewBorder(nil, nil, nil, container.NewHBox(d.which, d.count), d.search),
		d.progress,
	)
	overview := container.NewBorder(top, nil, nil, nil, d.table)
	d.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("desk.tab_overview"), overview),
		container.NewTabItem(lang.X("desk.tab_calendar", "", map[string]any{"Days": portfolio.DefaultDays}), d.buildCalendar()),
	)
	d.view = d.tabs
	d.refresh()
}

// showOverview puts the overview in the window.
func (d *desk) showOverview() {
	d.inClient = false
	d.a.win.SetContent(d.view)
	d.a.win.SetMainMenu(d.a.mainMenu())
	d.a.win.SetTitle(lang.L("app.name") + " — " + lang.L("desk.title") + " — " + placeName(d.dir))
	if c := d.a.win.Canvas(); c != nil {
		c.Focus(d.table)
	}
}

// showClient puts the open client's screens in the window, under a bar
// that leads back to the overview.
func (d *desk) showClient() {
	a := d.a
	d.inClient = true
	back := widget.NewButtonWithIcon(lang.L("desk.back"), theme.NavigateBackIcon(), d.back)
	back.Importance = widget.HighImportance
	where := widget.NewLabel(placeName(d.dir) + " › " + d.nameOf(a.st.Where()))
	where.Truncation = fyne.TextTruncateEllipsis
	bar := container.NewBorder(nil, widget.NewSeparator(), back, nil, where)
	a.win.SetContent(container.NewBorder(bar, nil, nil, nil, d.split))
	a.win.SetMainMenu(a.mainMenu())
	a.updateTitle()
}

// rescan reads the folder (or the office database) again in the
// background.
func (d *desk) rescan() {
	d.stop()
	var files []string
	if !d.office() {
		var err error
		if files, err = portfolio.List(d.dir); err != nil {
			d.a.showError(err)
			return
		}
		d.setFiles(files)
	}
	d.p, d.scanErr = nil, nil
	d.progress.SetValue(0)
	d.progress.Show()
	d.refresh()
	ctx, cancel := context.WithCancel(d.a.ctx)
	done := make(chan struct{})
	d.mu.Lock()
	d.cancel, d.done = cancel, done
	d.mu.Unlock()
	index := map[string]int{}
	for i, f := range files {
		index[f] = i
	}
	read := 0
	var drawn time.Time
	opt := d.scanOptions()
	opt.OnFiles = func(names []string) {
		if !d.office() {
			return
		}
		// An office's firms are known once the scan has connected.
		fyne.Do(func() {
			if ctx.Err() != nil {
				return
			}
			files = names
			d.setFiles(names)
			for i, f := range names {
				index[f] = i
			}
			d.refresh()
		})
	}
	opt.OnClient = func(_ int, c portfolio.Client) {
		fyne.Do(func() {
			if ctx.Err() != nil {
				return
			}
			if i, ok := index[c.File]; ok {
				d.clients[i], d.loaded[i] = c, true
			}
			read++
			d.progress.SetValue(float64(read) / float64(max(1, len(files))))
			// Sorting and drawing a thousand rows for every row
			// read would take the UI goroutine from the user:
			// at most ten times a second, and once at the end.
			if time.Since(drawn) > 100*time.Millisecond {
				drawn = time.Now()
				d.refreshRows()
			}
		})
	}
	go func() {
		defer close(done)
		p, err := portfolio.Scan(ctx, d.dir, d.asOf, d.a.eng, opt)
		fyne.Do(func() {
			if ctx.Err() != nil {
				return // a newer scan took over, or the folder was closed
			}
			d.scanned(p, err)
		})
	}()
}

// setFiles lays out a row per client name; rows already read keep showing
// until their client is read again.
func (d *desk) setFiles(files []string) {
	old := map[string]portfolio.Client{}
	for i, c := range d.clients {
		if d.loaded[i] {
			old[c.File] = c
		}
	}
	d.clients = make([]portfolio.Client, len(files))
	d.loaded = make([]bool, len(files))
	for i, f := range files {
		if c, ok := old[f]; ok {
			d.clients[i], d.loaded[i] = c, true
		} else {
			d.clients[i] = portfolio.Client{File: f, Path: d.pathOf(f)}
		}
	}
}

// office reports whether the desk shows an office database's firms.
func (d *desk) office() bool { return store.IsOffice(d.dir) }

// pathOf is what opens the client of a row: its file, or the office
// database's URL with its credit code.
func (d *desk) pathOf(name string) string {
	if d.office() {
		return store.WithFirm(d.dir, name)
	}
	return filepath.Join(d.dir, name)
}

// nameOf is the row name of an open store's target: the file's name, or
// the office client's credit code.
func (d *desk) nameOf(where string) string {
	if store.IsOffice(where) {
		_, firm := store.SplitFirm(where)
		return firm
	}
	return filepath.Base(where)
}

// holds reports whether the store at where is one of the desk's clients.
func (d *desk) holds(where string) bool {
	if store.IsOffice(where) {
		return officeKey(where) == d.dir
	}
	return filepath.Dir(where) == d.dir
}

// scanOptions are what a scan or a row's read needs: an office's password.
func (d *desk) scanOptions() portfolio.Options {
	return portfolio.Options{Password: d.a.officeOptions(d.dir).Password}
}

// scanned takes the finished scan.
func (d *desk) scanned(p *portfolio.Portfolio, err error) {
	d.progress.Hide()
	if err != nil {
		d.scanErr = err
		d.a.showError(err)
		return
	}
	// Files that came or went during the scan are in its result.
	d.p = p
	d.clients = append([]portfolio.Client(nil), p.Clients...)
	d.loaded = make([]bool, len(d.clients))
	for i := range d.loaded {
		d.loaded[i] = true
	}
	d.refresh()
}

// stop cancels a running scan and waits for it.
func (d *desk) stop() {
	d.mu.Lock()
	cancel := d.cancel
	d.mu.Unlock()
	if cancel != nil {
		// The scan ends on its own soon after; its late rows are dropped.
		cancel()
	}
}

// wait blocks until the running scan, if any, has finished (tests).
func (d *desk) wait() {
	d.mu.Lock()
	done := d.done
	d.mu.Unlock()
	if done != nil {
		<-done
	}
}

// refresh filters and sorts the rows again and redraws the overview and
// the calendar.
func (d *desk) refresh() {
	d.refreshRows()
	d.refreshCalendar()
}

// refreshRows filters, sorts and redraws the overview's rows.
func (d *desk) refreshRows() {
	if d.table == nil {
		return
	}
	q := strings.ToLower(strings.TrimSpace(d.query))
	d.rows = d.rows[:0]
	for i := range d.clients {
		c := &d.clients[i]
		if d.keep(i) && (q == "" || strings.Contains(strings.ToLower(c.Firm), q) ||
			strings.Contains(strings.ToLower(c.USCC), q) || strings.Contains(strings.ToLower(c.File), q)) {
			d.rows = append(d.rows, i)
		}
	}
	col := deskColumns[d.sortCol]
	sort.SliceStable(d.rows, func(x, y int) bool {
		a, b := &d.clients[d.rows[x]], &d.clients[d.rows[y]]
		if c := col.compare(a, b); c != 0 {
			return (c < 0) != d.sortDesc
		}
		return a.File < b.File
	})
	d.count.SetText(lang.X("list.count", "", map[string]any{"Shown": len(d.rows), "Total": len(d.clients)}))
	d.printBtn.SetText(lang.X("desk.print", "", map[string]any{"Count": len(d.printTargets())}))
	// The table's own selection is a position, which the new order may
	// give to another client; the selected client is highlighted by file.
	d.table.UnselectAll()
	d.table.Refresh()
}

// keep applies the chosen filter to row i.
func (d *desk) keep(i int) bool {
	c := &d.clients[i]
	if !d.loaded[i] {
		return d.filter == filterAll
	}
	switch d.filter {
	case filterNew:
		return c.Marked()
	case filterDue:
		return c.Next != nil && c.DaysLeft <= dueWithin
	case filterMissing:
		return c.Readable() && (c.Missing > 0 || c.Counts.MissingData > 0)
	case filterBroken:
		return !c.Readable()
	}
	return true
}

// setSort sorts by column col; the same column again reverses the order.
func (d *desk) setSort(col int) {
	if col == d.sortCol {
		d.sortDesc = !d.sortDesc
	} else {
		d.sortCol, d.sortDesc = col, deskColumns[col].descFirst
	}
	d.refresh()
}

// client returns the row of a file.
func (d *desk) client(file string) (*portfolio.Client, bool) {
	for i := range d.clients {
		if d.clients[i].File == file {
			return &d.clients[i], d.loaded[i]
		}
	}
	return nil, false
}

// open shows the client of file; a file that is not a readable client
// says why instead.
func (d *desk) open(file string) {
	c, ok := d.client(file)
	if !ok {
		return
	}
	d.selected = file
	if c.Err != nil {
		d.a.message(lang.L("desk.cannot_open"), file+"\n"+d.a.pick(c.Err.Zh, c.Err.En)).Show()
		return
	}
	if err := d.a.Open(c.Path); err != nil {
		d.a.showError(err)
		return
	}
	// The client is seen on the overview's date, so that the look it
	// remembers is what the next scan compares with.
	d.a.asOf = d.asOf
	d.a.changed()
	d.a.rememberLook()
	// Open put the client first among the recent places; the folder is
	// what the accountant comes back to.
	d.a.remember(d.dir, lang.L("desk.title"))
	d.showClient()
}

// back returns from the client to the overview, remembering what was
// shown and reading that client's row again (it may have been edited).
func (d *desk) back() {
	a := d.a
	a.rememberLook()
	file := ""
	if a.st != nil {
		file = d.nameOf(a.st.Where())
	}
	if i := d.indexOf(file); i >= 0 && d.holds(a.st.Where()) {
		d.clients[i] = portfolio.Read(a.ctx, d.dir, file, d.asOf, a.eng, d.scanOptions())
		d.loaded[i] = true
	}
	d.showOverview()
	d.refresh()
}

func (d *desk) indexOf(file string) int {
	for i := range d.clients {
		if d.clients[i].File == file {
			return i
		}
	}
	return -1
}

// rememberLook records in the open file the evaluation shown, so the
// overview's marks start again from it. It changes no record.
func (a *App) rememberLook() {
	if a.st == nil || a.ev == nil {
		return
	}
	if err := a.st.SaveLook(a.ctx, portfolio.LookOf(a.ev, time.Now())); err != nil {
		a.showError(err)
	}
}

// openFolderDialog asks for a client folder.
func (a *App) openFolderDialog() {
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		if err := a.OpenFolder(u.Path()); err != nil {
			a.showError(err)
		}
	}, a.win)
}

// openAny opens a folder as a client folder, an office database's URL as
// the overview of its firms (with a firm named, that firm), and a file as
// a database (the command line's huiqi --db PATH).
func (a *App) openAny(path string) error {
	if store.IsOffice(path) {
		a.connect(path, func(target string) {
			var err error
			if _, firm := store.SplitFirm(target); firm == "" {
				err = a.OpenFolder(target)
			} else {
				err = a.Open(target)
			}
			if err != nil {
				a.showError(err)
			}
		})
		return nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return a.OpenFolder(path)
	}
	return a.Open(path)
}

// openPlace opens a recent place: a folder as a client folder, a file as
// a database.
func (a *App) openPlace(path string) {
	if err := a.openAny(path); err != nil {
		a.showError(err)
	}
}

// deskMenu is the File menu's items of the client folder.
func (a *App) deskMenu() []*fyne.MenuItem {
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.L("menu.open_folder"), a.openFolderDialog),
		fyne.NewMenuItem(lang.L("menu.open_office"), a.openOfficeDialog)}
	if a.desk != nil && a.desk.inClient {
		items = append(items, fyne.NewMenuItem(lang.L("desk.back"), a.desk.back))
	}
	return items
}
