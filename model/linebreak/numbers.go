package linebreak

import (
	"strings"
	"unicode"
)

// Numbers and their unitWords. UAX #14 keeps a number whole ("¥1,234.56",
// "2026-12-01") but lets a line break between it and a Chinese unit,
// after a space ("12 个月") or without one ("400万元"), and inside a unit
// of two characters ("个|月"). These rules keep them together.

// numberChars may appear inside a number: digits, separators, signs, and
// the marks before and after it (¥, %).
const numberChars = "0123456789０１２３４５６７８９,.:/-+¥￥$%％‰℃°"

// suffixes follow a number and end it ("50%").
const suffixes = "%％‰℃°"

// endsNumber reports whether r[j] is the last character of a number: a
// digit or a suffix after one, in a run of number characters that holds a
// digit and starts after a space, a Chinese character or punctuation
// ("〔2016〕12", "第12"), not inside a Latin word ("p35", "ZL2016").
func endsNumber(r []rune, j int) bool {
	if !isDigit(r[j]) && !strings.ContainsRune(suffixes, r[j]) {
		return false
	}
	digit := false
	for k := j; k >= 0; k-- {
		c := r[k]
		switch {
		case isDigit(c):
			digit = true
		case strings.ContainsRune(numberChars, c):
		case unicode.IsLetter(c) && c < 0x80:
			return false // part of a Latin word or code
		default:
			return digit
		}
	}
	return digit
}

// unitWords are the Chinese unitWords of more than one character that a number
// may carry, longest first where one begins another. A unit of one
// character (元, 人, 年) needs no entry: the break before it is removed
// by the number rule already.
var unitWords = []string{
	"个工作日", "个百分点", "个月", "工作日", "百分点",
	"万美元", "万元", "亿元", "千元", "百元", "美元",
	"万人次", "人次", "万人", "万户",
	"平方公里", "平方米", "立方米", "平米", "公里", "千米", "公斤", "千克", "千瓦",
	"小时", "分钟", "周岁", "周年", "学年", "年度", "季度",
}

// unitAt is the length in runes of the unit at the start of r, or 0.
func unitAt(r []rune) int {
	for _, u := range unitWords {
		ur := []rune(u)
		if len(ur) <= len(r) && string(r[:len(ur)]) == u {
			return len(ur)
		}
	}
	return 0
}
