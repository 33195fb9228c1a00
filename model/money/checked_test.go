package money

import (
	"math"
	"testing"
)

func TestCheckedArithmetic(t *testing.T) {
	if s, ok := Add(math.MaxInt64-1, 1); !ok || s != math.MaxInt64 {
		t.Errorf("Add at the edge: %d %v", s, ok)
	}
	if _, ok := Add(math.MaxInt64, 1); ok {
		t.Error("Add overflow not seen")
	}
	if _, ok := Add(math.MinInt64, -1); ok {
		t.Error("Add underflow not seen")
	}
	// The four R&D lines of 9223372036854775807 fen.
	if _, at := Sum([]Fen{math.MaxInt64, math.MaxInt64, math.MaxInt64, math.MaxInt64}); at != 1 {
		t.Errorf("Sum overflow at %d, want 1", at)
	}
	if s, at := Sum([]Fen{1, 2, 3}); at != -1 || s != 6 {
		t.Errorf("Sum: %d at %d", s, at)
	}
	if _, ok := Mul(1e14, 9e4); !ok {
		t.Error("10^14 × 90,000 fits")
	}
	if _, ok := Mul(1e15, 1e5); ok {
		t.Error("10^15 × 10^5 overflows")
	}
	if _, ok := Mul(math.MinInt64, -1); ok {
		t.Error("MinInt64 × -1 overflows")
	}
}
