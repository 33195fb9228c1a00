package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

func load(t testing.TB, path string) *model.Scenario {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// evalJSON evaluates sc at its own as_of and returns the JSON as a value.
func evalJSON(t testing.TB, sc *model.Scenario, lang string) map[string]any {
	t.Helper()
	ev, err := New(params.Default()).Evaluate(sc, sc.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	data, err := ev.JSON(lang)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// CompareExpected checks an evaluation against an .expected.json file:
// every status, amount and named detail there, and the result order.
func compareExpected(t *testing.T, got, want map[string]any) {
	t.Helper()
	for _, k := range []string{"format", "as_of", "size_class", "rules_checked_through", "warnings", "totals"} {
		if w, ok := want[k]; ok && !reflect.DeepEqual(got[k], w) {
			t.Errorf("%s = %v, want %v", k, got[k], w)
		}
	}
	gotResults := got["results"].([]any)
	wantResults := want["results"].([]any)
	if len(gotResults) != len(model.RuleIDs()) {
		t.Errorf("%d results, want all %d rules", len(gotResults), len(model.RuleIDs()))
	}
	for i, wr := range wantResults {
		w := wr.(map[string]any)
		g := gotResults[i].(map[string]any)
		id := w["id"]
		if g["id"] != id {
			t.Errorf("results[%d] is %v, want %v", i, g["id"], id)
			continue
		}
		for _, k := range []string{"status", "value_kind", "amount_fen", "amount_max_fen"} {
			if !reflect.DeepEqual(g[k], w[k]) {
				t.Errorf("%v: %s = %v, want %v\nreasons: %v", id, k, g[k], w[k], g["reasons"])
			}
		}
		gd := g["details"].(map[string]any)
		for k, wv := range w["details"].(map[string]any) {
			if gv, ok := gd[k]; !ok || !reflect.DeepEqual(gv, wv) {
				t.Errorf("%v: details.%s = %v (present %v), want %v", id, k, gv, ok, wv)
			}
		}
		// basis_cites: each document must appear, whitespace aside, in the
		// cite of some basis entry (examples/README.md).
		cites := []string{}
		for _, b := range g["basis"].([]any) {
			cites = append(cites, noSpace(b.(map[string]any)["cite"].(string)))
		}
		for _, c := range asStrings(w["basis_cites"]) {
			found := false
			for _, got := range cites {
				found = found || strings.Contains(got, noSpace(c))
			}
			if !found {
				t.Errorf("%v: no basis entry cites %q; cites: %v", id, c, cites)
			}
		}
	}
}

func TestGoldenExamples(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/examples/*.expected.json")
	if len(files) < 5 {
		t.Fatalf("found %d expected evaluations", len(files))
	}
	for _, exp := range files {
		t.Run(filepath.Base(exp), func(t *testing.T) {
			sc := load(t, strings.Replace(exp, ".expected.json", ".json", 1))
			data, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			var want map[string]any
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			compareExpected(t, evalJSON(t, sc, "zh"), want)
		})
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func asStrings(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		out = append(out, x.(string))
	}
	return out
}
