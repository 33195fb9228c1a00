// Package engine implements RULES.md: it evaluates a firm's scenario on a
// date and says, for every rule of the catalog, whether the benefit applies,
// how much it is worth and what kind of value that is, why (one reason per
// condition, with the values used), which parameter rows and documents each
// figure rests on, what data would decide it, and what would make it pass.
// It is pure: no I/O, no clock, no Fyne. Every figure comes from package
// params, looked up by the date the rule names.
package engine

import (
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

// Kind is what an amount is worth to the firm (RULES.md §0 value kinds);
// totals never add two kinds together.
type Kind string

// The value kinds.
const (
	Cash       Kind = "cash"       // a grant, subsidy, refund or interest subsidy paid
	Tax        Kind = "tax"        // a deduction of taxable income or a reduction of tax
	Loan       Kind = "loan"       // a borrowing ceiling; amount_fen is any interest subsidy
	Obligation Kind = "obligation" // what the firm owes its people
	Procedure  Kind = "procedure"  // a right or channel with no amount
)

// Result is one rule's outcome.
type Result struct {
	Rule      *Rule
	Status    Status
	Amount    money.Fen // amount_fen: what the rule says the amount is
	AmountMax money.Fen // amount_max_fen: a ceiling or the top of a range
	Reasons   []Text    // one per condition, with its values
	Missing   []string  // JSON paths of the fields that would decide
	Advice    []Text
	Details   any            // the rule's own figures: a struct of the rule's file
	Basis     []params.Param // every parameter row the rule used, in the order first used
	Note      Text           // 口径说明: how the rule is read, with the figures in force
	Adjusted  Text           // one line when a figure in force differs from the clause as issued; else empty
	TaxSaving money.Fen      // for kind tax: the tax the amount saves (RULES.md §0 totals)
	Estimated bool           // the amount is an estimate on a loan not yet taken (2.12)
}

// Deadline is a dated event from the rules, for the calendar (RULES.md §3).
type Deadline struct {
	Date civil.Date
	Rule string
	What Text
}

// Totals are the evaluation's three figures (RULES.md §0): money that is
// determined, money the firm may receive at most if reviews go its way
// (loan ceilings never added up), and the tax the deductions save.
type Totals struct {
	Cash         money.Fen `json:"cash_fen"`
	CashPossible money.Fen `json:"cash_possible_fen"`
	TaxSaving    money.Fen `json:"tax_saving_fen"`
}

// Evaluation is the outcome of every rule on one date.
type Evaluation struct {
	AsOf           civil.Date
	Firm           string
	SizeClass      string // "" when it cannot be determined
	Size           Size
	Results        []Result
	Deadlines      []Deadline
	Totals         Totals
	CheckedThrough civil.Date // the day the rule table was last checked against the texts
	Warnings       []Text
	Params         *params.Table // the table the rules read, for printing figures
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
const RuleSetVersion = "yuxi-2016/3"

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
	if asOf < civil.Date(e.params.Get(params.PolicyInForce, asOf)) {
		return nil, ErrTooEarly
	}
	f := newFacts(sc, asOf, e.params)
	ev := &Evaluation{AsOf: asOf, Firm: sc.Firm.Name, Size: f.size, Params: e.params, Warnings: []Text{}}
	if f.size.Known {
		ev.SizeClass = f.size.Low
	}
	for _, r := range e.rules {
		ev.Results = append(ev.Results, r.run(f))
	}
	ev.Deadlines = deadlines(f)
	ev.Totals = Sum(ev.Results)
	ev.CheckedThrough = civil.Date(e.params.Get(params.CheckedThrough, asOf))
	if asOf > ev.CheckedThrough {
		ev.Warnings = append(ev.Warnings, checkedWarning(ev.CheckedThrough))
	}
	return ev, nil
}

// checkedWarning is the one warning of RULES.md §0 for a date after the
// table was checked: the same string whatever the language.
func checkedWarning(d civil.Date) Text {
	s := tr("规则核对至 %s，此后发布的政策调整未纳入 / rules checked through %s; later changes are not included.",
		"规则核对至 %s，此后发布的政策调整未纳入 / rules checked through %s; later changes are not included.", d, d)
	return s
}

// Sum adds up the three figures of RULES.md §0 over rs (a packet prints
// those of the benefits it holds).
func Sum(rs []Result) Totals {
	var t Totals
	for _, r := range rs {
		switch kind := r.Rule.Kind; {
		case !r.Status.Applies():
		case kind == Cash:
			t.CashPossible += max(r.Amount, r.AmountMax)
			if r.Status == Eligible {
				t.Cash += r.Amount
			}
		case kind == Loan:
			t.CashPossible += r.Amount
			if r.Status == Eligible && !r.Estimated {
				t.Cash += r.Amount
			}
		case kind == Tax && r.Status == Eligible:
			t.TaxSaving += r.TaxSaving
		}
	}
	return t
}
