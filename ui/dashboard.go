package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/forms"
	"huiqi/model/engine"
	"huiqi/model/money"
)

// dashboard (概览): size class, results by status, the total of determined
// amounts, a bar chart of amounts by benefit, and the next deadlines.
type dashboard struct {
	a         *App
	size      *widget.Label
	counts    *widget.Label
	total     *widget.Label
	upper     *widget.Label
	chart     *fyne.Container
	deadlines *widget.Label
}

func (d *dashboard) build() fyne.CanvasObject {
	d.size = bold("")
	d.size.Wrapping = fyne.TextWrapWord
	d.counts = wrapped("")
	d.total = heading("")
	d.upper = wrapped("")
	d.chart = container.NewVBox()
	d.deadlines = wrapped("")
	d.refresh()
	cards := container.NewGridWithColumns(3,
		widget.NewCard(lang.L("dash.size"), "", d.size),
		widget.NewCard(lang.L("dash.counts"), "", d.counts),
		widget.NewCard(lang.L("dash.total"), "", container.NewVBox(d.total, d.upper)),
	)
	return container.NewVScroll(container.NewPadded(container.NewVBox(
		cards,
		widget.NewCard(lang.L("dash.chart"), "", d.chart),
		widget.NewCard(lang.L("dash.deadlines"), "", d.deadlines),
	)))
}

func (d *dashboard) refresh() {
	a, ev := d.a, d.a.ev
	if ev == nil || d.size == nil {
		return
	}
	d.size.SetText(a.text(engine.ClassName(ev.SizeClass)) + "  " + lang.X("dash.asof", "", map[string]any{"Date": ev.AsOf.String()}))
	n := map[engine.Status]int{}
	var total money.Fen
	for i := range ev.Results {
		r := &ev.Results[i]
		n[r.Status]++
		if forms.Determined(r) {
			total += r.Amount
		}
	}
	d.counts.SetText(fmt.Sprintf("%s %d    %s %d\n%s %d    %s %d",
		statusName(engine.Eligible), n[engine.Eligible], statusName(engine.MayApply), n[engine.MayApply],
		statusName(engine.MissingData), n[engine.MissingData], statusName(engine.Ineligible), n[engine.Ineligible]))
	d.total.SetText(total.Yuan())
	d.upper.SetText(total.Upper())
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

// barChart draws each benefit that applies with a bar proportional to its
// amount (its ceiling where it has no set amount).
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
		if !r.Status.Applies() {
			continue
		}
		v := r.Amount
		if v == 0 {
			v = r.AmountMax
		}
		if v == 0 {
			continue
		}
		bars = append(bars, bar{a.text(r.Rule.Title), v, forms.AmountText(r, a.lang())})
		top = max(top, v)
	}
	if len(bars) == 0 {
		return []fyne.CanvasObject{widget.NewLabel(lang.L("dash.nobars"))}
	}
	out := make([]fyne.CanvasObject, 0, len(bars))
	for _, b := range bars {
		rect := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		frac := float32(b.value) / float32(top)
		name, amount := widget.NewLabel(b.name), widget.NewLabel(b.text)
		name.Truncation, amount.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
		out = append(out, container.New(&barLayout{frac: frac}, name, rect, amount))
	}
	return out
}

// barLayout puts the name in the left 40%, a bar of frac of the middle
// 25%, and the amount in the rest; long names and amounts are truncated
// rather than drawn over the bar.
type barLayout struct{ frac float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	nameW, barW := size.Width*0.4, size.Width*0.25
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
