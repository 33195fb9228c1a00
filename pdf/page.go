package pdf

import (
	"strconv"

	"github.com/jung-kurt/gofpdf"
)

// Page geometry in mm. The packet is printed single-sided and stapled or
// bound on the left, so the wider binding margin is on the left of every
// page rather than alternating.
const (
	pageW        = 210.0 // A4
	pageH        = 297.0
	marginLeft   = 25.0 // binding side
	marginRight  = 18.0
	textW        = pageW - marginLeft - marginRight
	bodyTop      = 22.0  // below the running header
	bodyBottom   = 277.0 // 20 mm from the foot, above the footer
	headerBase   = 14.0  // baseline of the running header
	headerRule   = 16.0
	footerBase   = 285.0 // baseline of the footer
	textRight    = marginLeft + textW
	epsilon      = 0.01 // tolerance for float comparisons of positions
	thinLine     = 0.2  // cell borders, rules
	thickLine    = 0.45 // table frames, signature boxes
	boldStrokePt = 0.03 // fake-bold outline width per point of font size
)

// Font sizes in points, the sizes of Chinese official documents: 小二 for
// form titles, 小四 for subheadings, 五号 body, 小五 for tables and notes.
const (
	sizeH1     = 18.0
	sizeH2     = 12.0
	sizeBody   = 10.5
	sizeSmall  = 9.0
	sizeTable  = 9.0
	sizeHeader = 9.0
	sizeFooter = 8.0
)

// lineHeight is the distance between baselines for size points: 1.5 times
// the em, the usual spacing for Chinese forms.
func lineHeight(size float64) float64 { return size * ptToMM * 1.5 }

// baseline returns the baseline of text at size points centred vertically
// in a line box of height h starting at top. CJK ideographs sit roughly
// from -0.1 to 0.86 em, so their visual middle is 0.38 em above the baseline.
func baseline(top, h, size float64) float64 { return top + h/2 + 0.38*size*ptToMM }

// page is one laid-out page: what to draw on it, in order (fills before the
// text and lines drawn over them), and the bookmarks that start on it.
type page struct {
	ops   []op
	marks []mark
}

type mark struct {
	title string
	y     float64
}

// op is one drawing operation, recorded by layout and painted once the
// total page count and the pages sections start on are known.
type op interface {
	paint(c *canvas)
	foot() float64
}

type textOp struct {
	x, y, size float64 // y is the baseline
	bold       bool
	s          string
}

type lineOp struct{ x1, y1, x2, y2, width float64 }

type fillOp struct{ x, y, w, h, gray float64 }

// rectOp outlines a rectangle.
type rectOp struct{ x, y, w, h, width float64 }

// pageRefOp prints, right-aligned at x, the page section starts on: the
// contents is laid out before the pages it lists.
type pageRefOp struct {
	x, y, size float64
	section    int
}

// canvas paints ops into gofpdf, skipping state changes that would repeat
// the current state (gofpdf writes every SetLineWidth to the stream).
type canvas struct {
	f      *gofpdf.Fpdf
	starts []int // 1-based page each section starts on
	lineW  float64
	gray   float64
	size   float64
}

// setSize selects the font size; gofpdf writes every call to the stream.
func (c *canvas) setSize(size float64) {
	if size != c.size {
		c.f.SetFontSize(size)
		c.size = size
	}
}

func (c *canvas) setLineWidth(w float64) {
	if w != c.lineW {
		c.f.SetLineWidth(w)
		c.lineW = w
	}
}

func (c *canvas) setFill(gray float64) {
	if gray != c.gray {
		v := int(gray*255 + 0.5)
		c.f.SetFillColor(v, v, v)
		c.gray = gray
	}
}

// text draws s with its baseline at y. The font has no bold face, so bold
// is the regular outline filled and then stroked (text render mode 2),
// which thickens the strokes evenly, keeps the text extractable once, and
// looks like a real bold weight at these sizes.
func (c *canvas) text(x, y, size float64, bold bool, s string) {
	if s == "" {
		return
	}
	c.setSize(size)
	if !bold {
		c.f.Text(x, y, s)
		return
	}
	// Lines and rectangles set their own width, so this one is not restored.
	c.setLineWidth(size * boldStrokePt * ptToMM)
	c.f.SetTextRenderingMode(2)
	c.f.Text(x, y, s)
	c.f.SetTextRenderingMode(0)
}

func (o textOp) paint(c *canvas) { c.text(o.x, o.y, o.size, o.bold, o.s) }

// foot is the lowest point an op draws at, for measuring what blocks take:
// text reaches a quarter em below its baseline, a little past the
// descenders of the font's Latin letters.
func (o textOp) foot() float64    { return o.y + 0.25*o.size*ptToMM }
func (o lineOp) foot() float64    { return max(o.y1, o.y2) }
func (o fillOp) foot() float64    { return o.y + o.h }
func (o rectOp) foot() float64    { return o.y + o.h }
func (o pageRefOp) foot() float64 { return o.y + 0.25*o.size*ptToMM }

func (o lineOp) paint(c *canvas) {
	c.setLineWidth(o.width)
	c.f.Line(o.x1, o.y1, o.x2, o.y2)
}

func (o fillOp) paint(c *canvas) {
	c.setFill(o.gray)
	c.f.Rect(o.x, o.y, o.w, o.h, "F")
}

func (o rectOp) paint(c *canvas) {
	c.setLineWidth(o.width)
	c.f.Rect(o.x, o.y, o.w, o.h, "D")
}

func (o pageRefOp) paint(c *canvas) {
	if o.section < 0 || o.section >= len(c.starts) {
		return
	}
	s := strconv.Itoa(c.starts[o.section])
	c.setSize(o.size)
	c.text(o.x-c.f.GetStringWidth(s), o.y, o.size, false, s)
}
