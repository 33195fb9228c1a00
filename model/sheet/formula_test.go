package sheet

import (
	"bytes"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/money"
)

// Names that are formulas are exported to CSV behind an apostrophe, come
// back as they were, and their import warns (OWASP CSV injection).
func TestCSVFormulasNeutralised(t *testing.T) {
	sc := demo.Scenario(civil.Date(20260315))
	evil := []string{`=HYPERLINK("http://x","y")`, "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3"}
	for i, s := range evil {
		sc.People[i].Name = s
	}
	var buf bytes.Buffer
	if err := Write(&buf, "p.csv", "people", sc); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, s := range evil {
		if !strings.Contains(text, "'"+strings.ReplaceAll(s, `"`, `""`)) {
			t.Errorf("%q is not behind an apostrophe in the CSV", s)
		}
	}
	back, warns, err := PrepareWarn(nil, "p.csv", buf.Bytes(), "people")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range evil {
		if back.People[i].Name != s {
			t.Errorf("round trip: %q came back as %q", s, back.People[i].Name)
		}
	}
	if len(warns) != len(evil) {
		t.Errorf("%d warnings for %d formula-like names: %v", len(warns), len(evil), warns)
	}
	for _, w := range warns {
		if w.Row < 2 || !strings.Contains(w.Error(), "formula") {
			t.Errorf("warning %v", w)
		}
	}
	// Numbers Huiqi writes stay numbers: a loss is -120.00, not '-120.00.
	loss := model.Scenario{Financials: []model.Financial{{Year: 2020, TaxableIncome: ptr(money.Fen(-12000))}}}
	buf.Reset()
	if err := Write(&buf, "f.csv", "financials", &loss); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "'-") {
		t.Errorf("a negative amount was neutralised: %s", buf.String())
	}
}
