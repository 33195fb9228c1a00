package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/store"
)

// Undo and the history of changes (issue 10): 编辑 › 撤销 (Ctrl+Z) undoes
// the last saved change; 编辑 › 修改记录 lists the changes with their time
// and what they changed, and undoes a chosen one when nothing later
// depends on it. The history lives in the file (store.History).

// describeChange says what a change did, in words: 修改 人员 e2 工程师2：
// 入职日期、劳动合同期限（月）.
func (a *App) describeChange(c store.Change, all []store.Change) string {
	l := a.lang()
	if c.Action == store.ActionUndo {
		for _, o := range all {
			if o.ID == c.UndoOf {
				return lang.L("history.action.undo") + a.pick("：", ": ") + a.describeChange(o, all)
			}
		}
		return lang.L("history.action.undo")
	}
	var what string
	switch c.Kind {
	case store.KindAll:
		what = lang.L("history.kind.all")
	case store.KindFirm:
		what, _ = model.FieldLabel("firm", l)
	default:
		what, _ = model.FieldLabel(c.Kind+"[]", l)
	}
	out := lang.L("history.action."+c.Action) + " " + what
	switch {
	case c.Action == store.ActionAppend:
		out = lang.X("history.appended", "", map[string]any{"Count": c.Label})
	case c.Label != "":
		out += " " + c.Label
	}
	var fields []string
	for _, f := range c.Fields {
		if name, ok := model.FieldLabel(f, l); ok {
			fields = append(fields, name)
		}
	}
	if len(fields) > 0 {
		out += a.pick("：", ": ") + strings.Join(fields, a.pick("、", ", "))
	}
	return out
}

// undoShortcut is Ctrl+Z: in a text input it undoes the typing, as in any
// program; elsewhere it undoes the last saved change.
func (a *App) undoShortcut() {
	if f, ok := a.win.Canvas().Focused().(fyne.Shortcutable); ok {
		if _, typing := f.(fyne.Disableable); typing {
			f.TypedShortcut(&fyne.ShortcutUndo{})
			return
		}
	}
	a.undoLast()
}

// undoLast undoes the newest change that can be undone.
func (a *App) undoLast() {
	if a.st == nil {
		return
	}
	c, ok, err := a.st.LastUndoable(a.ctx)
	switch {
	case err != nil:
		a.showError(err)
	case !ok:
		a.message(lang.L("menu.undo"), a.errText(store.ErrNoHistory)).Show()
	default:
		a.undo(c, nil)
	}
}

// undo reverts one change and reloads; done runs after a success (the
// history dialog refreshes itself).
func (a *App) undo(c store.Change, done func()) {
	all, _ := a.st.History(a.ctx, 500)
	what := a.describeChange(c, all)
	err := a.guarded(func() error { return a.st.Undo(a.ctx, c.ID) })
	if err != nil {
		if errors.Is(err, store.ErrDepends) || errors.Is(err, store.ErrCannotUndo) {
			a.message(lang.L("menu.undo"), what+"\n\n"+a.errText(err)).Show()
			return
		}
		a.showError(err)
		return
	}
	a.reload()
	a.status(lang.X("history.undone", "", map[string]any{"What": what}))
	if done != nil {
		done()
	}
}

// showHistory is the 修改记录 dialog: the newest changes first, each with
// its time and an undo button while it can be undone.
func (a *App) showHistory() {
	if a.st == nil {
		return
	}
	list := container.NewVBox()
	var fill func()
	fill = func() {
		hs, err := a.st.History(a.ctx, 200)
		if err != nil {
			a.showError(err)
			return
		}
		list.Objects = nil
		if len(hs) == 0 {
			list.Add(widget.NewLabel(lang.L("history.empty")))
		}
		for _, c := range hs {
			c := c
			text := wrapped(c.At + "  " + a.describeChange(c, hs))
			var right fyne.CanvasObject
			switch {
			case c.UndoneBy != 0:
				right = widget.NewLabel(lang.L("history.was_undone"))
			case c.Action == store.ActionUndo:
				right = widget.NewLabel("")
			default:
				right = widget.NewButton(lang.L("menu.undo"), func() { a.undo(c, fill) })
			}
			list.Add(container.NewBorder(nil, nil, nil, right, text))
		}
		list.Refresh()
	}
	fill()
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(640, 380))
	d := dialog.NewCustom(lang.L("menu.history"), lang.L("button.close"), scroll, a.win)
	a.showDialog(d)
}
