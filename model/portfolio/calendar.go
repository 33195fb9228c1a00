package portfolio

import (
	"sort"

	"huiqi/model/civil"
	"huiqi/model/engine"
)

// DefaultDays is how far ahead the calendar of all clients looks.
const DefaultDays = 90

// Event is one deadline of one client.
type Event struct {
	Date     civil.Date
	DaysLeft int // from the scan's date
	File     string
	Firm     string
	USCC     string
	Rule     string
	Title    engine.Text // the rule's title
	What     engine.Text
}

// Calendar is every readable client's deadlines from the scan's date to
// days after it (both included), in date order, then in the folder's file
// order, then in each evaluation's own order (RULES.md §3). rules names the
// rules' titles (engine.Engine.Rules).
func (p *Portfolio) Calendar(days int, rules []*engine.Rule) []Event {
	titles := map[string]engine.Text{}
	for _, r := range rules {
		titles[r.ID] = r.Title
	}
	last := p.AsOf.AddDays(days)
	var out []Event
	for _, c := range p.Clients {
		if !c.Readable() {
			continue
		}
		for _, d := range c.Deadlines {
			if d.Date < p.AsOf || d.Date > last {
				continue
			}
			out = append(out, Event{Date: d.Date, DaysLeft: d.Date.DaysSince(p.AsOf), File: c.File, Firm: c.Firm,
				USCC: c.USCC, Rule: d.Rule, Title: titles[d.Rule], What: d.What})
		}
	}
	// Clients are in file order and each one's deadlines in date order, so
	// a stable sort by date keeps the rest of the order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}
