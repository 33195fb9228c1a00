package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// matchesExpected compares an evaluation with an .expected.json file: the
// size class, and every status, amount and named detail listed there.
func matchesExpected(t *testing.T, out string, expectedFile string) {
	t.Helper()
	var got, want map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval printed no JSON: %v\n%s", err, out)
	}
	data, err := os.ReadFile(expectedFile)
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(data, &want)
	for _, k := range []string{"format", "as_of", "size_class", "rules_checked_through", "warnings", "totals"} {
		if !reflect.DeepEqual(got[k], want[k]) {
			t.Errorf("%s = %v, want %v", k, got[k], want[k])
		}
	}
	gr := got["results"].([]any)
	for i, w := range want["results"].([]any) {
		wm, gm := w.(map[string]any), gr[i].(map[string]any)
		for _, k := range []string{"id", "status", "value_kind", "amount_fen", "amount_max_fen"} {
			if !reflect.DeepEqual(gm[k], wm[k]) {
				t.Errorf("%v: %s = %v, want %v", wm["id"], k, gm[k], wm[k])
			}
		}
		gd := gm["details"].(map[string]any)
		for k, v := range wm["details"].(map[string]any) {
			if !reflect.DeepEqual(gd[k], v) {
				t.Errorf("%v: details.%s = %v, want %v", wm["id"], k, gd[k], v)
			}
		}
	}
}

// Every shared example evaluates to its expected result, from the scenario
// file and from a database imported from it.
func TestEvalExamples(t *testing.T) {
	files, _ := filepath.Glob(examples + "*.expected.json")
	if len(files) < 5 {
		t.Fatalf("%d expected files", len(files))
	}
	for _, exp := range files {
		sc := strings.Replace(exp, ".expected.json", ".json", 1)
		t.Run(filepath.Base(sc), func(t *testing.T) {
			fromFile := mustRun(t, "eval", sc)
			matchesExpected(t, fromFile, exp)
			db := filepath.Join(t.TempDir(), "x.db")
			mustRun(t, "import", "--db", db, sc)
			fromDB := mustRun(t, "eval", "--db", db)
			matchesExpected(t, fromDB, exp)
			if fromDB != fromFile {
				t.Error("evaluation from the database differs from the file's")
			}
			if again := mustRun(t, "eval", sc); again != fromFile {
				t.Error("two evaluations of the same file differ")
			}
		})
	}
}

func TestEvalLanguageAndDate(t *testing.T) {
	sc := examples + "tech-startup-2021.json"
	zh := mustRun(t, "eval", sc)
	en := mustRun(t, "eval", "--lang", "en", sc)
	if !strings.Contains(zh, "【满足】") || !strings.Contains(en, "[met]") || strings.Contains(en, "【满足】") {
		t.Error("reasons are not in the requested language")
	}
	later := mustRun(t, "eval", "--as-of", "2021-07-02", sc)
	var v struct {
		AsOf    string `json:"as_of"`
		Results []struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"results"`
	}
	json.Unmarshal([]byte(later), &v)
	if v.AsOf != "2021-07-02" {
		t.Errorf("as_of %s", v.AsOf)
	}
	for _, r := range v.Results {
		// The founder graduated 2016-07-01: five years end 2021-07-01.
		if r.ID == "student-excellent-grant" && r.Status != "ineligible" {
			t.Errorf("student-excellent-grant on 2021-07-02: %s", r.Status)
		}
	}
}

func TestEvalBadInput(t *testing.T) {
	sc := examples + "tech-startup-2021.json"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--as-of", "2016-11-14", sc}, "--as-of: 评估日期 2016-11-14 早于政策施行日"},
		{[]string{"eval", "--as-of", "2021-02-30", sc}, "--as-of: "},
		{[]string{"eval", "--lang", "fr", sc}, "--lang must be zh or en"},
		{[]string{"eval"}, "need one scenario file or --db FILE"},
		{[]string{"eval", "--db", "x.db", sc}, "not both"},
	} {
		code, out, errOut := run(t, c.args...)
		if code != ExitBadInput || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("huiqi %v: exit %d, stdout %d bytes, stderr %q", c.args, code, len(out), errOut)
		}
	}
}
