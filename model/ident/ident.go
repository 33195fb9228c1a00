// Package ident validates Chinese identifiers that firms type into
// applications, so that a mistyped character is caught before submission
// rather than by the authority that rejects the form.
package ident

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"huiqi/model/civil"
	"huiqi/model/msg"
)

// usccAlphabet omits I, O, S, V and Z, which GB 32100-2015 leaves out to
// avoid confusion with 1, 0, 5, U and 2.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// commonChecks reports the mistakes users make most when pasting: stray
// spaces and a wrong length, in that order, so the message names the cause.
func commonChecks(s string, want int) error {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return msg.Errorf("不应包含空格（第 %d 位）", "must not contain spaces (position %d)", utf8.RuneCountInString(s[:i])+1)
	}
	if n := utf8.RuneCountInString(s); n != want {
		return msg.Errorf("长度应为 %d 位，实际为 %d 位", "must be %d characters, got %d", want, n)
	}
	return nil
}

// checkMismatch does not say which check character would fit: that
// invites changing the last one, whatever the real typo was.
func checkMismatch(got, want byte) error {
	return msg.Errorf("号码有误（校验位不符），请核对", "the number is wrong (its check character does not match): please check it")
}

// CheckUSCC validates an 18-character unified social credit code
// (统一社会信用代码, GB 32100-2015). Only upper case is accepted because
// that is how the code is printed on business licences and must be filed.
// The organisation code inside is deliberately not checked on its own.
func CheckUSCC(s string) error {
	if err := commonChecks(s, 18); err != nil {
		return err
	}
	for i, c := range []rune(s) {
		if strings.ContainsRune(usccAlphabet, c) {
			continue
		}
		if u := unicode.ToUpper(c); strings.ContainsRune(usccAlphabet, u) {
			return msg.Errorf("第 %d 位 %c 应为大写 %c", "character %d (%c) must be upper case %c", i+1, c, u)
		}
		return msg.Errorf("第 %d 位 %c 不能用于统一社会信用代码（不使用 I、O、S、V、Z）",
			"character %d (%c) is not allowed in a unified social credit code (I, O, S, V and Z are not used)", i+1, c)
	}
	want, _ := USCCCheckChar(s[:17])
	if s[17] != want {
		return checkMismatch(s[17], want)
	}
	return nil
}

// USCCCheckChar returns the 18th character of the unified social credit code
// that begins with first17.
func USCCCheckChar(first17 string) (byte, error) {
	if n := utf8.RuneCountInString(first17); n != 17 {
		return 0, msg.Errorf("本体代码应为 17 位，实际为 %d 位", "the code without its check character must be 17 characters, got %d", n)
	}
	sum := 0
	for i, c := range []rune(first17) {
		v := strings.IndexRune(usccAlphabet, c)
		if v < 0 {
			return 0, msg.Errorf("第 %d 位 %c 不能用于统一社会信用代码", "character %d (%c) is not allowed in a unified social credit code", i+1, c)
		}
		sum += v * usccWeights[i]
	}
	return usccAlphabet[(31-sum%31)%31], nil
}

var residentWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// CheckResidentID validates an 18-character resident identity number
// (居民身份证号码, GB 11643-1999), including that its birth date exists and is
// not before 1900-01-01, since earlier dates are always typing errors here.
func CheckResidentID(s string) error {
	if err := commonChecks(s, 18); err != nil {
		return err
	}
	if err := digitsOnly(s[:17], 0); err != nil {
		return err
	}
	switch c := s[17]; {
	case c == 'x':
		return msg.Errorf("校验位请写大写 X，不要写小写 x", "write the check character as upper-case X, not x")
	case c != 'X' && (c < '0' || c > '9'):
		return msg.Errorf("第 18 位 %c 应为数字或 X", "character 18 (%c) must be a digit or X", c)
	}
	birth, ok := BirthDate(s)
	if !ok {
		return msg.Errorf("出生日期 %s 不存在", "birth date %s does not exist", s[6:14])
	}
	if birth < 19000101 {
		return msg.Errorf("出生日期 %s 早于 1900 年", "birth date %s is before 1900-01-01", s[6:14])
	}
	want, _ := ResidentIDCheckChar(s[:17])
	if s[17] != want {
		return checkMismatch(s[17], want)
	}
	return nil
}

// digitsOnly names the first non-digit so the user knows where to look; s
// starts after offset characters of what the user typed.
func digitsOnly(s string, offset int) error {
	for i, r := range s {
		if r < '0' || r > '9' {
			return msg.Errorf("第 %d 位 %c 应为数字", "character %d (%c) must be a digit", offset+utf8.RuneCountInString(s[:i])+1, r)
		}
	}
	return nil
}

// ResidentIDCheckChar returns the 18th character of the resident identity
// number that begins with the 17 digits first17.
func ResidentIDCheckChar(first17 string) (byte, error) {
	if n := utf8.RuneCountInString(first17); n != 17 {
		return 0, msg.Errorf("本体码应为 17 位，实际为 %d 位", "the number without its check character must be 17 digits, got %d", n)
	}
	if err := digitsOnly(first17, 0); err != nil {
		return 0, err
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * residentWeights[i]
	}
	return "10X98765432"[sum%11], nil
}

// BirthDate returns the birth date in positions 7–14 of a resident identity
// number, and false when those positions do not hold an existing date. The
// rest of id is not checked, so a partly typed number can already be read.
func BirthDate(id string) (civil.Date, bool) {
	if len(id) < 14 {
		return 0, false
	}
	s := id[6:14]
	if digitsOnly(s, 0) != nil {
		return 0, false
	}
	d, err := civil.Parse(s[0:4] + "-" + s[4:6] + "-" + s[6:8])
	return d, err == nil
}

var patentWeights = [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}

// CheckPatentNumber validates a Chinese patent application number
// (专利申请号): an optional "ZL", 12 digits (from 2003) or 8 digits (before
// 2003), an optional ".", and a check character 0–9 or X.
func CheckPatentNumber(s string) error {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return msg.Errorf("不应包含空格（第 %d 位）", "must not contain spaces (position %d)", utf8.RuneCountInString(s[:i])+1)
	}
	body := strings.TrimPrefix(s, "ZL")
	if body == "" {
		return msg.Errorf("申请号为空", "application number is empty")
	}
	var digits, check string
	if dot := strings.LastIndexByte(body, '.'); dot >= 0 {
		digits, check = body[:dot], body[dot+1:]
	} else {
		// Cut the last rune, not byte, so a stray Chinese character at
		// the end is reported as itself rather than as broken bytes.
		_, size := utf8.DecodeLastRuneInString(body)
		digits, check = body[:len(body)-size], body[len(body)-size:]
	}
	if err := digitsOnly(digits, len(s)-len(body)); err != nil {
		return err
	}
	if n := len(digits); n != 8 && n != 12 {
		return msg.Errorf("申请号应为 8 位或 12 位数字加校验位，实际为 %d 位数字", "application number must be 8 or 12 digits plus a check character, got %d digits", n)
	}
	switch {
	case check == "x":
		return msg.Errorf("校验位请写大写 X，不要写小写 x", "write the check character as upper-case X, not x")
	case len(check) != 1 || check != "X" && (check[0] < '0' || check[0] > '9'):
		return msg.Errorf("校验位 %q 应为一位数字或 X", "check character %q must be a single digit or X", check)
	}
	want, _ := PatentCheckChar(digits)
	if check[0] != want {
		return checkMismatch(check[0], want)
	}
	return nil
}

// PatentCheckChar returns the check character for the 8 or 12 digits of a
// patent application number.
func PatentCheckChar(digits string) (byte, error) {
	if err := digitsOnly(digits, 0); err != nil {
		return 0, err
	}
	if n := len(digits); n != 8 && n != 12 {
		return 0, msg.Errorf("申请号应为 8 位或 12 位数字，实际为 %d 位", "application number must be 8 or 12 digits, got %d", n)
	}
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i]-'0') * patentWeights[i]
	}
	return "0123456789X"[sum%11], nil
}
