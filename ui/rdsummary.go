package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/money"
)

// rdSummary is the R&D ledger's totals per year and category (expensed and
// capitalised), above the list of lines.
func (a *App) rdSummary() fyne.CanvasObject {
	cats := model.RDCategories.Codes()
	sums := map[int]map[string]money.Fen{}
	capd := map[int]money.Fen{}
	for _, e := range a.sc.RDExpenses {
		y := e.Date.Year()
		if sums[y] == nil {
			sums[y] = map[string]money.Fen{}
		}
		if e.Capitalized {
			capd[y] += e.Amount
			continue
		}
		sums[y][e.Category] += e.Amount
	}
	if len(sums) == 0 {
		return widget.NewLabel("")
	}
	var years []int
	for y := range sums {
		years = append(years, y)
	}
	sort.Ints(years)
	g := container.NewGridWithColumns(len(cats) + 3)
	// The totals come first, beside the year: they are what an accountant
	// checks, and they stay in view when the categories scroll sideways.
	g.Add(bold(lang.L("col.year")))
	g.Add(bold(lang.L("rd.total")))
	g.Add(bold(lang.L("rd.capitalized")))
	for _, c := range cats {
		g.Add(bold(a.label(model.RDCategories, c)))
	}
	for _, y := range years {
		g.Add(widget.NewLabel(fmt.Sprint(y)))
		var total money.Fen
		for _, c := range cats {
			total += sums[y][c]
		}
		g.Add(bold(total.Yuan()))
		g.Add(widget.NewLabel(capd[y].Yuan()))
		for _, c := range cats {
			g.Add(widget.NewLabel(sums[y][c].Yuan()))
		}
	}
	return section(lang.L("rd.summary"), "", container.NewHScroll(g))
}
