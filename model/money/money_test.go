package money

import (
	"errors"
	"math"
	"testing"

	"huiqi/model/msg"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Fen
	}{
		{"1,234.56", 123456},
		{"¥1234.5", 123450},
		{"￥1234.50", 123450},
		{"1234", 123400},
		{"  12.3 ", 1230},
		{"-1,234.56", -123456},
		{"0.05", 5},
		{"1234元", 123400},
		{"12,345.6", 1234560},
		{"1,234,567", 123456700},
		{"-¥1,234.56", -123456},
		{"¥-1,234.56", -123456},
		{"¥ 12 元", 1200},
		{".5", 50},
		{"5.", 500},
		{"0", 0},
		{"-0.00", 0},
		{"007", 700},
		{"92,233,720,368,547,758.07", math.MaxInt64},
		{"-92,233,720,368,547,758.08", math.MinInt64},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, en string }{
		{"", "amount is empty"},
		{"   ", "amount is empty"},
		{"abc", `amount "abc" contains unexpected character 'a'`},
		{"1.234", `amount "1.234" has more than two decimal places`},
		{"1,23", `amount "1,23" has misplaced thousands separators`},
		{"1,23.4", `amount "1,23.4" has misplaced thousands separators`},
		{"1,2345", `amount "1,2345" has misplaced thousands separators`},
		{",123", `amount ",123" has misplaced thousands separators`},
		{"1234,", `amount "1234," has misplaced thousands separators`},
		{"¥", `amount "¥" has no digits`},
		{".", `amount "." has no digits`},
		{"-", `amount "-" has no digits`},
		{"--1", `amount "--1" contains unexpected character '-'`},
		{"1e3", `amount "1e3" contains unexpected character 'e'`},
		{"1.2.3", `amount "1.2.3" contains unexpected character '.'`},
		{"1.2,3", `amount "1.2,3" contains unexpected character ','`},
		{"+5", `amount "+5" contains unexpected character '+'`},
		{"1 234", `amount "1 234" contains unexpected character ' '`},
		{"999999999999999999999", `amount "999999999999999999999" is out of range`},
		{"92,233,720,368,547,758.08", `amount "92,233,720,368,547,758.08" is out of range`},
		{"-92,233,720,368,547,758.09", `amount "-92,233,720,368,547,758.09" is out of range`},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		var m *msg.Error
		if !errors.As(err, &m) {
			t.Errorf("Parse(%q) = %d, %v; want *msg.Error", tt.in, got, err)
			continue
		}
		if m.En != tt.en || m.Zh == "" {
			t.Errorf("Parse(%q) error = %q / %q; want En %q", tt.in, m.Zh, m.En, tt.en)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		f                Fen
		str, yuan, plain string
	}{
		{0, "0.00", "¥0.00", "0.00"},
		{5, "0.05", "¥0.05", "0.05"},
		{-5, "-0.05", "-¥0.05", "-0.05"},
		{100, "1.00", "¥1.00", "1.00"},
		{123456, "1,234.56", "¥1,234.56", "1234.56"},
		{-123456, "-1,234.56", "-¥1,234.56", "-1234.56"},
		{12345600, "123,456.00", "¥123,456.00", "123456.00"},
		{123456700, "1,234,567.00", "¥1,234,567.00", "1234567.00"},
		{math.MaxInt64, "92,233,720,368,547,758.07", "¥92,233,720,368,547,758.07", "92233720368547758.07"},
		{math.MinInt64, "-92,233,720,368,547,758.08", "-¥92,233,720,368,547,758.08", "-92233720368547758.08"},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.str {
			t.Errorf("Fen(%d).String() = %q; want %q", tt.f, got, tt.str)
		}
		if got := tt.f.Yuan(); got != tt.yuan {
			t.Errorf("Fen(%d).Yuan() = %q; want %q", tt.f, got, tt.yuan)
		}
		if got := tt.f.Plain(); got != tt.plain {
			t.Errorf("Fen(%d).Plain() = %q; want %q", tt.f, got, tt.plain)
		}
	}
}

func TestUpper(t *testing.T) {
	tests := []struct {
		f    Fen
		want string
	}{
		{0, "人民币零元整"},
		{1000, "人民币壹拾元整"},
		{10001000, "人民币壹拾万零壹拾元整"},
		{10000000000, "人民币壹亿元整"},
		{10001000000, "人民币壹亿零壹万元整"},
		{100100, "人民币壹仟零壹元整"},
		{168032, "人民币壹仟陆佰捌拾元叁角贰分"},
		{1230, "人民币壹拾贰元叁角整"},
		{1640902, "人民币壹万陆仟肆佰零玖元零贰分"},
		{56, "人民币伍角陆分"},
		{5, "人民币伍分"},
		{10, "人民币壹角整"},
		{1005, "人民币壹拾元零伍分"},
		{100000000, "人民币壹佰万元整"},
		{2000000000, "人民币贰仟万元整"},
		{10500000, "人民币壹拾万伍仟元整"},
		{123456, "人民币壹仟贰佰叁拾肆元伍角陆分"},
		{-123456, "人民币负壹仟贰佰叁拾肆元伍角陆分"},
		{-5, "人民币负伍分"},
		{100, "人民币壹元整"},
		{101000, "人民币壹仟零壹拾元整"},
		{10000100, "人民币壹拾万零壹元整"},
		{10100000, "人民币壹拾万壹仟元整"}, // like 105000: a zero 万 digit before a non-zero 仟 needs no 零
		{10700053, "人民币壹拾万柒仟元伍角叁分"},
		{100000000000000, "人民币壹万亿元整"},
		{100010000000000, "人民币壹万零壹亿元整"},
		{math.MaxInt64, "人民币玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"},
		{math.MinInt64, "人民币负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分"},
	}
	for _, tt := range tests {
		if got := tt.f.Upper(); got != tt.want {
			t.Errorf("Fen(%d).Upper() = %q; want %q", tt.f, got, tt.want)
		}
	}
}

func TestMulDiv(t *testing.T) {
	const big = int64(1) << 62
	tests := []struct{ a, num, den, want int64 }{
		{5, 50, 100, 3},
		{4, 50, 100, 2},
		{1, 50, 100, 1},
		{3, 50, 100, 2},
		{-5, 50, 100, -3},
		{5, -50, 100, -3},
		{-5, -50, 100, 3},
		{-1, 50, 100, -1},
		{1, 49, 100, 0},
		{-1, 49, 100, 0},
		{0, 50, 100, 0},
		{7, 1, 3, 2},
		{8, 1, 3, 3},
		{big, 100, 100, big},
		{big + 1, 100, 100, big + 1},
		{-big - 1, 100, 100, -big - 1},
		{math.MaxInt64, 100, 100, math.MaxInt64},
		{math.MaxInt64, math.MaxInt64, math.MaxInt64, math.MaxInt64},
		{math.MinInt64, 1, 1, math.MinInt64},
		{math.MinInt64, 3, 3, math.MinInt64},
		{math.MaxInt64, 2, 1, math.MaxInt64},  // saturates
		{math.MinInt64, 2, 1, math.MinInt64},  // saturates
		{math.MinInt64, -1, 1, math.MaxInt64}, // saturates
		{math.MaxInt64, math.MaxInt64, 1, math.MaxInt64},
		{math.MaxInt64, 1, 2, 1 << 62},
	}
	for _, tt := range tests {
		if got := MulDiv(tt.a, tt.num, tt.den); got != tt.want {
			t.Errorf("MulDiv(%d, %d, %d) = %d; want %d", tt.a, tt.num, tt.den, got, tt.want)
		}
	}
}

func TestMulDivPanicsOnBadDen(t *testing.T) {
	for _, den := range []int64{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MulDiv(1, 1, %d) did not panic", den)
				}
			}()
			MulDiv(1, 1, den)
		}()
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		a    Fen
		p    int64
		want Fen
	}{
		{5, 50, 3},
		{4, 50, 2},
		{1, 50, 1},
		{3, 50, 2},
		{-5, 50, -3},
		{123456, 100, 123456},
		{123456, 0, 0},
		{1000000, 15, 150000},
		{33333, 10, 3333},
		{33335, 10, 3334},
	}
	for _, tt := range tests {
		if got := Percent(tt.a, tt.p); got != tt.want {
			t.Errorf("Percent(%d, %d) = %d; want %d", tt.a, tt.p, got, tt.want)
		}
	}
}

func TestRoundTripPlain(t *testing.T) {
	for _, f := range []Fen{0, 1, -1, 99, 100, 123456, -123456, math.MaxInt64, math.MinInt64, 1 << 40} {
		if got, err := Parse(f.Plain()); err != nil || got != f {
			t.Errorf("Parse(%q) = %d, %v; want %d", f.Plain(), got, err, f)
		}
	}
}

func FuzzParseString(f *testing.F) {
	for _, v := range []int64{0, 5, -5, 123456, -123456, math.MaxInt64, math.MinInt64} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v int64) {
		x := Fen(v)
		for _, s := range []string{x.String(), x.Plain(), x.Yuan()} {
			if got, err := Parse(s); err != nil || got != x {
				t.Errorf("Parse(%q) = %d, %v; want %d", s, got, err, x)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1,234.56", "¥-1", "1e3", "", "-", "１２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parse(s)
		if err != nil {
			var m *msg.Error
			if !errors.As(err, &m) {
				t.Fatalf("Parse(%q) error %T is not *msg.Error", s, err)
			}
			return
		}
		if back, err := Parse(got.String()); err != nil || back != got {
			t.Fatalf("Parse(%q) = %d but its String %q reads back as %d, %v", s, got, got.String(), back, err)
		}
	})
}
