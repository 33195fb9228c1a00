package pdf

import (
	"fmt"
	"strings"
	"testing"

	"huiqi/forms"
)

// filler is a paragraph of n lines of body text, to use up a page.
func filler(m *measurer, n int) forms.Paragraph {
	line := strings.Repeat("填", int(textW/m.width("填", sizeBody)))
	return forms.Paragraph{Text: strings.TrimSuffix(strings.Repeat(line+"\n", n), "\n")}
}

// formEnd is the end of a form: a table of n rows, a note, the
// declaration and the signature boxes.
func formEnd(n int) forms.Keep {
	t := forms.Table{Columns: []forms.Column{{Title: "项目", Width: 1}, {Title: "金额", Width: 1, Align: forms.Right}}}
	for i := 0; i < n; i++ {
		t.Rows = append(t.Rows, []string{fmt.Sprintf("第%d项", i+1), "¥1,000.00"})
	}
	return forms.Keep{Blocks: []forms.Block{
		forms.Heading{Text: "三、计算明细", Level: 2}, t,
		forms.Paragraph{Text: "口径说明：按核定标准的 50% 封顶。", Small: true},
		forms.Paragraph{Text: "申请单位承诺：所填报内容真实。"},
		forms.Signatures{Labels: []string{"法定代表人（签字）：", "申请单位（盖章）：", "日期："}},
	}}
}

// where gives the page (1-based) of each text that starts with one of
// the prefixes, and of the signature boxes under "signatures".
func where(l *layout, prefixes ...string) map[string][]int {
	at := map[string][]int{}
	for n, pg := range l.pages {
		for _, o := range pg.ops {
			switch o := o.(type) {
			case textOp:
				for _, p := range prefixes {
					if strings.HasPrefix(o.s, p) {
						at[p] = append(at[p], n+1)
					}
				}
			case rectOp:
				if o.h >= signH-epsilon && abs(o.w-textW/3) < epsilon {
					at["signatures"] = append(at["signatures"], n+1)
				}
			}
		}
	}
	return at
}

func TestKeep(t *testing.T) {
	m := testMeasurer(t)
	lh := lineHeight(sizeBody)
	pageLines := int((bodyBottom - bodyTop) / lh)
	for _, tc := range []struct {
		name    string
		lines   int // of filler before the end of the form
		rows    int
		pages   int
		first   []int // pages the table's first and last rows are on
		heading int   // page of the table's heading
	}{
		{"fits after the filler", 5, 6, 1, []int{1, 1}, 1},
		{"split between rows", pageLines - 16, 6, 2, []int{1, 2}, 1},
		{"a one-row table moves with its heading", pageLines - 10, 1, 2, []int{2, 2}, 2},
		{"too little room for two rows moves all", pageLines - 5, 6, 2, []int{2, 2}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &forms.Packet{Sections: []forms.Section{{Blocks: []forms.Block{filler(m, tc.lines), formEnd(tc.rows)}}}}
			l, err := layoutPacket(p, m)
			if err != nil {
				t.Fatal(err)
			}
			at := where(l, "第1项", fmt.Sprintf("第%d项", tc.rows), "三、计算明细", "申请单位承诺", "法定代表人")
			if len(l.pages) != tc.pages {
				t.Errorf("%d pages, want %d", len(l.pages), tc.pages)
			}
			last := fmt.Sprintf("第%d项", tc.rows)
			if got := []int{at["第1项"][0], at[last][0]}; got[0] != tc.first[0] || got[1] != tc.first[1] {
				t.Errorf("first and last rows on pages %v, want %v", got, tc.first)
			}
			if at["三、计算明细"][0] != tc.heading {
				t.Errorf("heading on page %d, want %d", at["三、计算明细"][0], tc.heading)
			}
			// The declaration, the boxes and the table's last row share
			// the last page.
			end := len(l.pages)
			for _, k := range []string{"申请单位承诺", "法定代表人", "signatures", last} {
				for _, n := range at[k] {
					if n != end {
						t.Errorf("%s on page %d, not on the last page %d", k, n, end)
					}
				}
			}
			if len(at["signatures"]) != 3 {
				t.Errorf("%d signature boxes, want 3", len(at["signatures"]))
			}
		})
	}
}

// TestKeepLongTable: a form whose last table runs over pages still ends
// with its last rows, declaration and boxes on one page.
func TestKeepLongTable(t *testing.T) {
	m := testMeasurer(t)
	for rows := 60; rows < 120; rows += 7 {
		p := &forms.Packet{Sections: []forms.Section{{Blocks: []forms.Block{filler(m, 3), formEnd(rows)}}}}
		l, err := layoutPacket(p, m)
		if err != nil {
			t.Fatal(err)
		}
		last := fmt.Sprintf("第%d项", rows)
		before := fmt.Sprintf("第%d项", rows-1)
		at := where(l, last, before, "法定代表人")
		end := len(l.pages)
		if at[last][0] != end || at[before][0] != end || at["法定代表人"][0] != end || at["signatures"][0] != end {
			t.Errorf("%d rows: the last rows on pages %v %v, the boxes on %v, of %d", rows, at[before], at[last], at["signatures"], end)
		}
	}
}

// TestFlow: sections that may follow one another share a page when they
// fit, and one that fits on a page of its own is never split to follow.
func TestFlow(t *testing.T) {
	m := testMeasurer(t)
	lh := lineHeight(sizeBody)
	pageLines := int((bodyBottom - bodyTop) / lh)
	short := func(title string, lines int) forms.Section {
		return forms.Section{Title: title, Flow: true, Blocks: []forms.Block{
			forms.Heading{Text: title, Level: 1}, filler(m, lines)}}
	}
	p := &forms.Packet{Contents: true, Sections: []forms.Section{
		{Title: "封面", Blocks: []forms.Block{forms.Heading{Text: "封面", Level: 1}}},
		short("甲表", 10),
		short("乙表", 10),           // follows 甲 on its page
		short("丙表", pageLines-12), // fits a page, not the rest of this one
		{Title: "丁表", Flow: true, Blocks: []forms.Block{ // longer than a page: follows 丙
			forms.Heading{Text: "丁表", Level: 1}, forms.Fields{Items: []forms.Field{{Label: "单位", Value: "云帆"}}}, filler(m, 2*pageLines)}},
		{Title: "戊表", Blocks: []forms.Block{forms.Heading{Text: "戊表", Level: 1}}}, // no Flow
	}}
	l, err := layoutPacket(p, m)
	if err != nil {
		t.Fatal(err)
	}
	// The cover has page 1, the contents page 2, and the first section
	// after it a new page.
	want := []int{1, 3, 3, 4, 4, 0}
	want[5] = len(l.pages)
	for i, n := range l.starts {
		if n != want[i] {
			t.Errorf("section %d (%s) starts on page %d, want %d", i+1, p.Sections[i].Title, n, want[i])
		}
	}
	at := where(l, "丙表", "戊表") // in the contents, then as titles
	if at["丙表"][1] != 4 || len(at["戊表"]) != 2 || at["戊表"][1] != len(l.pages) {
		t.Errorf("丙 on %v, 戊 on %v of %d pages", at["丙表"], at["戊表"], len(l.pages))
	}
	if len(l.pages[len(l.pages)-1].ops) != 1 {
		t.Errorf("戊, without Flow, shares its page")
	}
}
