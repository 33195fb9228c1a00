package pdf

import (
	"fmt"
	"math"
	"strings"

	"huiqi/forms"
	"huiqi/model/linebreak"
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
	bottom float64 // foot of the body: bodyBottom, or +Inf when measuring
	starts []int   // 1-based page each section starts on
	// fits is set while the rest of a section is known to fit on the
	// current page, so that no look-ahead (a heading kept with what
	// follows it) breaks a page the section would not have needed.
	fits bool
	// measuring is set in the throw-away pass of height.
	measuring bool
	// sized holds the sizing of the parts of tables split by keep, by
	// their first column, shared with the measuring passes.
	sized map[*forms.Column]sizing
}

func newLayout(m *measurer) *layout {
	return &layout{m: m, bottom: bodyBottom, sized: map[*forms.Column]sizing{}}
}

func layoutPacket(p *forms.Packet, m *measurer) (*layout, error) {
	l := newLayout(m)
	l.starts = make([]int, len(p.Sections))
	fresh := true // the next section starts a new page
	for i, s := range p.Sections {
		title := clean(s.Title, false)
		h, err := l.height(s.Blocks)
		if err != nil {
			return nil, fmt.Errorf("section %d%s: %w", i+1, quote(title), err)
		}
		if fresh || !s.Flow || !l.follows(s.Blocks, h) {
			l.newPage()
		} else {
			l.y += sectionGap
		}
		fresh = false
		l.starts[i] = len(l.pages)
		if title != "" {
			l.cur().marks = append(l.cur().marks, mark{title: title, y: l.y})
		}
		place := l.blocks
		if l.y+h <= l.bottom+epsilon {
			place = l.fitting
		}
		if err := place(s.Blocks); err != nil {
			return nil, fmt.Errorf("section %d%s, %w", i+1, quote(title), err)
		}
		if i == 0 && p.Contents && len(p.Sections) > 1 {
			l.contents(p.Sections)
			fresh = true // the contents has its page to itself
		}
	}
	return l, nil
}

// sectionGap is the space between two sections that share a page, on top
// of the space before the second one's title.
const sectionGap = 8.0

// follows reports whether a section of height h may begin on the current
// page, below what is there (see forms.Section.Flow): if it fits whole;
// if it is longer than a page, when its opening fits; never when it could
// fit on a page of its own but not here, which would split it needlessly.
func (l *layout) follows(bs []forms.Block, h float64) bool {
	if l.atTop() {
		return true
	}
	left := l.bottom - l.y - sectionGap
	if h <= left+epsilon {
		return true
	}
	if h <= l.bottom-bodyTop+epsilon {
		return false
	}
	open, err := l.height(opening(bs))
	return err == nil && open <= left+epsilon
}

// opening is the start of a section that is printed before it may be
// split: its title and notes up to and including its first table, block of
// fields or checklist.
func opening(bs []forms.Block) []forms.Block {
	for i, b := range bs {
		switch b.(type) {
		case forms.Table, *forms.Table, forms.Fields, *forms.Fields, forms.Checklist, *forms.Checklist, forms.Keep, *forms.Keep:
			return bs[:i+1]
		}
	}
	return bs
}

// blocks places blocks in order.
func (l *layout) blocks(bs []forms.Block) error {
	for j, b := range bs {
		if err := l.block(b); err != nil {
			return fmt.Errorf("block %d: %w", j+1, err)
		}
	}
	return nil
}

// height is how tall blocks are when laid out below other content, on a
// page without a foot: a layout pass that is thrown away. It measures to
// the foot of the last thing drawn, not counting the space a block leaves
// below itself, which may fall past the foot of a page. It is what lets a
// form be kept on one page and its end be kept together.
func (l *layout) height(bs []forms.Block) (float64, error) {
	d := &layout{m: l.m, bottom: math.Inf(1), measuring: true, sized: l.sized}
	d.newPage()
	d.y = bodyTop + 1 // not at the top, where spacing would be dropped
	start := d.y
	if err := d.blocks(bs); err != nil {
		return 0, err
	}
	foot := start
	for _, o := range d.cur().ops {
		foot = max(foot, o.foot())
	}
	if d.y > bodyBottom {
		foot = max(foot, d.y) // a page break inside: more than a page
	}
	return foot - start, nil
}

// fitting places blocks known to fit in the space left on the page, with
// no look-ahead that could break the page before one of them.
func (l *layout) fitting(bs []forms.Block) error {
	was := l.fits
	l.fits = true
	err := l.blocks(bs)
	l.fits = was
	return err
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
	if !l.fits && l.y+h > l.bottom+epsilon && !l.atTop() {
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
	case forms.Keep:
		return l.keep(b.Blocks)
	case *forms.Keep:
		return l.keep(b.Blocks)
	case forms.PageBreak, *forms.PageBreak:
		if l.measuring {
			l.y += bodyBottom - bodyTop // what follows cannot share this page
		} else if !l.atTop() {
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
		size, align, before, after = sizeH2, forms.Left, 3.0, 2.0
	case h.Level > 2:
		size, align, before, after = sizeBody, forms.Left, 3.0, 1.5
	}
	text := clean(h.Text, true)
	if strings.TrimSpace(strings.ReplaceAll(text, zwsp, "")) == "" {
		return
	}
	lines, size := l.title(text, size, size == sizeH1)
	l.space(before)
	l.need(float64(len(lines))*lineHeight(size) + after + 15)
	l.textLines(lines, size, true, align)
	l.y += after
}

// zwsp is the zero-width space, where a title may break; never printed.
const zwsp = "\u200b"

// minTitle is the smallest size a form title shrinks to, 小三: a title a
// little too long for its line is set smaller on one line before it is
// broken, as a typesetter would.
const minTitle = 15.0

// title sets a title on as few lines as it can: on one line, shrunk by
// half points down to minTitle if shrink is set, else broken between
// phrases (never inside a word: "申|请表" was the bug) at size.
func (l *layout) title(text string, size float64, shrink bool) ([]string, float64) {
	flat := strings.ReplaceAll(text, zwsp, "")
	if shrink && !strings.Contains(flat, "\n") {
		for s := size; s >= minTitle-epsilon; s -= 0.5 {
			if l.m.width(flat, s) <= textW {
				return []string{flat}, s
			}
		}
	}
	return linebreak.WrapTitle(text, textW, l.m.at(size)), size
}

func (l *layout) paragraph(p forms.Paragraph) {
	size := sizeBody
	if p.Small {
		size = sizeSmall
	}
	l.textLines(linebreak.Wrap(clean(p.Text, true), textW, l.m.at(size)), size, p.Bold, p.Align)
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
		lines := linebreak.WrapTitle(title, textW-numW-8, l.m.at(size))
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
