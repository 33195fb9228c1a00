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

// Section starts on a new page. Its title is listed in the contents with
// the page it starts on.
type Section struct {
	Title  string
	Blocks []Block
}

// Block is one element of a section, laid out top to bottom.
type Block interface{ isBlock() }

// Heading is a title inside a section; level 1 is the largest, centred.
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

// Fields is a two-column list of labels and values (the firm block); a
// value left empty is printed as a line to fill in by hand.
type Fields struct {
	Items []Field
}

// Field is one label and its value.
type Field struct{ Label, Value string }

// Checklist is a list of items, each with an empty tick box.
type Checklist struct {
	Items []string
}

// Signatures is the row of boxes at the foot of a form: for each label
// (法定代表人签字, 单位盖章, 日期) an empty box to sign or seal in.
type Signatures struct {
	Labels []string
}

// PageBreak starts a new page within a section.
type PageBreak struct{}

func (Heading) isBlock()    {}
func (Paragraph) isBlock()  {}
func (Table) isBlock()      {}
func (Fields) isBlock()     {}
func (Checklist) isBlock()  {}
func (Signatures) isBlock() {}
func (PageBreak) isBlock()  {}
