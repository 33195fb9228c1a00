package ui

import (
	"fmt"
	"image/color"
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/assets"
	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/engine"
)

// resultsScreen (政策匹配): every rule with its status, amount, reasons line
// by line, the missing fields as links to the record to fill, the advice,
// the 口径说明 and the clause text on demand.
type resultsScreen struct {
	a      *App
	list   *widget.List
	detail *fyne.Container
	sel    int
}

func (s *resultsScreen) build() fyne.CanvasObject {
	a := s.a
	s.detail = container.NewVBox()
	s.list = widget.NewList(
		func() int {
			if a.ev == nil {
				return 0
			}
			return len(a.ev.Results)
		},
		func() fyne.CanvasObject {
			badge := canvas.NewRectangle(statusColor(engine.Eligible))
			badge.SetMinSize(fyne.NewSize(8, 8))
			badge.CornerRadius = 4
			// Two lines for the title: long titles wrap instead of being cut
			// (the detail on the right shows a title whole whatever its
			// length).
			title := wrapped("")
			title.MaxLines = 2
			two := canvas.NewRectangle(color.Transparent)
			two.SetMinSize(fyne.NewSize(0, wrapped("玉\n玉").MinSize().Height))
			return container.NewBorder(nil, nil, container.NewCenter(badge), widget.NewLabel(longestStatus()), container.NewStack(two, title))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := &a.ev.Results[i]
			b := o.(*fyne.Container)
			title := b.Objects[0].(*fyne.Container).Objects[1].(*textBlock)
			title.SetText(a.text(r.Rule.Title))
			badge := b.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			badge.FillColor = statusColor(r.Status)
			badge.Refresh()
			b.Objects[2].(*widget.Label).SetText(statusName(r.Status))
		})
	s.list.OnSelected = func(i widget.ListItemID) { s.sel = i; s.showDetail() }
	s.list.Select(s.sel)
	s.showDetail()
	split := container.NewHSplit(s.list, container.NewVScroll(container.NewPadded(s.detail)))
	split.Offset = 0.36
	return split
}

func (s *resultsScreen) refresh() {
	if s.list == nil {
		return
	}
	s.list.Refresh()
	s.showDetail()
}

// longestStatus sizes the status column of the list for the current
// language ("Missing data" is wider than "待补充").
func longestStatus() string {
	long := ""
	for _, st := range []engine.Status{engine.Eligible, engine.MayApply, engine.MissingData, engine.Ineligible} {
		if n := statusName(st); len([]rune(n)) > len([]rune(long)) {
			long = n
		}
	}
	return long
}

// Select shows the result of rule id.
func (s *resultsScreen) Select(id string) {
	for i, r := range s.a.ev.Results {
		if r.Rule.ID == id {
			s.list.Select(i)
		}
	}
}

func (s *resultsScreen) showDetail() {
	a := s.a
	if a.ev == nil || s.sel >= len(a.ev.Results) {
		return
	}
	r := &a.ev.Results[s.sel]
	objs := []fyne.CanvasObject{
		heading(a.text(r.Rule.Title)),
		widget.NewLabel(fmt.Sprintf(a.pick("%s（%s）  ·  %s", "%s (%s)  ·  %s"), lang.L("results.clause"), r.Rule.Clause, statusName(r.Status))),
		bold(r.AmountText(a.lang())),
		bold(lang.L("results.reasons")),
	}
	for _, reason := range r.Reasons {
		objs = append(objs, wrapped(a.text(reason)))
	}
	if len(r.Missing) > 0 {
		objs = append(objs, bold(lang.L("results.missing")))
		for _, path := range r.Missing {
			path := path
			objs = append(objs, widget.NewButton(model.DescribePath(a.sc, path, a.lang()), func() { a.openPath(path) }))
		}
	}
	if len(r.Advice) > 0 {
		objs = append(objs, bold(lang.L("results.advice")))
		for _, adv := range r.Advice {
			objs = append(objs, wrapped("• "+a.text(adv)))
		}
	}
	if !r.Adjusted.IsZero() {
		adj := wrapped(a.text(r.Adjusted))
		adj.Importance = widget.WarningImportance
		objs = append(objs, adj)
	}
	if b := forms.BasisText(r, a.lang()); b != "" {
		objs = append(objs, bold(lang.L("results.basis")), wrapped(b))
	}
	objs = append(objs, bold(lang.L("results.note")), wrapped(a.text(r.Note)),
		widget.NewButton(lang.L("results.clause_text"), func() { a.showClause(r.Rule) }))
	s.detail.Objects = objs
	s.detail.Refresh()
}

// showClause shows the policy text of the rule's clause in a large
// dialog: first the sentence the rule rests on, then the whole clause with
// that sentence highlighted.
func (a *App) showClause(rule *engine.Rule) {
	p, ok := assets.ClausePassage(rule.Clause)
	if !ok {
		a.message(lang.L("results.clause_text"), rule.Clause).Show()
		return
	}
	para, start, end, found := p.Find(rule.Rests)
	var segs []widget.RichTextSegment
	segs = append(segs, &widget.TextSegment{Text: p.Heading, Style: widget.RichTextStyleSubHeading})
	for i, text := range p.Paragraphs {
		if !found || i != para {
			segs = append(segs, &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph})
			continue
		}
		inline := widget.RichTextStyleInline
		strong := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
		segs = append(segs,
			&widget.TextSegment{Text: text[:start], Style: inline},
			&widget.TextSegment{Text: text[start:end], Style: strong},
			&widget.TextSegment{Text: text[end:], Style: widget.RichTextStyleParagraph})
	}
	whole := widget.NewRichText(segs...)
	whole.Wrapping = fyne.TextWrapWord
	top := []fyne.CanvasObject{bold(lang.X("results.clause_of", "", map[string]any{"Rule": a.text(rule.Title)}))}
	if found {
		quote := wrapped(p.Paragraphs[para][start:end])
		quote.Importance = widget.HighImportance
		top = append(top, bold(lang.L("results.rests_on")), quote, widget.NewSeparator())
	}
	content := container.NewBorder(container.NewVBox(top...), nil, nil, nil, container.NewVScroll(whole))
	d := dialog.NewCustom(lang.L("results.clause_text"), lang.L("button.close"), content, a.win)
	a.showDialog(d)
	// Large, but inside the window at 1024×640.
	win := a.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, win.Width-48), min(620, win.Height-48)))
}

// pathRE reads a field path of the evaluation: the list, the record's
// index or the year it is named by, and the field within the record.
var pathRE = regexp.MustCompile(`^(\w+)(?:\[(\d+)\]|\[year=(\d+)\])?(?:\.(.+))?$`)

// openPath follows a missing field's path to the record that holds it and
// points at the field: people[7].contract_months opens person 7's dialog
// scrolled to 合同期限 and marked; firm.* the firm profile; a year's
// accounts that do not exist yet open a new row for that year.
func (a *App) openPath(path string) {
	m := pathRE.FindStringSubmatch(path)
	if m == nil {
		return
	}
	i := -1
	if m[2] != "" {
		i, _ = strconv.Atoi(m[2])
	}
	key := m[4]
	a.editor = nil
	switch m[1] {
	case "firm":
		a.goTo(scrFirm)
		a.editFirm()
	case "financials":
		a.goTo(scrFirm)
		if m[3] != "" {
			y, _ := strconv.Atoi(m[3])
			a.editFinancialYear(-1, y)
		} else {
			a.editFinancial(i)
		}
	case "people":
		a.goTo(scrPeople)
		a.editPerson(i)
	case "loans":
		a.goTo(scrLoans)
		a.editLoan(i)
	case "patents":
		a.goTo(scrPatents)
		a.editPatent(i)
	case "investments":
		a.goTo(scrInvestments)
		a.editInvestment(i)
	default:
		return
	}
	if a.editor != nil && key != "" {
		a.editor.point(key, model.DescribePath(a.sc, path, a.lang()))
	}
}
