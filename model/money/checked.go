package money

import "huiqi/model/msg"

// Overflow-checked arithmetic for sums of amounts. Validation bounds every
// amount and every column's total at 10^14 fen (model.MaxAmount), so a sum
// of validated amounts cannot overflow; these helpers make that a checked
// fact in code that adds amounts of several columns or multiplies them, so
// that an overflow is a refusal naming the field, never a wrong number.

// ErrOverflow says a sum or product of amounts does not fit in int64.
var ErrOverflow = msg.Errorf("金额合计超出可计算的范围", "the total of the amounts is beyond what can be computed")

// Add returns a + b, or ok false when the sum does not fit in int64.
func Add(a, b Fen) (sum Fen, ok bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// Sum adds amounts, stopping at the first overflow; at is the index of the
// amount that overflowed (-1 when ok).
func Sum(xs []Fen) (sum Fen, at int) {
	for i, x := range xs {
		var ok bool
		if sum, ok = Add(sum, x); !ok {
			return 0, i
		}
	}
	return sum, -1
}

// Mul returns a × n, or ok false when the product does not fit in int64.
func Mul(a Fen, n int64) (Fen, bool) {
	if a == 0 || n == 0 {
		return 0, true
	}
	p := a * Fen(n)
	if p/Fen(n) != a || (a == -1 && n == -1<<63) || (n == -1 && a == -1<<63) {
		return 0, false
	}
	return p, true
}
