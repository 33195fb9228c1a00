package portfolio

import (
	"path/filepath"
	"testing"
	"time"

	"huiqi/model"
	"huiqi/model/engine"
	"huiqi/model/store"
)

// marks returns the client's marks by rule.
func marks(c *Client) map[string]Mark {
	m := map[string]Mark{}
	for _, ch := range c.Changes {
		m[ch.Rule] = ch.Mark
	}
	return m
}

// look saves, as the app does when the accountant opens a client, the
// evaluation shown.
func look(t *testing.T, path string, ev *engine.Evaluation) {
	t.Helper()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveLook(ctx, LookOf(ev, time.Now())); err != nil {
		t.Fatal(err)
	}
}

func evaluate(t *testing.T, path string) (*model.Scenario, *engine.Evaluation) {
	t.Helper()
	s, err := store.OpenReader(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sc, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := newEngine().Evaluate(sc, day)
	if err != nil {
		t.Fatal(err)
	}
	return sc, ev
}

// What changed since the last look: a client never opened has every
// benefit that applies new; once looked at, nothing is marked; a benefit
// that becomes available is 新, one whose amount moves is 变更, and looking
// again clears both. Saving the look is not a change of the records.
func TestChangeMarks(t *testing.T) {
	dir := t.TempDir()
	path := client(t, dir, "客户.db", demoClient(8))
	sc, ev := evaluate(t, path)

	c := row(t, scan(t, dir, day), "客户.db")
	applying := 0
	for _, r := range ev.Results {
		if r.Status.Applies() {
			applying++
			if marks(c)[r.Rule.ID] != MarkNew {
				t.Errorf("never looked at: %s is not new", r.Rule.ID)
			}
		}
	}
	if applying == 0 || len(c.Changes) != applying || !c.Looked.IsZero() || c.Mark() != MarkNew {
		t.Fatalf("never looked at: %d of %d marked, looked %v", len(c.Changes), applying, c.Looked)
	}
	changedAt := c.LastChange

	look(t, path, ev)
	c = row(t, scan(t, dir, day), "客户.db")
	if len(c.Changes) != 0 || c.Looked != day || c.Mark() != "" {
		t.Errorf("just looked at: marks %v, looked %v", c.Changes, c.Looked)
	}
	if !c.LastChange.Equal(changedAt) {
		t.Errorf("saving the look moved the last change from %v to %v", changedAt, c.LastChange)
	}

	// Pretend the last look saw one benefit as ineligible and another
	// with a different amount: the scan must call the first new and the
	// second changed.
	l := LookOf(ev, time.Now())
	var gained, moved string
	for i, r := range l.Results {
		if !engine.Status(r.Status).Applies() {
			continue
		}
		switch {
		case gained == "":
			gained = r.Rule
			l.Results[i].Status = string(engine.Ineligible)
			l.Results[i].Amount, l.Results[i].AmountMax = 0, 0
		case moved == "" && max(r.Amount, r.AmountMax) > 0:
			moved = r.Rule
			l.Results[i].Amount++
		}
	}
	if gained == "" || moved == "" {
		t.Fatalf("the demo client needs two benefits with amounts: %+v", l.Results)
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLook(ctx, l); err != nil {
		t.Fatal(err)
	}
	s.Close()
	c = row(t, scan(t, dir, day), "客户.db")
	if m := marks(c); len(m) != 2 || m[gained] != MarkNew || m[moved] != MarkChanged {
		t.Errorf("marks %v, want %s new and %s changed", m, gained, moved)
	}
	for _, ch := range c.Changes {
		for _, was := range l.Results {
			if ch.Rule == moved && was.Rule == moved && (ch.Before != max(was.Amount, was.AmountMax) || ch.Before == ch.Amount) {
				t.Errorf("%s changed from %v to %v; the look had %+v", moved, ch.Before, ch.Amount, was)
			}
		}
	}

	// A real change of the records: the firm loses its premises, so a rent
	// subsidy it could have had no longer applies (that is no mark), and a
	// change of data the accountant then looks at clears the marks.
	look(t, path, ev)
	sc.Firm.RentsPremises = model.False
	s, err = store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFirm(ctx, &sc.Firm, sc.AsOf); err != nil {
		t.Fatal(err)
	}
	s.Close()
	c = row(t, scan(t, dir, day), "客户.db")
	for _, ch := range c.Changes {
		if ch.Mark == MarkNew {
			t.Errorf("losing premises made %s new", ch.Rule)
		}
	}
	if !c.LastChange.After(changedAt) {
		t.Errorf("a saved change left the last change at %v", c.LastChange)
	}
	_, ev2 := evaluate(t, path)
	look(t, path, ev2)
	if c = row(t, scan(t, dir, day), "客户.db"); len(c.Changes) != 0 {
		t.Errorf("looked at again: %v", c.Changes)
	}
	if _, err := store.OpenReader(ctx, filepath.Join(dir, "客户.db")); err != nil {
		t.Errorf("the file is still a current Huiqi database: %v", err)
	}
}
