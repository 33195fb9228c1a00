package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// formLayout is a two-column form: labels sized to the widest label, inputs
// taking the rest; each row as tall as its taller cell (an input with its
// error line).
type formLayout struct{}

func (formLayout) labelWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for i := 0; i < len(objs); i += 2 {
		w = max(w, objs[i].MinSize().Width)
	}
	return w
}

func (l formLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	lw := l.labelWidth(objs)
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(lw, objs[i].MinSize().Height))
		objs[i+1].Move(fyne.NewPos(lw+pad, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-lw-pad, h))
		y += h + pad
	}
}

func (l formLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	lw := l.labelWidth(objs)
	var w, h float32
	for i := 0; i+1 < len(objs); i += 2 {
		w = max(w, objs[i+1].MinSize().Width)
		h += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height) + pad
	}
	return fyne.NewSize(lw+pad+w, h)
}

// rowsLayout is a grid of cols equal columns whose rows are each as tall
// as their tallest cell, so one long value (an address) that wraps makes
// its own row taller, not every row as the framework's grid does.
type rowsLayout struct{ cols int }

func (l rowsLayout) rowHeights(objs []fyne.CanvasObject) []float32 {
	var hs []float32
	for i := 0; i < len(objs); i += l.cols {
		var h float32
		for _, o := range objs[i:min(i+l.cols, len(objs))] {
			h = max(h, o.MinSize().Height)
		}
		hs = append(hs, h)
	}
	return hs
}

func (l rowsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	w := (size.Width - pad*float32(l.cols-1)) / float32(l.cols)
	// Widths first: a wrapped cell's height depends on its width.
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
	}
	y := float32(0)
	for r, h := range l.rowHeights(objs) {
		for c := 0; c < l.cols && r*l.cols+c < len(objs); c++ {
			o := objs[r*l.cols+c]
			o.Move(fyne.NewPos(float32(c)*(w+pad), y))
			o.Resize(fyne.NewSize(w, h))
		}
		y += h + pad
	}
}

func (l rowsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	hs := l.rowHeights(objs)
	for _, rh := range hs {
		h += rh
	}
	if len(hs) > 1 {
		h += pad * float32(len(hs)-1)
	}
	return fyne.NewSize(w*float32(l.cols)+pad*float32(l.cols-1), h)
}
