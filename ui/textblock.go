package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/linebreak"
)

// textBlock is wrapped text that breaks lines as Chinese is typeset, with
// the packet's rules (model/linebreak): between any two characters of
// Chinese, never before 。，）or after （, a number kept with its unit
// ("12 个月", "50%封顶"), amounts and dates whole. Fyne's own word
// wrapping breaks at the last space it finds, which in mixed text is
// between a number and its unit.
//
// It is drawn by a label without wrapping of its own, whose text is the
// lines wrapped for the width the block was given; each new width wraps
// again.
type textBlock struct {
	widget.BaseWidget
	Text       string
	Importance widget.Importance
	TextStyle  fyne.TextStyle
	SizeName   fyne.ThemeSizeName // "" for the body text size
	MaxLines   int                // 0: as many as the text needs; else the last shown ends in "…"

	shown *widget.Label
	width float32 // the width the lines were made for
}

func newTextBlock(s string) *textBlock {
	t := &textBlock{Text: s, shown: widget.NewLabel("")}
	t.ExtendBaseWidget(t)
	t.wrap(0)
	return t
}

// SetText replaces the text and wraps it again.
func (t *textBlock) SetText(s string) {
	t.Text = s
	t.Refresh()
}

// Refresh wraps again (text, style or size may have changed) and redraws.
func (t *textBlock) Refresh() {
	t.wrap(t.Size().Width)
	t.BaseWidget.Refresh()
}

// Resize wraps for the new width before the label is laid out.
func (t *textBlock) Resize(size fyne.Size) {
	if size.Width != t.width {
		t.wrap(size.Width)
		t.shown.Refresh()
	}
	t.BaseWidget.Resize(size)
}

// wrap makes the label's lines for width; before the block has a width,
// its lines are the text's own.
func (t *textBlock) wrap(width float32) {
	t.width = width
	l := t.shown
	l.Importance, l.TextStyle, l.SizeName = t.Importance, t.TextStyle, t.SizeName
	avail := width - 2*theme.InnerPadding()
	if avail <= 0 {
		l.Text = t.Text
		return
	}
	size := t.textSize()
	measure := func(s string) float64 { return float64(fyne.MeasureText(s, size, t.TextStyle).Width) }
	lines := linebreak.Wrap(t.Text, float64(avail), measure)
	if t.MaxLines > 0 && len(lines) > t.MaxLines {
		lines = lines[:t.MaxLines]
		last := []rune(lines[len(lines)-1])
		for len(last) > 0 && measure(string(last)+"…") > float64(avail) {
			last = last[:len(last)-1]
		}
		lines[len(lines)-1] = string(last) + "…"
	}
	l.Text = strings.Join(lines, "\n")
}

func (t *textBlock) textSize() float32 {
	name := t.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	return theme.Size(name)
}

func (t *textBlock) CreateRenderer() fyne.WidgetRenderer { return &textBlockRenderer{t} }

type textBlockRenderer struct{ t *textBlock }

func (r *textBlockRenderer) Layout(size fyne.Size) { r.t.shown.Resize(size) }

// MinSize is as tall as the lines for the current width, and narrow: like
// any wrapped text, the block takes the width its container gives it
// rather than widening the screen.
func (r *textBlockRenderer) MinSize() fyne.Size {
	m := r.t.shown.MinSize()
	narrow := 2*fyne.MeasureText("玉", r.t.textSize(), r.t.TextStyle).Width + 2*theme.InnerPadding()
	return fyne.NewSize(min(m.Width, narrow), m.Height)
}

func (r *textBlockRenderer) Refresh()                     { r.t.shown.Refresh() }
func (r *textBlockRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.shown} }
func (r *textBlockRenderer) Destroy()                     {}
