package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
)

// Every screen in both languages at both window sizes: each must build and
// draw; with HUIQI_SCREENS set the captures are written for review.
func TestEveryScreenRenders(t *testing.T) {
	for _, language := range []string{LangZh, LangEn} {
		a := newTestApp(t, language)
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 640}} {
			a.win.Resize(size)
			for i, s := range a.screens {
				a.nav.Select(i)
				if a.body.Objects[0] != s.view {
					t.Errorf("%s: screen %s not shown", language, s.key)
				}
				capture(t, a, fmt.Sprintf("%s-%dx%d-%02d-%s", language, int(size.Width), int(size.Height), i, s.key))
			}
		}
	}
}
