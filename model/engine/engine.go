// Package engine implements RULES.md: it evaluates a firm's scenario on a
// date and says, for every rule of the catalog, whether the benefit applies,
// how much it is worth, why (one reason per condition, with the values
// used), what data would decide it, and what would make it pass. It is pure:
// no I/O, no clock, no Fyne. Numbers come from package params.
package engine

import (
	"fmt"
	"slices"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/msg"
	"huiqi/model/params"
)

// Status is a rule's verdict (RULES.md §0).
type Status string

// The four statuses.
const (
	Eligible    Status = "eligible"
	MayApply    Status = "may_apply"
	Ineligible  Status = "ineligible"
	MissingData Status = "missing_data"
)

// Applies reports whether the firm can file for the benefit now.
func (s Status) Applies() bool { return s == Eligible || s == MayApply }

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

// Result is one rule's outcome.
type Result struct {
	Rule      *Rule
	Status    Status
	Amount    money.Fen // determined amount, or the usual award of a range
	AmountMax money.Fen // ceiling, where the rule has one
	Reasons   []Text    // one per condition, with its values
	Missing   []string  // JSON paths of the fields that would decide
	Advice    []Text
	Details   Details // the rule's own figures
}

// Details are a rule's named figures. Values are int64, money.Fen, int,
// string, bool, civil.Date, nil, []Details or Details; the JSON output
// writes keys in sorted order, so evaluation output is byte-stable.
type Details map[string]any

// Deadline is a dated event from the rules, for the calendar.
type Deadline struct {
	Date civil.Date
	Rule string
	What Text
}

// Evaluation is the outcome of every rule on one date.
type Evaluation struct {
	AsOf      civil.Date
	Firm      string
	SizeClass string // "" when it cannot be determined
	Size      Size
	Results   []Result
	Deadlines []Deadline
	Params    *params.Table // the numbers the rules used, for printing them
}

// Result returns the result of the rule with the given id.
func (e *Evaluation) Result(id string) (*Result, bool) {
	for i := range e.Results {
		if e.Results[i].Rule.ID == id {
			return &e.Results[i], true
		}
	}
	return nil, false
}

// RuleSetVersion names this implementation of RULES.md. Printed packets
// carry it in their fingerprint, so a page can be traced to the rules that
// produced it; change it whenever a rule or parameter changes.
const RuleSetVersion = "yuxi-2016/1"

// Engine evaluates scenarios with one parameter table.
type Engine struct {
	params *params.Table
	rules  []*Rule
}

// New returns an engine over the given parameters (params.Default() in the
// app; tests may pass their own).
func New(p *params.Table) *Engine {
	return &Engine{params: p, rules: catalog()}
}

// Rules returns the rule catalog in RULES.md order.
func (e *Engine) Rules() []*Rule { return slices.Clone(e.rules) }

// Params returns the parameter table.
func (e *Engine) Params() *params.Table { return e.params }

// ErrTooEarly is returned for an evaluation date before the policy took
// effect: RULES.md §0 refuses it as bad input.
var ErrTooEarly = msg.Errorf("评估日期早于政策施行日 %s", "the evaluation date is before the policy took effect on %s",
	model.PolicyInForce)

// Evaluate runs every rule on sc as of date asOf. The scenario must have
// passed model.Validate; it is not modified.
func (e *Engine) Evaluate(sc *model.Scenario, asOf civil.Date) (*Evaluation, error) {
	if asOf < model.PolicyInForce {
		return nil, ErrTooEarly
	}
	f := newFacts(sc, asOf, e.params)
	ev := &Evaluation{AsOf: asOf, Firm: sc.Firm.Name, Size: f.size, Params: e.params}
	if f.size.Known {
		ev.SizeClass = f.size.Low
	}
	for _, r := range e.rules {
		ev.Results = append(ev.Results, r.run(f))
	}
	ev.Deadlines = deadlines(f)
	return ev, nil
}

// HiringTestMet is the share test of sme-hiring-loan (RULES.md §2.11): at
// least one person, and n × 100 ≥ pct × staff. Forms print it per test.
func HiringTestMet(n, staff, pct int) bool { return n >= 1 && n*100 >= pct*staff }
