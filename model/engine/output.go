package engine

import (
	"bytes"
	"encoding/json"

	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Format is the value of the "format" key of an evaluation.
const Format = "huiqi-evaluation/2"

type evaluationJSON struct {
	Format         string         `json:"format"`
	AsOf           civil.Date     `json:"as_of"`
	Firm           string         `json:"firm"`
	SizeClass      *string        `json:"size_class"`
	CheckedThrough civil.Date     `json:"rules_checked_through"`
	Warnings       []string       `json:"warnings"`
	Totals         Totals         `json:"totals"`
	Results        []resultJSON   `json:"results"`
	Deadlines      []deadlineJSON `json:"deadlines"`
}

type resultJSON struct {
	ID        string      `json:"id"`
	Clause    string      `json:"clause"`
	Title     string      `json:"title"`
	Kind      Kind        `json:"value_kind"`
	Status    Status      `json:"status"`
	Amount    money.Fen   `json:"amount_fen"`
	AmountMax money.Fen   `json:"amount_max_fen"`
	Reasons   []string    `json:"reasons"`
	Missing   []string    `json:"missing"`
	Advice    []string    `json:"advice"`
	Details   any         `json:"details"`
	Basis     []basisJSON `json:"basis"`
}

// basisJSON is one parameter row a rule used (RULES.md §0).
type basisJSON struct {
	Param string      `json:"param"`
	Value int64       `json:"value"`
	Unit  params.Unit `json:"unit"`
	From  civil.Date  `json:"from"`
	To    civil.Date  `json:"to"` // zero marshals as null: still in force
	Cite  string      `json:"cite"`
}

type deadlineJSON struct {
	Date civil.Date `json:"date"`
	Rule string     `json:"rule"`
	What string     `json:"what"`
}

// JSON writes the evaluation in the huiqi-evaluation/2 format of
// scenario.md, its sentences in lang ("zh" or "en"). The output depends
// only on the evaluation: the same input gives the same bytes.
func (e *Evaluation) JSON(lang string) ([]byte, error) {
	out := evaluationJSON{Format: Format, AsOf: e.AsOf, Firm: e.Firm, CheckedThrough: e.CheckedThrough,
		Warnings: texts(e.Warnings, lang), Totals: e.Totals, Results: []resultJSON{}, Deadlines: []deadlineJSON{}}
	if e.SizeClass != "" {
		out.SizeClass = &e.SizeClass
	}
	for _, r := range e.Results {
		basis := make([]basisJSON, 0, len(r.Basis))
		for _, p := range r.Basis {
			basis = append(basis, basisJSON{p.Key, p.Value, p.Unit, p.From, p.To, p.Cite})
		}
		out.Results = append(out.Results, resultJSON{
			ID: r.Rule.ID, Clause: r.Rule.Clause, Title: r.Rule.Title.Zh, Kind: r.Rule.Kind, Status: r.Status,
			Amount: r.Amount, AmountMax: r.AmountMax, Reasons: texts(r.Reasons, lang), Missing: r.Missing,
			Advice: texts(r.Advice, lang), Details: r.Details, Basis: basis,
		})
	}
	for _, d := range e.Deadlines {
		out.Deadlines = append(out.Deadlines, deadlineJSON{d.Date, d.Rule, d.What.In(lang)})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func texts(ts []Text, lang string) []string {
	s := make([]string, 0, len(ts))
	for _, t := range ts {
		s = append(s, t.In(lang))
	}
	return s
}
