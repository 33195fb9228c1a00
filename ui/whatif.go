package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/engine"
	"huiqi/model/money"
)

// whatIfScreen (模拟): hypothetical hires, certifications or a year of R&D,
// and which rules would change. Nothing is stored unless asked.
type whatIfScreen struct {
	a       *App
	changes []engine.Change
	listed  *fyne.Container // one row per change, each with its remove button
	out     *fyne.Container
	result  *engine.WhatIf
	idles   []bool // per change: the outcome is the same without it

	hireCount, hireMonths, hireDate *widget.Entry
	hireKind                        *widget.Select
	certKind                        *widget.Select
	certDate                        *widget.Entry
	rdYear, rdPersonnel, rdOther    *widget.Entry
	keep                            *widget.Button
}

// hireKinds are the choices of the hire form: graduates, then each
// category, then people of no category.
func (s *whatIfScreen) hireKinds() (labels []string, graduate []bool, cats []string) {
	labels, graduate, cats = []string{lang.L("whatif.graduates")}, []bool{true}, []string{""}
	for _, c := range model.Categories.Codes() {
		labels, graduate, cats = append(labels, s.a.label(model.Categories, c)), append(graduate, false), append(cats, c)
	}
	return append(labels, lang.L("whatif.other")), append(graduate, false), append(cats, "")
}

func (s *whatIfScreen) build() fyne.CanvasObject {
	a := s.a
	s.hireCount = widget.NewEntry()
	s.hireCount.SetText("1")
	s.hireMonths = widget.NewEntry()
	s.hireMonths.SetText("12")
	s.hireDate = widget.NewEntry()
	s.hireDate.SetText(a.evalDate().String())
	labels, _, _ := s.hireKinds()
	s.hireKind = widget.NewSelect(labels, nil)
	s.hireKind.SetSelectedIndex(0)
	var certLabels []string
	for _, c := range model.CertKinds.Codes() {
		certLabels = append(certLabels, a.label(model.CertKinds, c))
	}
	s.certKind = widget.NewSelect(certLabels, nil)
	s.certKind.SetSelectedIndex(0)
	s.certDate = widget.NewEntry()
	s.certDate.SetText(a.evalDate().String())
	s.rdYear = widget.NewEntry()
	s.rdYear.SetText(strconv.Itoa(a.evalDate().Year() - 1))
	s.rdPersonnel = widget.NewEntry()
	s.rdPersonnel.SetPlaceHolder("0.00")
	s.rdOther = widget.NewEntry()
	s.rdOther.SetPlaceHolder("0.00")
	s.listed = container.NewVBox()
	s.out = container.NewVBox()
	s.keep = widget.NewButton(lang.L("whatif.keep"), s.keepChanges)
	s.keep.Disable()

	form := func(title string, add func() error, items ...fyne.CanvasObject) fyne.CanvasObject {
		btn := widget.NewButton(lang.L("whatif.add"), func() {
			if err := add(); err != nil {
				a.showError(err)
				return
			}
			s.recompute()
			if n := len(s.changes); n > 0 && s.idle(n-1) {
				a.status(lang.X("whatif.idle_added", "", map[string]any{"Change": a.text(s.changes[n-1].Describe())}))
			}
		})
		return section(title, "", container.NewVBox(container.New(&formLayout{}, items...), btn))
	}
	hires := form(lang.L("whatif.hires"), s.addHires,
		widget.NewLabel(lang.L("whatif.kind")), s.hireKind,
		widget.NewLabel(lang.L("whatif.count")), s.hireCount,
		widget.NewLabel(lang.L("field.contract_months")), s.hireMonths,
		widget.NewLabel(lang.L("field.hired")), s.hireDate)
	cert := form(lang.L("whatif.cert"), s.addCert,
		widget.NewLabel(lang.L("field.cert_kind")), s.certKind,
		widget.NewLabel(lang.L("field.issued")), s.certDate)
	rd := form(lang.L("whatif.rd"), s.addRD,
		widget.NewLabel(lang.L("field.year")), s.rdYear,
		widget.NewLabel(a.label(model.RDCategories, model.RDPersonnel)), s.rdPersonnel,
		widget.NewLabel(a.label(model.RDCategories, model.RDOther)), s.rdOther)
	reset := widget.NewButton(lang.L("whatif.reset"), func() { s.changes = nil; s.recompute() })
	left := container.NewVBox(hires, cert, rd)
	right := container.NewVBox(bold(lang.L("whatif.changes")), s.listed, container.NewHBox(reset, s.keep),
		bold(lang.L("whatif.effects")), s.out)
	s.recompute()
	split := container.NewHSplit(container.NewVScroll(left), container.NewVScroll(container.NewPadded(right)))
	split.Offset = 0.45
	return split
}

func (s *whatIfScreen) refresh() {
	if s.out != nil {
		s.recompute()
	}
}

func (s *whatIfScreen) addHires() error {
	n, err1 := strconv.Atoi(strings.TrimSpace(s.hireCount.Text))
	months, err2 := strconv.Atoi(strings.TrimSpace(s.hireMonths.Text))
	d, err3 := parseDate(s.hireDate.Text)
	if err1 != nil || err2 != nil || n < 1 || n > 10000 || months < 0 {
		return fmt.Errorf("%s", lang.L("whatif.bad_hires"))
	}
	if err3 != nil {
		return err3
	}
	_, graduate, cats := s.hireKinds()
	i := max(0, s.hireKind.SelectedIndex())
	s.changes = append(s.changes, engine.ExtraHires{Count: n, Graduate: graduate[i], Category: cats[i], ContractMonths: months, Hired: d})
	return nil
}

func (s *whatIfScreen) addCert() error {
	d, err := parseDate(s.certDate.Text)
	if err != nil {
		return err
	}
	s.changes = append(s.changes, engine.AddCertification{Kind: model.CertKinds.Codes()[max(0, s.certKind.SelectedIndex())], Issued: d})
	return nil
}

func (s *whatIfScreen) addRD() error {
	y, err := strconv.Atoi(strings.TrimSpace(s.rdYear.Text))
	if err != nil || y < 1900 || y > 2100 {
		return fmt.Errorf("%s", lang.L("whatif.bad_year"))
	}
	amounts := map[string]money.Fen{}
	for code, en := range map[string]*widget.Entry{model.RDPersonnel: s.rdPersonnel, model.RDOther: s.rdOther} {
		if t := strings.TrimSpace(en.Text); t != "" {
			v, err := money.Parse(t)
			if err != nil {
				return err
			}
			amounts[code] = v
		}
	}
	s.changes = append(s.changes, engine.AddRDYear{Year: y, Project: lang.L("whatif.project"), Amounts: amounts})
	return nil
}

// idle says whether change i changes nothing (after recompute).
func (s *whatIfScreen) idle(i int) bool { return i < len(s.idles) && s.idles[i] }

// remove drops change i and evaluates again.
func (s *whatIfScreen) remove(i int) {
	if i < 0 || i >= len(s.changes) {
		return
	}
	s.changes = append(s.changes[:i:i], s.changes[i+1:]...)
	s.recompute()
}

// list shows each change with its remove button, and says of a change
// that the outcome would be the same without it.
func (s *whatIfScreen) list() {
	a := s.a
	s.listed.Objects = nil
	if len(s.changes) == 0 {
		s.listed.Add(wrapped(lang.L("whatif.none")))
		return
	}
	for i, c := range s.changes {
		text := "• " + a.text(c.Describe())
		if s.idle(i) {
			text += "\n  " + lang.L("whatif.idle")
		}
		i := i
		rm := widget.NewButtonWithIcon(lang.L("whatif.remove"), theme.ContentRemoveIcon(), func() { s.remove(i) })
		s.listed.Add(container.NewBorder(nil, nil, nil, container.NewVBox(rm), wrapped(text)))
	}
	s.listed.Refresh()
}

// recompute evaluates the what-if and lists the rules it changes.
func (s *whatIfScreen) recompute() {
	a := s.a
	s.out.Objects = nil
	s.result = nil
	s.idles = nil
	s.keep.Disable()
	if len(s.changes) == 0 || a.sc == nil {
		s.list()
		s.out.Refresh()
		return
	}
	w, err := a.eng.WhatIf(a.sc, a.evalDate(), s.changes...)
	if err == nil {
		s.idles, err = a.eng.Idle(a.sc, a.evalDate(), s.changes...)
	}
	s.list()
	if err != nil {
		s.out.Objects = []fyne.CanvasObject{wrapped(a.errText(err))}
		s.out.Refresh()
		return
	}
	s.result = w
	s.keep.Enable()
	if len(w.Changed) == 0 {
		s.out.Objects = []fyne.CanvasObject{wrapped(lang.L("whatif.nochange"))}
	}
	for _, d := range w.Changed {
		s.out.Objects = append(s.out.Objects, section(a.text(d.Rule.Title), "",
			wrapped(fmt.Sprintf("%s → %s\n%s → %s", statusName(d.Before.Status), statusName(d.After.Status),
				amountOf(a, d.Before), amountOf(a, d.After)))))
	}
	s.out.Refresh()
}

func amountOf(a *App, r *engine.Result) string {
	if !r.Status.Applies() {
		return "—"
	}
	return r.AmountText(a.lang())
}

// keepChanges stores the hypothetical records for real, after asking, in
// one transaction.
func (s *whatIfScreen) keepChanges() {
	a := s.a
	hyp, err := engine.Apply(a.sc, s.changes...)
	if err != nil {
		a.showError(err)
		return
	}
	confirm(a, lang.L("whatif.keep"), lang.L("whatif.keep_confirm"), lang.L("whatif.keep_do"), func() {
		add := &model.Scenario{
			People:     hyp.People[len(a.sc.People):],
			RDExpenses: hyp.RDExpenses[len(a.sc.RDExpenses):],
		}
		add.Firm.Certifications = hyp.Firm.Certifications[len(a.sc.Firm.Certifications):]
		// Guarded: hires computed on a firm that another window has
		// since replaced must not be added to the new one. The changes
		// stay listed, to keep them again on the latest data.
		if err := a.guarded(func() error { return a.st.Append(a.ctx, add) }); err != nil {
			a.showError(err)
			return
		}
		sc, err := a.st.Load(a.ctx)
		if err != nil {
			a.showError(err)
			return
		}
		a.sc = sc
		s.changes = nil
		a.changed()
	})
}
