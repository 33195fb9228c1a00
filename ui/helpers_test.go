package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
)

// testDay is the fixed "today" of the UI tests.
const testDay = civil.Date(20260630)

// newTestApp opens a demo database in a headless app, in the given
// language, at 1280×800.
func newTestApp(t *testing.T, language string) *App {
	t.Helper()
	fy := test.NewTempApp(t)
	fy.Preferences().SetString(prefLanguage, language)
	if err := Setup(fy); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { SetLanguage(LangZh) })
	path := filepath.Join(t.TempDir(), "演示 企业.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Import(context.Background(), demo.Scenario(testDay), false); err != nil {
		t.Fatal(err)
	}
	st.Close()
	a := New(fy)
	a.today = func() civil.Date { return testDay }
	if err := a.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.close)
	a.win.Resize(fyne.NewSize(1280, 800))
	return a
}

// texts returns the text of every label, button, entry and check in o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *textBlock:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *widget.Entry:
			out = append(out, v.Text)
		case *widget.Card:
			out = append(out, v.Title, v.Subtitle)
			if v.Content != nil {
				walk(v.Content)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(v.Content)
		case *container.Split:
			walk(v.Leading)
			walk(v.Trailing)
		case fyne.Widget:
			r := test.WidgetRenderer(v)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// shows reports whether the canvas shows every one of want.
func shows(t *testing.T, o fyne.CanvasObject, want ...string) {
	t.Helper()
	all := strings.Join(texts(o), "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("does not show %q; shows:\n%s", w, all)
		}
	}
}

// capture writes the window as PNG into $HUIQI_SCREENS (when set), for a
// person to look at every screen; it always checks the capture is drawn.
func capture(t *testing.T, a *App, name string) {
	t.Helper()
	img := a.win.Canvas().Capture()
	if img.Bounds().Dx() < 100 {
		t.Fatalf("capture of %s is %v", name, img.Bounds())
	}
	dir := os.Getenv("HUIQI_SCREENS")
	if dir == "" {
		return
	}
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// overlay returns the top dialog's content, if one is shown.
func overlay(a *App) fyne.CanvasObject {
	return a.win.Canvas().Overlays().Top()
}

// findAll returns every object of type T inside o, in drawing order.
func findAll[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil {
			return
		}
		if v, ok := o.(T); ok {
			out = append(out, v)
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func findSelect(o fyne.CanvasObject) *widget.Select {
	if all := findAll[*widget.Select](o); len(all) > 0 {
		return all[0]
	}
	return nil
}
