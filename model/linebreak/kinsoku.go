package linebreak

import "strings"

// The characters that may not begin or end a line (禁则, kinsoku), in
// full and half width. UAX #14 already keeps most of them where they
// belong; listing them here makes the rule hold whatever class the
// standard gives a character (the curly quotes, ％, ℃), and lets callers
// and tests check a line.
const (
	noStart = "，。、；：？！）」』》〉】〕〗〙〛｝］｠”’…‥％‰℃°′″．｡､・" + ",.;:?!)]}%"
	noEnd   = "（「『《〈【〔〖〘〚｛［｟“‘￥＄" + "([{¥$"
)

// CannotStart reports whether a line may not begin with r: closing
// punctuation, pauses, and the signs that follow a number (% ℃).
func CannotStart(r rune) bool { return strings.ContainsRune(noStart, r) }

// CannotEnd reports whether a line may not end with r: opening
// punctuation and the currency signs that precede a number.
func CannotEnd(r rune) bool { return strings.ContainsRune(noEnd, r) }
