package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Text is a sentence in Chinese and English; the evaluation is rendered in
// one of them.
type Text struct{ Zh, En string }

// In returns the text in lang ("en" for English, anything else Chinese).
func (t Text) In(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Zh
}

// IsZero reports an empty text.
func (t Text) IsZero() bool { return t.Zh == "" && t.En == "" }

// tr formats a text in both languages with the same arguments; an
// argument that is itself a Text contributes its own language's words.
func tr(zh, en string, args ...any) Text {
	za, ea := make([]any, len(args)), make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(Text); ok {
			za[i], ea[i] = t.Zh, t.En
		} else {
			za[i], ea[i] = a, a
		}
	}
	return Text{fmt.Sprintf(zh, za...), fmt.Sprintf(en, ea...)}
}

// pick is a conditional expression, for wording that depends on a value.
func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}

func joinTexts(ts []Text) Text {
	var out Text
	for i, t := range ts {
		if i > 0 {
			out.Zh += "；"
			out.En += "; "
		}
		out.Zh += t.Zh
		out.En += t.En
	}
	return out
}

// yuan is an amount in both languages: ¥8,000.00.
func yuan(f money.Fen) Text { return Text{f.Yuan(), f.Yuan()} }

// label is an enumeration value in both languages.
func label(e model.Enum, code string) Text { return Text{e.Label(code, "zh"), e.Label(code, "en")} }

// who names a person for reasons: 段晓（e1）.
func who(p *model.Person) Text {
	return Text{fmt.Sprintf("%s（%s）", p.Name, p.ID), fmt.Sprintf("%s (%s)", p.Name, p.ID)}
}

func yesNo(t model.Tri) Text {
	switch t {
	case model.True:
		return Text{"是", "yes"}
	case model.False:
		return Text{"否", "no"}
	}
	return Text{"未知", "unknown"}
}

// bp writes a rate in basis points as a percentage: 435 → 4.35%.
func bp(v int64) Text { s := params.Show(v, params.BP, "zh"); return Text{s, s} }

// AmountWords says a result's amount in words a reader will not misread.
// Each is a format with %[1]s the amount and %[2]s the ceiling; an empty
// one falls back to the rule's Reading.
type AmountWords struct {
	Any      Text // when the rule applies
	NoAmount Text // when it applies with amount_fen zero
}

// AmountText says what r is worth — a figure, a range, a ceiling or an
// obligation, each said as such — in Chinese unless lang is "en".
func (r *Result) AmountText(lang string) string {
	a, m := r.Amount.Yuan(), r.AmountMax.Yuan()
	w := r.Rule.Words
	switch {
	case !r.Status.Applies():
		return "—"
	case r.Amount == 0 && !w.NoAmount.IsZero():
		return fmt.Sprintf(w.NoAmount.In(lang), a, m)
	case !w.Any.IsZero():
		return fmt.Sprintf(w.Any.In(lang), a, m)
	}
	zh := lang != "en"
	switch r.Rule.Reading {
	case Settled:
		return a
	case Ceiling:
		return pick(zh, "最高 ", "up to ") + m
	case Range:
		return a + pick(zh, " 至 ", " to ") + m
	case Owed:
		return pick(zh, "不低于 ", "at least ") + a
	}
	return "—"
}

// Determined reports whether the result's amount counts in the total 资金
// (RULES.md §0 cash_fen): money of an eligible result, not an estimate.
func (r *Result) Determined() bool {
	return r.Status == Eligible && r.Amount > 0 && !r.Estimated && (r.Rule.Kind == Cash || r.Rule.Kind == Loan)
}
