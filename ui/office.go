package ui

import (
	"errors"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/store"
)

// An office database (issue 13): the window opens an office's PostgreSQL
// database as it opens a client folder, its firms the rows of the same
// overview. A password the URL, PGPASSWORD and ~/.pgpass do not give is
// asked for in a dialog and kept in memory for the session, by the URL
// without its password, which is all the window ever shows or remembers:
// no password is ever in a title, a message or the recent places.

// officeOptions are the options to open target with: the password given
// for its database in this session, if any.
func (a *App) officeOptions(target string) store.Options {
	return store.Options{Password: a.passwords[officeKey(target)]}
}

// officeKey is the database a target names, without password or firm.
func officeKey(target string) string {
	base, _ := store.SplitFirm(store.Redact(target))
	return base
}

// connect makes sure the office database of target can be opened, asking
// for the password when the server wants one, then calls then with the
// target without its password. A password typed into the URL is taken
// out of it here and kept like one typed into the dialog.
func (a *App) connect(target string, then func(target string)) {
	base, _ := store.SplitFirm(target)
	if u, err := url.Parse(base); err == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			a.passwords[officeKey(target)] = pw
		}
	}
	clean := store.Redact(target)
	o, err := store.OpenOffice(a.ctx, target, a.officeOptions(target))
	if errors.Is(err, store.ErrPassword) {
		a.askPassword(clean, func(pw string) {
			a.passwords[officeKey(clean)] = pw
			a.connect(clean, then)
		})
		return
	}
	if err != nil {
		a.showError(err)
		return
	}
	o.Close()
	then(clean)
}

// askPassword asks for the password of the office database at where.
func (a *App) askPassword(where string, then func(password string)) {
	entry := widget.NewPasswordEntry()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("office.database"), wrapped(where)),
		widget.NewFormItem(lang.L("office.password"), entry),
	}
	var d dialog.Dialog
	d = dialog.NewForm(lang.L("office.password_title"), lang.L("office.connect"),
		lang.L("button.cancel"), items, func(ok bool) {
			if ok && entry.Text != "" {
				then(entry.Text)
			}
		}, a.win)
	entry.OnSubmitted = func(string) {
		d.Hide()
		if entry.Text != "" {
			then(entry.Text)
		}
	}
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	a.showDialog(d)
	a.win.Canvas().Focus(entry)
}

// openOfficeDialog asks for an office database's URL and opens its
// overview.
func (a *App) openOfficeDialog() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("postgres://用户@服务器:5432/数据库?sslmode=verify-full")
	if recent := a.recent(); len(recent) > 0 {
		for _, p := range recent {
			if store.IsOffice(p) {
				entry.SetText(officeKey(p))
				break
			}
		}
	}
	help := wrapped(lang.L("office.url_help"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("office.url"), entry), widget.NewFormItem("", help)}
	d := dialog.NewForm(lang.L("office.open_title"), lang.L("office.open"), lang.L("button.cancel"),
		items, func(ok bool) {
			if ok && strings.TrimSpace(entry.Text) != "" {
				a.openPlace(strings.TrimSpace(entry.Text))
			}
		}, a.win)
	d.Resize(fyne.NewSize(620, d.MinSize().Height))
	a.showDialog(d)
}

// placeName is how a window names a place in few words: a file's or a
// folder's name, an office database as its name on its server, an office
// client by its credit code.
func placeName(where string) string {
	if !store.IsOffice(where) {
		return filepath.Base(where)
	}
	base, firm := store.SplitFirm(store.Redact(where))
	name := base
	if u, err := url.Parse(base); err == nil {
		name = strings.TrimPrefix(u.Path, "/") + "@" + u.Host
	}
	if firm != "" {
		name += " › " + firm
	}
	return name
}
