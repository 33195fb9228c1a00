package engine

import (
	"huiqi/model"
	"huiqi/model/money"
)

// Rule is one entry of the catalog: its id, the clause of the policy it
// implements, its titles, the reading chosen where the source is ambiguous
// (口径说明, shown to users with the result), the documents an application
// attaches (RULES.md §4), and its conditions.
type Rule struct {
	ID       string
	Clause   string // the clause number of source-yuxi-2016.txt, e.g. "九"
	Title    Text
	Note     Text
	Evidence []Text
	eval     func(f *facts, o *outcome)
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
	o := &outcome{f: f, verdict: model.True, pass: Eligible, res: Result{Rule: r, Details: Details{}}}
	r.eval(f, o)
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
			res.Advice = append(res.Advice, tr("请补充 %s，以确定是否符合条件", "fill in %s to decide this rule", path))
		}
	}
	if !res.Status.Applies() {
		res.Amount, res.AmountMax = 0, 0
	}
	if res.Missing == nil {
		res.Missing = []string{}
	}
	return res
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

// say adds an informational reason line, not a condition.
func (o *outcome) say(t Text) { o.res.Reasons = append(o.res.Reasons, t) }

func (o *outcome) advise(t Text) { o.res.Advice = append(o.res.Advice, t) }

func (o *outcome) detail(key string, v any) { o.res.Details[key] = v }

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
