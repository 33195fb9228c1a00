package portfolio

import (
	"bytes"
	"encoding/json"

	"huiqi/model/civil"
	"huiqi/model/engine"
)

// Format is the value of the "format" key of a scan's JSON.
const Format = "huiqi-portfolio/1"

type portfolioJSON struct {
	Format  string       `json:"format"`
	AsOf    civil.Date   `json:"as_of"`
	Clients []clientJSON `json:"clients"`
}

// clientJSON is one row: a client's figures, or for a file that is not a
// readable Huiqi database its name and error with every other key null.
type clientJSON struct {
	File         string         `json:"file"`
	Firm         *string        `json:"firm"`
	USCC         *string        `json:"uscc"`
	SizeClass    *string        `json:"size_class"`
	Counts       *Counts        `json:"counts"`
	Totals       *engine.Totals `json:"totals"`
	NextDeadline *deadlineJSON  `json:"next_deadline"`
	Missing      *int           `json:"missing"`
	Error        *string        `json:"error"`
}

type deadlineJSON struct {
	Date civil.Date `json:"date"`
	Rule string     `json:"rule"`
	What string     `json:"what"`
}

// JSON writes the scan as huiqi-portfolio/1, the deadlines' words in lang
// ("zh" or "en"); an error is the bilingual message ("中文 / English").
// The same scan gives the same bytes.
func (p *Portfolio) JSON(lang string) ([]byte, error) {
	out := portfolioJSON{Format: Format, AsOf: p.AsOf, Clients: []clientJSON{}}
	for i := range p.Clients {
		c := &p.Clients[i]
		row := clientJSON{File: c.File}
		if c.Err != nil {
			text := c.Err.Error()
			row.Error = &text
		} else {
			row.Firm, row.USCC = &c.Firm, &c.USCC
			if c.SizeClass != "" {
				row.SizeClass = &c.SizeClass
			}
			row.Counts, row.Totals, row.Missing = &c.Counts, &c.Totals, &c.Missing
			if c.Next != nil {
				row.NextDeadline = &deadlineJSON{c.Next.Date, c.Next.Rule, c.Next.What.In(lang)}
			}
		}
		out.Clients = append(out.Clients, row)
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
