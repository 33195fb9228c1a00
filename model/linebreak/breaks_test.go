package linebreak

import (
	"reflect"
	"strings"
	"testing"
)

// TestSegments lists, for each text, the pieces between which a line may
// break ("|" in the names). Each case is a rule of the package comment.
func TestSegments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"chinese breaks anywhere", "申请表", []string{"申", "请", "表"}},
		// Kinsoku: closing punctuation stays with what it closes, opening
		// punctuation with what it opens, in either width.
		{"comma and full stop", "甲，乙。", []string{"甲，", "乙。"}},
		{"pauses", "甲、乙；丙：丁？戊！", []string{"甲、", "乙；", "丙：", "丁？", "戊！"}},
		{"brackets", "甲（乙）丙「丁」戊『己』庚《辛》", []string{"甲", "（乙）", "丙", "「丁」", "戊", "『己』", "庚", "《辛》"}},
		{"ellipsis", "完……好", []string{"完……", "好"}},
		{"ascii closers", "a, b. c; d: e? f! (g) [h]", []string{"a, ", "b. ", "c; ", "d: ", "e? ", "f! ", "(g) ", "[h]"}},
		{"closer after a space", "ab ,cd", []string{"ab ,cd"}},
		{"opener before a space", "ab ( cd", []string{"ab ", "( cd"}},
		{"curly quotes open and close", "说：“好。”又说", []string{"说：", "“好。”", "又", "说"}},
		{"apostrophe inside a word", "don’t stop", []string{"don’t ", "stop"}},
		// Numbers with their units.
		{"months after a space", "期限 12 个月内", []string{"期", "限 ", "12 个月", "内"}},
		{"ten thousand yuan", "400 万元", []string{"400 万元"}},
		{"unit without a space", "400万元封顶", []string{"400万元", "封", "顶"}},
		{"percent and the next character", "50%封顶", []string{"50%封", "顶"}},
		{"percent after a space", "上限 50% 封顶", []string{"上", "限 ", "50% 封", "顶"}},
		{"four-character unit", "10 个工作日内", []string{"10 个工作日", "内"}},
		{"amount with its yuan", "金额¥1,234.56元", []string{"金", "额", "¥1,234.56元"}},
		{"range of amounts", "¥30,000.00 至 ¥50,000.00", []string{"¥30,000.00 至 ", "¥50,000.00"}},
		{"date", "日期2026-12-01", []string{"日", "期", "2026-12-01"}},
		{"date then text", "2026-12-01至2026-12-31", []string{"2026-12-01至", "2026-12-31"}},
		{"patent number", "ZL201610123456.6", []string{"ZL201610123456.6"}},
		{"phone number", "0877-2012345", []string{"0877-2012345"}},
		{"document number", "玉政发〔2016〕12号", []string{"玉", "政", "发", "〔2016〕12号"}},
		{"ordinal", "第12条", []string{"第12条"}},
		{"chinese numeral", "第（十四）条", []string{"第（十四）", "条"}},
		{"rate", "3.85%的", []string{"3.85%的"}},
		{"not a number: a code", "人员 p35 杨建华", []string{"人", "员 ", "p35 ", "杨", "建", "华"}},
		// Latin words are whole and break at spaces.
		{"latin words", "apply for loan", []string{"apply ", "for ", "loan"}},
		{"hyphenated word", "e-mail and A-3号", []string{"e-mail ", "and ", "A-3", "号"}},
		{"latin then chinese", "ID号码", []string{"ID", "号", "码"}},
		// Indents and hints.
		{"indent stays with the first word", "  ab cd", []string{"  ab ", "cd"}},
		{"ideographic indent", "　　一项", []string{"　　", "一", "项"}},
		{"footnote mark", "¥300,000.00 ① 上限 ②", []string{"¥300,000.00 ① ", "上", "限 ②"}},
		{"zero-width space", "担保贷款\u200b申请表", []string{"担", "保", "贷", "款\u200b", "申", "请", "表"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segments(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Segments(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if strings.Join(got, "") != tt.text {
				t.Errorf("segments %q do not join to %q", got, tt.text)
			}
		})
	}
}

func TestKinsokuSets(t *testing.T) {
	for _, r := range "。，、；：？！）」』》,.;:?!)]%" {
		if !CannotStart(r) || CannotEnd(r) {
			t.Errorf("%q: CannotStart %v CannotEnd %v, want true false", r, CannotStart(r), CannotEnd(r))
		}
	}
	for _, r := range "（「『《“([" {
		if !CannotEnd(r) || CannotStart(r) {
			t.Errorf("%q: CannotEnd %v CannotStart %v, want true false", r, CannotEnd(r), CannotStart(r))
		}
	}
	for _, r := range "申a1 " {
		if CannotStart(r) || CannotEnd(r) {
			t.Errorf("%q is not punctuation", r)
		}
	}
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"小微企业吸纳就业创业担保贷款（最高200万元）\u200b申请表", []string{"小微企业吸纳就业创业担保贷款", "（最高200万元）\u200b", "申请表"}},
		{"科技型小微企业创办人担保贷款提至20万元及贴息\u200b申请表", []string{"科技型小微企业创办人担保贷款提至20万元及贴息\u200b", "申请表"}},
		{"甲、乙、丙", []string{"甲、", "乙、", "丙"}},
		{"Loan subsidy—application", []string{"Loan ", "subsidy—", "application"}},
	}
	for _, tt := range tests {
		if got := Phrases(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Phrases(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
