package cli

import (
	"io"
	"strings"

	"golang.org/x/text/width"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/msg"
	"huiqi/model/params"
)

// runParams: huiqi params [--as-of DATE] [--lang zh|en] prints the
// parameter table (every row, or the rows in force on a date) so that an
// accountant can check any figure against its document.
func runParams(env *Env, args []string) error {
	fs := newFlags("params")
	asOf := fs.String("as-of", "", "date YYYY-MM-DD")
	lang := fs.String("lang", "zh", "zh or en")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *lang != "zh" && *lang != "en" {
		return usagef("--lang 只能是 zh 或 en，而不是 %q", "--lang must be zh or en, not %q", *lang)
	}
	if len(pos) != 0 {
		return usagef("多余的参数：%v", "unexpected arguments: %v", pos)
	}
	tab := params.Default()
	rows := tab.Rows()
	if *asOf != "" {
		d, err := civil.Parse(*asOf)
		if err != nil {
			return badInput(model.Errors{{Path: "--as-of", Err: msg.From(err)}})
		}
		rows = tab.InForce(d)
	}
	header := []string{"参数", "数值", "施行期间", "依据", "说明"}
	if *lang == "en" {
		header = []string{"key", "value", "in force", "document", "note"}
	}
	table := [][]string{header}
	for _, p := range rows {
		table = append(table, []string{p.Key, p.Text(*lang), p.Period(*lang), p.Cite, p.Describe(*lang)})
	}
	_, err = io.WriteString(env.Stdout, aligned(table))
	return err
}

// aligned lays a table out in columns two spaces apart, measuring Chinese
// characters as two columns wide, as a terminal shows them.
func aligned(rows [][]string) string {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
