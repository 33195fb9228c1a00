package params

import (
	"strconv"
	"strings"

	"huiqi/model/civil"
	"huiqi/model/money"
)

// Text writes the row's value with its unit as a person reads it, in
// Chinese unless lang is "en": 400 万元, 9,600 元, 30%, 4.35%, 12 个月.
// Every figure a reason, note, form or screen states comes through here, so
// the words always carry the row in force.
func (p Param) Text(lang string) string { return Show(p.Value, p.Unit, lang) }

// Show writes a value of a unit as Text does.
func Show(v int64, u Unit, lang string) string {
	en := lang == "en"
	switch u {
	case Fen:
		return YuanText(money.Fen(v), lang)
	case Percent:
		return group(v) + "%"
	case BP:
		return money.Fen(v).Plain() + "%"
	case Years:
		if en {
			return plural(v, "year")
		}
		return group(v) + " 年"
	case Months:
		if en {
			return plural(v, "month")
		}
		return group(v) + " 个月"
	case Wan:
		if en {
			return group(v*10_000) + " yuan"
		}
		return group(v) + " 万元"
	case Date:
		return civil.Date(v).String()
	case Flag:
		switch {
		case en && v != 0:
			return "yes"
		case en:
			return "no"
		case v != 0:
			return "是"
		}
		return "否"
	}
	return group(v)
}

// YuanText writes an amount the way the policy texts do: whole 万元 from
// 10万 up (400 万元), else yuan with thousands separators (9,600 元, 2,784.50
// 元); in English always yuan.
func YuanText(f money.Fen, lang string) string {
	const wan = 1_000_000 // fen
	plain := strings.TrimSuffix(f.String(), ".00")
	switch {
	case lang == "en":
		return plain + " yuan"
	case f >= 10*wan && f%wan == 0:
		return group(int64(f/wan)) + " 万元"
	}
	return plain + " 元"
}

func plural(v int64, word string) string {
	if v == 1 {
		return "1 " + word
	}
	return group(v) + " " + word + "s"
}

// group writes an integer with thousands separators.
func group(v int64) string {
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Period writes the row's period: 2016-11-15 至 2018-03-26, or 2023-10-01 起.
func (p Param) Period(lang string) string {
	switch {
	case lang == "en" && p.To.IsZero():
		return "from " + p.From.String()
	case lang == "en":
		return p.From.String() + " to " + p.To.String()
	case p.To.IsZero():
		return p.From.String() + " 起"
	}
	return p.From.String() + " 至 " + p.To.String()
}

// Describe is the row's note in lang.
func (p Param) Describe(lang string) string {
	if lang == "en" {
		return p.NoteEn
	}
	return p.Note
}
