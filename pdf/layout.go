package pdf

import (
	"fmt"
	"strings"

	"huiqi/forms"
)

// layout places a packet's blocks on pages. It only records what to draw:
// the page numbers that depend on the finished layout (the contents, the
// footer's total) are filled in when the pages are painted, so one layout
// pass and one paint pass give exact numbers without parsing the font twice.
// The contents reserves a fixed width for each page number, so its layout,
// and with it every later page, does not depend on the numbers printed.
type layout struct {
	m      *measurer
	pages  []*page
	y      float64 // top of the free space on the current page
	starts []int   // 1-based page each section starts on
}

func layoutPacket(p *forms.Packet, m *measurer) (*layout, error) {
	l := &layout{m: m, starts: make([]int, len(p.Sections))}
	for i, s := range p.Sections {
		l.newPage()
		l.starts[i] = len(l.pages)
		title := clean(s.Title, false)
		if title != "" {
			l.cur().marks = append(l.cur().marks, mark{title: title, y: bodyTop})
		}
		for j, b := range s.Blocks {
			if err := l.block(b); err != nil {
				return nil, fmt.Errorf("section %d%s, block %d: %w", i+1, quote(title), j+1, err)
			}
		}
		if i == 0 && p.Contents && len(p.Sections) > 1 {
			l.contents(p.Sections)
		}
	}
	return l, nil
}

// quote is " “title”" for error messages, shortened, or "" for no title.
func quote(title string) string {
	if title == "" {
		return ""
	}
	if r := []rune(title); len(r) > 30 {
		title = string(r[:30]) + "…"
	}
	return " “" + title + "”"
}

func (l *layout) cur() *page { return l.pages[len(l.pages)-1] }

func (l *layout) newPage() {
	l.pages = append(l.pages, &page{})
	l.y = bodyTop
}

// atTop reports whether nothing has been placed on the current page.
func (l *layout) atTop() bool { return l.y <= bodyTop+epsilon }

// need starts a new page unless h mm fit below the current position. On an
// empty page it does nothing: what does not fit there is split by the
// caller or allowed to run over rather than loop forever.
func (l *layout) need(h float64) {
	if l.y+h > bodyBottom+epsilon && !l.atTop() {
		l.newPage()
	}
}

// space adds vertical space, which is dropped at the top of a page.
func (l *layout) space(h float64) {
	if !l.atTop() {
		l.y += h
	}
}

func (l *layout) add(o op) { l.cur().ops = append(l.cur().ops, o) }

func (l *layout) block(b forms.Block) error {
	switch b := b.(type) {
	case forms.Heading:
		l.heading(b)
	case *forms.Heading:
		l.heading(*b)
	case forms.Paragraph:
		l.paragraph(b)
	case *forms.Paragraph:
		l.paragraph(*b)
	case forms.Table:
		return l.table(b)
	case *forms.Table:
		return l.table(*b)
	case forms.Fields:
		l.fields(b)
	case *forms.Fields:
		l.fields(*b)
	case forms.Checklist:
		l.checklist(b)
	case *forms.Checklist:
		l.checklist(*b)
	case forms.Signatures:
		l.signatures(b)
	case *forms.Signatures:
		l.signatures(*b)
	case forms.PageBreak, *forms.PageBreak:
		if !l.atTop() {
			l.newPage()
		}
	case nil:
		return fmt.Errorf("nil block")
	default:
		return fmt.Errorf("unsupported block type %T", b)
	}
	return nil
}

// textLines places wrapped lines of one size, each aligned within the text
// width, breaking pages between lines.
func (l *layout) textLines(lines []string, size float64, bold bool, align forms.Align) {
	lh := lineHeight(size)
	for _, s := range lines {
		l.need(lh)
		l.add(textOp{x: alignX(marginLeft, textW, l.m.width(s, size), align), y: baseline(l.y, lh, size), size: size, bold: bold, s: s})
		l.y += lh
	}
}

// alignX returns where text of width w starts in a box at x of width boxW.
func alignX(x, boxW, w float64, a forms.Align) float64 {
	switch a {
	case forms.Center:
		return x + (boxW-w)/2
	case forms.Right:
		return x + boxW - w
	}
	return x
}

// heading places a title. Level 1 (or an unset level) is a form title,
// large and centred; level 2 a left-aligned subheading; deeper levels are
// body-sized and bold. A heading is kept with at least a few lines of what
// follows it rather than left alone at the foot of a page.
func (l *layout) heading(h forms.Heading) {
	size, align, before, after := sizeH1, forms.Center, 4.0, 5.0
	switch {
	case h.Level == 2:
		size, align, before, after = sizeH2, forms.Left, 4.0, 2.0
	case h.Level > 2:
		size, align, before, after = sizeBody, forms.Left, 3.0, 1.5
	}
	text := clean(h.Text, true)
	if strings.TrimSpace(text) == "" {
		return
	}
	lines := wrap(text, textW, l.m.at(size))
	l.space(before)
	l.need(float64(len(lines))*lineHeight(size) + after + 15)
	l.textLines(lines, size, true, align)
	l.y += after
}

func (l *layout) paragraph(p forms.Paragraph) {
	size := sizeBody
	if p.Small {
		size = sizeSmall
	}
	l.textLines(wrap(clean(p.Text, true), textW, l.m.at(size)), size, p.Bold, p.Align)
	l.y += 1.5
}

// contents lays out the table of contents: one line per section after the
// first, title on the left, dot leaders, page number right-aligned. The
// number is a pageRefOp in a reserved column, so the layout is the same
// whatever the numbers turn out to be.
func (l *layout) contents(sections []forms.Section) {
	l.newPage()
	l.cur().marks = append(l.cur().marks, mark{title: "目录", y: bodyTop})
	l.y += 6
	l.textLines([]string{"目　　录"}, sizeH1, true, forms.Center)
	l.y += 8
	const size = 12.0
	const numW = 12.0 // room for the page number
	lh := lineHeight(size) + 2.5
	dot := l.m.width(".", size)
	for i := 1; i < len(sections); i++ {
		title := clean(sections[i].Title, false)
		lines := wrap(title, textW-numW-8, l.m.at(size))
		l.need(float64(len(lines)) * lh)
		for j, s := range lines {
			y := baseline(l.y, lh, size)
			l.add(textOp{x: marginLeft, y: y, size: size, s: s})
			if j == len(lines)-1 {
				// Leaders end at the same place on every line, so the
				// dots line up down the page.
				from := marginLeft + l.m.width(s, size) + 2
				to := textRight - numW
				if n := int((to - from) / dot); n > 0 {
					leader := make([]byte, n)
					for k := range leader {
						leader[k] = '.'
					}
					l.add(textOp{x: to - float64(n)*dot, y: y, size: size, s: string(leader)})
				}
				l.add(pageRefOp{x: textRight, y: y, size: size, section: i})
			}
			l.y += lh
		}
	}
}
