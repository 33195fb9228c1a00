package engine

import (
	"fmt"
	"slices"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
)

// Change is a hypothetical change to a firm's records, for "what if"
// questions: it is applied to a copy, never to stored data.
type Change interface {
	apply(sc *model.Scenario, n int) error
	// Describe says what the change is, for the screen and the advice.
	Describe() Text
}

// ExtraHires adds Count employees hired on Hired with contracts of
// ContractMonths months: college graduates (graduated the day before they
// were hired) when Graduate is set, else people of Category (a
// people[].categories code, or "" for none).
type ExtraHires struct {
	Count          int
	Graduate       bool
	Category       string
	ContractMonths int
	Hired          civil.Date
}

func (h ExtraHires) apply(sc *model.Scenario, n int) error {
	if h.Count < 1 || h.Count > 100_000 {
		return fmt.Errorf("what-if: %d hires", h.Count)
	}
	for k := 0; k < h.Count; k++ {
		p := model.Person{
			ID:             fmt.Sprintf("whatif-%d-%d", n, k+1),
			Name:           fmt.Sprintf("模拟新员工%d", k+1),
			Hired:          h.Hired,
			ContractMonths: &h.ContractMonths,
			Categories:     []string{},
		}
		if h.Graduate {
			p.Graduated = h.Hired.AddDays(-1)
		}
		if h.Category != "" {
			p.Categories = []string{h.Category}
		}
		sc.People = append(sc.People, p)
	}
	return nil
}

// Describe names the hires.
func (h ExtraHires) Describe() Text {
	kind := Text{"其他人员", "other staff"}
	switch {
	case h.Graduate:
		kind = Text{"高校毕业生", "college graduates"}
	case h.Category != "":
		kind = Text{model.Categories.Label(h.Category, "zh"), model.Categories.Label(h.Category, "en")}
	}
	return tr("%s 新招用%s %d 人，劳动合同 %d 个月", "hire %[3]d %[2]s on %[1]s, %[4]d-month contracts", h.Hired, kind, h.Count, h.ContractMonths)
}

// AddCertification gives the firm a certification.
type AddCertification struct {
	Kind    string
	Issued  civil.Date
	Expires civil.Date // zero: no expiry
}

func (c AddCertification) apply(sc *model.Scenario, _ int) error {
	sc.Firm.Certifications = append(sc.Firm.Certifications, model.Certification{Kind: c.Kind, Issued: c.Issued, Expires: c.Expires})
	return nil
}

// Describe names the certification.
func (c AddCertification) Describe() Text {
	return tr("%s 取得%s认定", "obtain the %[2]s certification on %[1]s", c.Issued,
		Text{model.CertKinds.Label(c.Kind, "zh"), model.CertKinds.Label(c.Kind, "en")})
}

// AddRDYear adds a year of R&D spending on one project: the amount of
// each category (RDCategories codes), dated 31 December of Year.
type AddRDYear struct {
	Year    int
	Project string
	Amounts map[string]money.Fen
}

func (r AddRDYear) apply(sc *model.Scenario, _ int) error {
	cats := model.RDCategories.Codes() // fixed order: the result must not depend on map order
	for _, c := range cats {
		if a := r.Amounts[c]; a != 0 {
			sc.RDExpenses = append(sc.RDExpenses, model.RDExpense{Date: civil.YearEnd(r.Year), Project: r.Project, Category: c, Amount: a})
		}
	}
	for c := range r.Amounts {
		if !slices.Contains(cats, c) {
			return fmt.Errorf("what-if: unknown R&D category %q", c)
		}
	}
	return nil
}

// Describe sums the spending.
func (r AddRDYear) Describe() Text {
	var total money.Fen
	for _, a := range r.Amounts {
		total += a
	}
	return tr("%d 年研发项目“%s”支出 %s", "spend %[3]s on R&D project \"%[2]s\" in %[1]d", r.Year, r.Project, total.Yuan())
}

// Diff is a rule whose outcome a what-if changes.
type Diff struct {
	Rule          *Rule
	Before, After *Result
}

// WhatIf is the evaluation before and after hypothetical changes.
type WhatIf struct {
	Before, After *Evaluation
	Changed       []Diff // rules whose status or amounts differ, in catalog order
}

// WhatIf evaluates sc as of asOf with changes applied to a copy; sc itself
// is not modified. A change that makes the records invalid is refused with
// the validation errors.
func (e *Engine) WhatIf(sc *model.Scenario, asOf civil.Date, changes ...Change) (*WhatIf, error) {
	before, err := e.Evaluate(sc, asOf)
	if err != nil {
		return nil, err
	}
	hyp, err := Apply(sc, changes...)
	if err != nil {
		return nil, err
	}
	after, err := e.Evaluate(hyp, asOf)
	if err != nil {
		return nil, err
	}
	w := &WhatIf{Before: before, After: after}
	for i := range before.Results {
		b, a := &before.Results[i], &after.Results[i]
		if b.Status != a.Status || b.Amount != a.Amount || b.AmountMax != a.AmountMax {
			w.Changed = append(w.Changed, Diff{Rule: b.Rule, Before: b, After: a})
		}
	}
	return w, nil
}

// Apply returns a copy of sc with the changes made, validated; sc is not
// modified. The new records follow the existing ones, so a caller that
// decides to keep a what-if can store the tail of each list.
func Apply(sc *model.Scenario, changes ...Change) (*model.Scenario, error) {
	hyp := cloneScenario(sc)
	for i, c := range changes {
		if err := c.apply(hyp, i+1); err != nil {
			return nil, err
		}
	}
	if errs := model.Validate(hyp); len(errs) > 0 {
		return nil, errs
	}
	return hyp, nil
}

// cloneScenario copies the slices a Change appends to, so the caller's
// scenario never sees the hypothetical records. Records themselves are
// shared: changes only add.
func cloneScenario(sc *model.Scenario) *model.Scenario {
	c := *sc
	c.Firm.Certifications = slices.Clone(sc.Firm.Certifications)
	c.People = slices.Clone(sc.People)
	c.RDExpenses = slices.Clone(sc.RDExpenses)
	return &c
}

// Idle says, for each change, whether the outcome would be the same
// without it: no rule's status or amounts move when it alone is left out.
// The what-if tells the user so, rather than letting a change that does
// nothing look like one that counts.
func (e *Engine) Idle(sc *model.Scenario, asOf civil.Date, changes ...Change) ([]bool, error) {
	all, err := e.WhatIf(sc, asOf, changes...)
	if err != nil {
		return nil, err
	}
	idle := make([]bool, len(changes))
	for i := range changes {
		rest := append(append([]Change(nil), changes[:i]...), changes[i+1:]...)
		without, err := e.WhatIf(sc, asOf, rest...)
		if err != nil {
			return nil, err
		}
		idle[i] = sameOutcome(all.After, without.After)
	}
	return idle, nil
}

// sameOutcome holds when every rule has the same status and amounts in a
// and b.
func sameOutcome(a, b *Evaluation) bool {
	if len(a.Results) != len(b.Results) {
		return false
	}
	for i := range a.Results {
		x, y := &a.Results[i], &b.Results[i]
		if x.Status != y.Status || x.Amount != y.Amount || x.AmountMax != y.AmountMax {
			return false
		}
	}
	return true
}
