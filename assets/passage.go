package assets

import "strings"

// Passage is clause text laid out for reading: the source file breaks its
// lines where the printed page did (every thirty-odd characters, a blank
// line between), so Paragraphs joins them back.
type Passage struct {
	Heading    string   // "(九)支持大学生为主的青年创业创新"
	Paragraphs []string // the body, each paragraph on one line
}

// ClausePassage returns clause n as a Passage; false for an unknown clause.
func ClausePassage(n string) (Passage, bool) {
	text, ok := Clause(n)
	if !ok {
		return Passage{}, false
	}
	var p Passage
	var cur strings.Builder
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i == 0 {
			p.Heading = line
			continue
		}
		cur.WriteString(line)
		// A printed line that ends a sentence at the margin ends the
		// paragraph too: the file cannot tell them apart, and a break
		// after a full stop reads well either way.
		if strings.HasSuffix(line, "。") || strings.HasSuffix(line, ")") || strings.HasSuffix(line, "）") {
			p.Paragraphs = append(p.Paragraphs, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		p.Paragraphs = append(p.Paragraphs, cur.String())
	}
	return p, true
}

// Find locates the sentence of the passage that contains words: the
// paragraph, and the byte offsets of the sentence in it (from after the
// previous 。；; or the paragraph's start, through its own 。；;).
func (p Passage) Find(words string) (para, start, end int, ok bool) {
	if words == "" {
		return 0, 0, 0, false
	}
	for i, text := range p.Paragraphs {
		at := strings.Index(text, words)
		if at < 0 {
			continue
		}
		start = 0
		if j := lastStop(text[:at]); j >= 0 {
			start = j
		}
		end = len(text)
		if j := firstStop(text[at:]); j >= 0 {
			end = at + j
		}
		return i, start, end, true
	}
	return 0, 0, 0, false
}

// stops end a sentence: the full stop and the semicolons.
var stops = []string{"。", "；", ";"}

// lastStop is the offset just after the last stop in s, or -1.
func lastStop(s string) int {
	best := -1
	for _, st := range stops {
		if j := strings.LastIndex(s, st); j >= 0 && j+len(st) > best {
			best = j + len(st)
		}
	}
	return best
}

// firstStop is the offset just after the first stop in s, or -1.
func firstStop(s string) int {
	best := -1
	for _, st := range stops {
		if j := strings.Index(s, st); j >= 0 && (best < 0 || j+len(st) < best) {
			best = j + len(st)
		}
	}
	return best
}
