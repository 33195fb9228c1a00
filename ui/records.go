package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/engine"
)

// recordKind describes one list screen (人员, 专利, 研发费用, 投资, 贷款, 收费):
// its columns, search, filters and edit dialog.
type recordKind struct {
	screen  string
	icon    fyne.Resource
	columns []column
	count   func() int
	search  func(i int) string // text the search box matches
	filters func() []filter    // recomputed on refresh: years come and go
	edit    func(i int)        // i < 0: a new record
	summary func() fyne.CanvasObject
}

type column struct {
	title string // translation key
	width float32
	cell  func(i int) string
}

type filter struct {
	label string // what the choice reads
	keep  func(i int) bool
}

// recordScreen is a virtualised table over one record list: only the
// visible rows are drawn, so 50,000 people scroll as smoothly as 50.
type recordScreen struct {
	a       *App
	kind    recordKind
	rows    []int // indexes into the list after search and filter
	filters []filter
	query   *widget.Entry
	which   *widget.Select
	count   *widget.Label
	table   *widget.Table
	sum     *fyne.Container
	sortCol int  // the column the rows are sorted by; -1: the records' own order
	sortAsc bool // ascending, else descending
}

func (s *recordScreen) build() fyne.CanvasObject {
	k := s.kind
	s.query = widget.NewEntry()
	s.query.SetPlaceHolder(lang.L("list.search"))
	s.query.OnChanged = func(string) { s.refresh() }
	s.which = widget.NewSelect(nil, func(string) { s.refresh() })
	s.setFilters()
	s.count = widget.NewLabel("")
	add := widget.NewButtonWithIcon(lang.L("button.add"), theme.ContentAddIcon(), func() { k.edit(-1) })
	add.Importance = widget.HighImportance
	s.table = widget.NewTable(
		func() (int, int) { return len(s.rows), len(k.columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(s.rows) {
				o.(*widget.Label).SetText(k.columns[id.Col].cell(s.rows[id.Row]))
			}
		})
	s.table.ShowHeaderRow = true
	s.sortCol = -1
	// A header is a button: tapping it sorts by that column, again the
	// other way round.
	s.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	s.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col < 0 {
			return
		}
		b := o.(*widget.Button)
		title := lang.L(k.columns[id.Col].title)
		if id.Col == s.sortCol {
			title += pick(s.sortAsc, " ▲", " ▼")
		}
		b.SetText(title)
		col := id.Col
		b.OnTapped = func() { s.sortBy(col) }
	}
	s.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.rows) {
			k.edit(s.rows[id.Row])
		}
		s.table.UnselectAll()
	}
	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.which, s.count, add), s.query)
	s.sum = container.NewVBox()
	s.refresh()
	return container.NewBorder(container.NewVBox(top, s.sum), nil, nil, nil, s.table)
}

func (s *recordScreen) refresh() {
	if s.table == nil || s.a.sc == nil {
		return
	}
	k := s.kind
	s.setFilters()
	q := strings.ToLower(strings.TrimSpace(s.query.Text))
	var keep func(int) bool
	if i := s.which.SelectedIndex(); i >= 0 && i < len(s.filters) {
		keep = s.filters[i].keep
	}
	n := k.count()
	s.rows = s.rows[:0]
	for i := 0; i < n; i++ {
		if (keep == nil || keep(i)) && (q == "" || strings.Contains(strings.ToLower(k.search(i)), q)) {
			s.rows = append(s.rows, i)
		}
	}
	if s.sortCol >= 0 {
		cell := k.columns[s.sortCol].cell
		slices.SortStableFunc(s.rows, func(x, y int) int {
			c := compareCells(cell(x), cell(y))
			if !s.sortAsc {
				c = -c
			}
			return c
		})
	}
	s.count.SetText(lang.X("list.count", "", map[string]any{"Shown": len(s.rows), "Total": n}))
	s.fitColumns()
	if k.summary != nil {
		s.sum.Objects = []fyne.CanvasObject{k.summary()}
		s.sum.Refresh()
	}
	s.table.Refresh()
}

// Column widths: each column is as wide as its header (with room for the
// sort mark, so a header never runs into the next) and its widest cell
// among the first measured rows, within its least width and most.
const (
	mostColumn   = 360 // wider cells end in "…"; the record's dialog shows them whole
	measuredRows = 400 // enough to see the long names; a list of thousands stays quick
)

func (s *recordScreen) fitColumns() {
	k := s.kind
	size := theme.TextSize()
	pad := 4*theme.Padding() + theme.InnerPadding()
	for i, c := range k.columns {
		w := max(c.width, fyne.MeasureText(lang.L(c.title)+" ▼", size, fyne.TextStyle{}).Width+pad)
		for _, r := range s.rows[:min(len(s.rows), measuredRows)] {
			w = max(w, fyne.MeasureText(c.cell(r), size, fyne.TextStyle{}).Width+pad)
		}
		s.table.SetColumnWidth(i, min(w, max(c.width, mostColumn)))
	}
}

// sortBy sorts the list by column col, or the other way round when it is
// sorted by col already.
func (s *recordScreen) sortBy(col int) {
	if s.sortCol == col {
		s.sortAsc = !s.sortAsc
	} else {
		s.sortCol, s.sortAsc = col, true
	}
	s.refresh()
}

// compareCells orders two cells as a person expects: amounts and counts
// by value (¥1,200.00 after ¥900.00), other text (names, dates written
// YYYY-MM-DD) as text; empty cells last.
func compareCells(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "" || a == "—":
		return 1
	case b == "" || b == "—":
		return -1
	}
	x, errX := strconv.ParseFloat(numberText(a), 64)
	y, errY := strconv.ParseFloat(numberText(b), 64)
	if errX == nil && errY == nil {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return strings.Compare(a, b)
}

func numberText(s string) string {
	return strings.NewReplacer("¥", "", ",", "", "%", "").Replace(strings.TrimSpace(s))
}

// setFilters refreshes the filter choices, keeping the selection when it
// still exists.
func (s *recordScreen) setFilters() {
	if s.kind.filters == nil {
		s.which.Hide()
		return
	}
	s.filters = s.kind.filters()
	names := make([]string, len(s.filters))
	for i, f := range s.filters {
		names[i] = f.label
	}
	if slices.Equal(names, s.which.Options) {
		return
	}
	old := s.which.Selected
	s.which.Options = names
	if slices.Contains(names, old) {
		s.which.Selected = old
	} else {
		s.which.Selected = names[0]
	}
	s.which.Refresh()
}

// recordKinds are the list screens, in navigation order.
func recordKinds(a *App) []recordKind {
	return []recordKind{a.peopleKind(), a.patentKind(), a.rdKind(), a.investmentKind(), a.loanKind(), a.feeKind()}
}

func (a *App) peopleKind() recordKind {
	p := func(i int) *model.Person { return &a.sc.People[i] }
	yes := func(b bool) string {
		if b {
			return lang.L("tri.yes")
		}
		return ""
	}
	y := func() int { return a.evalDate().Year() }
	return recordKind{
		screen: scrPeople, icon: theme.AccountIcon(),
		columns: []column{
			{"col.id", 70, func(i int) string { return p(i).ID }},
			{"col.name", 110, func(i int) string { return p(i).Name }},
			{"col.id_number", 190, func(i int) string { return maskID(p(i).IDNumber) }},
			{"col.founder", 60, func(i int) string { return yes(p(i).Founder) }},
			{"col.hired", 110, func(i int) string { return p(i).Hired.String() }},
			{"col.left", 110, func(i int) string { return p(i).Left.String() }},
			{"col.contract", 80, func(i int) string { return intText(p(i).ContractMonths) }},
			{"col.graduated", 110, func(i int) string { return p(i).Graduated.String() }},
			{"col.categories", 220, func(i int) string { return a.labels(model.Categories, p(i).Categories) }},
		},
		count:  func() int { return len(a.sc.People) },
		search: func(i int) string { return p(i).ID + " " + p(i).Name + " " + p(i).IDNumber },
		filters: func() []filter {
			return []filter{
				{lang.L("filter.all"), nil},
				{lang.L("filter.employed"), func(i int) bool { return a.employed(p(i)) }},
				{lang.L("filter.founders"), func(i int) bool { return p(i).Founder }},
				{lang.L("filter.hired_this_year"), func(i int) bool { return !p(i).Founder && p(i).Hired.Year() == y() }},
				{lang.L("filter.graduates"), func(i int) bool { return !p(i).Graduated.IsZero() }},
			}
		},
		edit: a.editPerson,
	}
}

func (a *App) employed(p *model.Person) bool {
	return engine.Employed(p, a.sc.Firm.Founded, a.evalDate())
}

func intText(v *int) string {
	if v == nil {
		return lang.L("tri.unknown")
	}
	return strconv.Itoa(*v)
}

func (a *App) labels(e model.Enum, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = a.label(e, c)
	}
	return strings.Join(out, "、")
}

func (a *App) patentKind() recordKind {
	p := func(i int) *model.Patent { return &a.sc.Patents[i] }
	return recordKind{
		screen: scrPatents, icon: theme.DocumentIcon(),
		columns: []column{
			{"col.patent_number", 170, func(i int) string { return p(i).Number }},
			{"col.kind", 90, func(i int) string { return a.label(model.PatentKinds, p(i).Kind) }},
			{"col.title", 260, func(i int) string { return p(i).Title }},
			{"col.filed", 110, func(i int) string { return p(i).Filed.String() }},
			{"col.granted", 110, func(i int) string { return p(i).Granted.String() }},
			{"col.status", 80, func(i int) string { return a.label(model.PatentStatuses, p(i).Status) }},
			{"col.inventors", 120, func(i int) string { return strings.Join(p(i).Inventors, ", ") }},
		},
		count:  func() int { return len(a.sc.Patents) },
		search: func(i int) string { return p(i).Number + " " + p(i).Title },
		filters: func() []filter {
			return []filter{
				{lang.L("filter.all"), nil},
				{lang.L("filter.pending"), func(i int) bool { return p(i).Status == model.StatusPending }},
				{lang.L("filter.granted"), func(i int) bool { return p(i).Status == model.StatusGranted }},
			}
		},
		edit: a.editPatent,
	}
}

func (a *App) rdKind() recordKind {
	e := func(i int) *model.RDExpense { return &a.sc.RDExpenses[i] }
	return recordKind{
		screen: scrRD, icon: theme.StorageIcon(),
		columns: []column{
			{"col.date", 110, func(i int) string { return e(i).Date.String() }},
			{"col.project", 200, func(i int) string { return e(i).Project }},
			{"col.category", 160, func(i int) string { return a.label(model.RDCategories, e(i).Category) }},
			{"col.amount", 140, func(i int) string { return e(i).Amount.Yuan() }},
			{"col.capitalized", 80, func(i int) string {
				if e(i).Capitalized {
					return lang.L("tri.yes")
				}
				return ""
			}},
		},
		count:  func() int { return len(a.sc.RDExpenses) },
		search: func(i int) string { return e(i).Date.String() + " " + e(i).Project },
		filters: func() []filter {
			return append([]filter{{lang.L("filter.all"), nil}}, a.yearFilters(func(i int) int { return e(i).Date.Year() }, len(a.sc.RDExpenses))...)
		},
		edit:    a.editRD,
		summary: a.rdSummary,
	}
}

// yearFilters offers one filter per year present in a list.
func (a *App) yearFilters(year func(int) int, n int) []filter {
	seen := map[int]bool{}
	var years []int
	for i := 0; i < n; i++ {
		if y := year(i); !seen[y] {
			seen[y] = true
			years = append(years, y)
		}
	}
	slices.Sort(years)
	var out []filter
	for _, y := range years {
		out = append(out, filter{lang.X("filter.year", "", map[string]any{"Year": y}), func(i int) bool { return year(i) == y }})
	}
	return out
}

func (a *App) investmentKind() recordKind {
	v := func(i int) *model.Investment { return &a.sc.Investments[i] }
	return recordKind{
		screen: scrInvestments, icon: theme.UploadIcon(),
		columns: []column{
			{"col.investee", 240, func(i int) string { return v(i).Investee }},
			{"col.date", 110, func(i int) string { return v(i).Date.String() }},
			{"col.amount", 150, func(i int) string { return v(i).Amount.Yuan() }},
			{"col.unlisted", 80, func(i int) string { return boolText(v(i).Unlisted) }},
			{"col.sme_high_tech", 110, func(i int) string { return boolText(v(i).SMEHighTech) }},
			{"col.startup_tech", 100, func(i int) string { return boolText(v(i).StartupTech) }},
			{"col.exited", 110, func(i int) string { return v(i).Exited.String() }},
		},
		count:  func() int { return len(a.sc.Investments) },
		search: func(i int) string { return v(i).Investee + " " + v(i).InvesteeUSCC },
		edit:   a.editInvestment,
	}
}

func (a *App) loanKind() recordKind {
	l := func(i int) *model.Loan { return &a.sc.Loans[i] }
	return recordKind{
		screen: scrLoans, icon: theme.MailSendIcon(),
		columns: []column{
			{"col.kind", 150, func(i int) string { return a.label(model.LoanKinds, l(i).Kind) }},
			{"col.borrower", 120, func(i int) string { return a.borrowerName(l(i).Borrower) }},
			{"col.amount", 140, func(i int) string { return l(i).Amount.Yuan() }},
			{"col.start", 110, func(i int) string { return l(i).Start.String() }},
			{"col.term", 80, func(i int) string { return strconv.Itoa(l(i).TermMonths) }},
			{"col.rate", 80, func(i int) string { return fmt.Sprintf("%d.%02d%%", l(i).RateBP/100, l(i).RateBP%100) }},
			{"col.repaid", 90, func(i int) string { return triText(l(i).RepaidOnTime) }},
		},
		count:  func() int { return len(a.sc.Loans) },
		search: func(i int) string { return l(i).Borrower + " " + a.borrowerName(l(i).Borrower) },
		edit:   a.editLoan,
	}
}

func (a *App) borrowerName(id string) string {
	if id == model.BorrowerFirm {
		return lang.L("loan.firm")
	}
	for _, p := range a.sc.People {
		if p.ID == id {
			return p.Name
		}
	}
	return id
}

func (a *App) feeKind() recordKind {
	f := func(i int) *model.Fee { return &a.sc.Fees[i] }
	return recordKind{
		screen: scrFees, icon: theme.ListIcon(),
		columns: []column{
			{"col.date", 110, func(i int) string { return f(i).Date.String() }},
			{"col.service", 220, func(i int) string { return f(i).Service }},
			{"col.mandatory", 80, func(i int) string { return boolText(f(i).Mandatory) }},
			{"col.gov_priced", 90, func(i int) string { return boolText(f(i).GovernmentPriced) }},
			{"col.standard", 130, func(i int) string { return f(i).Standard.Yuan() }},
			{"col.charged", 130, func(i int) string { return f(i).Charged.Yuan() }},
		},
		count:  func() int { return len(a.sc.Fees) },
		search: func(i int) string { return f(i).Date.String() + " " + f(i).Service },
		edit:   a.editFee,
	}
}

func boolText(b bool) string {
	if b {
		return lang.L("tri.yes")
	}
	return lang.L("tri.no")
}

func triText(t model.Tri) string {
	switch t {
	case model.True:
		return lang.L("tri.yes")
	case model.False:
		return lang.L("tri.no")
	}
	return lang.L("tri.unknown")
}
