package portfolio

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// SafeName makes a firm's name a file name on every system: the characters
// Windows forbids and control characters become _, and the leading and
// trailing spaces and dots Windows drops are taken off. A name with nothing
// left is 客户 (client).
func SafeName(name string) string {
	s := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < 32 || r == 0x7f {
			return '_'
		}
		return r
	}, name)
	s = strings.Trim(s, " .")
	if s == "" {
		return "客户"
	}
	return s
}

// NewClientPath is where a new client's file goes in dir: the firm's name
// with .db, or with (2), (3)… added when that name is taken, so a new
// client never replaces another.
func NewClientPath(dir, firm string) string {
	base := SafeName(firm)
	for n := 1; ; n++ {
		name := base + ".db"
		if n > 1 {
			name = base + " (" + strconv.Itoa(n) + ").db"
		}
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p
		}
	}
}
