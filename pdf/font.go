package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// fontFamily is the name the embedded font is registered under in gofpdf.
// There is one face only: bold is drawn (see canvas.text). gofpdf names
// the font "utf8"+fontFamily in the PDF; tagSubset renames it, so the name
// is long enough to leave room for the subset name.
const fontFamily = "wenquanyimicrohei-sub"

// subsetBase is the PostScript name of the embedded font, after the tag.
const subsetBase = "WenQuanYiMicroHei"

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// measurer gives text widths in mm from the embedded font's advance widths.
// It caches per rune because wrapping measures every character of every
// table cell, and gofpdf converts its argument to []rune on each call.
type measurer struct {
	f     *gofpdf.Fpdf // with the embedded font current
	units map[rune]float64
}

func newMeasurer(f *gofpdf.Fpdf) *measurer {
	return &measurer{f: f, units: make(map[rune]float64)}
}

// width returns the width of s in mm at size points.
func (m *measurer) width(s string, size float64) float64 {
	total := 0.0
	for _, r := range s {
		u, ok := m.units[r]
		if !ok {
			// Glyph units are thousandths of the em, whatever the size.
			u = float64(m.f.GetStringSymbolWidth(string(r))) / 1000
			m.units[r] = u
		}
		total += u
	}
	return total * size * ptToMM
}

// at returns a measure function for wrap at size points.
func (m *measurer) at(size float64) func(string) float64 {
	return func(s string) float64 { return m.width(s, size) }
}

// clean makes arbitrary input printable with a 16-bit CID font: gofpdf
// writes UTF-16 code units as glyph IDs, so characters beyond the Basic
// Multilingual Plane (emoji, rare ideographs) would print as garbage and
// can crash its width lookup; they become U+FFFD. Tabs become spaces,
// other control characters are dropped, and line ends are normalised to
// "\n" (kept only where the text may have several lines).
func clean(s string, multiline bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r':
			if multiline {
				return '\n'
			}
			return ' '
		case r == '\t':
			return ' '
		case r > 0xFFFF:
			return unicode.ReplacementChar
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// fit shortens a one-line text with an ellipsis until it fits width, for
// the running header and footer, which have room for one line only.
func (m *measurer) fit(s string, size, width float64) string {
	if m.width(s, size) <= width {
		return s
	}
	room := width - m.width("…", size)
	used := 0.0
	for i, r := range s {
		used += m.width(string(r), size)
		if used > room {
			return s[:i] + "…"
		}
	}
	return s
}

// tagSubset gives the embedded font a subset name, "ABCDEF+WenQuanYiMicroHei".
// gofpdf embeds only the glyphs used but names the font "utf8<family>",
// without the six-letter tag that the PDF specification (9.6.4) requires of
// a subset and that viewers and pdffonts rely on. The tag is taken from a
// hash of the document, so that different subsets get different tags and
// the same document the same bytes. The new name is padded with spaces to
// the old length, which keeps every cross-reference offset valid.
func tagSubset(doc []byte) ([]byte, error) {
	old := "utf8" + strings.ToLower(fontFamily)
	sum := sha256.Sum256(doc)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	name := string(tag) + "+" + subsetBase
	if len(name) > len(old) {
		return nil, fmt.Errorf("subset name %s is longer than %s", name, old)
	}
	name += strings.Repeat(" ", len(old)-len(name))
	for _, key := range []string{"/BaseFont /", "/FontName /"} {
		from, to := []byte(key+old), []byte(key+name)
		if bytes.Count(doc, from) == 0 {
			return nil, fmt.Errorf("font name %s not found after %s", old, key)
		}
		doc = bytes.ReplaceAll(doc, from, to)
	}
	return doc, nil
}
