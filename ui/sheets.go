package ui

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

// Spreadsheets and backups from the File menu (issue 6): import with a
// preview, export, templates, and restoring a backup.

// screenTables pairs each screen with the spreadsheet table it lists, so
// an import or export proposes the table of the screen the user is on.
var screenTables = map[string]string{
	scrPeople: "people", scrPatents: "patents", scrRD: "rd_expenses", scrInvestments: "investments",
	scrLoans: "loans", scrFees: "fees", scrFirm: "financials",
}

// tableTitle is a table's name in the UI's language; in Chinese it is the
// worksheet name sheet.TableName gives (a test holds them together).
func tableTitle(table string) string { return lang.L("table." + table) }

// tableScreen is the screen that lists table, "" for none.
func tableScreen(table string) string {
	for scr, t := range screenTables {
		if t == table {
			return scr
		}
	}
	return ""
}

// currentTable is the table of the screen on show, "" on other screens.
func (a *App) currentTable() string {
	if a.current < 0 || a.current >= len(a.screens) {
		return ""
	}
	return screenTables[a.screens[a.current].key]
}

// chooseTable asks which table a spreadsheet holds, proposing the one of
// the screen on show, then runs then.
func (a *App) chooseTable(title string, then func(table string)) {
	tables := sheet.Tables()
	names := make([]string, len(tables))
	chosen := 0
	for i, t := range tables {
		names[i] = tableTitle(t)
		if t == a.currentTable() {
			chosen = i
		}
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelectedIndex(chosen)
	a.showDialog(dialog.NewCustomConfirm(title, lang.L("button.ok"), lang.L("button.cancel"),
		container.NewVBox(widget.NewLabel(lang.L("sheet.which")), sel), func(ok bool) {
			if ok && sel.SelectedIndex() >= 0 {
				then(tables[sel.SelectedIndex()])
			}
		}, a.win))
}

var sheetFilter = storage.NewExtensionFileFilter([]string{".xlsx", ".csv"})

// importSheet: choose the table and the file, check every row off the UI
// goroutine, show a preview (or every problem by row and column), and
// append on confirmation, in one transaction.
func (a *App) importSheet() {
	a.chooseTable(lang.L("menu.import"), func(table string) {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			data, err := io.ReadAll(r)
			name := r.URI().Name()
			r.Close()
			if err != nil {
				a.showError(err)
				return
			}
			a.checkSheet(name, data, table)
		}, a.win)
		d.SetFilter(sheetFilter)
		a.showDialog(d)
	})
}

// checkSheet prepares the rows on a goroutine, with a progress dialog.
func (a *App) checkSheet(name string, data []byte, table string) {
	progress := dialog.NewCustomWithoutButtons(lang.L("menu.import"),
		container.NewVBox(widget.NewLabel(lang.L("sheet.checking")), widget.NewProgressBarInfinite()), a.win)
	progress.Show()
	sc := a.sc
	go func() {
		add, err := sheet.Prepare(sc, name, data, table)
		fyne.Do(func() {
			progress.Hide()
			if err != nil {
				a.message(lang.L("sheet.refused"), a.errText(err)).Show()
				return
			}
			a.previewSheet(name, table, add)
		})
	}()
}

// previewSheet shows the first rows as they will be stored and asks.
func (a *App) previewSheet(name, table string, add *model.Scenario) {
	var buf bytes.Buffer
	if err := sheet.Write(&buf, "preview.csv", table, add); err != nil {
		a.showError(err)
		return
	}
	rows, _ := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\uFEFF")))).ReadAll()
	n := max(0, len(rows)-1)
	shown := rows[:min(len(rows), 11)]
	grid := widget.NewTable(
		func() (int, int) {
			if len(shown) == 0 {
				return 0, 0
			}
			return len(shown), len(shown[0])
		},
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(shown[id.Row][id.Col]) })
	// Each column as wide as its widest cell (an ID number, a header), so
	// no cell overprints the next; the table scrolls sideways.
	for c, w := range columnWidths(shown, 64, 320) {
		grid.SetColumnWidth(c, w)
	}
	tableName := tableTitle(table)
	text := lang.X("sheet.preview", "", map[string]any{"Count": n, "Table": tableName, "File": name})
	content := container.NewBorder(wrapped(text), nil, nil, nil, container.NewGridWrap(fyne.NewSize(720, 320), grid))
	a.showDialog(dialog.NewCustomConfirm(lang.L("menu.import"), lang.L("sheet.do_import"), lang.L("button.cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		if err := a.guarded(func() error { return a.st.Append(a.ctx, add) }); err != nil {
			a.showError(err)
			return
		}
		a.reload()
		if scr := tableScreen(table); scr != "" {
			a.goTo(scr)
		}
		done := lang.X("sheet.imported", "", map[string]any{"Count": n, "Table": tableName, "File": name})
		a.status(done)
		a.message(lang.L("menu.import"), done).Show()
	}, a.win))
}

// columnWidths measures each column's widest cell in the theme's text
// size, with the padding of a label, kept between least and most.
func columnWidths(rows [][]string, least, most float32) []float32 {
	if len(rows) == 0 {
		return nil
	}
	pad := 4 * theme.Padding()
	out := make([]float32, len(rows[0]))
	for c := range out {
		w := least
		for _, r := range rows {
			if c < len(r) {
				w = max(w, fyne.MeasureText(r[c], theme.TextSize(), fyne.TextStyle{}).Width+pad)
			}
		}
		out[c] = min(w, most)
	}
	return out
}

// reload reads the firm back from the database after a bulk change.
func (a *App) reload() {
	sc, err := a.st.Load(a.ctx)
	if err != nil {
		a.showError(err)
		return
	}
	a.sc = sc
	a.changed()
}

// exportSheet writes a table to .xlsx or .csv where the user chooses.
func (a *App) exportSheet() {
	a.chooseTable(lang.L("menu.export"), func(table string) {
		a.saveBytes(fmt.Sprintf("%s %s.xlsx", sanitize(a.sc.Firm.Name), sheet.TableName(table)), func(name string) ([]byte, error) {
			var buf bytes.Buffer
			err := sheet.Write(&buf, name, table, a.sc)
			return buf.Bytes(), err
		})
	})
}

// template writes an import template for a table.
func (a *App) template() {
	a.chooseTable(lang.L("menu.template"), func(table string) {
		a.saveBytes(tableTitle(table)+" "+lang.L("file.template")+".xlsx", func(string) ([]byte, error) { return sheet.Template(table) })
	})
}

// saveBytes asks for a file and writes what make returns (make receives
// the chosen name, whose extension picks the format).
func (a *App) saveBytes(name string, make func(name string) ([]byte, error)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		defer w.Close()
		data, err := make(w.URI().Name())
		if err == nil {
			err = private(w)
		}
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			a.showError(err)
		}
	}, a.win)
	d.SetFileName(name)
	a.showDialog(d)
}

// restore lists the automatic and manual backups beside the database and
// puts the chosen one back (the current file is itself backed up first).
func (a *App) restore() {
	if store.IsOffice(a.st.Where()) {
		a.message(lang.L("menu.restore"), a.pick(
			"事务所数据库没有备份文件夹：由数据库管理员用 pg_dump 备份、用 pg_restore 恢复；单个客户的修改可用“编辑”›“撤销”或“修改记录”撤回",
			"an office database has no backups folder: its administrator backs it up with pg_dump and restores it with pg_restore; a client's changes are undone with Edit › Undo or the history")).Show()
		return
	}
	path := a.st.Where()
	backups, err := store.ListBackups(path)
	if err != nil {
		a.showError(err)
		return
	}
	if len(backups) == 0 {
		a.message(lang.L("menu.restore"), lang.X("restore.none", "", map[string]any{"Dir": store.BackupDir(path)})).Show()
		return
	}
	labels := make([]string, len(backups))
	for i, b := range backups {
		labels[i] = filepath.Base(b)
		if t, reason, ok := store.BackupTime(b); ok {
			labels[i] = t.Local().Format(time.DateTime) + "  " + backupReason(reason)
		}
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	a.showDialog(dialog.NewCustomConfirm(lang.L("menu.restore"), lang.L("restore.do"), lang.L("button.cancel"),
		container.NewVBox(wrapped(lang.L("restore.help")), sel), func(ok bool) {
			if !ok || sel.SelectedIndex() < 0 {
				return
			}
			chosen := backups[sel.SelectedIndex()]
			a.close()
			if err := store.Restore(a.ctx, chosen, path); err != nil {
				a.showError(err)
			}
			a.openAndReport(path)
		}, a.win))
}

// backupReason says why an automatic backup was made, in words; the code
// in its file name stays for scripts.
func backupReason(reason string) string {
	switch reason {
	case store.ReasonMigration, store.ReasonReplace, store.ReasonAppend, store.ReasonRestore:
		return lang.L("backup.reason." + reason)
	}
	return lang.L("backup.reason.other")
}
