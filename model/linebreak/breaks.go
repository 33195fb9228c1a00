package linebreak

import (
	"strings"
	"unicode"

	"github.com/go-text/typesetting/segmenter"
)

// Segments splits one line of text into the pieces between which it may
// break, each with the spaces that follow it, so that joined they give
// the line back. Line ends are mandatory breaks: Wrap splits text at them
// before it asks for segments, and a caller should too.
func Segments(line string) []string {
	runes := []rune(line)
	if len(runes) == 0 {
		return nil
	}
	allowed := opportunities(runes)
	var out []string
	start := 0
	for i := 1; i < len(runes); i++ {
		if allowed[i] {
			out = append(out, string(runes[start:i]))
			start = i
		}
	}
	return append(out, string(runes[start:]))
}

// opportunities reports for each rune whether a line may start with it:
// allowed[i] is a break between runes[i-1] and runes[i]. allowed[0] is
// always false.
func opportunities(runes []rune) []bool {
	allowed := make([]bool, len(runes))
	var seg segmenter.Segmenter
	seg.Init(runes)
	for it := seg.LineIterator(); it.Next(); {
		if l := it.Line(); l.Offset > 0 && l.Offset < len(runes) {
			allowed[l.Offset] = true
		}
	}
	tailor(runes, allowed)
	return allowed
}

// tailor adjusts the break opportunities of UAX #14 for Chinese forms.
// Each rule here is one that the standard leaves to a tailoring or gets
// wrong for Chinese text; the order matters only in that the prohibitions
// come last, so that no permission undoes them.
func tailor(r []rune, allowed []bool) {
	for i := 1; i < len(r); i++ {
		// UAX #14 never breaks beside a curly quote (class QU), because
		// in Western text it cannot tell an opening quote from a closing
		// one. Chinese uses “ ‘ only to open and ” ’ only to close, so a
		// line may break before an opening quote and after a closing one
		// where they meet Chinese text.
		if isOpeningQuote(r[i]) && isWide(r[i-1]) && !CannotEnd(r[i-1]) {
			allowed[i] = true
		}
		if isClosingQuote(r[i-1]) && i >= 2 && isWide(r[i-2]) && isWide(r[i]) && !CannotStart(r[i]) {
			allowed[i] = true
		}
	}
	for i := 1; i < len(r); i++ {
		if !allowed[i] {
			continue
		}
		last := lastNonSpace(r, i)
		switch {
		case last < 0:
			// Only spaces before: an indent stays with the first word.
			allowed[i] = false
		case CannotStart(r[i]) || CannotEnd(r[last]):
			allowed[i] = false
		case isNoteMark(r[i]):
			// "¥300,000.00 ①": a footnote mark stays with what it marks.
			allowed[i] = false
		case isHyphen(r[last]) && last == i-1 && last > 0 && isAlnum(r[last-1]) && isAlnum(r[i]):
			// "e-mail", "A-3": UAX #14 breaks after a hyphen; Latin
			// words and codes are kept whole.
			allowed[i] = false
		case r[last] == '第' && (isDigit(r[i]) || isChineseDigit(r[i]) || r[i] == '（'):
			// 第 is the ordinal prefix: "第|12号" would read as two words.
			allowed[i] = false
		case r[last] == '〕' && last == i-1 && isDigit(r[i]):
			// A document number, "玉政发〔2016〕12号".
			allowed[i] = false
		case last == i-1 && isChineseDigit(r[last]) && isChineseDigit(r[i]):
			// "（十四）", "二〇二六": a number written in Chinese.
			allowed[i] = false
		case endsNumber(r, last) && unicode.Is(unicode.Han, r[i]):
			// "12 个月", "400万元", "50%封顶": a number and its unit.
			allowed[i] = false
		}
	}
	keepUnits(r, allowed)
}

// keepUnits removes the breaks inside a unit of several characters that
// follows a number ("12 个|月", "400 万|元").
func keepUnits(r []rune, allowed []bool) {
	for i := 1; i < len(r); i++ {
		last := lastNonSpace(r, i)
		if last < 0 || !endsNumber(r, last) || !unicode.Is(unicode.Han, r[i]) {
			continue
		}
		if n := unitAt(r[i:]); n > 1 {
			for k := i + 1; k < i+n; k++ {
				allowed[k] = false
			}
		}
	}
}

// lastNonSpace is the index of the last rune before i that is not a
// breaking space, or -1.
func lastNonSpace(r []rune, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !isSpace(r[j]) {
			return j
		}
	}
	return -1
}

// isSpace reports whether r is a space that lines break at and drop. The
// ideographic space U+3000 is not one: it indents Chinese paragraphs.
func isSpace(r rune) bool { return r == ' ' || r == '\t' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isAlnum(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func isHyphen(r rune) bool { return r == '-' || r == '‐' }

// isChineseDigit reports whether r is a numeral of a number written in
// Chinese ("第十四条", "二〇二六年"). 万 and 亿 are left out: after
// Arabic digits they are units ("400万元"), handled as such.
func isChineseDigit(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九十百千", r)
}

// isWide reports whether r is set as a Chinese character for breaking:
// ideographs, kana, hangul, and CJK and full-width punctuation.
func isWide(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x9FFF, // radicals, CJK punctuation, kana, ideographs
		r >= 0xAC00 && r <= 0xD7AF, // hangul
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // vertical and compatibility forms
		r >= 0xFF00 && r <= 0xFFEF: // full-width forms
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// isNoteMark reports whether r is an enclosed number or letter (① ②),
// which the forms use as footnote marks.
func isNoteMark(r rune) bool { return r >= 0x2460 && r <= 0x24FF }

func isOpeningQuote(r rune) bool { return r == '“' || r == '‘' }
func isClosingQuote(r rune) bool { return r == '”' || r == '’' }
