package linebreak

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// units measures like a monospaced CJK font: Chinese characters and
// punctuation are 2 units wide, everything else 1.
func units(s string) float64 {
	w := 0.0
	for _, r := range s {
		if isWide(r) || r >= 0x2010 && r <= 0x205E {
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
		{"exact fit", "甲乙丙丁戊", 10, []string{"甲乙丙丁戊"}},
		{"chinese breaks anywhere", "甲乙丙丁戊己庚", 10, []string{"甲乙丙丁戊", "己庚"}},
		{"hard newline", "甲乙\n丙", 10, []string{"甲乙", "丙"}},
		{"windows and old mac line ends", "甲\r\n乙\r丙", 10, []string{"甲", "乙", "丙"}},
		{"blank hard line kept", "甲\n\n乙", 10, []string{"甲", "", "乙"}},
		{"latin words whole", "apply for loan subsidy", 10, []string{"apply for", "loan", "subsidy"}},
		{"spaces dropped at break", "ab   cd", 3, []string{"ab", "cd"}},
		{"trailing spaces do not count", "abc   ", 3, []string{"abc"}},
		{"leading indent kept", "  ab", 10, []string{"  ab"}},
		{"ideographic indent kept", "　　甲乙丙丁", 10, []string{"　　甲乙丙", "丁"}},
		{"amount kept whole", "金额¥1,234.56元", 12, []string{"金额", "¥1,234.56元"}},
		{"date kept whole", "日期2026-11-26", 12, []string{"日期", "2026-11-26"}},
		{"patent number kept whole", "专利号ZL201610123456.6", 18, []string{"专利号", "ZL201610123456.6"}},
		{"overlong run broken by char", "530402199001011234", 8, []string{"53040219", "90010112", "34"}},
		{"overlong run after text", "号码530402199001011234", 8, []string{"号码", "53040219", "90010112", "34"}},
		{"width below one char", "甲乙", 1, []string{"甲", "乙"}},
		{"zero width terminates", "ab", 0, []string{"a", "b"}},
		{"negative width terminates", "甲a", -5, []string{"甲", "a"}},
		// 禁则: the natural break would start the second line with the
		// punctuation; the previous character is carried down with it.
		{"no comma at line start", "甲乙丙丁戊，己", 10, []string{"甲乙丙丁", "戊，己"}},
		{"no full stop at line start", "甲乙丙丁戊。", 10, []string{"甲乙丙丁", "戊。"}},
		{"no enumeration comma", "甲乙丙丁戊、己", 10, []string{"甲乙丙丁", "戊、己"}},
		{"no semicolon", "甲乙丙丁戊；", 10, []string{"甲乙丙丁", "戊；"}},
		{"no colon", "甲乙丙丁戊：", 10, []string{"甲乙丙丁", "戊："}},
		{"no question mark", "甲乙丙丁戊？", 10, []string{"甲乙丙丁", "戊？"}},
		{"no exclamation mark", "甲乙丙丁戊！", 10, []string{"甲乙丙丁", "戊！"}},
		{"no close paren", "甲乙丙丁戊）", 10, []string{"甲乙丙丁", "戊）"}},
		{"no close corner bracket", "甲乙丙丁戊」", 10, []string{"甲乙丙丁", "戊」"}},
		{"no close white corner bracket", "甲乙丙丁戊』", 10, []string{"甲乙丙丁", "戊』"}},
		{"no close quote", "甲乙丙丁戊”", 10, []string{"甲乙丙丁", "戊”"}},
		{"no close book", "甲乙丙丁戊》", 10, []string{"甲乙丙丁", "戊》"}},
		{"no ellipsis", "甲乙丙丁戊……", 10, []string{"甲乙丙丁", "戊……"}},
		{"chain of closers", "甲乙丙丁戊）。", 10, []string{"甲乙丙丁", "戊）。"}},
		{"half-width comma", "甲乙丙丁戊,", 10, []string{"甲乙丙丁", "戊,"}},
		{"half-width full stop", "甲乙丙丁戊.", 10, []string{"甲乙丙丁", "戊."}},
		{"half-width paren", "甲乙丙丁戊)", 10, []string{"甲乙丙丁", "戊)"}},
		{"half-width bracket", "甲乙丙丁戊]", 10, []string{"甲乙丙丁", "戊]"}},
		{"percent", "甲乙丙丁戊%", 10, []string{"甲乙丙丁", "戊%"}},
		{"no open paren at line end", "甲乙丙丁（戊）", 10, []string{"甲乙丙丁", "（戊）"}},
		{"no open quote at line end", "甲乙丙丁“戊”", 10, []string{"甲乙丙丁", "“戊”"}},
		{"no open book at line end", "甲乙丙丁《戊》", 10, []string{"甲乙丙丁", "《戊》"}},
		{"no open corner bracket at line end", "甲乙丙丁「戊」", 10, []string{"甲乙丙丁", "「戊」"}},
		{"half-width open paren", "甲乙丙丁戊己(7)", 11, []string{"甲乙丙丁戊", "己(7)"}},
		{"half-width open bracket", "甲乙丙丁戊己[7]", 11, []string{"甲乙丙丁戊", "己[7]"}},
		{"closer after space", "ab cd ,ef", 6, []string{"ab", "cd ,ef"}},
		{"overlong cluster split at allowed place", "甲〔2016〕", 6, []string{"甲", "〔201", "6〕"}},
		{"latin then chinese", "ID号码", 4, []string{"ID号", "码"}},
		// Numbers with their units, the bugs of issue 10: "12|个月" and
		// "50%|封顶" on screen and on paper.
		{"months kept with the number", "贷款期限为 12 个月", 14, []string{"贷款期限为", "12 个月"}},
		{"months not split inside", "贷款期限为12个月", 14, []string{"贷款期限为", "12个月"}},
		{"ten thousand yuan", "额度提高至 400 万元", 16, []string{"额度提高至", "400 万元"}},
		{"percent with its word", "按核定标准的 50%封顶", 16, []string{"按核定标准的", "50%封顶"}},
		{"percent with its word after a space", "按标准的 50% 封顶", 12, []string{"按标准的", "50% 封顶"}},
		{"quote opens a line", "他说“好”", 6, []string{"他说", "“好”"}},
		{"quote closes a line", "“好”他说", 6, []string{"“好”", "他说"}},
		{"zero-width space not printed", "贷款\u200b申请表", 20, []string{"贷款申请表"}},
		{"zero-width space is a break", "Loan\u200bsubsidy", 8, []string{"Loan", "subsidy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.text, tt.width, units)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapInvariants checks every line of many texts at many widths: no
// text is lost or invented, no line is too wide unless it is one piece
// that cannot break, no line starts with closing or ends with opening
// punctuation, and no number is parted from its unit.
func TestWrapInvariants(t *testing.T) {
	texts := []string{
		"根据《玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见》（玉政发〔2016〕12号），对符合条件的科技型小微企业，给予贷款贴息。",
		"申请金额¥1,234.56元，贷款期限2026-01-01至2026-12-31；统一社会信用代码91530400MA6K0XYZ12。",
		"他说：“这是第一条。”又说：“这是第二条！”……完。",
		"甲、乙、丙、丁；戊：己？庚！辛）壬」癸》",
		"Mixed English text, with commas; colons: and (parentheses) [brackets].",
		"新招用人员签订 12 个月以上劳动合同，按核定标准的 50% 封顶，贷款额度最高 400 万元，贴息 3 年。",
		"专利ZL201610123456.6于2026-12-01授权，奖励¥1,234.56元（不低于 30%）。",
	}
	for _, text := range texts {
		for width := 12.0; width <= 40; width++ {
			lines := Wrap(text, width, units)
			joined := strings.Join(lines, "")
			if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Fatalf("width %v: lines %q lose or add text of %q", width, lines, text)
			}
			for i, l := range lines {
				if units(l) > width && len(Segments(l)) > 1 {
					t.Errorf("width %v: line %q is %v wide", width, l, units(l))
				}
				first, _ := utf8.DecodeRuneInString(l)
				last, _ := utf8.DecodeLastRuneInString(l)
				if i > 0 && CannotStart(first) {
					t.Errorf("width %v: line %d %q starts with %q", width, i, l, first)
				}
				if i < len(lines)-1 && CannotEnd(last) {
					t.Errorf("width %v: line %d %q ends with %q", width, i, l, last)
				}
			}
			if width < 20 {
				continue // narrower than some of the pieces below, which must then break
			}
			for _, whole := range []string{"12 个月", "50% 封", "400 万元", "¥1,234.56元", "2026-12-01", "ZL201610123456.6", "30%）。", "〔2016〕12号"} {
				if strings.Contains(text, whole) && !strings.Contains(strings.Join(lines, "\n"), whole) {
					t.Errorf("width %v: %q is split: %q", width, whole, lines)
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
		lines := Wrap(text, width, units)
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

// TestWrapKeepsAccents breaks an overlong word between characters but
// never between a letter and its combining accent.
func TestWrapKeepsAccents(t *testing.T) {
	word := strings.Repeat("e\u0301", 6) // é as e + combining acute
	for _, l := range Wrap(word, 2, units) {
		if strings.HasPrefix(l, "\u0301") {
			t.Fatalf("a line starts with a bare accent: %q", Wrap(word, 2, units))
		}
	}
}

// TestWrapShapingMeasure wraps with a measure that is not the sum of its
// characters (as Fyne's, which kerns and shapes, may be): lines are
// measured whole, so none is too wide by that measure.
func TestWrapShapingMeasure(t *testing.T) {
	kerned := func(s string) float64 { return units(s) + float64(strings.Count(s, "元")) } // 元 wider in context
	text := strings.Repeat("补贴 400 万元，", 8)
	for width := 10.0; width < 30; width++ {
		for _, l := range Wrap(text, width, kerned) {
			if kerned(l) > width {
				t.Errorf("width %v: %q is %v wide by the measure", width, l, kerned(l))
			}
		}
	}
}

// TestWrapLongCell wraps a 5,000-character cell quickly and completely.
func TestWrapLongCell(t *testing.T) {
	text := strings.Repeat("贷款贴息申请，", 700) + strings.Repeat("9", 500)
	lines := Wrap(text, 30, units)
	if got := strings.Join(lines, ""); got != text {
		t.Fatalf("text lost in wrapping")
	}
	for _, l := range lines {
		if units(l) > 30 {
			t.Fatalf("line %q wider than 30", l)
		}
	}
}

func TestWrapTitle(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "研发费用加计扣除\u200b申请表", 40, []string{"研发费用加计扣除申请表"}},
		// "申|请表" was the bug: a title breaks between phrases.
		{"breaks at the hint", "科技型小微企业创办人担保贷款贴息\u200b申请表", 36, []string{"科技型小微企业创办人担保贷款贴息", "申请表"}},
		{"breaks at brackets", "小微企业吸纳就业创业担保贷款（最高200万元）\u200b申请表", 40, []string{"小微企业吸纳就业创业担保贷款", "（最高200万元）申请表"}},
		{"breaks at a pause", "甲乙丙丁、戊己庚辛壬", 14, []string{"甲乙丙丁、", "戊己庚辛壬"}},
		{"a phrase longer than the line", "甲乙丙丁戊己庚辛壬癸\u200b申请表", 8, []string{"甲乙丙丁", "戊己庚辛", "壬癸", "申请表"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WrapTitle(tt.text, tt.width, units); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WrapTitle(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

// FuzzWrap wraps any text at any width: it never panics or hangs, keeps
// every printed character in order, and gives lines no wider than the
// width unless they cannot break.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"", "申请金额¥1,234.56元（含“利息”）……", "期限 12 个月，50%封顶", "a\r\nb\rc\n", "\u200b\u200b", "（（（（", "。。。。", "e\u0301e\u0301", "\xff\xfe"} {
		f.Add(s, 10.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return // invalid bytes become U+FFFD; the PDF cleans text first
		}
		lines := Wrap(text, width, units)
		drop := strings.NewReplacer(" ", "", "\t", "", "\r", "", "\n", "", zwsp, "")
		if got, want := drop.Replace(strings.Join(lines, "")), drop.Replace(text); got != want {
			t.Fatalf("Wrap(%q, %v) = %q: text changed", text, width, lines)
		}
		if math.IsNaN(width) {
			return // no line is wider than NaN: every text fits
		}
		for _, l := range lines {
			if units(l) > width && len(graphemes(l)) > 1 {
				t.Fatalf("Wrap(%q, %v): line %q is %v wide", text, width, l, units(l))
			}
		}
	})
}
