package pdf

import (
	"strings"
	"testing"

	"huiqi/forms"
)

// TestCellsNeverOverflow lays out a table with narrow columns and long,
// awkward text and checks that every piece of text lies inside the inner
// box of one column and inside the body of its page.
func TestCellsNeverOverflow(t *testing.T) {
	m := testMeasurer(t)
	cols := []forms.Column{
		{Title: "序号", Width: 0.5, Align: forms.Center},
		{Title: "很长很长的列标题需要折行", Width: 1},
		{Title: "金额", Width: 1.2, Align: forms.Right},
		{Title: "说明", Width: 3},
	}
	tbl := forms.Table{Columns: cols, Bold: []int{2}}
	for i := 0; i < 120; i++ {
		tbl.Rows = append(tbl.Rows, []string{
			"12345678901234567890",
			"统一社会信用代码91530402MA6K7XYZ1Q",
			"¥1,234,567,890.12",
			strings.Repeat("根据《实施意见》（玉政发〔2016〕12号）第（九）条，", i%9),
		})
	}
	p := &forms.Packet{Sections: []forms.Section{{Blocks: []forms.Block{tbl}}}}
	l, err := layoutPacket(p, m)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.pages) < 3 {
		t.Fatalf("expected the table to run over several pages, got %d", len(l.pages))
	}
	// Columns are widened to hold their widest piece that cannot break,
	// here the 20-digit number in the narrow first column, at the expense
	// of the others.
	set, err := l.columnWidths(tbl)
	if err != nil {
		t.Fatal(err)
	}
	widths := set.widths
	var edges []float64 // column boundaries
	x := marginLeft
	for i := range cols {
		edges = append(edges, x)
		x += widths[i]
		if i == 0 && widths[i] < m.width("12345678901234567890", sizeTable)+2*padX {
			t.Errorf("the first column is %.1f mm, too narrow for its number", widths[i])
		}
	}
	edges = append(edges, x)
	if x < textRight-epsilon || x > textRight+epsilon {
		t.Fatalf("columns end at %.2f, the text width at %.2f", x, textRight)
	}
	for n, pg := range l.pages {
		for _, o := range pg.ops {
			switch o := o.(type) {
			case textOp:
				w := m.width(o.s, o.size)
				inside := false
				for i := 0; i+1 < len(edges); i++ {
					if o.x >= edges[i]+padX-epsilon && o.x+w <= edges[i+1]-padX+epsilon {
						inside = true
					}
				}
				if !inside {
					t.Errorf("page %d: %q at x %.2f–%.2f crosses a column border", n+1, o.s, o.x, o.x+w)
				}
				if o.y < bodyTop || o.y > bodyBottom {
					t.Errorf("page %d: %q at baseline %.2f outside the body", n+1, o.s, o.y)
				}
			case lineOp:
				if o.y1 < bodyTop-epsilon || o.y2 > bodyBottom+epsilon {
					t.Errorf("page %d: rule at %.2f–%.2f outside the body", n+1, o.y1, o.y2)
				}
			}
		}
	}
}

// TestFormLayout checks the hand-filled parts: tick boxes before each
// checklist item with the text indented past them, a tall empty field, and
// equal signature boxes spanning the text width.
func TestFormLayout(t *testing.T) {
	m := testMeasurer(t)
	p := &forms.Packet{Sections: []forms.Section{{Blocks: []forms.Block{
		forms.Heading{Text: "申请表", Level: 1},
		forms.Fields{Items: []forms.Field{{Label: "单位名称", Value: "云岭公司"}, {Label: "开户银行", Value: ""}}},
		forms.Checklist{Items: []string{"营业执照", strings.Repeat("很长的材料说明，", 20)}},
		forms.Signatures{Labels: []string{"法定代表人签字：", "单位盖章：", "日期：     年   月   日"}},
	}}}}
	l, err := layoutPacket(p, m)
	if err != nil {
		t.Fatal(err)
	}
	ops := l.pages[0].ops
	var texts []textOp
	var rects []rectOp
	var fills []fillOp
	for _, o := range ops {
		switch o := o.(type) {
		case textOp:
			texts = append(texts, o)
		case rectOp:
			rects = append(rects, o)
		case fillOp:
			fills = append(fills, o)
		}
	}
	title := texts[0]
	if w := m.width(title.s, title.size); title.s != "申请表" || !title.bold || title.size != sizeH1 ||
		abs(title.x+w/2-(marginLeft+textW/2)) > epsilon {
		t.Errorf("title %+v is not a large bold heading centred on the text width", title)
	}
	// Fields: two shaded label cells, 35% of the width; the empty row is
	// taller than the filled one.
	if len(fills) != 2 || abs(fills[0].w-0.35*textW) > epsilon || fills[1].h < 12-epsilon || fills[1].h <= fills[0].h {
		t.Errorf("field label cells %+v: want two, 35%% wide, the empty row at least 12 mm and taller", fills)
	}
	// Checklist: a square box per item, text after it; the wrapped
	// second item keeps its indent.
	var boxes []rectOp
	for _, r := range rects {
		if abs(r.w-r.h) < epsilon && r.w < 5 {
			boxes = append(boxes, r)
		}
	}
	if len(boxes) != 2 {
		t.Fatalf("found %d tick boxes, want 2", len(boxes))
	}
	indented := 0
	for _, o := range texts {
		if strings.HasPrefix(o.s, "营业执照") || strings.Contains(o.s, "材料说明") {
			if o.x < boxes[0].x+boxes[0].w+1 {
				t.Errorf("checklist text %q at x %.1f overlaps its box", o.s, o.x)
			}
			if abs(o.x-(marginLeft+tickIndent)) < epsilon {
				indented++
			}
		}
	}
	if indented < 3 {
		t.Errorf("%d checklist lines at the hanging indent, want at least 3", indented)
	}
	// Signatures: three equal boxes, 35 mm tall, across the text width.
	var sig []rectOp
	for _, r := range rects {
		if r.h >= signH-epsilon {
			sig = append(sig, r)
		}
	}
	if len(sig) != 3 {
		t.Fatalf("found %d signature boxes, want 3", len(sig))
	}
	for i, r := range sig {
		if abs(r.w-textW/3) > epsilon || abs(r.x-(marginLeft+float64(i)*textW/3)) > epsilon || abs(r.h-signH) > epsilon {
			t.Errorf("signature box %d is %+v, want a third of the width and %v mm tall", i, r, signH)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestTitles: a form title a little too long for its line is set smaller
// on one line; one much too long breaks between phrases, at the size of a
// title, never inside a word ("申|请表").
func TestTitles(t *testing.T) {
	m := testMeasurer(t)
	perLine := textW / m.width("中", sizeH1)
	shrinks := strings.Repeat("贷", int(perLine)+1) + "\u200b申请表" // a few characters too many at 18 pt
	breaks := strings.Repeat("款", int(perLine)-4) + "（最高200万元，按基准利率60%贴息）\u200b申请表"
	for _, tc := range []struct {
		text  string
		lines []string
		small bool
	}{
		{shrinks, []string{strings.ReplaceAll(shrinks, "\u200b", "")}, true},
		{breaks, []string{strings.Repeat("款", int(perLine)-4), "（最高200万元，按基准利率60%贴息）申请表"}, false},
	} {
		p := &forms.Packet{Sections: []forms.Section{{Blocks: []forms.Block{forms.Heading{Text: tc.text, Level: 1}}}}}
		l, err := layoutPacket(p, m)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range l.pages[0].ops {
			o := o.(textOp)
			got = append(got, o.s)
			if small := o.size < sizeH1; small != tc.small || o.size < minTitle || m.width(o.s, o.size) > textW+epsilon {
				t.Errorf("%q set at %v pt, %.1f mm wide", o.s, o.size, m.width(o.s, o.size))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.lines, "|") {
			t.Errorf("title lines %q, want %q", got, tc.lines)
		}
	}
}
