package ui

import (
	"cmp"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/engine"
	"huiqi/model/portfolio"
)

// The overview's columns, in order.
// What an accountant looks for each morning comes first: what is new,
// for whom, what falls due, how much; the rest scrolls in from the right.
const (
	colPick = iota
	colMark
	colFirm
	colNext
	colDays
	colCash
	colPossible
	colTax
	colEligible
	colMayApply
	colMissingData
	colIneligible
	colMissing
	colUSCC
	colCounty
	colSize
	colChanged
	colFile
	colNote
)

// deskColumn is one column: its heading, width, cell text and order.
type deskColumn struct {
	title     string // translation key
	width     float32
	text      func(d *desk, c *portfolio.Client) string
	compare   func(a, b *portfolio.Client) int
	descFirst bool // numbers sort largest first on the first click
}

func byText(f func(c *portfolio.Client) string) func(a, b *portfolio.Client) int {
	return func(a, b *portfolio.Client) int { return cmp.Compare(f(a), f(b)) }
}

func byNumber[T cmp.Ordered](f func(c *portfolio.Client) T) func(a, b *portfolio.Client) int {
	return func(a, b *portfolio.Client) int { return cmp.Compare(f(a), f(b)) }
}

func count(n int) string { return strconv.Itoa(n) }

// nextDate sorts a client without a deadline after every date.
func nextDate(c *portfolio.Client) int {
	if c.Next == nil {
		return 1 << 30
	}
	return int(c.Next.Date)
}

var deskColumns = []deskColumn{
	colPick: {title: "desk.col_pick", width: 40, text: func(*desk, *portfolio.Client) string { return "" },
		compare: func(a, b *portfolio.Client) int { return 0 }},
	colMark: {title: "desk.col_mark", width: 56, text: func(d *desk, c *portfolio.Client) string {
		switch c.Mark() {
		case portfolio.MarkNew:
			return lang.L("desk.mark_new")
		case portfolio.MarkChanged:
			return lang.L("desk.mark_changed")
		}
		return ""
	}, compare: byNumber(func(c *portfolio.Client) int {
		return map[portfolio.Mark]int{portfolio.MarkNew: 2, portfolio.MarkChanged: 1}[c.Mark()]
	}), descFirst: true},
	colFirm: {title: "desk.col_firm", width: 240, text: func(d *desk, c *portfolio.Client) string {
		if c.Err != nil {
			// A file that is not a client says why where the eye looks.
			return d.a.pick(c.Err.Zh, c.Err.En)
		}
		return c.Firm
	},
		compare: byText(func(c *portfolio.Client) string { return c.Firm })},
	colUSCC: {title: "desk.col_uscc", width: 180, text: func(d *desk, c *portfolio.Client) string { return c.USCC },
		compare: byText(func(c *portfolio.Client) string { return c.USCC })},
	colCounty: {title: "desk.col_county", width: 100, text: func(d *desk, c *portfolio.Client) string { return c.County },
		compare: byText(func(c *portfolio.Client) string { return c.County })},
	colSize: {title: "desk.col_size", width: 76, text: func(d *desk, c *portfolio.Client) string {
		if !c.Readable() || c.Firm == "" {
			return ""
		}
		return d.a.text(engine.ClassName(c.SizeClass))
	}, compare: byNumber(func(c *portfolio.Client) int {
		return map[string]int{engine.Micro: 1, engine.Small: 2, engine.Medium: 3, engine.Large: 4}[c.SizeClass]
	})},
	colEligible: {title: "status.eligible", width: 64, text: func(d *desk, c *portfolio.Client) string { return countOf(c, c.Counts.Eligible) },
		compare: byNumber(func(c *portfolio.Client) int { return c.Counts.Eligible }), descFirst: true},
	colMayApply: {title: "status.may_apply", width: 64, text: func(d *desk, c *portfolio.Client) string { return countOf(c, c.Counts.MayApply) },
		compare: byNumber(func(c *portfolio.Client) int { return c.Counts.MayApply }), descFirst: true},
	colMissingData: {title: "status.missing_data", width: 64, text: func(d *desk, c *portfolio.Client) string { return countOf(c, c.Counts.MissingData) },
		compare: byNumber(func(c *portfolio.Client) int { return c.Counts.MissingData }), descFirst: true},
	colIneligible: {title: "status.ineligible", width: 64, text: func(d *desk, c *portfolio.Client) string { return countOf(c, c.Counts.Ineligible) },
		compare: byNumber(func(c *portfolio.Client) int { return c.Counts.Ineligible }), descFirst: true},
	colCash: {title: "dash.cash", width: 120, text: func(d *desk, c *portfolio.Client) string { return yuanOf(c, c.Totals.Cash) },
		compare: byNumber(func(c *portfolio.Client) int64 { return int64(c.Totals.Cash) }), descFirst: true},
	colPossible: {title: "dash.cash_possible", width: 140, text: func(d *desk, c *portfolio.Client) string { return yuanOf(c, c.Totals.CashPossible) },
		compare: byNumber(func(c *portfolio.Client) int64 { return int64(c.Totals.CashPossible) }), descFirst: true},
	colTax: {title: "dash.tax_saving", width: 120, text: func(d *desk, c *portfolio.Client) string { return yuanOf(c, c.Totals.TaxSaving) },
		compare: byNumber(func(c *portfolio.Client) int64 { return int64(c.Totals.TaxSaving) }), descFirst: true},
	colNext: {title: "desk.col_next", width: 280, text: func(d *desk, c *portfolio.Client) string {
		if c.Next == nil {
			return ""
		}
		return c.Next.Date.String() + " " + d.a.text(c.Next.What)
	}, compare: byNumber(nextDate)},
	colDays: {title: "desk.col_days", width: 72, text: func(d *desk, c *portfolio.Client) string {
		if c.Next == nil {
			return ""
		}
		return strconv.Itoa(c.DaysLeft)
	}, compare: byNumber(nextDate)},
	colMissing: {title: "desk.col_missing", width: 72, text: func(d *desk, c *portfolio.Client) string { return countOf(c, c.Missing) },
		compare: byNumber(func(c *portfolio.Client) int { return c.Missing }), descFirst: true},
	colChanged: {title: "desk.col_changed", width: 136, text: func(d *desk, c *portfolio.Client) string {
		if c.LastChange.IsZero() {
			return ""
		}
		// An office client says which seat's role changed it last.
		return strings.TrimSpace(c.LastChange.Local().Format("2006-01-02 15:04") + " " + c.ChangedBy)
	}, compare: byNumber(func(c *portfolio.Client) int64 { return c.LastChange.UnixNano() }), descFirst: true},
	colFile: {title: "desk.col_file", width: 200, text: func(d *desk, c *portfolio.Client) string { return c.File },
		compare: byText(func(c *portfolio.Client) string { return c.File })},
	colNote: {title: "desk.col_note", width: 360, text: func(d *desk, c *portfolio.Client) string {
		switch {
		case c.Err != nil:
			return d.a.pick(c.Err.Zh, c.Err.En)
		case c.Firm == "" && !c.Upgrade:
			return lang.L("desk.reading")
		case c.Upgrade:
			return d.a.pick(portfolio.UpgradeNoteZh, portfolio.UpgradeNoteEn)
		}
		return portfolio.ChangesText(c.Changes, d.a.lang())
	}, compare: byText(func(c *portfolio.Client) string {
		if c.Err != nil {
			return "0" + c.Err.Zh
		}
		return "1"
	})},
}

func countOf(c *portfolio.Client, n int) string {
	if !c.Readable() || c.Firm == "" {
		return ""
	}
	return count(n)
}

func yuanOf(c *portfolio.Client, f interface{ Yuan() string }) string {
	if !c.Readable() || c.Firm == "" {
		return ""
	}
	return f.Yuan()
}

// deskTable is the overview's table: a row per client, a heading per
// column that sorts by it, a tick box for batch work; a double click or
// Enter on a row opens the client.
type deskTable struct {
	widget.Table
	d *desk
}

func newDeskTable(d *desk) *deskTable {
	t := &deskTable{d: d}
	t.Length = func() (int, int) { return len(d.rows), len(deskColumns) }
	t.CreateCell = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewStack(canvas.NewRectangle(color.Transparent), l, widget.NewCheck("", nil))
	}
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) { t.update(id, o.(*fyne.Container)) }
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col < 0 {
			return
		}
		b := o.(*widget.Button)
		text := lang.L(deskColumns[id.Col].title)
		if id.Col == d.sortCol {
			text += map[bool]string{false: " ▲", true: " ▼"}[d.sortDesc]
		}
		b.SetText(text)
		col := id.Col
		b.OnTapped = func() {
			if col != colPick {
				d.setSort(col)
			}
		}
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(d.rows) {
			d.selected = d.clients[d.rows[id.Row]].File
			t.Refresh()
		}
	}
	for i, c := range deskColumns {
		// Wide enough for the heading in the language shown, with its
		// sort arrow: a heading never runs into the next column.
		head := widget.NewButton(lang.L(c.title)+" ▼", nil)
		t.SetColumnWidth(i, max(c.width, head.MinSize().Width))
	}
	t.ExtendBaseWidget(t)
	return t
}

func (t *deskTable) update(id widget.TableCellID, box *fyne.Container) {
	d := t.d
	if id.Row < 0 || id.Row >= len(d.rows) {
		return
	}
	c := &d.clients[d.rows[id.Row]]
	bg, label, check := box.Objects[0].(*canvas.Rectangle), box.Objects[1].(*widget.Label), box.Objects[2].(*widget.Check)
	bg.FillColor = color.Transparent
	if c.File == d.selected {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	bg.Refresh()
	if id.Col == colPick {
		label.Hide()
		check.Show()
		file := c.File
		check.OnChanged = nil
		check.SetChecked(d.checked[file])
		check.OnChanged = func(on bool) {
			if on {
				d.checked[file] = true
			} else {
				delete(d.checked, file)
			}
			d.printBtn.SetText(lang.X("desk.print", "", map[string]any{"Count": len(d.printTargets())}))
		}
		if c.Readable() {
			check.Enable()
		} else {
			check.Disable()
		}
		return
	}
	check.Hide()
	label.Show()
	label.Importance = widget.MediumImportance
	switch {
	case id.Col == colMark && c.Mark() != "":
		label.Importance = widget.SuccessImportance
	case !c.Readable():
		label.Importance = widget.DangerImportance
	case id.Col == colDays && c.Next != nil && c.DaysLeft <= dueWithin:
		label.Importance = widget.WarningImportance
	}
	label.SetText(deskColumns[id.Col].text(d, c))
}

// DoubleTapped opens the client of the row double-clicked.
func (t *deskTable) DoubleTapped(e *fyne.PointEvent) {
	// The table keeps its selected cell by position, which a new sort may
	// have given to another client: unselect, so the tap selects anew.
	t.UnselectAll()
	t.d.selected = ""
	t.Table.Tapped(e)
	if t.d.selected != "" {
		t.d.open(t.d.selected)
	}
}

// TypedKey opens the focused row's client on Enter; other keys move
// through the table as usual.
func (t *deskTable) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
		t.UnselectAll() // as in DoubleTapped
		t.d.selected = ""
		t.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // selects the focused cell
		if t.d.selected != "" {
			t.d.open(t.d.selected)
		}
		return
	}
	t.Table.TypedKey(e)
}
