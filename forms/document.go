// Package forms turns a firm and its evaluation into the documents of an
// application packet: a cover, contents, one form per benefit, the
// declaration and the evidence checklist. It decides what is printed, not
// how: package pdf typesets a Packet. Neither imports Fyne.
package forms

import "huiqi/model/civil"

// Packet is a printable document: sections of blocks, with a running
// header and footer on every page.
type Packet struct {
	Title       string     // document title (PDF metadata and the cover)
	Header      string     // printed at the top of every page: the firm's name
	Generated   civil.Date // printed in every footer
	Fingerprint string     // short hash printed in every footer, tracing a page to its input
	Contents    bool       // print a table of contents after the first section
	Sections    []Section
}

// Section is one document of the packet, listed in the contents with the
// page it starts on. It starts on a new page unless Flow is set; a section
// that can fit on one page is printed on one page.
type Section struct {
	Title  string
	Blocks []Block
	// Flow lets the section follow the previous one on the same page, so
	// that short forms do not each take a sheet: it does when it fits
	// whole in the space left, or, when it is longer than a page and so
	// must be split anyway, when its opening (its blocks up to its first
	// table, fields or checklist) fits there. The section after the
	// contents always starts a new page.
	Flow bool
}

// Block is one element of a section, laid out top to bottom.
type Block interface{ isBlock() }

// Heading is a title inside a section; level 1 is the largest, centred.
// A title that is too long for its line breaks between phrases, never
// inside a word; a zero-width space (U+200B) in Text marks a place where
// it may break ("…贴息\u200b申请表") and is not printed.
type Heading struct {
	Text  string
	Level int
}

// Paragraph is wrapped text. Small is a smaller size (notes, footnotes).
type Paragraph struct {
	Text  string
	Small bool
	Bold  bool
	Align Align
}

// Align is horizontal alignment in a paragraph or a table column.
type Align int

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// Column describes one column of a table.
type Column struct {
	Title string
	Width float64 // relative width; the table spans the text width
	Align Align   // amounts are Right
}

// Table is a grid with a header row that repeats on every page the table
// spans. Cell text wraps inside its column and never overflows it; a row
// is never split across pages. Rows listed in Bold (indexes into Rows)
// are printed bold, for totals.
type Table struct {
	Columns []Column
	Rows    [][]string
	Bold    []int
}

// Fields is a grid of labels and values (the firm block); a value left
// empty is printed as a taller box to fill in by hand. Pairs is how many
// label–value pairs share a row, in reading order: 0 or 1 gives one a
// row, 2 gives two, as printed forms set short fields side by side.
type Fields struct {
	Items []Field
	Pairs int
}

// Field is one label and its value. A Wide field (a name, an address)
// has a row of its own when pairs share rows.
type Field struct {
	Label, Value string
	Wide         bool
}

// Checklist is a list of items, each with an empty tick box.
type Checklist struct {
	Items []string
}

// Signatures is the row of boxes at the foot of a form: for each label
// (法定代表人签字, 单位盖章, 日期) an empty box to sign or seal in.
type Signatures struct {
	Labels []string
}

// Keep holds blocks that are printed on one page, as the end of a form:
// its last table, notes, declaration and signature boxes, so that no box
// to sign stands alone on a page. If they do not fit in the space left,
// they move to the next page; where a table among them would leave the
// page half empty it is split instead, and its last rows go on with the
// blocks after it. Blocks taller than a page are split as usual.
type Keep struct {
	Blocks []Block
}

// PageBreak starts a new page within a section.
type PageBreak struct{}

func (Heading) isBlock()    {}
func (Paragraph) isBlock()  {}
func (Table) isBlock()      {}
func (Fields) isBlock()     {}
func (Checklist) isBlock()  {}
func (Signatures) isBlock() {}
func (Keep) isBlock()       {}
func (PageBreak) isBlock()  {}
