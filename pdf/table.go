package pdf

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"huiqi/forms"
	"huiqi/model/linebreak"
)

// Cell padding in mm and the shades of grey used: light enough to write
// on with a pen and to photocopy cleanly.
const (
	padX       = 1.5
	padY       = 1.2
	grayHeader = 0.85 // table header row
	grayLabel  = 0.93 // field labels
	white      = 1.0
	tableAfter = 4.0 // space below a table or a block of fields
)

// grid is a ruled table: Table and Fields are both drawn as one.
type grid struct {
	widths []float64 // mm, summing to textW
	aligns []forms.Align
	fills  []float64 // shade of each column's body cells
	header []string  // repeated on every page; nil for none
	size   float64
}

type gridRow struct {
	cells []string
	bold  bool
	minH  float64
	span  []int // columns each cell spans; nil for one each
}

// cellRow is a row with its text wrapped, ready to place.
type cellRow struct {
	lines  [][]string // per cell
	span   []int      // columns each cell spans; nil for one each
	bold   bool
	h      float64
	header bool
}

// cells returns, for each cell of a row, its first column and the x and
// width of its box, from the columns it spans.
func (g grid) cells(span []int) (first []int, x, w []float64) {
	at, col := marginLeft, 0
	for col < len(g.widths) {
		n := 1
		if len(first) < len(span) {
			n = max(1, min(span[len(first)], len(g.widths)-col))
		}
		cw := 0.0
		for _, v := range g.widths[col : col+n] {
			cw += v
		}
		first, x, w = append(first, col), append(x, at), append(w, cw)
		at += cw
		col += n
	}
	return first, x, w
}

func (l *layout) table(t forms.Table) error { return l.tableKeeping(t, 0, 0) }

// tableKeeping places a table whose last tail rows must share a page with
// the after mm of blocks that follow it (see keep).
func (l *layout) tableKeeping(t forms.Table, tail int, after float64) error {
	n := len(t.Columns)
	set, err := l.columnWidths(t)
	if err != nil {
		return err
	}
	g := grid{widths: set.widths, aligns: make([]forms.Align, n), fills: make([]float64, n), header: make([]string, n), size: set.size}
	for i, c := range t.Columns {
		g.aligns[i] = c.Align
		g.fills[i] = white
		g.header[i] = c.Title
	}
	bold := make(map[int]bool, len(t.Bold))
	for _, i := range t.Bold {
		bold[i] = true
	}
	rows := make([]gridRow, len(t.Rows))
	for i, r := range t.Rows {
		if len(r) > n {
			return fmt.Errorf("table row %d has %d cells for %d columns", i+1, len(r), n)
		}
		rows[i] = gridRow{cells: r, bold: bold[i]}
	}
	l.space(2)
	l.grid(g, rows, tail, after)
	l.y += tableAfter
	return nil
}

// minTable is the smallest size a table's text is set at to fit its
// columns, 六号: small, but a figure read whole beats one cut in two.
const minTable = 7.0

// sizing is how a table is set: its column widths in mm and its size.
type sizing struct {
	widths []float64
	size   float64
}

// columnWidths gives each column its share of the text width by its
// relative width (equal shares if none is given), then widens a column too
// narrow for its widest piece that cannot break ("¥12,000.00", an ID
// number) at the expense of the others' room to spare, so that amounts
// are never cut in two. A table with too many such columns for the width
// is set smaller, down to minTable. The two parts of a table the layout
// splits itself keep the sizing of the whole (see splitTable).
func (l *layout) columnWidths(t forms.Table) (sizing, error) {
	n := len(t.Columns)
	if n == 0 {
		return sizing{}, errors.New("table has no columns")
	}
	if s, ok := l.sized[&t.Columns[0]]; ok {
		return s, nil
	}
	total := 0.0
	for i, c := range t.Columns {
		if math.IsNaN(c.Width) || math.IsInf(c.Width, 0) || c.Width < 0 {
			return sizing{}, fmt.Errorf("table column %d (%s) has width %v", i+1, c.Title, c.Width)
		}
		total += c.Width
	}
	widths := make([]float64, n)
	for i, c := range t.Columns {
		widths[i] = textW / float64(n)
		if total > 0 {
			widths[i] = textW * c.Width / total
		}
		if least := l.m.width("中", sizeTable) + 2*padX; widths[i] < least {
			return sizing{}, fmt.Errorf("table column %d (%s) is %.1f mm wide, narrower than one character (%.1f mm)", i+1, c.Title, widths[i], least)
		}
	}
	// The widest piece of each column, in ems, whatever the size.
	ems := make([]float64, n)
	em := sizeTable * ptToMM
	for i := range ems {
		ems[i] = l.m.width("中", sizeTable) / em
	}
	for _, r := range t.Rows {
		for i, cell := range r {
			if i < n {
				ems[i] = max(ems[i], l.widestPiece(clean(cell, true), sizeTable)/em)
			}
		}
	}
	need := make([]float64, n)
	for size := sizeTable; ; size -= 0.5 {
		sum := 0.0
		for i := range need {
			need[i] = ems[i]*size*ptToMM + 2*padX + epsilon // no rounding may cut a figure
			sum += need[i]
		}
		if sum <= textW+epsilon || size <= minTable {
			return sizing{widths: fitColumns(widths, need), size: size}, nil
		}
	}
}

// widestPiece is the width of the widest part of s that cannot break.
func (l *layout) widestPiece(s string, size float64) float64 {
	w := 0.0
	for _, line := range strings.Split(s, "\n") {
		if l.m.width(line, size) <= w {
			continue // shorter than the widest piece so far, whole
		}
		for _, seg := range linebreak.Segments(line) {
			w = max(w, l.m.width(strings.TrimRight(seg, " \t"), size))
		}
	}
	return w
}

// fitColumns widens each column narrower than it needs to what it needs,
// taking the width from the columns wider than they need in proportion to
// their spare room; the total stays the same. When the needs add up to
// more than there is, each column gets a share in proportion to its need.
func fitColumns(widths, need []float64) []float64 {
	sumNeed, deficit, spare := 0.0, 0.0, 0.0
	for i, w := range widths {
		sumNeed += need[i]
		if w < need[i] {
			deficit += need[i] - w
		} else {
			spare += w - need[i]
		}
	}
	out := make([]float64, len(widths))
	switch {
	case deficit <= epsilon:
		copy(out, widths)
	case sumNeed > textW:
		for i := range need {
			out[i] = textW * need[i] / sumNeed
		}
	default:
		for i, w := range widths {
			if w < need[i] {
				out[i] = need[i]
			} else {
				out[i] = w - (w-need[i])*deficit/spare
			}
		}
	}
	return out
}

// fields draws labels and values as a grid of shaded labels and white
// values, one pair a row or, with Pairs 2, two pairs a row and a wide
// field across the row. A row with a value left empty is taller, with
// room to write by hand.
func (l *layout) fields(f forms.Fields) {
	if len(f.Items) == 0 {
		return
	}
	g := grid{
		widths: []float64{textW * 0.35, textW * 0.65},
		aligns: []forms.Align{forms.Left, forms.Left},
		fills:  []float64{grayLabel, white},
		size:   sizeBody,
	}
	if f.Pairs >= 2 {
		g.widths = []float64{textW * 0.2, textW * 0.3, textW * 0.2, textW * 0.3}
		g.aligns = []forms.Align{forms.Left, forms.Left, forms.Left, forms.Left}
		g.fills = []float64{grayLabel, white, grayLabel, white}
	}
	minH := func(it forms.Field) float64 {
		if it.Value == "" {
			return 12
		}
		return 8
	}
	var rows []gridRow
	for i := 0; i < len(f.Items); i++ {
		it := f.Items[i]
		row := gridRow{cells: []string{it.Label, it.Value}, minH: minH(it)}
		if f.Pairs >= 2 {
			row.span = []int{1, 3} // alone on its row: the value runs across
			if next := i + 1; !it.Wide && next < len(f.Items) && !f.Items[next].Wide {
				n := f.Items[next]
				row = gridRow{cells: []string{it.Label, it.Value, n.Label, n.Value}, minH: max(minH(it), minH(n))}
				i++
			}
		}
		rows = append(rows, row)
	}
	l.space(2)
	l.grid(g, rows, 0, 0)
	l.y += tableAfter
}

// wrapRow wraps each cell in its box and sizes the row to its tallest
// cell. Missing cells are empty.
func (l *layout) wrapRow(g grid, cells []string, span []int, bold bool, minH float64) cellRow {
	_, _, widths := g.cells(span)
	r := cellRow{lines: make([][]string, len(widths)), span: span, bold: bold}
	most := 1
	for i, w := range widths {
		s := ""
		if i < len(cells) {
			s = clean(cells[i], true)
		}
		r.lines[i] = linebreak.Wrap(s, w-2*padX, l.m.at(g.size))
		most = max(most, len(r.lines[i]))
	}
	r.h = max(float64(most)*lineHeight(g.size)+2*padY, minH)
	return r
}

// grid places a ruled table: the header row is repeated at the top of each
// page the table runs onto, and rows are never split across pages, except
// a row taller than a whole page, which can only be split. The last tail
// rows are kept on the page of the after mm of blocks that follow.
func (l *layout) grid(g grid, rows []gridRow, tail int, after float64) {
	var head *cellRow
	if g.header != nil {
		h := l.wrapRow(g, g.header, nil, true, 0)
		h.header = true
		head = &h
	}
	headH := 0.0
	if head != nil {
		headH = head.h
	}
	maxLines := int((bodyBottom - bodyTop - headH - 2*padY) / lineHeight(g.size))
	var body []cellRow
	for _, r := range rows {
		body = append(body, splitRow(l.wrapRow(g, r.cells, r.span, r.bold, r.minH), maxLines, g.size)...)
	}

	top := l.y // top of the table's part on this page, for its frame
	startPage := func() {
		top = l.y
		if head != nil {
			l.row(g, *head)
		}
	}
	first := headH
	if len(body) > 0 {
		first += body[0].h
	}
	l.need(first) // the header never stands alone at the foot of a page
	startPage()
	for i, r := range body {
		over := !l.fits && l.y+r.h > l.bottom+epsilon
		if !over && !l.fits && len(body)-i <= tail {
			// The last rows go on together with what follows them.
			rest := after
			for _, x := range body[i:] {
				rest += x.h
			}
			over = l.y+rest > l.bottom+epsilon
		}
		if over && l.y > top+headH+epsilon {
			l.frame(g, top)
			l.newPage()
			startPage()
		}
		l.row(g, r)
	}
	l.frame(g, top)
}

// splitRow cuts a row with more than maxLines lines in a cell into rows of
// maxLines, so that a 5,000-character cell still paginates.
func splitRow(r cellRow, maxLines int, size float64) []cellRow {
	maxLines = max(maxLines, 1)
	var out []cellRow
	for from := 0; ; from += maxLines {
		part := cellRow{lines: make([][]string, len(r.lines)), span: r.span, bold: r.bold}
		more := false
		for i, ls := range r.lines {
			if from < len(ls) {
				part.lines[i] = ls[from:min(from+maxLines, len(ls))]
			}
			more = more || from+maxLines < len(ls)
		}
		if from == 0 && !more {
			return []cellRow{r} // the usual case: keeps the row's minimum height
		}
		n := 1
		for _, ls := range part.lines {
			n = max(n, len(ls))
		}
		part.h = float64(n)*lineHeight(size) + 2*padY
		out = append(out, part)
		if !more {
			return out
		}
	}
}

// row draws one row at the current position: shading, text, then the
// cell borders over them.
func (l *layout) row(g grid, r cellRow) {
	lh := lineHeight(g.size)
	firsts, xs, ws := g.cells(r.span)
	for i, x := range xs {
		w := ws[i]
		gray := g.fills[firsts[i]]
		if r.header {
			gray = grayHeader
		}
		if gray < white {
			l.add(fillOp{x: x, y: l.y, w: w, h: r.h, gray: gray})
		}
		align := g.aligns[firsts[i]]
		if r.header {
			align = forms.Center
		}
		// Each cell's text is centred vertically in the row, as in printed
		// forms, whose rows are taller than their text.
		top := l.y + (r.h-float64(len(r.lines[i]))*lh)/2
		for j, s := range r.lines[i] {
			tw := l.m.width(s, g.size)
			l.add(textOp{x: alignX(x+padX, w-2*padX, tw, align), y: baseline(top+float64(j)*lh, lh, g.size), size: g.size, bold: r.bold || r.header, s: s})
		}
	}
	l.add(lineOp{x1: marginLeft, y1: l.y, x2: textRight, y2: l.y, width: thinLine})
	l.add(lineOp{x1: marginLeft, y1: l.y + r.h, x2: textRight, y2: l.y + r.h, width: thinLine})
	for _, x := range xs[1:] {
		l.add(lineOp{x1: x, y1: l.y, x2: x, y2: l.y + r.h, width: thinLine})
	}
	l.y += r.h
}

// frame outlines the part of a table on the current page with a heavier
// line, as printed forms do.
func (l *layout) frame(g grid, top float64) {
	if l.y > top+epsilon {
		l.add(rectOp{x: marginLeft, y: top, w: textW, h: l.y - top, width: thickLine})
	}
}
