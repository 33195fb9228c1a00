package ui

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"huiqi/model"
)

// drawn is the text o draws: every canvas.Text under it, reached through
// the renderers, so only what is laid out (visible rows of a list or
// table, the chosen value of a select) counts.
func drawn(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *canvas.Text:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(v.Content)
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// machineWords finds, in text a person reads, what belongs to files and
// scripts: rule ids, enumeration codes, JSON paths.
type machineWords struct {
	ruleIDs  []string
	codes    []string // every enumeration code
	multi    []string // codes of two words or more (high_level): wrong in any language
	pathLike *regexp.Regexp
}

func newMachineWords() *machineWords {
	m := &machineWords{ruleIDs: model.RuleIDs(),
		pathLike: regexp.MustCompile(`[a-z_]+\[\d+\]|\[year=|\.[a-z]+_[a-z_]+|_fen\b|_bp\b`)}
	for _, e := range []model.Enum{model.LegalForms, model.Ownerships, model.Industries, model.CertKinds, model.Categories,
		model.TalentPrograms, model.LeaveKinds, model.PatentKinds, model.PatentStatuses, model.IncomeKinds,
		model.RDCategories, model.LoanKinds, model.Counties} {
		for _, c := range e.Codes() {
			m.codes = append(m.codes, c)
			if strings.Contains(c, "_") {
				m.multi = append(m.multi, c)
			}
		}
	}
	return m
}

var fullWidthAfterLatin = regexp.MustCompile(`[a-z][：，。；（]`)

// find returns the machine words in s; in Chinese every ASCII word that
// is a code counts, in English only codes no English text would contain.
func (m *machineWords) find(s, language string) []string {
	var found []string
	for _, id := range m.ruleIDs {
		if strings.Contains(s, id) {
			found = append(found, id)
		}
	}
	found = append(found, m.pathLike.FindAllString(s, -1)...)
	codes := m.multi
	if language == LangZh {
		codes = m.codes
	}
	// English sentences use English punctuation; Chinese names and
	// documents shown inside them keep theirs.
	if language == LangEn {
		found = append(found, fullWidthAfterLatin.FindAllString(s, -1)...)
	}
	for _, w := range regexp.MustCompile(`[A-Za-z_]+`).FindAllString(s, -1) {
		for _, c := range codes {
			if w == c {
				found = append(found, w)
			}
		}
	}
	return found
}

// No screen or dialog of the demo firm shows a rule id, an enumeration
// code or a JSON path, in either language: every benefit's detail, every
// record's dialog, the what-if with changes, the history.
func TestNoMachineWordsOnScreen(t *testing.T) {
	m := newMachineWords()
	for _, language := range []string{LangZh, LangEn} {
		a := newTestApp(t, language)
		a.win.Resize(fyne.NewSize(1366, 768))
		check := func(where string, o fyne.CanvasObject) {
			t.Helper()
			for _, s := range drawn(o) {
				if bad := m.find(s, language); len(bad) > 0 {
					t.Errorf("%s, %s: %q shows %q", language, where, s, bad)
				}
			}
		}
		for i, s := range a.screens {
			a.nav.Select(i)
			check(s.key, a.win.Content())
		}
		a.goTo(scrResults)
		for _, r := range a.ev.Results {
			a.results.Select(r.Rule.ID)
			check("the detail of "+r.Rule.ID, a.results.detail)
			a.showClause(r.Rule)
			check("the clause of "+r.Rule.ID, overlay(a))
			a.dialogs[len(a.dialogs)-1].Hide()
		}
		s := a.goTo(scrWhatIf)
		for _, b := range findButtons(s.view, lang.L("whatif.add")) {
			test.Tap(b)
		}
		check("the what-if", a.win.Content())
		for name, open := range map[string]func(){
			"the firm": a.editFirm, "a founder": func() { a.editPerson(0) }, "a talent": func() { a.editPerson(34) },
			"a patent": func() { a.editPatent(first(len(a.sc.Patents))) }, "R&D": func() { a.editRD(first(len(a.sc.RDExpenses))) }, "an investment": func() { a.editInvestment(first(len(a.sc.Investments))) },
			"a loan": func() { a.editLoan(first(len(a.sc.Loans))) }, "a fee": func() { a.editFee(first(len(a.sc.Fees))) }, "a certificate": func() { a.editCert(first(len(a.sc.Firm.Certifications))) },
			"accounts": func() { a.editFinancial(first(len(a.sc.Financials))) }, "taxes": func() { a.editTax(first(len(a.sc.Taxes))) },
		} {
			open()
			check("the dialog of "+name, overlay(a))
			a.dialogs[len(a.dialogs)-1].Hide()
		}
		// Save a change and undo it, so the history has both.
		a.editPerson(1)
		test.Tap(findButton(overlay(a), lang.L("button.save")))
		a.undoLast()
		a.showHistory()
		check("the history", overlay(a))
	}
}

// first is the index of a list's first record, or -1 (a new one) when the
// list is empty.
func first(n int) int { return pick(n > 0, 0, -1) }
