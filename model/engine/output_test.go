package engine

import (
	"bytes"
	"encoding/json"
	"testing"
)

// huiqi-evaluation/2 (scenario.md): every result has its value kind and
// its basis rows {param, value, unit, from, to, cite}, `to` null for a row
// still in force; the evaluation has its totals, rules_checked_through and
// warnings ([] when none); the same input gives the same bytes.
func TestJSONFormat2(t *testing.T) {
	sc := load(t, "../../testdata/examples/hiring-loan-2026.json")
	ev := evaluate(t, sc, "2026-09-30")
	a, err := ev.JSON("zh")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := evaluate(t, sc, "2026-09-30").JSON("zh")
	if !bytes.Equal(a, b) {
		t.Error("two evaluations of one input differ")
	}
	var v struct {
		Format         string            `json:"format"`
		CheckedThrough string            `json:"rules_checked_through"`
		Warnings       []string          `json:"warnings"`
		Totals         map[string]int64  `json:"totals"`
		Results        []json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(a, &v); err != nil {
		t.Fatal(err)
	}
	if v.Format != "huiqi-evaluation/2" || v.CheckedThrough != "2026-12-01" || v.Warnings == nil || len(v.Totals) != 3 {
		t.Errorf("header: %+v", v)
	}
	var hiring struct {
		Kind  string           `json:"value_kind"`
		Basis []map[string]any `json:"basis"`
	}
	if err := json.Unmarshal(v.Results[10], &hiring); err != nil {
		t.Fatal(err)
	}
	if hiring.Kind != "loan" || len(hiring.Basis) == 0 {
		t.Fatalf("sme-hiring-loan: %+v", hiring)
	}
	for _, row := range hiring.Basis {
		for _, k := range []string{"param", "value", "unit", "from", "to", "cite"} {
			if _, ok := row[k]; !ok {
				t.Errorf("basis row %v lacks %s", row, k)
			}
		}
		if row["param"] == "guaranteed_loan.firm_max_fen" && (row["to"] != nil || row["value"] != 4e8 || row["unit"] != "fen") {
			t.Errorf("the 2023 ceiling row: %v", row)
		}
	}
	late, _ := evaluate(t, sc, "2026-12-02").JSON("en")
	if !bytes.Contains(late, []byte(`"warnings": [
  "规则核对至 2026-12-01，此后发布的政策调整未纳入 / rules checked through 2026-12-01; later changes are not included."
 ]`)) {
		t.Errorf("no warning after the checked-through date:\n%.400s", late)
	}
}
