package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/store"
)

// firmScreen (企业信息): the profile, certifications with their validity,
// annual financials, taxes and benefits already received.
type firmScreen struct {
	a       *App
	profile *fyne.Container
	certs   *fyne.Container
	fins    *fyne.Container
	taxes   *fyne.Container
	recv    *fyne.Container
}

func (s *firmScreen) build() fyne.CanvasObject {
	s.profile, s.certs, s.fins, s.taxes, s.recv = container.NewVBox(), container.NewVBox(), container.NewVBox(), container.NewVBox(), container.NewVBox()
	a := s.a
	addBtn := func(f func()) *widget.Button {
		return widget.NewButtonWithIcon(lang.L("button.add"), theme.ContentAddIcon(), f)
	}
	edit := widget.NewButtonWithIcon(lang.L("button.edit"), theme.DocumentCreateIcon(), a.editFirm)
	edit.Importance = widget.HighImportance
	s.refresh()
	card := func(title string, btn fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
		return widget.NewCard("", "", container.NewBorder(container.NewBorder(nil, nil, heading(title), btn), nil, nil, nil, body))
	}
	return container.NewVScroll(container.NewPadded(container.NewVBox(
		card(lang.L("firm.profile"), edit, s.profile),
		card(lang.L("firm.certs"), addBtn(func() { a.editCert(-1) }), s.certs),
		card(lang.L("firm.financials"), addBtn(func() { a.editFinancial(-1) }), s.fins),
		card(lang.L("firm.taxes"), addBtn(func() { a.editTax(-1) }), s.taxes),
		card(lang.L("firm.received"), addBtn(func() { a.editReceived(-1) }), s.recv),
	)))
}

// grid lays out rows of cells in equal columns, each row opening edit.
func grid(header []string, rows [][]string, edit func(i int)) fyne.CanvasObject {
	if len(rows) == 0 {
		return widget.NewLabel(lang.L("list.empty"))
	}
	g := container.New(rowsLayout{len(header) + 1})
	for _, h := range header {
		g.Add(boldWrapped(h))
	}
	g.Add(widget.NewLabel(""))
	for i, r := range rows {
		for _, c := range r {
			g.Add(wrapped(c))
		}
		i := i
		g.Add(widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { edit(i) }))
	}
	return g
}

func (s *firmScreen) refresh() {
	a := s.a
	if s.profile == nil || a.sc == nil {
		return
	}
	f := a.sc.Firm
	shop := f.OnlineShopOpened.String()
	if shop == "" {
		shop = lang.L("firm.noshop")
	}
	items := [][2]string{
		{"field.firm_name", f.Name}, {"field.uscc", f.USCC},
		{"field.legal_form", a.label(model.LegalForms, f.LegalForm)}, {"field.ownership", a.label(model.Ownerships, f.Ownership)},
		{"field.founded", f.Founded.String()}, {"field.county", f.County},
		{"field.industry", a.label(model.Industries, f.Industry)}, {"field.in_startup_park", triText(f.InStartupPark)},
		{"field.rents_premises", triText(f.RentsPremises)}, {"field.tax_compliant", triText(f.TaxCompliant)},
		{"field.credit_clean", triText(f.CreditClean)}, {"field.online_shop", shop},
		{"field.address", orDash(f.Address)}, {"field.contact_person", orDash(f.ContactPerson)},
		{"field.phone", orDash(f.Phone)},
	}
	g := container.New(rowsLayout{4})
	for _, it := range items {
		g.Add(boldWrapped(lang.L(it[0])))
		g.Add(wrapped(it[1]))
	}
	s.profile.Objects = []fyne.CanvasObject{g}
	d := a.evalDate()
	var certRows [][]string
	for _, c := range f.Certifications {
		valid := c.Issued <= d && (c.Expires.IsZero() || c.Expires >= d)
		certRows = append(certRows, []string{a.label(model.CertKinds, c.Kind), c.Issued.String(), orDash(c.Expires.String()), boolText(valid)})
	}
	s.certs.Objects = []fyne.CanvasObject{grid([]string{lang.L("col.kind"), lang.L("col.issued"), lang.L("col.expires"), lang.L("col.valid")}, certRows, a.editCert)}
	var finRows [][]string
	for _, x := range a.sc.Financials {
		finRows = append(finRows, []string{fmt.Sprint(x.Year), fenText(x.Revenue), fenText(x.TotalAssets), fenText(x.TaxableIncome)})
	}
	s.fins.Objects = []fyne.CanvasObject{grid([]string{lang.L("col.year"), lang.L("col.revenue"), lang.L("col.assets"), lang.L("col.taxable")}, finRows, a.editFinancial)}
	var taxRows [][]string
	for _, t := range a.sc.Taxes {
		taxRows = append(taxRows, []string{fmt.Sprint(t.Year), t.VAT.Yuan(), t.UrbanConstruction.Yuan(), t.EducationSurcharge.Yuan(),
			t.LocalEducationSurcharge.Yuan(), t.PersonalIncome.Yuan()})
	}
	s.taxes.Objects = []fyne.CanvasObject{grid([]string{lang.L("col.year"), lang.L("col.vat"), lang.L("col.urban"), lang.L("col.edu"),
		lang.L("col.local_edu"), lang.L("col.pit")}, taxRows, a.editTax)}
	var recvRows [][]string
	for _, r := range f.Received {
		title := r.Benefit
		for _, rule := range a.eng.Rules() {
			if rule.ID == r.Benefit {
				title = a.text(rule.Title)
			}
		}
		recvRows = append(recvRows, []string{title, r.Date.String()})
	}
	s.recv.Objects = []fyne.CanvasObject{grid([]string{lang.L("col.benefit"), lang.L("col.date")}, recvRows, a.editReceived)}
	for _, c := range []*fyne.Container{s.profile, s.certs, s.fins, s.taxes, s.recv} {
		c.Refresh()
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func fenText(f *money.Fen) string {
	if f == nil {
		return lang.L("tri.unknown")
	}
	return f.Yuan()
}

// editFirm edits the profile; the firm block has no list of its own, so
// it is saved with SaveFirm.
func (a *App) editFirm() {
	f := a.sc.Firm
	e := newEditor(a, "firm")
	a.firmFields(e, &f, func(q model.Firm) error {
		hyp := *a.sc
		hyp.Firm = q
		return a.commit(&hyp, func() error { return a.st.SaveFirm(a.ctx, &hyp.Firm, hyp.AsOf) })
	})
}

// firmFields adds the firm's fields to e and shows it; done receives the
// edited firm. The welcome screen uses it to create a new firm.
func (a *App) firmFields(e *editor, f *model.Firm, done func(model.Firm) error) {
	name := e.text("name", "field.firm_name", f.Name)
	uscc := e.text("uscc", "field.uscc", f.USCC)
	form := e.choice("legal_form", "field.legal_form", model.LegalForms, f.LegalForm, false)
	own := e.choice("ownership", "field.ownership", model.Ownerships, f.Ownership, false)
	founded := e.date("founded", "field.founded", f.Founded, false)
	county := e.county(f.County)
	industry := e.choice("industry", "field.industry", model.Industries, f.Industry, false)
	park := e.tri("in_startup_park", "field.in_startup_park", f.InStartupPark)
	rents := e.tri("rents_premises", "field.rents_premises", f.RentsPremises)
	tax := e.tri("tax_compliant", "field.tax_compliant", f.TaxCompliant)
	credit := e.tri("credit_clean", "field.credit_clean", f.CreditClean)
	shop := e.date("online_shop_opened", "field.online_shop", f.OnlineShopOpened, true)
	address := e.text("address", "field.address", f.Address)
	contact := e.text("contact_person", "field.contact_person", f.ContactPerson)
	phone := e.text("phone", "field.phone", f.Phone)
	e.show(lang.L("firm.profile"), func() error {
		q := *f
		q.Name, q.USCC, q.LegalForm, q.Ownership, q.Founded = name(), uscc(), form(), own(), founded()
		q.County, q.Industry, q.InStartupPark, q.RentsPremises = county(), industry(), park(), rents()
		q.TaxCompliant, q.CreditClean, q.OnlineShopOpened = tax(), credit(), shop()
		q.Address, q.ContactPerson, q.Phone = address(), contact(), phone()
		return done(q)
	}, nil)
}

// withFirmList edits the firm's certifications or received benefits: the
// whole firm is saved, the lists replaced.
func (a *App) saveFirmList(q model.Firm) error {
	hyp := *a.sc
	hyp.Firm = q
	return a.commit(&hyp, func() error { return a.st.SaveFirm(a.ctx, &hyp.Firm, hyp.AsOf) })
}

func (a *App) editCert(i int) {
	var c model.Certification
	if i >= 0 {
		c = a.sc.Firm.Certifications[i]
	} else {
		c = model.Certification{Kind: model.CertTechSME} // the date is on the certificate
	}
	e := newEditor(a, fmt.Sprintf("firm.certifications[%d]", indexOr(i, len(a.sc.Firm.Certifications))))
	kind := e.choice("kind", "field.cert_kind", model.CertKinds, c.Kind, false)
	issued := e.date("issued", "field.issued", c.Issued, false)
	expires := e.date("expires", "field.expires", c.Expires, true)
	list := func(q model.Certification, del bool) model.Firm {
		f := a.sc.Firm
		f.Certifications = slices.Clone(f.Certifications)
		switch {
		case del:
			f.Certifications = slices.Delete(f.Certifications, i, i+1)
		case i < 0:
			f.Certifications = append(f.Certifications, q)
		default:
			f.Certifications[i] = q
		}
		return f
	}
	save := func() error {
		q := c
		q.Kind, q.Issued, q.Expires = kind(), issued(), expires()
		return a.saveFirmList(list(q, false))
	}
	var del func() error
	if i >= 0 {
		del = func() error { return a.saveFirmList(list(c, true)) }
	}
	e.show(a.title(i < 0, "kind.cert"), save, del)
}

func (a *App) editReceived(i int) {
	var r model.Received
	if i >= 0 {
		r = a.sc.Firm.Received[i]
	} else {
		r = model.Received{Benefit: model.RuleIDs()[0]}
	}
	e := newEditor(a, fmt.Sprintf("firm.received[%d]", indexOr(i, len(a.sc.Firm.Received))))
	var opts []model.Option
	for _, rule := range a.eng.Rules() {
		opts = append(opts, model.Option{Code: rule.ID, Zh: rule.Title.Zh, En: rule.Title.En})
	}
	benefit := e.choice("benefit", "field.benefit", model.Enum{Name: "benefit"}.With(opts), r.Benefit, false)
	date := e.date("date", "field.date", r.Date, false)
	list := func(q model.Received, del bool) model.Firm {
		f := a.sc.Firm
		f.Received = slices.Clone(f.Received)
		switch {
		case del:
			f.Received = slices.Delete(f.Received, i, i+1)
		case i < 0:
			f.Received = append(f.Received, q)
		default:
			f.Received[i] = q
		}
		return f
	}
	save := func() error {
		q := model.Received{RecordID: r.RecordID, Benefit: benefit(), Date: date()}
		return a.saveFirmList(list(q, false))
	}
	var del func() error
	if i >= 0 {
		del = func() error { return a.saveFirmList(list(r, true)) }
	}
	e.show(a.title(i < 0, "kind.received"), save, del)
}

func financials(sc *model.Scenario) *[]model.Financial { return &sc.Financials }

func (a *App) editFinancial(i int) { a.editFinancialYear(i, 0) }

// editFinancialYear edits row i, or a new row for newYear (0: last year, the
// one most often entered).
func (a *App) editFinancialYear(i, newYear int) {
	var x model.Financial
	if i >= 0 {
		x = a.sc.Financials[i]
	} else {
		x = model.Financial{Year: pick(newYear != 0, newYear, a.evalDate().Year()-1)}
	}
	e := newEditor(a, fmt.Sprintf("financials[%d]", indexOr(i, len(a.sc.Financials))))
	year := e.integer("year", "field.year", &x.Year, false)
	rev := e.optYuan("revenue_fen", "field.revenue", x.Revenue)
	assets := e.optYuan("total_assets_fen", "field.assets", x.TotalAssets)
	taxable := e.optYuan("taxable_income_fen", "field.taxable", x.TaxableIncome)
	save := func() error {
		q := x
		if y := year(); y != nil {
			q.Year = *y
		}
		q.Revenue, q.TotalAssets, q.TaxableIncome = rev(), assets(), taxable()
		hyp, _ := upsert(a.sc, financials, "financials", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveFinancial(a.ctx, &q); err != nil {
				return err
			}
			hyp.Financials[indexOr(i, len(hyp.Financials)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, financials, i), func() error { return a.st.DeleteAt(a.ctx, store.Financials, x.RecordID, x.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.financial"), save, del)
}

func taxList(sc *model.Scenario) *[]model.TaxYear { return &sc.Taxes }

func (a *App) editTax(i int) {
	var t model.TaxYear
	if i >= 0 {
		t = a.sc.Taxes[i]
	} else {
		t = model.TaxYear{Year: a.evalDate().Year()}
	}
	e := newEditor(a, fmt.Sprintf("taxes[%d]", indexOr(i, len(a.sc.Taxes))))
	year := e.integer("year", "field.year", &t.Year, false)
	vat := e.yuan("vat_fen", "col.vat", t.VAT, i < 0)
	urban := e.yuan("urban_construction_fen", "col.urban", t.UrbanConstruction, i < 0)
	edu := e.yuan("education_surcharge_fen", "col.edu", t.EducationSurcharge, i < 0)
	local := e.yuan("local_education_surcharge_fen", "col.local_edu", t.LocalEducationSurcharge, i < 0)
	pit := e.yuan("personal_income_fen", "col.pit", t.PersonalIncome, i < 0)
	save := func() error {
		q := t
		if y := year(); y != nil {
			q.Year = *y
		}
		q.VAT, q.UrbanConstruction, q.EducationSurcharge, q.LocalEducationSurcharge, q.PersonalIncome = vat(), urban(), edu(), local(), pit()
		hyp, _ := upsert(a.sc, taxList, "taxes", i, q)
		return a.commit(hyp, func() error {
			if err := a.st.SaveTax(a.ctx, &q); err != nil {
				return err
			}
			hyp.Taxes[indexOr(i, len(hyp.Taxes)-1)] = q
			return nil
		})
	}
	var del func() error
	if i >= 0 {
		del = func() error {
			return a.commit(remove(a.sc, taxList, i), func() error { return a.st.DeleteAt(a.ctx, store.Taxes, t.RecordID, t.Version) })
		}
	}
	e.show(a.title(i < 0, "kind.tax"), save, del)
}
