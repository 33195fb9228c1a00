package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/params"
)

// Texts take their figures from the parameter row in force (RULES.md §0):
// these tests read the words an evaluation produces and the source that
// writes them.

// resultTexts is everything a person reads of one result in lang: its
// reasons, advice, note and adjusted line.
func resultTexts(r *Result, lang string) string {
	var b strings.Builder
	for _, ts := range [][]Text{r.Reasons, r.Advice, {r.Note, r.Adjusted}} {
		for _, t := range ts {
			b.WriteString(t.In(lang))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// dKeys are the keys of RULES.md §5 selected by the evaluation date.
var dKeys = []string{params.LoanPersonMax, params.LoanFirmMax, params.LoanSharePct, params.LoanSharePctBig, params.ReferenceRate}

// periodDates is a date inside every period of every §5 key selected by
// D: the 15th day of each row (or its last day, for a shorter row).
func periodDates(t *testing.T) []civil.Date {
	tab := params.Default()
	inForce := civil.Date(tab.Get(params.PolicyInForce, 0))
	var out []civil.Date
	for _, key := range dKeys {
		for _, p := range tab.KeyRows(key) {
			d := max(p.From.AddDays(14), inForce)
			if !p.To.IsZero() && d > p.To {
				d = p.To
			}
			if !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	}
	if len(out) < 15 {
		t.Fatalf("only %d period dates", len(out))
	}
	return out
}

// containsFigure finds a figure as Show writes it, so that "10%" is not
// found in "110%" nor "30 万元" in "130 万元".
func containsFigure(text, figure string) bool {
	for i := strings.Index(text, figure); i >= 0; {
		before := i == 0 || !isDigitByte(text[i-1]) && text[i-1] != '.' && text[i-1] != ','
		end := i + len(figure)
		after := end >= len(text) || !isDigitByte(text[end])
		if before && after {
			return true
		}
		next := strings.Index(text[i+1:], figure)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// Every example, evaluated on a date in each period of §5: every figure a
// rule used (but the size standard's bounds, dates and flags) is stated in
// its texts in both languages, as the row in force gives it; and a figure
// of another period of a key the rule used once is not stated, unless some
// other figure the rule used, or one of the firm's own loan rates, reads
// the same.
func TestTextsStateTheFiguresInForce(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/examples/*.json")
	tab := params.Default()
	e := New(tab)
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		sc := load(t, f)
		for _, d := range periodDates(t) {
			ev, err := e.Evaluate(sc, d)
			if err != nil {
				t.Fatal(err)
			}
			for i := range ev.Results {
				r := &ev.Results[i]
				for _, lang := range []string{"zh", "en"} {
					text := resultTexts(r, lang)
					own := map[string]bool{}
					for _, p := range r.Basis {
						own[p.Text(lang)] = true
					}
					for _, l := range sc.Loans {
						own[bp(int64(l.RateBP)).Zh] = true
					}
					uses := map[string]int{}
					for _, p := range r.Basis {
						uses[p.Key]++
					}
					for _, p := range r.Basis {
						if strings.HasPrefix(p.Key, "size.") || p.Unit == params.Date || p.Unit == params.Flag {
							continue
						}
						checked++
						plain := strconv.FormatInt(p.Value, 10)
						// An age or a count may be said with its own word (35 周岁, 最早的 3 个).
						stated := containsFigure(text, p.Text(lang)) ||
							((p.Unit == params.Years || p.Unit == params.Count) && containsFigure(text, plain))
						if !stated {
							t.Errorf("%s %s on %s (%s): %s = %s is not stated:\n%s", filepath.Base(f), r.Rule.ID, d, lang, p.Key, p.Text(lang), text)
						}
						if !slices.Contains(dKeys, p.Key) || uses[p.Key] != 1 {
							continue
						}
						for _, q := range tab.KeyRows(p.Key) {
							if other := q.Text(lang); q.Value != p.Value && !own[other] && containsFigure(text, other) {
								t.Errorf("%s %s on %s (%s): states %s (%s, %s), not the figure in force %s:\n%s",
									filepath.Base(f), r.Rule.ID, d, lang, other, q.Key, q.Period("zh"), p.Text(lang), text)
							}
						}
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d figures checked", checked)
	}
}

// Every text of every result of every example reads cleanly: no format
// errors, no JSON paths (people[3].hired) and no rule ids, which screens
// and packets name in words.
func TestTextsHaveNoCodes(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/examples/*.json")
	pathRE := regexp.MustCompile(`[a-z_]+\[\d+\]|\b[a-z]+_[a-z_]+\b|\b[a-z]+(-[a-z]+){2,}\b`)
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		sc := load(t, f)
		for _, d := range []string{"2017-06-30", "2021-06-30", "2026-12-02"} {
			ev := evaluate(t, sc, d)
			for i := range ev.Results {
				r := &ev.Results[i]
				for _, lang := range []string{"zh", "en"} {
					text := resultTexts(r, lang)
					for _, dl := range ev.Deadlines {
						text += dl.What.In(lang) + "\n"
					}
					if strings.Contains(text, "%!") {
						t.Errorf("%s %s (%s): a format error:\n%s", filepath.Base(f), r.Rule.ID, lang, text)
					}
					if m := pathRE.FindString(text); m != "" {
						t.Errorf("%s %s (%s): %q reads like a code:\n%s", filepath.Base(f), r.Rule.ID, lang, m, text)
					}
				}
			}
		}
	}
}

// No figure is written into rule prose (RULES.md §0): a string literal in
// the engine's source with a number and a unit (30%, 12 个月, 5 人, 9600元,
// 200万元) is allowed only as a rule's title, which quotes the policy as
// issued, and in the comments that quote the clause.
func TestNoFigureLiteralsInProse(t *testing.T) {
	figure := regexp.MustCompile(`\d+ ?(%|个月|人|元|万元)`)
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	scanned := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		scanned++
		titles := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			kv, ok := n.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Title" {
				ast.Inspect(kv.Value, func(m ast.Node) bool {
					if lit, ok := m.(*ast.BasicLit); ok {
						titles[lit] = true
					}
					return true
				})
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || titles[lit] {
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			if m := figure.FindString(s); m != "" {
				t.Errorf("%s: the literal %q writes the figure %q: take it from the parameter table", fset.Position(lit.Pos()), s, m)
			}
			return true
		})
	}
	if scanned < 25 {
		t.Fatalf("scanned %d files", scanned)
	}
}

// The lint above is not blind: it finds a figure in a literal.
func TestFigureLintFindsFigures(t *testing.T) {
	figure := regexp.MustCompile(`\d+ ?(%|个月|人|元|万元)`)
	for _, s := range []string{"签订 12 个月以上", "达到 30%", "带动就业5人以上", "每户每年9600元", "最高200万元"} {
		if !figure.MatchString(s) {
			t.Errorf("%q not found", s)
		}
	}
	for _, s := range []string{"签订 %s 以上", "%d%%", "第 %d 页"} {
		if figure.MatchString(s) {
			t.Errorf("%q found", s)
		}
	}
}

// The examples' reasons must not mention model codes either: the rule ids
// people read only as titles.
func TestRuleIDsAreNotInTexts(t *testing.T) {
	sc := load(t, "../../testdata/examples/tech-startup-2021.json")
	ev := evaluate(t, sc, "2021-06-30")
	for i := range ev.Results {
		for _, id := range model.RuleIDs() {
			if text := resultTexts(&ev.Results[i], "zh"); strings.Contains(text, id) {
				t.Errorf("%s names the rule id %s", ev.Results[i].Rule.ID, id)
			}
		}
	}
}
