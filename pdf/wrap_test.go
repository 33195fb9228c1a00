package pdf

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// units measures like a monospaced CJK font: CJK characters are 2 units
// wide, everything else 1.
func units(s string) float64 {
	w := 0.0
	for _, r := range s {
		if isCJK(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"empty", "", 10, []string{""}},
		{"fits", "申请表", 10, []string{"申请表"}},
		{"exact fit", "一二三四五", 10, []string{"一二三四五"}},
		{"cjk breaks anywhere", "一二三四五六七", 10, []string{"一二三四五", "六七"}},
		{"hard newline", "一二\n三", 10, []string{"一二", "三"}},
		{"blank hard line kept", "一\n\n二", 10, []string{"一", "", "二"}},
		{"latin words whole", "apply for loan subsidy", 10, []string{"apply for", "loan", "subsidy"}},
		{"spaces dropped at break", "ab   cd", 3, []string{"ab", "cd"}},
		{"leading indent kept", "  ab", 10, []string{"  ab"}},
		{"ideographic indent kept", "　　一二三四", 10, []string{"　　一二三", "四"}},
		{"amount kept whole", "金额¥1,234.56元", 12, []string{"金额", "¥1,234.56元"}},
		{"date kept whole", "日期2026-11-26", 12, []string{"日期", "2026-11-26"}},
		{"overlong run broken by char", "530402199001011234", 8, []string{"53040219", "90010112", "34"}},
		{"overlong run after text", "号码530402199001011234", 8, []string{"号码", "53040219", "90010112", "34"}},
		{"width below one char", "一二", 1, []string{"一", "二"}},
		{"zero width terminates", "ab", 0, []string{"a", "b"}},
		// 禁则: the natural break would start the second line with the
		// punctuation; the previous character is carried down with it.
		{"no comma at line start", "一二三四五，六", 10, []string{"一二三四", "五，六"}},
		{"no full stop at line start", "一二三四五。", 10, []string{"一二三四", "五。"}},
		{"no enumeration comma", "一二三四五、六", 10, []string{"一二三四", "五、六"}},
		{"no close paren", "一二三四五）", 10, []string{"一二三四", "五）"}},
		{"no close quote", "一二三四五”", 10, []string{"一二三四", "五”"}},
		{"no close book", "一二三四五》", 10, []string{"一二三四", "五》"}},
		{"no ellipsis", "一二三四五……", 10, []string{"一二三四", "五……"}},
		{"chain of closers", "一二三四五）。", 10, []string{"一二三四", "五）。"}},
		{"half-width comma", "一二三四五,", 10, []string{"一二三四", "五,"}},
		{"half-width paren", "一二三四五)", 10, []string{"一二三四", "五)"}},
		{"percent", "一二三四五%", 10, []string{"一二三四", "五%"}},
		{"no open paren at line end", "一二三四（五）", 10, []string{"一二三四", "（五）"}},
		{"no open quote at line end", "一二三四“五”", 10, []string{"一二三四", "“五”"}},
		{"no open book at line end", "一二三四《五》", 10, []string{"一二三四", "《五》"}},
		{"half-width open paren", "一二三四五六(7)", 11, []string{"一二三四五", "六(7)"}},
		{"closer after space", "ab cd ,ef", 6, []string{"ab", "cd ,ef"}},
		{"overlong cluster split at allowed place", "一〔2016〕", 6, []string{"一", "〔201", "6〕"}},
		{"latin then cjk", "ID号码", 4, []string{"ID号", "码"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.text, tt.width, units)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapInvariants checks every line of many texts at many widths: no
// text is lost or invented, no line is too wide unless it holds a single
// character, and no line starts with a no-start or ends with a no-end
// character unless the line is one unbreakable cluster.
func TestWrapInvariants(t *testing.T) {
	texts := []string{
		"根据《玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见》（玉政发〔2016〕12号），对符合条件的科技型小微企业，给予贷款贴息。",
		"申请金额¥1,234.56元，贷款期限2026-01-01至2026-12-31；统一社会信用代码91530400MA6K0XYZ12。",
		"他说：“这是第一条。”又说：“这是第二条！”……完。",
		"甲、乙、丙、丁；戊：己？庚！辛）壬」癸》",
		"Mixed English text, with commas; colons: and (parentheses) [brackets].",
	}
	for _, text := range texts {
		for width := 12.0; width <= 40; width++ {
			lines := wrap(text, width, units)
			joined := strings.Join(lines, "")
			if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Fatalf("width %v: lines %q lose or add text of %q", width, lines, text)
			}
			for i, l := range lines {
				if units(l) > width && utf8.RuneCountInString(l) > 1 && !unbreakable(l) {
					t.Errorf("width %v: line %q is %v wide", width, l, units(l))
				}
				first, _ := utf8.DecodeRuneInString(l)
				last, _ := utf8.DecodeLastRuneInString(l)
				if i > 0 && isNoStart(first) {
					t.Errorf("width %v: line %d %q starts with %q", width, i, l, first)
				}
				if i < len(lines)-1 && isNoEnd(last) {
					t.Errorf("width %v: line %d %q ends with %q", width, i, l, last)
				}
			}
		}
	}
}

// TestWrapNarrow wraps at widths down to less than one character: text is
// kept and every line holds something.
func TestWrapNarrow(t *testing.T) {
	text := "申请金额¥1,234.56元（含“利息”）……"
	for _, width := range []float64{-1, 0, 0.5, 1, 2, 3} {
		lines := wrap(text, width, units)
		if strings.Join(lines, "") != text {
			t.Errorf("width %v: %q loses text", width, lines)
		}
		for _, l := range lines {
			if l == "" {
				t.Errorf("width %v: empty line in %q", width, lines)
			}
		}
	}
}

// unbreakable reports whether a line is a single Latin word, which is
// broken by character only when it is wider than the line.
func unbreakable(l string) bool {
	return len(tokenize(l)) == 1
}

// TestWrapLongCell wraps a 5,000-character cell quickly and completely.
func TestWrapLongCell(t *testing.T) {
	text := strings.Repeat("贷款贴息申请，", 700) + strings.Repeat("9", 500)
	lines := wrap(text, 30, units)
	if got := strings.Join(lines, ""); got != text {
		t.Fatalf("text lost in wrapping")
	}
	for _, l := range lines {
		if units(l) > 30 {
			t.Fatalf("line %q wider than 30", l)
		}
	}
}
