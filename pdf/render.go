// Package pdf typesets a forms.Packet as an A4 PDF for printing: Chinese
// text in the embedded font, ruled tables, fields, tick boxes and
// signature boxes, with a running header and a footer on every page.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jung-kurt/gofpdf"

	"huiqi/assets"
	"huiqi/forms"
	"huiqi/model/civil"
)

// creator is the application named in the PDF's metadata.
const creator = "惠企申报助手"

// Render typesets p as a PDF and returns its bytes. It never writes files
// (callers write atomically). The same packet always gives the same bytes.
func Render(p *forms.Packet) (out []byte, err error) {
	if p == nil {
		return nil, errors.New("pdf: no packet")
	}
	if len(p.Sections) == 0 {
		return nil, errors.New("pdf: packet has no sections")
	}
	// gofpdf reports most problems through Err, but a few inputs make it
	// panic; a bad packet must give an error, never take the app down.
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("pdf: rendering%s: %v", quote(p.Title), r)
		}
	}()

	f := gofpdf.New("P", "mm", "A4", "")
	f.SetAutoPageBreak(false, 0) // layout places everything itself
	f.SetMargins(marginLeft, bodyTop, marginRight)
	f.SetCompression(true)
	f.SetCatalogSort(true)
	stamp := dateTime(p.Generated)
	f.SetCreationDate(stamp)
	f.SetModificationDate(stamp)
	f.SetTitle(clean(p.Title, false), true)
	f.SetSubject(clean(p.Header, false), true)
	f.SetCreator(creator, true)

	// Parsed once per Render (15–30 ms for the 4.6 MB font); gofpdf
	// embeds only the glyphs used, as a subset.
	f.AddUTF8FontFromBytes(fontFamily, "", assets.FontTTF())
	f.SetFont(fontFamily, "", sizeBody)
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: loading font %s: %w", assets.FontName, err)
	}
	m := newMeasurer(f)

	l, err := layoutPacket(p, m)
	if err != nil {
		return nil, fmt.Errorf("pdf: laying out%s: %w", quote(p.Title), err)
	}
	paint(f, m, p, l)

	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: writing%s: %w", quote(p.Title), err)
	}
	out, err = tagSubset(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("pdf: naming the font subset: %w", err)
	}
	return out, nil
}

// dateTime is the start of d in UTC, the PDF's creation and modification
// time: from the packet, not the clock, so output is reproducible.
func dateTime(d civil.Date) time.Time {
	if d.IsZero() {
		return time.Unix(0, 0).UTC()
	}
	return time.Date(d.Year(), time.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.UTC)
}

// paint draws the laid-out pages with their running header and footer.
func paint(f *gofpdf.Fpdf, m *measurer, p *forms.Packet, l *layout) {
	c := &canvas{f: f, starts: l.starts, lineW: -1, gray: -1, size: -1}
	header := m.fit(clean(p.Header, false), sizeHeader, textW)
	var left, right spaced
	if !p.Generated.IsZero() {
		left = spaced{"生成日期", p.Generated.String()}
	}
	if fp := clean(p.Fingerprint, false); fp != "" {
		right = spaced{"校验码", m.fit(fp, sizeFooter, textW/3-m.width("校验码", sizeFooter)-footerGap*sizeFooter*ptToMM)}
	}
	total := len(l.pages)
	for n, pg := range l.pages {
		f.AddPage()
		for _, mk := range pg.marks {
			f.Bookmark(mk.title, 0, mk.y)
		}
		c.text(marginLeft, headerBase, sizeHeader, false, header)
		(lineOp{x1: marginLeft, y1: headerRule, x2: textRight, y2: headerRule, width: thinLine}).paint(c)

		left.paint(c, m, marginLeft)
		num := spaced{"第", strconv.Itoa(n + 1), "页", "共", strconv.Itoa(total), "页"}
		num.paint(c, m, alignX(marginLeft, textW, num.width(m), forms.Center))
		right.paint(c, m, textRight-right.width(m))

		for _, o := range pg.ops {
			o.paint(c)
		}
	}
}

// footerGap is the space, in em, between the words of the footer.
const footerGap = 0.5

// spaced is a line of words placed footerGap apart rather than joined by
// the font's narrow space, which text extraction (pdftotext -layout) drops
// on a crowded page; with real gaps the footer reads back as typed, with
// one space between words, so a page can be traced from its text.
type spaced []string

func (s spaced) width(m *measurer) float64 {
	if len(s) == 0 {
		return 0
	}
	w := footerGap * sizeFooter * ptToMM * float64(len(s)-1)
	for _, word := range s {
		w += m.width(word, sizeFooter)
	}
	return w
}

func (s spaced) paint(c *canvas, m *measurer, x float64) {
	for _, word := range s {
		c.text(x, footerBase, sizeFooter, false, word)
		x += m.width(word, sizeFooter) + footerGap*sizeFooter*ptToMM
	}
}
