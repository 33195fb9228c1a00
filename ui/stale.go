package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"huiqi/model/store"
)

// Another window, or a command-line import, may change the open file at
// any time. The app notices (SQLite's data_version, through
// store.ExternalChange) before every save and whenever its window comes
// back into focus, and then reloads and says so. A save that was made from
// the data on screen before the reload is refused, never applied over the
// newer data; the store refuses it too (record versions), should the change
// land between the check and the write.

// guarded runs persist unless the file was changed by someone else since
// it was loaded: then it reloads and returns store.ErrStale, whose message
// says the latest data is now shown. A refusal by the store itself reloads
// too, so the message stays true.
func (a *App) guarded(persist func() error) error {
	if a.st == nil {
		return persist()
	}
	changed, err := a.st.ExternalChange(a.ctx)
	if err != nil {
		return err
	}
	if changed {
		a.reload()
		return store.ErrStale
	}
	err = persist()
	if errors.Is(err, store.ErrStale) || errors.Is(err, store.ErrNotFound) {
		a.reload()
	}
	return err
}

// watchOthers checks the file for changes by others whenever the app
// comes back to the foreground.
func (a *App) watchOthers() {
	a.fy.Lifecycle().SetOnEnteredForeground(a.noticeOthers)
}

// noticeOthers reloads the firm when someone else changed the file, and
// tells the user why the screen changed.
func (a *App) noticeOthers() {
	if a.st == nil {
		return
	}
	changed, err := a.st.ExternalChange(a.ctx)
	if err != nil {
		a.showError(err)
		return
	}
	if !changed {
		return
	}
	a.reload()
	text := lang.L("stale.file_changed")
	if store.IsOffice(a.st.Where()) {
		text = lang.L("stale.seat_changed")
	}
	a.message(lang.L("error.title"), text).Show()
}
