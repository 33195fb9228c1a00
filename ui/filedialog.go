package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7.1's file dialog names the places in its side list (Home,
// Computer, Documents…) in English whatever the language, without a
// translation hook. placeNames are their names here; translatePlaces
// wraps the list's public UpdateItem so every redraw shows them.
var placeNames = map[string]string{
	"Home": "place.home", "Computer": "place.computer", "App Files": "place.app_files",
	"Desktop": "place.desktop", "Documents": "place.documents", "Downloads": "place.downloads",
	"Music": "place.music", "Pictures": "place.pictures", "Videos": "place.videos", "Movies": "place.videos",
}

// translatePlaces translates the place names of the file dialog on top of
// the window, if that is what is on top.
func (a *App) translatePlaces(d dialog.Dialog) {
	if _, ok := d.(*dialog.FileDialog); !ok {
		return
	}
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	for _, l := range lists(top) {
		update := l.UpdateItem
		if update == nil {
			continue
		}
		l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			box, ok := item.(*fyne.Container)
			if !ok || len(box.Objects) < 2 {
				return
			}
			if label, ok := box.Objects[1].(*widget.Label); ok {
				if key, ok := placeNames[label.Text]; ok {
					label.SetText(lang.L(key))
				}
			}
		}
		l.Refresh()
	}
}

// lists finds the lists inside o, through the public fields of the
// framework's containers (a pop-up's content, a split's sides), so no
// renderer (a driver's business) is needed.
func lists(o fyne.CanvasObject) []*widget.List {
	var out []*widget.List
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.List:
			out = append(out, v)
		case *widget.PopUp:
			walk(v.Content)
		case *container.Split:
			walk(v.Leading)
			walk(v.Trailing)
		case *container.Scroll:
			walk(v.Content)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
