package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
)

// labels returns the text of every label in o, in tree order.
func labels(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func demoStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "演示 企业.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Import(ctx, demo.Scenario(civil.Date(20260315)), false); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMainWindowShowsFirmInChinese(t *testing.T) {
	a := test.NewApp()
	defer a.Quit()
	if err := Setup(a); err != nil {
		t.Fatal(err)
	}
	w, err := NewMainWindow(a, demoStore(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Title(); got != "惠企申报助手 — 玉溪云帆智能科技有限公司" {
		t.Errorf("title = %q", got)
	}
	text := strings.Join(labels(w.Content()), "\n")
	for _, want := range []string{"企业数据已载入：玉溪云帆智能科技有限公司", "人员 35 人", "演示 企业.db"} {
		if !strings.Contains(text, want) {
			t.Errorf("window does not show %q; it shows:\n%s", want, text)
		}
	}
}

func TestSetLanguageEnglish(t *testing.T) {
	a := test.NewApp()
	defer a.Quit()
	a.Preferences().SetString(prefLanguage, LangEn)
	if err := Setup(a); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { SetLanguage(LangZh) })
	w, err := NewMainWindow(a, demoStore(t))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(labels(w.Content()), "\n")
	if !strings.Contains(text, "Firm data loaded: 玉溪云帆智能科技有限公司") || !strings.Contains(text, "35 people") {
		t.Errorf("English window shows:\n%s", text)
	}
}

func TestThemeUsesEmbeddedFont(t *testing.T) {
	th := newTheme()
	if got := th.Font(fyne.TextStyle{}).Name(); got != "WenQuanYi Micro Hei.ttf" {
		t.Errorf("text font = %q", got)
	}
	if got := th.Font(fyne.TextStyle{Bold: true}).Name(); got != "WenQuanYi Micro Hei.ttf" {
		t.Errorf("bold font = %q", got)
	}
	if got := th.Font(fyne.TextStyle{Monospace: true}).Name(); got == "WenQuanYi Micro Hei.ttf" {
		t.Errorf("monospace should stay Fyne's own font")
	}
}
