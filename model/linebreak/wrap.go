package linebreak

import (
	"strings"

	"github.com/go-text/typesetting/segmenter"
)

// Measure returns the width of s in the caller's unit: millimetres with
// the PDF's font, device-independent pixels with Fyne's. It is called on
// whole candidate lines, so a measure that kerns or shapes is exact.
type Measure func(s string) float64

// zwsp is the zero-width space, a break opportunity that is not printed.
const zwsp = "\u200b"

// Wrap breaks text into lines no wider than width, as measured by measure.
// Line ends ("\n", "\r\n", "\r") are hard breaks, and each hard line gives
// at least one line, possibly "". Spaces at a soft break are dropped, and
// so is every zero-width space. A piece with no break inside that is
// wider than the line on its own (a long ID number in a narrow column) is
// broken between characters, where the kinsoku rules allow if they can,
// with at least one character a line, so that Wrap always ends, even for
// a width below one character.
func Wrap(text string, width float64, measure Measure) []string {
	var lines []string
	for _, hard := range hardLines(text) {
		lines = append(lines, wrapLine(hard, width, measure)...)
	}
	return lines
}

// hardLines splits text at its line ends, of any convention.
func hardLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.Split(text, "\n")
}

// wrapLine fills lines greedily with segments, which is what readers of
// Chinese expect (even lines, the last one short), and what a form needs:
// the same text gives the same lines however often it is printed. Each
// candidate line is measured whole, which costs the length of a line per
// piece: fine for lines of a page or a window.
func wrapLine(line string, width float64, measure Measure) []string {
	// Most lines on a screen fit: one measure instead of one per piece.
	if flat := trimSpace(strings.ReplaceAll(line, zwsp, "")); measure(flat) <= width {
		return []string{flat}
	}
	return fill(Segments(line), width, measure)
}

// fill puts pieces on lines, each piece whole unless it is wider than a
// line by itself.
func fill(pieces []string, width float64, measure Measure) []string {
	var lines []string
	cur := ""
	for _, p := range pieces {
		p = strings.ReplaceAll(p, zwsp, "")
		if cur != "" && measure(trimSpace(cur+p)) > width {
			lines = append(lines, trimSpace(cur))
			cur = ""
		}
		if cur == "" && len(lines) > 0 {
			p = strings.TrimLeft(p, " \t") // a soft break drops the spaces
		}
		if measure(trimSpace(cur+p)) <= width || trimSpace(p) == "" {
			cur += p
			continue
		}
		// cur is empty here: a piece too wide for a line of its own.
		body := trimSpace(p)
		parts := splitOverlong(body, width, measure)
		lines = append(lines, parts[:len(parts)-1]...)
		cur = parts[len(parts)-1] + p[len(body):]
	}
	return append(lines, trimSpace(cur))
}

// trimSpace drops the spaces at the end of a line, which print as nothing
// and must not count against the width.
func trimSpace(s string) string { return strings.TrimRight(s, " \t") }

// splitOverlong breaks a piece wider than the line into parts that fit,
// at least one grapheme (a character with its accents) each. Where it can,
// it breaks where kinsoku allows, so that "〔2016〕" splits as "〔201" "6〕"
// rather than "〔2016" "〕"; a chain of punctuation longer than the line
// has no such place and is cut where it overflows.
func splitOverlong(s string, width float64, measure Measure) []string {
	var parts []string
	var line []string // graphemes on the current line
	for _, g := range graphemes(s) {
		for len(line) > 0 && measure(strings.Join(line, "")+g) > width {
			k := len(line) // break before line[k:], which moves down
			for j := len(line); j > 0; j-- {
				next := g
				if j < len(line) {
					next = line[j]
				}
				if !CannotStart(first(next)) && !CannotEnd(last(line[j-1])) {
					k = j
					break
				}
			}
			parts = append(parts, strings.Join(line[:k], ""))
			line = append([]string(nil), line[k:]...)
		}
		line = append(line, g)
	}
	return append(parts, strings.Join(line, ""))
}

// graphemes splits s into user-perceived characters (UAX #29), so that a
// forced break never separates a letter from its accent.
func graphemes(s string) []string {
	var seg segmenter.Segmenter
	seg.Init([]rune(s))
	var out []string
	for it := seg.GraphemeIterator(); it.Next(); {
		out = append(out, string(it.Grapheme().Text))
	}
	return out
}

func first(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func last(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}
