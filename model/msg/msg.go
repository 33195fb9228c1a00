// Package msg holds user-facing errors written in both Chinese and English,
// because the app's users read Chinese while logs and reviewers may need English.
package msg

import (
	"errors"
	"fmt"

	"huiqi/model/mask"
)

// Error is a user-facing error in Chinese and English.
type Error struct{ Zh, En string }

// Error keeps both languages so that a single string is still useful to
// either reader when the error ends up in a log or a dialog.
func (e *Error) Error() string { return e.Zh + " / " + e.En }

// Errorf formats both texts with the same arguments so callers cannot let the
// two languages drift apart in what they report. A resident ID number among
// the arguments (typed into the wrong field, say) is masked: no message
// ever holds one whole.
//
// A very long text among the arguments (a 10 MB name quoted back) is cut
// short, so that a message stays a message.
func Errorf(zh, en string, args ...any) *Error {
	for i, a := range args {
		if s, ok := a.(string); ok && len(s) > maxArg {
			args[i] = clip(s)
		}
	}
	return &Error{Zh: mask.Text(fmt.Sprintf(zh, args...)), En: mask.Text(fmt.Sprintf(en, args...))}
}

// maxArg is the longest text argument quoted whole, in bytes: a list of
// every industry code still fits.
const maxArg = 1000

// clip keeps the start of s, on a character boundary.
func clip(s string) string {
	n := 0
	for i := range s {
		if n == 60 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// From returns err as a bilingual message: the *Error it wraps, or its
// text in both places when it has none (errors from the standard library).
func From(err error) *Error {
	var m *Error
	if errors.As(err, &m) {
		return m
	}
	text := mask.Text(err.Error())
	return &Error{Zh: text, En: text}
}
