package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestClauseTextOpensLargeWithItsSentenceHighlighted(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.win.Resize(fyne.NewSize(1024, 640))
	s := a.goTo(scrResults)
	a.results.Select("startup-fee-cap")
	test.Tap(findButton(s.view, "查看政策原文"))
	top := overlay(a)
	if top == nil {
		t.Fatal("no dialog")
	}
	const sentence = "依法开展的各类行政审批前置性、强制性评估、检测、论证等专业服务性收费,收费标准实行当地政府管理的,对初创企业在创办 2 年内按照不高于价格主管部门核定标准的 50%收取。"
	if !slices.Contains(texts(top), sentence) {
		t.Errorf("the dialog does not quote the sentence first: %q", texts(top))
	}
	var strong []string
	for _, rt := range findAll[*widget.RichText](top) {
		for _, seg := range rt.Segments {
			if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold && ts.Style.ColorName == theme.ColorNamePrimary {
				strong = append(strong, ts.Text)
			}
		}
	}
	if !slices.Equal(strong, []string{sentence}) {
		t.Errorf("highlighted in the clause: %q", strong)
	}
	// Large: most of a 1024×640 window, and inside it.
	var size fyne.Size
	if pop, ok := top.(*widget.PopUp); ok {
		size = pop.Content.Size()
	}
	if size.Width < 700 || size.Height < 450 || size.Width > 1024 || size.Height > 640 {
		t.Errorf("the clause dialog is %v", size)
	}
	if all := strings.Join(texts(top), ""); strings.Contains(all, "startup-fee-cap") {
		t.Error("the dialog shows the rule id")
	}
}

func TestMissingDataLinkPointsAtTheField(t *testing.T) {
	a := newTestApp(t, LangZh)
	a.win.Resize(fyne.NewSize(1024, 640))
	// The demo's high-level talent p35 has not said whether they bought a
	// home in Yuxi.
	var path string
	for _, r := range a.ev.Results {
		for _, m := range r.Missing {
			if strings.HasSuffix(m, ".talent.home_in_yuxi") {
				path = m
			}
		}
	}
	if path == "" {
		t.Fatal("the demo lacks a missing home_in_yuxi")
	}
	a.goTo(scrResults)
	a.results.Select("high-level-talent-settlement")
	link := findButton(a.screen(scrResults).view, "人员 p35 陈博文 · 高层次人才 · 在玉溪购建住房")
	if link == nil {
		t.Fatalf("no link in words for %s: %q", path, texts(a.screen(scrResults).view))
	}
	test.Tap(link)
	e := a.editor
	if e == nil || e.pointed == nil || e.pointed.key != "talent.home_in_yuxi" {
		t.Fatalf("the link did not point at the field: %+v", e)
	}
	if e.pointed.label.Importance != widget.WarningImportance || !strings.Contains(e.pointed.err.Text, "在玉溪购建住房") || !e.pointed.err.Visible() {
		t.Errorf("the field is not marked: %v %q", e.pointed.label.Importance, e.pointed.err.Text)
	}
	if e.scroll.Offset.Y <= 0 {
		t.Errorf("the form did not scroll to the field (offset %v)", e.scroll.Offset)
	}
	if f, _ := e.pointed.input.(fyne.Focusable); f == nil || a.win.Canvas().Focused() != f {
		t.Errorf("the cursor is in %T, not the field", a.win.Canvas().Focused())
	}
}

func TestEveryMissingPathOpensItsField(t *testing.T) {
	a := newTestApp(t, LangZh)
	cases := map[string]string{
		"firm.credit_clean":                 "firm",
		"firm.tax_compliant":                "firm",
		"firm.rents_premises":               "firm",
		"firm.in_startup_park":              "firm",
		"people[0].id_number":               "people[0]",
		"people[0].contract_months":         "people[0]",
		"people[34].talent.home_in_yuxi":    "people[34]",
		"people[34].talent.contract_years":  "people[34]",
		"loans[0].repaid_on_time":           "loans[0]",
		"financials[0].revenue_fen":         "financials[0]",
		"financials[0].total_assets_fen":    "financials[0]",
		"financials[0].taxable_income_fen":  "financials[0]",
		"financials[year=2031].revenue_fen": fmt.Sprintf("financials[%d]", len(a.sc.Financials)),
	}
	for path, prefix := range cases {
		a.openPath(path)
		e := a.editor
		if e == nil || e.prefix != prefix {
			t.Errorf("%s opened %+v, want the editor of %s", path, e, prefix)
			continue
		}
		if e.pointed == nil {
			t.Errorf("%s: no field pointed at", path)
		}
		e.dlg.Hide()
	}
	// The new row of a named year has that year.
	a.openPath("financials[year=2031].revenue_fen")
	if got := a.editor.entry("year").Text; got != "2031" {
		t.Errorf("a missing year's accounts open a row for %q", got)
	}
}
