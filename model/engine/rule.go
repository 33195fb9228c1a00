package engine

import (
	"slices"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Reading says how a rule's amounts read (what amount_fen and
// amount_max_fen mean), so that screens and forms word them without
// knowing the rule.
type Reading int

// The readings.
const (
	NoAmount Reading = iota // a procedure: no figure
	Settled                 // amount_fen is the figure (a refund, a deduction, a fixed grant)
	Ceiling                 // amount_max_fen is what the firm may borrow or get at most
	Range                   // amount_fen to amount_max_fen, set by review
	Owed                    // amount_fen is what the firm owes its people at least
)

// Rule is one entry of the catalog: its id, the clause of the policy it
// implements, its title as issued, what kind of value it gives and how its
// amounts read, the documents an application attaches (RULES.md §4), its
// reading where the source is ambiguous (口径说明, written per evaluation
// with the figures in force), its conditions, and the tables its form
// prints. Screens and forms read all of this from the rule; none of them
// switches on a rule's id.
type Rule struct {
	ID       string
	Clause   string // the clause number of source-yuxi-2016.txt, e.g. "九"
	Rests    string // words of the clause, verbatim, that find the sentence the rule rests on
	Title    Text   // as issued (标题照录原文)
	Kind     Kind
	Reading  Reading
	Words    AmountWords // how the amount is said; the zero value says it the Reading's way
	Evidence []Text

	note func(f *facts) Text
	eval func(f *facts, o *outcome)
	form func(sc *model.Scenario, r *Result) []FormTable
}

// Form returns the tables the rule's application form prints for r: the
// figures beside the conditions (a hiring roster, an R&D ledger). Rules
// that rest on the founders print them.
func (r *Rule) Form(sc *model.Scenario, res *Result) []FormTable {
	if r.form == nil {
		return founderTable(sc)
	}
	return r.form(sc, res)
}

// outcome collects a rule's conditions as it evaluates them. Conditions
// combine in Kleene logic (RULES.md §0): one false makes the rule
// ineligible whatever the unknowns; all true makes it pass; otherwise it
// is missing data, and the unknown conditions say which fields decide.
type outcome struct {
	f       *facts
	res     Result
	verdict model.Tri
	missing []string
	pass    Status // the status when every condition holds
}

func (r *Rule) run(f *facts) Result {
	o := &outcome{f: f, verdict: model.True, pass: Eligible, res: Result{Rule: r}}
	outer := f.cur
	f.cur = o
	defer func() { f.cur = outer }()
	r.eval(f, o)
	// What the result rests on decides the adjusted line; the note's own
	// lookups (which describe the rule) are part of the basis but not of it.
	computed := o.basis()
	if r.note != nil {
		o.res.Note = r.note(f)
	}
	res := o.res
	switch o.verdict {
	case model.True:
		res.Status = o.pass
	case model.False:
		res.Status = Ineligible
	default:
		res.Status = MissingData
		res.Missing = uniq(o.missing)
		for _, path := range res.Missing {
			res.Advice = append(res.Advice, tr("请补充：%s", "fill in: %s",
				Text{model.DescribePath(f.sc, path, "zh"), model.DescribePath(f.sc, path, "en")}))
		}
	}
	if !res.Status.Applies() {
		res.Amount, res.AmountMax, res.TaxSaving = 0, 0, 0
	}
	if res.Missing == nil {
		res.Missing = []string{}
	}
	if res.Details == nil {
		res.Details = struct{}{}
	}
	res.Basis = o.basis()
	res.Adjusted = adjusted(f.p, computed)
	return res
}

// Used returns the row of key the rule used (the latest, when it used
// several), so that a form prints the figure the result was computed with.
func (r *Result) Used(key string) (params.Param, bool) {
	var out params.Param
	found := false
	for _, p := range r.Basis {
		if p.Key == key && (!found || p.From > out.From) {
			out, found = p, true
		}
	}
	return out, found
}

// usedText is Used's value as a person reads it, or "" when the rule did
// not use the key.
func (r *Result) usedText(key string) string {
	if p, ok := r.Used(key); ok {
		return p.Text("zh")
	}
	return ""
}

// basis is every row the rule used, once each, in the order first used.
func (o *outcome) basis() []params.Param {
	out := []params.Param{}
	for _, p := range o.res.Basis {
		if !slices.ContainsFunc(out, func(q params.Param) bool { return q.Key == p.Key && q.From == p.From }) {
			out = append(out, p)
		}
	}
	return out
}

// adjusted says, in one line, which figures in force differ from the
// clause as issued (the row in force when the policy took effect) and by
// which document: 本条小微企业创业担保贷款额度上限已按财金〔2023〕75号调整为 400 万元. Of
// several rows of one key, the latest is named.
func adjusted(t *params.Table, basis []params.Param) Text {
	latest := map[string]params.Param{}
	var keys []string
	for _, p := range basis {
		prev, seen := latest[p.Key]
		if !seen {
			keys = append(keys, p.Key)
		}
		if !seen || p.From > prev.From {
			latest[p.Key] = p
		}
	}
	var parts []Text
	for _, k := range keys {
		p := latest[k]
		if issued := t.AsIssued(k); issued.Value != p.Value && p.Unit != params.Date && p.Unit != params.Flag {
			parts = append(parts, tr("%[1]s已按%[3]s调整为 %[2]s", "%[1]s: now %[2]s under %[3]s", Text{p.Note, p.NoteEn},
				Text{p.Text("zh"), p.Text("en")}, p.Cite))
		}
	}
	if len(parts) == 0 {
		return Text{}
	}
	j := joinTexts(parts)
	return Text{"本条" + j.Zh + "。", "In force now: " + j.En + "."}
}

// Marks that start each condition's reason line.
var marks = map[model.Tri]Text{
	model.True:    {"【满足】", "[met] "},
	model.False:   {"【不满足】", "[not met] "},
	model.Unknown: {"【待补充】", "[unknown] "},
}

// check records one condition, its reason (with the values used) and, when
// it is unknown, the fields that would decide it.
func (o *outcome) check(ok model.Tri, missing []string, reason Text) model.Tri {
	o.verdict = o.verdict.And(ok)
	if ok == model.Unknown {
		o.missing = append(o.missing, missing...)
	}
	m := marks[ok]
	o.res.Reasons = append(o.res.Reasons, Text{m.Zh + reason.Zh, m.En + reason.En})
	return ok
}

// checkBool records a condition that cannot be unknown.
func (o *outcome) checkBool(ok bool, reason Text) bool {
	o.check(model.TriOf(ok), nil, reason)
	return ok
}

// checkSmall records the condition 小微企业, with the size-standard rows it
// rests on.
func (o *outcome) checkSmall() model.Tri {
	o.res.Basis = append(o.res.Basis, o.f.size.Basis...)
	return o.check(o.f.size.SmallOrMicro, o.f.size.Missing, tr("小微企业：%s", "small or micro firm: %s", o.f.size.Reason))
}

// say adds an informational reason line, not a condition.
func (o *outcome) say(t Text) { o.res.Reasons = append(o.res.Reasons, t) }

func (o *outcome) advise(t Text) { o.res.Advice = append(o.res.Advice, t) }

func (o *outcome) details(d any) { o.res.Details = d }

func (o *outcome) amounts(amount, max money.Fen) { o.res.Amount, o.res.AmountMax = amount, max }

// perPerson records the condition of a per-person rule (RULES.md §0): it
// holds when at least one person is confirmed on known data, and the
// undecided ones are still listed as missing; with none confirmed it is
// unknown if anyone is undecided, and false otherwise.
func (o *outcome) perPerson(confirmed int, undecided []string, reason Text) {
	ok := model.False
	switch {
	case confirmed > 0:
		ok = model.True
		o.res.Missing = uniq(undecided)
	case len(undecided) > 0:
		ok = model.Unknown
	}
	o.check(ok, undecided, reason)
}

// use looks up a row in force on d and records it in the current rule's
// basis.
func (f *facts) use(key string, d civil.Date) params.Param {
	p := f.p.Row(key, d)
	if f.cur != nil {
		f.cur.res.Basis = append(f.cur.res.Basis, p)
	}
	return p
}

// quietly runs do without recording its lookups in the current rule's
// basis: for figures worked out to be shown, not to decide the result.
func (f *facts) quietly(do func()) {
	cur := f.cur
	f.cur = nil
	defer func() { f.cur = cur }()
	do()
}

// param is the value of key in force on D.
func (f *facts) param(key string) int64 { return f.use(key, f.D).Value }

// fen is a money parameter in force on D.
func (f *facts) fen(key string) money.Fen { return money.Fen(f.param(key)) }

// date is a date parameter in force on D.
func (f *facts) date(key string) civil.Date { return civil.Date(f.param(key)) }

// show is the row of key in force on D as a person reads it, in both
// languages: every figure a text states comes through here.
func (f *facts) show(key string) Text { return showRow(f.use(key, f.D)) }

// showAt is show for a row looked up on another date (a loan's start, a
// tax year).
func (f *facts) showAt(key string, d civil.Date) Text { return showRow(f.use(key, d)) }

func showRow(p params.Param) Text { return Text{p.Text("zh"), p.Text("en")} }

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
