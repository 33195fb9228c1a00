package portfolio

import (
	"time"

	"huiqi/model/engine"
	"huiqi/model/store"
)

// LookOf is what the app remembers of the evaluation it shows for a
// client (store.SaveLook), for the next scan's marks.
func LookOf(ev *engine.Evaluation, seen time.Time) store.Look {
	l := store.Look{AsOf: ev.AsOf, Seen: seen, Results: make([]store.SeenResult, 0, len(ev.Results))}
	for _, r := range ev.Results {
		l.Results = append(l.Results, store.SeenResult{Rule: r.Rule.ID, Status: string(r.Status),
			Amount: r.Amount, AmountMax: r.AmountMax})
	}
	return l
}

// changes marks the benefits that became eligible or may_apply since the
// look (新; from may_apply to eligible counts), and those that applied then
// and now with another amount (变更). A client never opened in the app
// (look nil) has every benefit that applies new: the accountant has seen
// none of them.
func changes(ev *engine.Evaluation, look *store.Look) []Change {
	seen := map[string]store.SeenResult{}
	if look != nil {
		for _, r := range look.Results {
			seen[r.Rule] = r
		}
	}
	var out []Change
	for _, r := range ev.Results {
		if !r.Status.Applies() {
			continue
		}
		now := max(r.Amount, r.AmountMax)
		was, ok := seen[r.Rule.ID]
		switch {
		case !ok || was.Status != string(r.Status):
			out = append(out, Change{Rule: r.Rule.ID, Title: r.Rule.Title, Mark: MarkNew, Amount: now})
		case was.Amount != r.Amount || was.AmountMax != r.AmountMax:
			out = append(out, Change{Rule: r.Rule.ID, Title: r.Rule.Title, Mark: MarkChanged, Amount: now,
				Before: max(was.Amount, was.AmountMax)})
		}
	}
	return out
}
