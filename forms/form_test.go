package forms

import (
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/params"
	"strings"
	"testing"
)

func TestBasisTextNamesEachDocumentOnce(t *testing.T) {
	sc := demo.Scenario(day("2026-06-30"))
	ev, err := engine.New(params.Default()).Evaluate(sc, day("2026-06-30"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ev.Results {
		text := BasisText(&r, "zh")
		seen := map[string]int{}
		for _, p := range r.Basis {
			if p.Unit != params.Date {
				seen[p.Cite]++
			}
		}
		for cite := range seen {
			// A row may cite several documents ("A；B"), listed as "A、B".
			cite = strings.ReplaceAll(cite, "；", "、")
			if n := strings.Count("；"+strings.TrimPrefix(text, "本表数字依据："), "；"+cite+"："); n != 1 {
				t.Errorf("%s: %q is cited %d times in %q", r.Rule.ID, cite, n, text)
			}
		}
		for _, p := range r.Basis {
			if p.Unit != params.Date && !strings.HasPrefix(p.Key, "size.") && !strings.Contains(text, p.Text("zh")) {
				t.Errorf("%s: the figure %s of %s is missing from %q", r.Rule.ID, p.Text("zh"), p.Key, text)
			}
		}
	}
}
