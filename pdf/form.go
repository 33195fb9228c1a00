package pdf

// The parts of a form filled in by hand: tick boxes and signature boxes.

import (
	"strings"

	"huiqi/forms"
	"huiqi/model/linebreak"
)

const (
	tickBox    = 3.6  // side of a checklist box, mm
	tickIndent = 7.0  // hanging indent of checklist text
	signH      = 35.0 // height of a signature box
)

// checklist draws each item with an empty square before it, the text
// wrapped with a hanging indent. The box is drawn with lines rather than a
// ☐ glyph, which the font may lack or draw at another size. An item is
// kept on one page unless it is longer than a page. A list of short items
// (the usual 营业执照副本复印件) is set in two columns, read down the left
// one first, which halves the paper it takes.
func (l *layout) checklist(c forms.Checklist) {
	const size = sizeBody
	lh := lineHeight(size) + 0.8
	l.space(2)
	colW := (textW - tickGap) / 2
	if short := len(c.Items) > 1 && l.allFit(c.Items, colW-tickIndent, size); short {
		rows := (len(c.Items) + 1) / 2
		l.need(float64(rows)*(lh+1) - 1) // a short list stays together
		for r := range rows {
			l.need(lh)
			l.tick(marginLeft, lh, size, clean(c.Items[r], false))
			if r+rows < len(c.Items) {
				l.tick(marginLeft+colW+tickGap, lh, size, clean(c.Items[r+rows], false))
			}
			l.y += lh + 1
		}
		l.y += 2
		return
	}
	for _, item := range c.Items {
		lines := linebreak.Wrap(clean(item, true), textW-tickIndent, l.m.at(size))
		if h := float64(len(lines)) * lh; h <= bodyBottom-bodyTop {
			l.need(h)
		}
		for j, s := range lines {
			l.need(lh)
			if j == 0 {
				l.tick(marginLeft, lh, size, s)
			} else {
				l.add(textOp{x: marginLeft + tickIndent, y: baseline(l.y, lh, size), size: size, s: s})
			}
			l.y += lh
		}
		l.y += 1
	}
	l.y += 2
}

// tickGap is the space between the two columns of a checklist.
const tickGap = 6.0

// tick draws one box at x on the current line and the text after it.
func (l *layout) tick(x, lh, size float64, s string) {
	l.add(rectOp{x: x + 1, y: l.y + (lh-tickBox)/2, w: tickBox, h: tickBox, width: thinLine * 1.5})
	l.add(textOp{x: x + tickIndent, y: baseline(l.y, lh, size), size: size, s: s})
}

// allFit reports whether every item fits on one line of width w.
func (l *layout) allFit(items []string, w, size float64) bool {
	for _, it := range items {
		if strings.ContainsAny(it, "\r\n") || l.m.width(clean(it, false), size) > w {
			return false
		}
	}
	return true
}

// signatures draws a row of equal boxes, each with its label at the top
// left, to be signed, sealed or dated by hand. The row is never split.
func (l *layout) signatures(s forms.Signatures) {
	n := len(s.Labels)
	if n == 0 {
		return
	}
	const size = sizeBody
	lh := lineHeight(size)
	w := textW / float64(n)
	labels := make([][]string, n)
	h := signH
	measure := blankMeasure(l.m, size)
	for i, label := range s.Labels {
		labels[i] = linebreak.Wrap(clean(label, true), w-4, measure)
		// Leave room under a long label for the signature itself.
		h = max(h, float64(len(labels[i]))*lh+25)
	}
	l.space(4)
	l.need(h)
	for i := range labels {
		x := marginLeft + float64(i)*w
		l.add(rectOp{x: x, y: l.y, w: w, h: h, width: thickLine})
		for j, line := range labels[i] {
			l.blankText(x+2, baseline(l.y+1.5+float64(j)*lh, lh, size), size, line)
		}
	}
	l.y += h + 4
}

// blankSpace is the width of a space in a signature label, in em. Spaces
// there are blanks to write in ("日期：     年   月   日"), and the font's
// own space, a quarter em, leaves no room for a hand-written year.
const blankSpace = 0.5

// blankMeasure measures label text with spaces blankSpace wide.
func blankMeasure(m *measurer, size float64) func(string) float64 {
	return func(s string) float64 {
		n := strings.Count(s, " ")
		return m.width(strings.ReplaceAll(s, " ", ""), size) + float64(n)*blankSpace*size*ptToMM
	}
}

// blankText places the words of s with its spaces blankSpace wide.
func (l *layout) blankText(x, y, size float64, s string) {
	measure := blankMeasure(l.m, size)
	for s != "" {
		word, rest, _ := strings.Cut(s, " ")
		l.add(textOp{x: x, y: y, size: size, s: word})
		x += measure(word + " ")
		s = rest
	}
}
