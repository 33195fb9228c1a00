package cli

import (
	"strings"
	"testing"

	"huiqi/model/params"
)

// huiqi params prints the rows in force on a date (or every row), each
// with its value and unit, period, document and note.
func TestParams(t *testing.T) {
	all := mustRun(t, "params")
	if n := strings.Count(all, "\n"); n != len(params.Default().Rows())+1 {
		t.Errorf("%d lines for %d rows and a header", n, len(params.Default().Rows()))
	}
	for _, c := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"--as-of", "2017-06-30"}, []string{"参数", "依据", "guaranteed_loan.share_pct ", "30%", "200 万元", "2016-11-15 至 2018-03-26",
			"银发〔2016〕202号、财金〔2016〕85号", "4.35%", "9,600 元", "3,000 元"}, []string{"400 万元", "3.00%", "24,000 元"}},
		{[]string{"--as-of", "2026-12-01"}, []string{"10%", "400 万元", "2023-10-01 起", "财金〔2023〕75号", "3.00%", "24,000 元", "4,000 元"},
			[]string{"4.35%", "9,600 元"}},
		{[]string{"--as-of", "2026-12-01", "--lang", "en"}, []string{"key", "document", "4,000,000 yuan", "from 2023-10-01",
			"guaranteed loan ceiling for a small or micro firm"}, []string{"施行期间"}},
	} {
		out := mustRun(t, append([]string{"params"}, c.args...)...)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: lacks %q", c.args, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("%v: shows %q of another period", c.args, w)
			}
		}
	}
	// One row a key in force, the 2026 ceiling on its own line.
	line := ""
	for _, l := range strings.Split(mustRun(t, "params", "--as-of", "2026-12-01"), "\n") {
		if strings.HasPrefix(l, "guaranteed_loan.firm_max_fen ") {
			if line != "" {
				t.Errorf("two rows of the ceiling in force: %q, %q", line, l)
			}
			line = l
		}
	}
	if !strings.Contains(line, "400 万元") || !strings.Contains(line, "财金〔2023〕75号") {
		t.Errorf("the ceiling in force in 2026: %q", line)
	}
	for _, bad := range [][]string{{"params", "--as-of", "2017-02-30"}, {"params", "--lang", "fr"}, {"params", "extra"}} {
		if code, _, errOut := run(t, bad...); code != ExitBadInput || errOut == "" {
			t.Errorf("%v: exit %d, %q", bad, code, errOut)
		}
	}
}
