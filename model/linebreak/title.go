package linebreak

import "strings"

// WrapTitle wraps a title. A title is short and set large, and a break
// inside a word ("申|请表") shows at once, so it breaks only between
// phrases: at spaces and zero-width spaces, after a pause or closing
// punctuation, before opening punctuation. A phrase wider than the line
// by itself is broken as Wrap would. Callers that may shrink the type
// should try that first: one line is better than two.
func WrapTitle(text string, width float64, measure Measure) []string {
	var lines []string
	for _, hard := range hardLines(text) {
		var pieces []string
		for _, p := range Phrases(hard) {
			if measure(trimSpace(strings.ReplaceAll(p, zwsp, ""))) <= width {
				pieces = append(pieces, p)
			} else {
				pieces = append(pieces, Segments(p)...)
			}
		}
		lines = append(lines, fill(pieces, width, measure)...)
	}
	return lines
}

// Phrases joins the segments of one line into the runs a title may break
// between, joined they give the line back.
func Phrases(line string) []string {
	var out []string
	for _, s := range Segments(line) {
		if n := len(out); n > 0 && !phraseEnd(out[n-1], s) {
			out[n-1] += s
			continue
		}
		out = append(out, s)
	}
	return out
}

// phraseEnd reports whether the break between segments a and b ends a
// phrase: a space or a zero-width space, or punctuation on either side.
// A number inside a title is part of its phrase ("提至20万元").
func phraseEnd(a, b string) bool {
	if strings.HasSuffix(a, " ") || strings.HasSuffix(a, "\t") || strings.HasSuffix(a, zwsp) {
		return true
	}
	x, y := last(a), first(b)
	return CannotStart(x) || isPause(x) || CannotEnd(y)
}

// isPause reports whether r is punctuation after which a title may break
// that is not already closing punctuation: the dashes and the slash.
func isPause(r rune) bool { return strings.ContainsRune("—–/／·", r) }
