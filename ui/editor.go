package ui

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// editor is a dialog form for one record. Each field has an error line
// under it; Save parses every field, then validates the record inside the
// firm's data (model.Validate), and shows each problem beside its field
// before anything is written.
type editor struct {
	a       *App
	prefix  string // the record's JSON path, e.g. people[12]; errors under it go to fields
	rows    []*fieldRow
	byKey   map[string]*fieldRow
	general *textBlock // problems that belong to no field
	dlg     dialog.Dialog
	save    *widget.Button
	failed  bool
	grid    *fyne.Container // the rows, once shown
	scroll  *container.Scroll
	pointed *fieldRow // the field a missing-data link asked for
}

type fieldRow struct {
	key   string
	label *widget.Label
	input fyne.CanvasObject
	err   *textBlock
}

func newEditor(a *App, prefix string) *editor {
	g := wrapped("")
	g.Importance = widget.DangerImportance
	g.Hide()
	return &editor{a: a, prefix: prefix, byKey: map[string]*fieldRow{}, general: g}
}

func (e *editor) add(key, labelKey string, input fyne.CanvasObject) {
	errL := wrapped("")
	errL.Importance = widget.DangerImportance
	errL.Hide()
	r := &fieldRow{key: key, label: widget.NewLabel(lang.L(labelKey)), input: input, err: errL}
	e.rows = append(e.rows, r)
	e.byKey[key] = r
}

// fail shows a problem beside the field key (or at the top when no field
// has that key).
func (e *editor) fail(key, text string) {
	e.failed = true
	if r, ok := e.byKey[key]; ok {
		r.err.Importance = widget.DangerImportance
		r.err.SetText(text)
		r.err.Show()
		return
	}
	e.general.SetText(strings.TrimSpace(e.general.Text + "\n" + text))
	e.general.Show()
}

func (e *editor) failMsg(key string, m *msg.Error) { e.fail(key, e.a.pick(m.Zh, m.En)) }

func (e *editor) clear() {
	e.failed = false
	for _, r := range e.rows {
		if r.err != nil {
			r.err.SetText("")
			r.err.Hide()
		}
	}
	e.general.SetText("")
	e.general.Hide()
}

// report places an error from saving: validation errors by path, others
// at the top.
func (e *editor) report(err error) {
	var errs model.Errors
	if errors.As(err, &errs) {
		for _, fe := range errs {
			key, mine := strings.CutPrefix(fe.Path, e.prefix+".")
			if !mine {
				key = fe.Path
			}
			text := e.a.pick(fe.Err.Zh, fe.Err.En)
			if _, ok := e.byKey[key]; !ok && fe.Path != "" {
				text = model.DescribePath(e.a.sc, fe.Path, e.a.lang()) + e.a.pick("：", ": ") + text
			}
			e.fail(key, text)
		}
		return
	}
	e.fail("", e.a.errText(err))
}

// reportOthers shows the problems of fields that have none shown yet: the
// record was checked although some fields could not be read.
func (e *editor) reportOthers(errs model.Errors) {
	var rest model.Errors
	for _, fe := range errs {
		key, mine := strings.CutPrefix(fe.Path, e.prefix+".")
		if !mine {
			key = fe.Path
		}
		if r, ok := e.byKey[key]; ok && r.err.Visible() {
			continue
		}
		rest = append(rest, fe)
	}
	if len(rest) > 0 {
		e.report(rest)
	}
}

// Field constructors. Each returns a getter that parses the input when
// Save runs, recording a problem beside the field if it cannot.

func (e *editor) text(key, labelKey, value string) func() string {
	en := e.newEntry(false)
	en.SetText(value)
	e.add(key, labelKey, en)
	return func() string { return strings.TrimSpace(en.Text) }
}

func (e *editor) lines(key, labelKey, value, placeholder string) func() string {
	en := e.newEntry(true)
	en.SetText(value)
	en.SetPlaceHolder(placeholder)
	en.SetMinRowsVisible(3)
	e.add(key, labelKey, en)
	return func() string { return en.Text }
}

var dateRE = regexp.MustCompile(`^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$`)

// parseDate reads a date as accountants type it: 2017-03-01, 2017/3/1,
// 2017.3.1 or 2017年3月1日.
func parseDate(s string) (civil.Date, error) {
	m := dateRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, msg.Errorf("日期 %q 应写成 YYYY-MM-DD", "date %q must be written YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	v, err := civil.New(y, mo, d)
	if err != nil {
		return 0, msg.Errorf("日期 %q 不存在", "date %q does not exist", s)
	}
	return v, nil
}

// date is a date field; optional ones may be left blank (no date).
func (e *editor) date(key, labelKey string, value civil.Date, optional bool) func() civil.Date {
	en := e.newEntry(false)
	en.SetPlaceHolder("YYYY-MM-DD")
	en.SetText(value.String())
	e.add(key, labelKey, en)
	return func() civil.Date {
		s := strings.TrimSpace(en.Text)
		if s == "" {
			if !optional {
				e.fail(key, lang.L("error.required"))
			}
			return 0
		}
		d, err := parseDate(s)
		if err != nil {
			e.failMsg(key, msg.From(err))
		}
		return d
	}
}

// yuan is an amount typed in yuan ("1,234.56", "¥1234.5"), kept in fen;
// a new record starts blank rather than with a 0.00 to type over.
func (e *editor) yuan(key, labelKey string, value money.Fen, isNew bool) func() money.Fen {
	v := &value
	if isNew {
		v = nil
	}
	f := e.amount(key, labelKey, v, false)
	return func() money.Fen {
		if a := f(); a != nil {
			return *a
		}
		return 0
	}
}

// optYuan is an amount that may be left blank (unknown).
func (e *editor) optYuan(key, labelKey string, value *money.Fen) func() *money.Fen {
	return e.amount(key, labelKey, value, true)
}

func (e *editor) amount(key, labelKey string, value *money.Fen, optional bool) func() *money.Fen {
	en := e.newEntry(false)
	en.SetPlaceHolder("0.00")
	if value != nil {
		en.SetText(value.Plain())
	}
	e.add(key, labelKey, en)
	return func() *money.Fen {
		s := strings.TrimSpace(en.Text)
		if s == "" {
			if !optional {
				e.fail(key, lang.L("error.required"))
			}
			return nil
		}
		v, err := money.Parse(s)
		if err != nil {
			e.failMsg(key, msg.From(err))
			return nil
		}
		return &v
	}
}

// integer is a whole number; optional ones may be left blank (unknown).
func (e *editor) integer(key, labelKey string, value *int, optional bool) func() *int {
	en := e.newEntry(false)
	if value != nil {
		en.SetText(strconv.Itoa(*value))
	}
	e.add(key, labelKey, en)
	return func() *int {
		s := strings.TrimSpace(en.Text)
		if s == "" {
			if !optional {
				e.fail(key, lang.L("error.required"))
			}
			return nil
		}
		v, err := strconv.Atoi(s)
		if err != nil {
			e.fail(key, fmt.Sprintf(lang.L("error.integer"), s))
			return nil
		}
		return &v
	}
}

func (e *editor) check(key, labelKey string, value bool) func() bool {
	c := widget.NewCheck("", nil)
	c.SetChecked(value)
	e.add(key, labelKey, c)
	return func() bool { return c.Checked }
}

// tri is a yes / no / unknown choice: unknown is not no (RULES.md §0).
func (e *editor) tri(key, labelKey string, value model.Tri) func() model.Tri {
	opts := []string{lang.L("tri.unknown"), lang.L("tri.yes"), lang.L("tri.no")}
	s := widget.NewSelect(opts, nil)
	s.SetSelectedIndex(map[model.Tri]int{model.Unknown: 0, model.True: 1, model.False: 2}[value])
	e.add(key, labelKey, s)
	return func() model.Tri {
		return []model.Tri{model.Unknown, model.True, model.False}[max(0, s.SelectedIndex())]
	}
}

// choice picks one code of an enumeration by its label; with none, the
// first entry is "(none)" and yields "".
func (e *editor) choice(key, labelKey string, en model.Enum, value string, none bool) func() string {
	codes := en.Codes()
	var labels []string
	if none {
		labels = append(labels, lang.L("choice.none"))
		codes = append([]string{""}, codes...)
	}
	for _, o := range en.Options() {
		labels = append(labels, e.a.label(en, o.Code))
	}
	s := widget.NewSelect(labels, nil)
	for i, c := range codes {
		if c == value {
			s.SetSelectedIndex(i)
		}
	}
	e.add(key, labelKey, s)
	return func() string {
		if i := s.SelectedIndex(); i >= 0 {
			return codes[i]
		}
		if !none {
			e.fail(key, lang.L("error.required"))
		}
		return ""
	}
}

// county picks the firm's county from Yuxi's list; a county the file
// already holds that is not on the list stays a choice, so that opening
// and saving a firm never changes it.
func (e *editor) county(value string) func() string {
	en := model.Counties
	if value != "" && !en.Valid(value) {
		en = en.With(append(en.Options(), model.Option{Code: value, Zh: value, En: value}))
	}
	return e.choice("county", "field.county", en, value, false)
}

// several picks any codes of an enumeration.
func (e *editor) several(key, labelKey string, en model.Enum, values []string) func() []string {
	codes := en.Codes()
	labels := make([]string, len(codes))
	byLabel := map[string]string{}
	for i, c := range codes {
		labels[i] = e.a.label(en, c)
		byLabel[labels[i]] = c
	}
	g := widget.NewCheckGroup(labels, nil)
	var selected []string
	for _, v := range values {
		selected = append(selected, e.a.label(en, v))
	}
	g.SetSelected(selected)
	e.add(key, labelKey, g)
	return func() []string {
		out := []string{}
		for _, l := range g.Selected {
			out = append(out, byLabel[l])
		}
		return out
	}
}

// section adds a sub-heading between fields.
func (e *editor) section(labelKey string) {
	e.rows = append(e.rows, &fieldRow{label: bold(lang.L(labelKey))})
}

// show opens the dialog. save parses and stores the record, returning an
// error to keep the dialog open; del, when not nil, offers 删除.
func (e *editor) show(title string, save func() error, del func() error) {
	grid := container.New(&formLayout{})
	for _, r := range e.rows {
		if r.input == nil {
			grid.Add(r.label)
			grid.Add(widget.NewLabel(""))
			continue
		}
		grid.Add(r.label)
		grid.Add(container.NewVBox(r.input, r.err))
	}
	scroll := container.NewVScroll(container.NewVBox(e.general, grid))
	e.grid, e.scroll = grid, scroll
	scroll.SetMinSize(fyne.NewSize(560, min(560, e.a.win.Canvas().Size().Height-160)))
	saveBtn := widget.NewButton(lang.L("button.save"), func() {
		e.clear()
		err := save()
		if err != nil {
			e.report(err)
		}
		if err != nil || e.failed {
			// Error lines appeared: lay the rows out again so they push
			// the fields below down instead of covering them.
			grid.Refresh()
			scroll.Refresh()
			return
		}
		e.dlg.Hide()
	})
	saveBtn.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{widget.NewButton(lang.L("button.cancel"), func() { e.dlg.Hide() }), saveBtn}
	if del != nil {
		delBtn := widget.NewButton(lang.L("button.delete"), func() {
			confirm(e.a, lang.L("button.delete"), lang.L("confirm.delete"), lang.L("button.delete"), func() {
				if err := del(); err != nil {
					e.report(err)
					return
				}
				e.dlg.Hide()
			})
		})
		delBtn.Importance = widget.DangerImportance
		buttons = append([]fyne.CanvasObject{delBtn}, buttons...)
	}
	content := container.NewBorder(nil, container.NewHBox(append([]fyne.CanvasObject{layoutSpacer()}, buttons...)...), nil, nil, scroll)
	e.dlg = dialog.NewCustomWithoutButtons(title, content, e.a.win)
	e.save = saveBtn
	e.a.editor = e
	e.a.showDialog(e.dlg)
	// The cursor starts in the first input, so typing and Enter work at once.
	for _, r := range e.rows {
		if en, ok := r.input.(*dialogEntry); ok {
			e.a.win.Canvas().Focus(en)
			break
		}
	}
}

// entry returns the text input of field key (tests type into it).
func (e *editor) entry(key string) *widget.Entry {
	if r, ok := e.byKey[key]; ok {
		if en, ok := r.input.(*dialogEntry); ok {
			return &en.Entry
		}
	}
	return nil
}

// dialogEntry is a text input of a dialog: Enter saves (in a one-line
// input) and Esc cancels, as people expect of a dialog.
type dialogEntry struct {
	widget.Entry
	submit, cancel func()
}

func (e *editor) newEntry(multiLine bool) *dialogEntry {
	d := &dialogEntry{submit: e.submit, cancel: e.cancel}
	d.MultiLine = multiLine
	if multiLine {
		d.Wrapping = fyne.TextWrapWord
	}
	d.ExtendBaseWidget(d)
	return d
}

// TypedKey handles Enter and Esc before the input does.
func (d *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && d.cancel != nil:
		d.cancel()
		return
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && !d.MultiLine && d.submit != nil:
		d.submit()
		return
	}
	d.Entry.TypedKey(k)
}

// submit presses Save; cancel closes the dialog without saving.
func (e *editor) submit() {
	if e.save != nil && e.save.OnTapped != nil {
		e.save.OnTapped()
	}
}

func (e *editor) cancel() {
	if e.dlg != nil {
		e.dlg.Hide()
	}
}

// point marks the field key as the one to fill (a missing-data link led
// here): its label turns the warning colour, a line under it says why, the
// form scrolls to it and its input takes the cursor.
func (e *editor) point(key, why string) {
	r, ok := e.byKey[key]
	if !ok || r.input == nil {
		return
	}
	r.label.Importance = widget.WarningImportance
	r.label.TextStyle.Bold = true
	r.label.Refresh()
	r.err.Importance = widget.WarningImportance
	r.err.SetText(lang.X("edit.needed", "", map[string]any{"Field": why}))
	r.err.Show()
	e.pointed = r
	if e.grid != nil {
		e.grid.Refresh()
	}
	if e.scroll != nil {
		// The label's place in the form: the grid's own offset (below the
		// general message) plus the row's.
		y := e.grid.Position().Y + r.label.Position().Y - theme.Padding()
		e.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y)))
	}
	if f, ok := r.input.(fyne.Focusable); ok {
		e.a.win.Canvas().Focus(f)
	}
}

// problem is the error shown beside field key, "" when none.
func (e *editor) problem(key string) string {
	if r, ok := e.byKey[key]; ok {
		return r.err.Text
	}
	return e.general.Text
}
