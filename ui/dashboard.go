package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/engine"
	"huiqi/model/money"
)

// dashboard (概览): size class, results by status, the three totals of
// RULES.md §0 by name (资金, 如评审通过最多, 预计节税), a chart of money by
// benefit (like with like: loans and tax benefits are listed apart), and
// the next deadlines.
type dashboard struct {
	a         *App
	warning   *textBlock
	size      *textBlock
	counts    *textBlock
	totals    *textBlock
	upper     *textBlock
	chart     *fyne.Container
	loans     *textBlock
	taxes     *textBlock
	deadlines *textBlock
}

func (d *dashboard) build() fyne.CanvasObject {
	d.warning = wrapped("")
	d.warning.Importance = widget.WarningImportance
	d.size = wrapped("")
	d.size.TextStyle.Bold = true
	d.counts = wrapped("")
	d.totals = wrapped("")
	d.totals.TextStyle.Bold = true
	d.upper = wrapped("")
	d.chart = container.NewVBox()
	d.loans = wrapped("")
	d.taxes = wrapped("")
	d.deadlines = wrapped("")
	d.refresh()
	cards := container.NewGridWithColumns(3,
		section(lang.L("dash.size"), "", d.size),
		section(lang.L("dash.counts"), "", d.counts),
		section(lang.L("dash.total"), "", container.NewVBox(d.totals, d.upper)),
	)
	return container.NewVScroll(container.NewPadded(container.NewVBox(
		d.warning,
		cards,
		section(lang.L("dash.chart"), "", d.chart),
		container.NewGridWithColumns(2,
			section(lang.L("dash.loans"), "", d.loans),
			section(lang.L("dash.taxes"), "", d.taxes)),
		section(lang.L("dash.deadlines"), "", d.deadlines),
	)))
}

func (d *dashboard) refresh() {
	a, ev := d.a, d.a.ev
	if ev == nil || d.size == nil {
		return
	}
	d.size.SetText(a.text(engine.ClassName(ev.SizeClass)) + "  " + lang.X("dash.asof", "", map[string]any{"Date": ev.AsOf.String()}))
	n := map[engine.Status]int{}
	var loans, taxes []string
	for i := range ev.Results {
		r := &ev.Results[i]
		n[r.Status]++
		if !r.Status.Applies() {
			continue
		}
		switch r.Rule.Kind {
		case engine.Loan:
			loans = append(loans, a.text(r.Rule.Title)+a.pick("：", ": ")+r.AmountText(a.lang()))
		case engine.Tax:
			taxes = append(taxes, lang.X("dash.tax_line", "", map[string]any{"Title": a.text(r.Rule.Title),
				"Amount": r.AmountText(a.lang()), "Saving": r.TaxSaving.Yuan()}))
		}
	}
	var warnings []string
	for _, w := range ev.Warnings {
		warnings = append(warnings, a.text(w))
	}
	d.warning.SetText(strings.Join(warnings, "\n"))
	d.warning.Hidden = len(warnings) == 0
	d.loans.SetText(orText(strings.Join(loans, "\n"), lang.L("dash.noloans")))
	d.taxes.SetText(orText(strings.Join(taxes, "\n"), lang.L("dash.notaxes")))
	d.counts.SetText(fmt.Sprintf("%s %d    %s %d\n%s %d    %s %d",
		statusName(engine.Eligible), n[engine.Eligible], statusName(engine.MayApply), n[engine.MayApply],
		statusName(engine.MissingData), n[engine.MissingData], statusName(engine.Ineligible), n[engine.Ineligible]))
	t := ev.Totals
	d.totals.SetText(fmt.Sprintf("%s  %s\n%s  %s\n%s  %s", lang.L("dash.cash"), t.Cash.Yuan(),
		lang.L("dash.cash_possible"), t.CashPossible.Yuan(), lang.L("dash.tax_saving"), t.TaxSaving.Yuan()))
	d.upper.SetText(lang.L("dash.cash") + a.pick("：", ": ") + t.Cash.Upper())
	d.chart.Objects = barChart(a, ev)
	d.chart.Refresh()
	var lines string
	shown, last := 0, ""
	for _, dl := range ev.Deadlines {
		line := dl.Date.String() + "  " + a.text(dl.What)
		if dl.Date < ev.AsOf || shown == 8 || line == last { // one event may concern several rules
			continue
		}
		lines += line + "\n"
		last = line
		shown++
	}
	if lines == "" {
		lines = lang.L("dash.nodeadlines")
	}
	d.deadlines.SetText(lines)
}

// barChart draws each benefit of money (kind cash) that applies with a bar
// proportional to its amount (its ceiling where it has no set amount):
// loan ceilings and tax deductions are other kinds and never share a scale
// with money.
func barChart(a *App, ev *engine.Evaluation) []fyne.CanvasObject {
	type bar struct {
		name  string
		value money.Fen
		text  string
	}
	var bars []bar
	var top money.Fen
	for i := range ev.Results {
		r := &ev.Results[i]
		if !r.Status.Applies() || r.Rule.Kind != engine.Cash {
			continue
		}
		v := max(r.Amount, r.AmountMax)
		if v == 0 {
			continue
		}
		bars = append(bars, bar{a.text(r.Rule.Title), v, r.AmountText(a.lang())})
		top = max(top, v)
	}
	if len(bars) == 0 {
		return []fyne.CanvasObject{widget.NewLabel(lang.L("dash.nobars"))}
	}
	out := make([]fyne.CanvasObject, 0, len(bars))
	for _, b := range bars {
		rect := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		frac := float32(b.value) / float32(top)
		out = append(out, container.New(&barLayout{frac: frac}, wrapped(b.name), rect, wrapped(b.text)))
	}
	return out
}

// barLayout puts the name in the left 40%, a bar of frac of the middle
// 25%, and the amount in the rest; long names and amounts wrap (the row
// grows) rather than being cut or drawn over the bar.
type barLayout struct{ frac float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	nameW, barW := size.Width*0.4, size.Width*0.25
	// Widths first: the wrapped texts' heights follow them.
	objs[0].Resize(fyne.NewSize(nameW, objs[0].MinSize().Height))
	objs[2].Resize(fyne.NewSize(size.Width-nameW-barW-4, objs[2].MinSize().Height))
	h := size.Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(nameW, h))
	barH := h * 0.5
	objs[1].Move(fyne.NewPos(nameW, (h-barH)/2))
	objs[1].Resize(fyne.NewSize(max(2, barW*l.frac), barH))
	objs[2].Move(fyne.NewPos(nameW+barW+4, 0))
	objs[2].Resize(fyne.NewSize(size.Width-nameW-barW-4, h))
}

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := max(objs[0].MinSize().Height, objs[2].MinSize().Height)
	return fyne.NewSize(200, h)
}

// statusName is a status in words; statusColor its badge colour.
func statusName(s engine.Status) string { return lang.L("status." + string(s)) }

func statusColor(s engine.Status) color.Color {
	switch s {
	case engine.Eligible:
		return theme.Color(theme.ColorNameSuccess)
	case engine.MayApply:
		return theme.Color(theme.ColorNamePrimary)
	case engine.MissingData:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNameDisabled)
}

func orText(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}
