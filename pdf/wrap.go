package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line breaking for mixed Chinese and Latin text. Chinese may break between
// any two characters, except where a break would start a line with closing
// punctuation or end one with opening punctuation (禁则, kinsoku). Latin
// words, numbers, dates and ID numbers are kept whole, as in Western text,
// unless one alone is wider than the line.

// noStart holds the characters that may not begin a line.
const noStart = "，。、；：？！）」』》〉】〕〗〙〛｝］”’…‥％‰℃．｡､・" + ",.;:?!)]}%"

// noEnd holds the characters that may not end a line.
const noEnd = "（「『《〈【〔〖〘〚｛［“‘￥＄" + "([{"

func isNoStart(r rune) bool { return strings.ContainsRune(noStart, r) }
func isNoEnd(r rune) bool   { return strings.ContainsRune(noEnd, r) }

// isBreakSpace reports whether r is a space that lines may break at. The
// ideographic space U+3000 is not one: it indents Chinese paragraphs and
// must survive at the start of a line.
func isBreakSpace(r rune) bool { return r == ' ' || r == '\t' }

// isCJK reports whether r stands alone for line breaking: ideographs, kana,
// hangul, CJK and full-width punctuation, and the general punctuation that
// Chinese text uses (“”‘’…—). Everything else that is not a space forms
// words with its neighbours.
func isCJK(r rune) bool {
	switch {
	case r >= 0x2010 && r <= 0x205E: // general punctuation: — ‘ ’ “ ” … ‰
		return true
	case r >= 0x2E80 && r <= 0x9FFF, // radicals, CJK punctuation, kana, ideographs
		r >= 0xAC00 && r <= 0xD7AF, // hangul
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // vertical/compatibility forms
		r >= 0xFF00 && r <= 0xFFEF: // full-width forms
		return true
	}
	return r > 0xFFFF && unicode.Is(unicode.Han, r)
}

// token is a piece of a line that is never broken inside except by force:
// one CJK character, one Latin word, or a run of spaces.
type token struct {
	text  string
	space bool
}

// tokenize splits one line without newlines into tokens.
func tokenize(s string) []token {
	var toks []token
	start := 0
	kind := 0 // 0 none, 1 word, 2 space
	flush := func(end int) {
		if kind != 0 && end > start {
			toks = append(toks, token{text: s[start:end], space: kind == 2})
		}
		kind = 0
		start = end
	}
	for i, r := range s {
		switch {
		case isBreakSpace(r):
			if kind != 2 {
				flush(i)
				kind = 2
			}
		case isCJK(r):
			flush(i)
			toks = append(toks, token{text: string(r)})
			start = i + utf8.RuneLen(r)
		default:
			if kind != 1 {
				flush(i)
				kind = 1
			}
		}
	}
	flush(len(s))
	return toks
}

// cluster is a run of tokens with no permitted break inside; gap is the
// width of the spaces before it, dropped if the cluster starts a line.
type cluster struct {
	text       string
	width, gap float64
	lead       string // the spaces before it
}

// clusters joins tokens between which kinsoku forbids a break. A break is
// allowed between two tokens (or at spaces between them) unless the next
// word starts with a no-start character or the previous one ends with a
// no-end character; in those cases the spaces become part of the cluster.
func clusters(toks []token, measure func(string) float64) []cluster {
	var out []cluster
	var pending string // spaces seen since the last word
	for _, t := range toks {
		if t.space {
			pending += t.text
			continue
		}
		first, _ := utf8.DecodeRuneInString(t.text)
		if n := len(out); n > 0 {
			prev := out[n-1].text
			last, _ := utf8.DecodeLastRuneInString(prev)
			if isNoStart(first) || isNoEnd(last) {
				out[n-1].text += pending + t.text
				out[n-1].width += measure(pending + t.text)
				pending = ""
				continue
			}
		}
		out = append(out, cluster{text: t.text, width: measure(t.text), gap: measure(pending), lead: pending})
		pending = ""
	}
	return out
}

// wrap breaks text into lines no wider than width as measured by measure.
// Newlines are hard breaks; each hard line gives at least one line (possibly
// ""). Spaces at a soft break are dropped. A cluster wider than the line is
// broken by character, one character at least per line, so that wrap always
// terminates even when width is smaller than a single character.
func wrap(text string, width float64, measure func(string) float64) []string {
	var lines []string
	for _, hard := range strings.Split(text, "\n") {
		lines = append(lines, wrapLine(hard, width, measure)...)
	}
	return lines
}

func wrapLine(s string, width float64, measure func(string) float64) []string {
	var lines []string
	var cur strings.Builder
	curW := 0.0
	for i, c := range clusters(tokenize(s), measure) {
		gap, lead := c.gap, c.lead
		if cur.Len() > 0 && curW+gap+c.width > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curW = 0
		}
		if cur.Len() == 0 && i > 0 {
			gap, lead = 0, "" // spaces at a soft break are dropped
		}
		if curW+gap+c.width <= width {
			cur.WriteString(lead)
			cur.WriteString(c.text)
			curW += gap + c.width
			continue
		}
		// Too wide for a line of its own: break it by character.
		pieces := splitOverlong(lead+c.text, width, measure)
		lines = append(lines, pieces[:len(pieces)-1]...)
		cur.WriteString(pieces[len(pieces)-1])
		curW = measure(pieces[len(pieces)-1])
	}
	return append(lines, cur.String())
}

// splitOverlong breaks a cluster wider than the line into pieces that fit,
// at least one character each. Where it can it breaks where kinsoku allows,
// so that "〔2016〕" splits as "〔201" "6〕" rather than "〔2016" "〕"; a
// chain of punctuation longer than the line has no such place and is cut
// where it overflows.
func splitOverlong(s string, width float64, measure func(string) float64) []string {
	var pieces []string
	var line []rune
	lineW := 0.0
	for _, r := range s {
		rw := measure(string(r))
		for len(line) > 0 && lineW+rw > width {
			k := len(line) // break before line[k:], which moves down
			for j := len(line); j > 0; j-- {
				next := r
				if j < len(line) {
					next = line[j]
				}
				if !isNoStart(next) && !isNoEnd(line[j-1]) {
					k = j
					break
				}
			}
			pieces = append(pieces, string(line[:k]))
			line = append([]rune(nil), line[k:]...)
			lineW = measure(string(line))
		}
		line = append(line, r)
		lineW += rw
	}
	return append(pieces, string(line))
}
