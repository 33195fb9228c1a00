// Package mask hides resident ID numbers (身份证号码) wherever Huiqi shows
// text that might hold one: the app's lists, and every message, log line
// and error, so that a number typed into the wrong field is never echoed
// whole. It is a leaf package so that msg, ident and the UI share it.
package mask

import "strings"

// ID hides the middle of a resident ID number as the app's lists do:
// 530402199203150017 → 5304**********0017. Shorter text is left as it is.
func ID(id string) string {
	if len(id) < 9 {
		return id
	}
	return id[:4] + strings.Repeat("*", len(id)-8) + id[len(id)-4:]
}

// idLen is the length of a resident ID number (GB 11643-1999): 17 digits
// and a check character, a digit or X.
const idLen = 18

// Text masks, with ID, every run in s that looks like an ID number: 17
// digits and a digit or X, with no digit or letter right before or after
// (so longer numbers, such as an integer that overflows, stay readable).
func Text(s string) string {
	if len(s) < idLen {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i+idLen <= len(s); {
		if !looksLikeID(s, i) {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(ID(s[i : i+idLen]))
		i += idLen
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func looksLikeID(s string, i int) bool {
	if i > 0 && isAlnum(s[i-1]) {
		return false
	}
	if j := i + idLen; j < len(s) && isAlnum(s[j]) {
		return false
	}
	for k := i; k < i+idLen-1; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	c := s[i+idLen-1]
	return c >= '0' && c <= '9' || c == 'X' || c == 'x'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
