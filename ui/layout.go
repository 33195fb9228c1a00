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
