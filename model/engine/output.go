package engine

import (
	"bytes"
	"encoding/json"

	"huiqi/model/civil"
	"huiqi/model/money"
)

// Format is the value of the "format" key of an evaluation.
const Format = "huiqi-evaluation/1"

type evaluationJSON struct {
	Format    string         `json:"format"`
	AsOf      civil.Date     `json:"as_of"`
	Firm      string         `json:"firm"`
	SizeClass *string        `json:"size_class"`
	Results   []resultJSON   `json:"results"`
	Deadlines []deadlineJSON `json:"deadlines"`
}

type resultJSON struct {
	ID        string    `json:"id"`
	Clause    string    `json:"clause"`
	Title     string    `json:"title"`
	Status    Status    `json:"status"`
	Amount    money.Fen `json:"amount_fen"`
	AmountMax money.Fen `json:"amount_max_fen"`
	Reasons   []string  `json:"reasons"`
	Missing   []string  `json:"missing"`
	Advice    []string  `json:"advice"`
	Details   Details   `json:"details"`
}

type deadlineJSON struct {
	Date civil.Date `json:"date"`
	Rule string     `json:"rule"`
	What string     `json:"what"`
}

// JSON writes the evaluation in the huiqi-evaluation/1 format of
// scenario.md, its sentences in lang ("zh" or "en"). The output depends
// only on the evaluation: the same input gives the same bytes.
func (e *Evaluation) JSON(lang string) ([]byte, error) {
	out := evaluationJSON{Format: Format, AsOf: e.AsOf, Firm: e.Firm, Results: []resultJSON{}, Deadlines: []deadlineJSON{}}
	if e.SizeClass != "" {
		out.SizeClass = &e.SizeClass
	}
	texts := func(ts []Text) []string {
		s := make([]string, 0, len(ts))
		for _, t := range ts {
			s = append(s, t.In(lang))
		}
		return s
	}
	for _, r := range e.Results {
		out.Results = append(out.Results, resultJSON{
			ID: r.Rule.ID, Clause: r.Rule.Clause, Title: r.Rule.Title.Zh, Status: r.Status,
			Amount: r.Amount, AmountMax: r.AmountMax, Reasons: texts(r.Reasons), Missing: r.Missing,
			Advice: texts(r.Advice), Details: r.Details,
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
