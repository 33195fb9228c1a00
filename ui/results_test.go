package ui

import (
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
