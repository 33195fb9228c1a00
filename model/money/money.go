// Package money represents amounts of renminbi as integer fen so that sums,
// comparisons and round trips through text are exact.
package money

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"huiqi/model/msg"
)

// Fen is an amount in fen (1 yuan = 100 fen).
type Fen int64

// Parse reads an amount in yuan as people type it: an optional "-", an
// optional "¥" or "￥", an optional trailing "元", digits with optional
// thousands separators, and at most two decimals. ".5" and "5." are accepted
// because their meaning is unambiguous. No float is involved, so every
// accepted text maps to exactly one Fen.
func Parse(s string) (Fen, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, msg.Errorf("金额为空", "amount is empty")
	}
	neg := false
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		neg, s = true, rest
	}
	s = cutSymbol(s)
	if !neg {
		// "¥-12" is how some spreadsheets print negatives.
		if rest, ok := strings.CutPrefix(s, "-"); ok {
			neg, s = true, rest
		}
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "元"))

	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return 0, msg.Errorf("金额 %q 中有无法识别的字符 %q", "amount %q contains unexpected character %q", orig, r)
		}
	}
	whole, frac, _ := strings.Cut(s, ".")
	if strings.ContainsAny(frac, ".,") {
		c := frac[strings.IndexAny(frac, ".,")]
		return 0, msg.Errorf("金额 %q 中有无法识别的字符 %q", "amount %q contains unexpected character %q", orig, rune(c))
	}
	if len(frac) > 2 {
		return 0, msg.Errorf("金额 %q 最多只能有两位小数", "amount %q has more than two decimal places", orig)
	}
	if strings.Contains(whole, ",") && !wellGrouped(whole) {
		return 0, msg.Errorf("金额 %q 的千位分隔符位置不对", "amount %q has misplaced thousands separators", orig)
	}
	digits := strings.ReplaceAll(whole, ",", "") + frac + "00"[len(frac):]
	if whole == "" && frac == "" {
		return 0, msg.Errorf("金额 %q 中没有数字", "amount %q has no digits", orig)
	}

	// The negative range is one larger, so that every Fen, including
	// math.MinInt64, can be read back from its String.
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	var v uint64
	for i := 0; i < len(digits); i++ {
		d := uint64(digits[i] - '0')
		if v > (limit-d)/10 {
			return 0, msg.Errorf("金额 %q 超出范围", "amount %q is out of range", orig)
		}
		v = v*10 + d
	}
	if neg {
		return Fen(-v), nil
	}
	return Fen(v), nil
}

func cutSymbol(s string) string {
	for _, sym := range []string{"¥", "￥"} {
		if rest, ok := strings.CutPrefix(s, sym); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// wellGrouped reports whether commas split s into a head of 1–3 digits
// followed by groups of exactly 3, so "1,23" is not silently read as 123.
func wellGrouped(s string) bool {
	groups := strings.Split(s, ",")
	if n := len(groups[0]); n < 1 || n > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// abs uses uint64 so that math.MinInt64 has a magnitude too.
func (f Fen) abs() uint64 {
	if f < 0 {
		return -uint64(f)
	}
	return uint64(f)
}

func (f Fen) format(sep bool) string {
	u := f.abs()
	whole := strconv.FormatUint(u/100, 10)
	if sep {
		whole = group(whole)
	}
	frac := strconv.FormatUint(u%100+100, 10)[1:]
	if f < 0 {
		return "-" + whole + "." + frac
	}
	return whole + "." + frac
}

func group(digits string) string {
	var b strings.Builder
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(digits[i])
	}
	return b.String()
}

// String formats with thousands separators and two decimals: "1,234.56".
func (f Fen) String() string { return f.format(true) }

// Yuan puts the sign before the symbol, as Chinese invoices do: "-¥1,234.56".
func (f Fen) Yuan() string {
	if f < 0 {
		return "-¥" + f.format(true)[1:]
	}
	return "¥" + f.format(true)
}

// Plain has no separators so that spreadsheets read it as a number: "1234.56".
func (f Fen) Plain() string { return f.format(false) }

const upperDigits = "零壹贰叁肆伍陆柒捌玖"

func upperDigit(d uint64) string {
	_, size := utf8.DecodeRuneInString(upperDigits)
	return upperDigits[int(d)*size : int(d+1)*size]
}

// Upper is the Chinese uppercase amount used on forms and cheques, following
// the PBoC rules for filling in settlement vouchers: "壹拾" rather than "拾",
// one 零 per run of inner zeros, "整" after 元 or 角 when nothing follows.
func (f Fen) Upper() string {
	u := f.abs()
	yuan, jiao, fen := u/100, u/10%10, u%10
	var b strings.Builder
	b.WriteString("人民币")
	if f < 0 {
		b.WriteString("负")
	}
	if yuan > 0 {
		b.WriteString(upperInt(yuan))
		b.WriteString("元")
	}
	switch {
	case yuan == 0 && jiao == 0 && fen == 0:
		b.WriteString("零元整")
	case jiao == 0 && fen == 0:
		b.WriteString("整")
	case jiao == 0:
		if yuan > 0 {
			b.WriteString("零")
		}
		b.WriteString(upperDigit(fen) + "分")
	case fen == 0:
		b.WriteString(upperDigit(jiao) + "角整")
	default:
		b.WriteString(upperDigit(jiao) + "角" + upperDigit(fen) + "分")
	}
	return b.String()
}

// upperInt spells n > 0 by splitting at 亿 and 万 recursively, which also
// gives 壹万亿 and 壹亿亿 for amounts beyond the usual range. A 零 bridges a
// split exactly when the lower part is non-zero but lacks its leading digit.
func upperInt(n uint64) string {
	for _, s := range []struct {
		unit string
		size uint64
	}{{"亿", 1e8}, {"万", 1e4}} {
		if n < s.size {
			continue
		}
		hi, lo := n/s.size, n%s.size
		out := upperInt(hi) + s.unit
		if lo == 0 {
			return out
		}
		if lo < s.size/10 {
			out += "零"
		}
		return out + upperInt(lo)
	}
	units := [4]string{"仟", "佰", "拾", ""}
	var b strings.Builder
	zero, started := false, false
	for i, p := 0, uint64(1000); i < 4; i, p = i+1, p/10 {
		d := n / p % 10
		switch {
		case d == 0:
			zero = started
		default:
			if zero {
				b.WriteString("零")
			}
			b.WriteString(upperDigit(d) + units[i])
			zero, started = false, true
		}
	}
	return b.String()
}

// MulDiv returns round(a × num / den), rounding halves away from zero. The
// product is kept in 128 bits, so the result is exact whenever it fits in an
// int64; results that do not fit saturate at math.MaxInt64 or math.MinInt64
// rather than wrap, because a wrapped amount would look plausible.
// den <= 0 is a programming error (it never comes from user input) and panics.
func MulDiv(a, num, den int64) int64 {
	if den <= 0 {
		panic("money.MulDiv: den must be positive")
	}
	neg := (a < 0) != (num < 0)
	ua, un := absInt(a), absInt(num)
	hi, lo := bits.Mul64(ua, un)
	d := uint64(den)
	if hi >= d {
		return saturate(neg)
	}
	q, r := bits.Div64(hi, lo, d)
	if r >= d-r {
		q++
		if q == 0 {
			return saturate(neg)
		}
	}
	switch {
	case neg && q <= 1<<63:
		return int64(-q)
	case !neg && q <= math.MaxInt64:
		return int64(q)
	}
	return saturate(neg)
}

func absInt(x int64) uint64 {
	if x < 0 {
		return -uint64(x)
	}
	return uint64(x)
}

func saturate(neg bool) int64 {
	if neg {
		return math.MinInt64
	}
	return math.MaxInt64
}

// Percent returns a × p / 100 rounded half up (away from zero for negative
// amounts), the rounding RULES.md prescribes for a percentage of an amount.
func Percent(a Fen, p int64) Fen { return Fen(MulDiv(int64(a), p, 100)) }
