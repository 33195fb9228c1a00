package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"huiqi/batch"
	"huiqi/model"
	"huiqi/model/portfolio"
	"huiqi/model/scenario"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

// The overview's batch work: new clients, clients imported from a
// scenario or a spreadsheet, packets of many clients, the overview as
// .xlsx and the calendar as .ics.

// newClient asks for the firm's profile and creates its file in the
// folder, named after the firm, then opens it.
func (d *desk) newClient() {
	a := d.a
	f := model.Firm{LegalForm: model.LegalCompany, Ownership: model.OwnPrivate, Founded: a.today(), Industry: "other",
		Certifications: []model.Certification{}, Received: []model.Received{}}
	a.firmFields(newEditor(a, "firm"), &f, func(q model.Firm) error {
		return d.addClient(&model.Scenario{Firm: q})
	})
}

// addClient validates sc, writes it as a new file of the folder named
// after the firm (never over another), or as a new firm of the office
// database (never over one of the same credit code), and opens it.
func (d *desk) addClient(sc *model.Scenario) error {
	if errs := model.Validate(sc); len(errs) > 0 {
		return errs
	}
	path := d.pathOf(sc.Firm.USCC)
	if !d.office() {
		path = portfolio.NewClientPath(d.dir, sc.Firm.Name)
	}
	ctx := d.a.ctx
	err := store.CreateWith(ctx, path, d.a.officeOptions(path), func(s store.Store) error { return s.Import(ctx, sc, false) })
	if d.office() && errors.Is(err, store.ErrFirmExists) {
		return store.ErrUSCCTaken
	}
	if err != nil {
		return err
	}
	file := d.nameOf(path)
	d.clients = append(d.clients, portfolio.Read(ctx, d.dir, file, d.asOf, d.a.eng, d.scanOptions()))
	d.loaded = append(d.loaded, true)
	d.refresh()
	d.open(file)
	return nil
}

var clientImportFilter = storage.NewExtensionFileFilter([]string{".json", ".xlsx", ".csv"})

// importClient makes a new client from a scenario file, or from a
// spreadsheet of one table with the firm's profile asked for.
func (d *desk) importClient() {
	a := d.a
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		data, err := io.ReadAll(io.LimitReader(r, 200<<20))
		name := r.URI().Name()
		r.Close()
		if err != nil {
			a.showError(err)
			return
		}
		if strings.EqualFold(filepath.Ext(name), ".json") {
			d.importScenario(name, data)
			return
		}
		a.chooseTable(lang.L("desk.import_client"), func(table string) { d.importSheet(name, data, table) })
	}, a.win)
	dlg.SetFilter(clientImportFilter)
	dlg.Show()
}

// importScenario adds the firm of a huiqi-scenario file as a new client.
func (d *desk) importScenario(name string, data []byte) {
	sc, err := scenario.Decode(data)
	if err != nil {
		d.a.message(lang.L("desk.import_client"), name+"\n"+d.a.errText(err)).Show()
		return
	}
	if err := d.addClient(sc); err != nil {
		d.a.showError(err)
	}
}

// importSheet asks for the new client's profile, then checks the
// spreadsheet's rows against it and creates the client with them.
func (d *desk) importSheet(name string, data []byte, table string) {
	a := d.a
	f := model.Firm{LegalForm: model.LegalCompany, Ownership: model.OwnPrivate, Founded: a.today(), Industry: "other",
		Certifications: []model.Certification{}, Received: []model.Received{}}
	a.firmFields(newEditor(a, "firm"), &f, func(q model.Firm) error {
		sc := &model.Scenario{Firm: q}
		if errs := model.Validate(sc); len(errs) > 0 {
			return errs
		}
		add, err := sheet.Prepare(sc, name, data, table)
		if err != nil {
			return err
		}
		return d.addClient(merged(sc, add))
	})
}

// merged is sc with the records of add after its own.
func merged(sc, add *model.Scenario) *model.Scenario {
	out := *sc
	out.Firm.Certifications = append(out.Firm.Certifications, add.Firm.Certifications...)
	out.Firm.Received = append(out.Firm.Received, add.Firm.Received...)
	out.Financials = append(out.Financials, add.Financials...)
	out.Taxes = append(out.Taxes, add.Taxes...)
	out.People = append(out.People, add.People...)
	out.Patents = append(out.Patents, add.Patents...)
	out.RDExpenses = append(out.RDExpenses, add.RDExpenses...)
	out.Investments = append(out.Investments, add.Investments...)
	out.Loans = append(out.Loans, add.Loans...)
	out.Fees = append(out.Fees, add.Fees...)
	return &out
}

// printTargets are the clients a batch prints: those ticked, else every
// readable client the filter and search show.
func (d *desk) printTargets() []string {
	var out []string
	for _, i := range d.rows {
		if c := d.clients[i]; c.Readable() && c.Firm != "" && d.checked[c.File] {
			out = append(out, c.File)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, i := range d.rows {
		if c := d.clients[i]; c.Readable() && c.Firm != "" {
			out = append(out, c.File)
		}
	}
	return out
}

// packetsDir is where a batch writes: the client folder's 申报材料 (a
// folder is no row of the overview); for an office database, the one in
// the user's documents.
func (d *desk) packetsDir() string { return filepath.Join(d.localDir(), lang.L("desk.packets_folder")) }

// localDir is the folder files of the overview go to and come from: the
// client folder, or the documents folder beside an office database.
func (d *desk) localDir() string {
	if d.office() {
		return documentsDir()
	}
	return d.dir
}

// printPackets prints the chosen clients' packets off the UI goroutine,
// with a progress bar and a cancel button.
func (d *desk) printPackets() {
	a := d.a
	files := d.printTargets()
	if len(files) == 0 {
		a.message(lang.L("desk.print_title"), lang.L("desk.print_none")).Show()
		return
	}
	p := &portfolio.Portfolio{Dir: d.dir, AsOf: d.asOf}
	for _, f := range files {
		if c, ok := d.client(f); ok {
			p.Clients = append(p.Clients, *c)
		}
	}
	out := d.packetsDir()
	bar := widget.NewProgressBar()
	status := widget.NewLabel(lang.X("desk.print_working", "", map[string]any{"Done": 0, "Total": len(files)}))
	ctx, cancel := context.WithCancel(a.ctx)
	cancelBtn := widget.NewButton(lang.L("button.cancel"), cancel)
	content := container.NewVBox(status, bar, container.NewHBox(layoutSpacer(), cancelBtn))
	wrap := container.NewGridWrap(fyne.NewSize(420, content.MinSize().Height), content)
	progress := dialog.NewCustomWithoutButtons(lang.L("desk.print_title"), wrap, a.win)
	progress.Show()
	done := make(chan struct{})
	d.mu.Lock()
	d.printing = done
	d.mu.Unlock()
	today := a.today()
	go func() {
		defer close(done)
		results, err := batch.Packets(ctx, p, a.eng, out, batch.Options{Generated: today, Password: d.scanOptions().Password,
			OnDone: func(n, total int, _ batch.Result) {
				fyne.Do(func() {
					bar.SetValue(float64(n) / float64(total))
					status.SetText(lang.X("desk.print_working", "", map[string]any{"Done": n, "Total": total}))
				})
			}})
		cancel()
		fyne.Do(func() {
			progress.Hide()
			d.printed(results, err, out)
		})
	}()
}

// printed tells what a batch made.
func (d *desk) printed(results []batch.Result, err error, out string) {
	a := d.a
	made := 0
	var problems []string
	for _, r := range results {
		if r.PDF != "" {
			made++
		} else if r.Err != nil {
			problems = append(problems, r.File+": "+a.pick(r.Err.Zh, r.Err.En))
		}
	}
	text := lang.X("desk.print_done", "", map[string]any{"Count": made, "Dir": out})
	if err == context.Canceled {
		text = lang.X("desk.print_cancelled", "", map[string]any{"Count": made, "Dir": out})
	} else if err != nil {
		text = a.errText(err)
	}
	if len(problems) > 0 {
		text += "\n\n" + strings.Join(problems, "\n")
	}
	d.lastPrint = text
	a.message(lang.L("desk.print_title"), text).Show()
}

// exportXLSX saves the overview, one row per file, as .xlsx.
func (d *desk) exportXLSX() {
	d.saveAs(fmt.Sprintf("%s %s.xlsx", lang.L("desk.title"), d.asOf), func(w io.Writer) error {
		return d.portfolio().WriteXLSX(w)
	})
}

// exportICS saves the calendar of all clients as .ics.
func (d *desk) exportICS() {
	d.saveAs(fmt.Sprintf("%s %s.ics", lang.L("desk.calendar_file"), d.asOf), func(w io.Writer) error {
		return portfolio.WriteICS(w, d.events, d.a.lang(), time.Now())
	})
}

// portfolio is the overview as the scan gave it, rows read so far.
func (d *desk) portfolio() *portfolio.Portfolio {
	p := &portfolio.Portfolio{Dir: d.dir, AsOf: d.asOf}
	for i, c := range d.clients {
		if d.loaded[i] {
			p.Clients = append(p.Clients, c)
		}
	}
	return p
}

// saveAs asks where to save and writes the whole file there, or nothing.
func (d *desk) saveAs(name string, write func(io.Writer) error) {
	a := d.a
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		a.showError(err)
		return
	}
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		_, err = w.Write(buf.Bytes())
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			a.showError(err)
		}
	}, a.win)
	dlg.SetFileName(name)
	if u, err := storage.ListerForURI(storage.NewFileURI(d.localDir())); err == nil {
		dlg.SetLocation(u)
	}
	dlg.Show()
}

// buildCalendar is the calendar of all clients: every deadline of the
// next DefaultDays days with the client's name.
func (d *desk) buildCalendar() fyne.CanvasObject {
	d.calendar = widget.NewList(
		func() int { return len(d.events) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(d.events) {
				return
			}
			e := d.events[i]
			o.(*widget.Label).SetText(lang.X("desk.event", "", map[string]any{
				"Date": e.Date.String(), "Days": e.DaysLeft, "Firm": e.Firm, "What": d.a.text(e.What)}))
		})
	d.calendar.OnSelected = func(i widget.ListItemID) {
		if i < len(d.events) {
			d.selected = d.events[i].File
		}
		d.calendar.UnselectAll()
	}
	export := widget.NewButton(lang.L("desk.export_ics"), d.exportICS)
	export.Importance = widget.HighImportance
	help := wrapped(lang.X("desk.calendar_help", "", map[string]any{"Days": portfolio.DefaultDays}))
	return container.NewBorder(container.NewBorder(nil, nil, nil, export, help), nil, nil, nil, d.calendar)
}

// refreshCalendar gathers the deadlines of the rows read so far.
func (d *desk) refreshCalendar() {
	if d.calendar == nil {
		return
	}
	d.events = d.portfolio().Calendar(portfolio.DefaultDays, d.a.eng.Rules())
	d.calendar.Refresh()
}
