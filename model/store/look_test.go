package store

import (
	"path/filepath"
	"testing"
	"time"
)

// The last look round-trips; writing it is no change of the records: it
// leaves last_change alone, and another window does not take it for
// someone else's edit (which would reload it and say so), while a real
// edit still is one.
func TestLastLookIsNotAChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.db")
	a, b := open(t, path), open(t, path)
	if l, err := a.LastLook(ctx); err != nil || l != nil {
		t.Fatalf("a new file has a last look: %v %v", l, err)
	}
	if _, ok, _ := a.LastChange(ctx); ok {
		t.Error("a new empty file has a last change")
	}
	if err := a.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	stamp, ok, err := a.LastChange(ctx)
	changed := stamp.At
	if err != nil || !ok || time.Since(changed) > time.Minute {
		t.Fatalf("last change after the import: %v %v %v", changed, ok, err)
	}
	if c, _ := b.ExternalChange(ctx); !c {
		t.Error("b did not notice a's import")
	}
	want := Look{AsOf: 20260630, Seen: time.Date(2026, 6, 30, 9, 15, 0, 0, time.UTC), Results: []SeenResult{
		{Rule: "startup-fee-cap", Status: "eligible", Amount: 800000},
		{Rule: "sme-hiring-loan", Status: "may_apply", Amount: 0, AmountMax: 400000000},
	}}
	if err := a.SaveLook(ctx, want); err != nil {
		t.Fatal(err)
	}
	if c, err := b.ExternalChange(ctx); err != nil || c {
		t.Errorf("b took a's look for a change: %v %v", c, err)
	}
	got, err := b.LastLook(ctx)
	if err != nil || got == nil || got.AsOf != want.AsOf || !got.Seen.Equal(want.Seen) || len(got.Results) != 2 ||
		got.Results[0] != want.Results[0] || got.Results[1] != want.Results[1] {
		t.Errorf("last look %+v, %v", got, err)
	}
	if again, _, _ := b.LastChange(ctx); !again.At.Equal(changed) {
		t.Errorf("the look moved the last change from %v to %v", changed, again)
	}
	sc, _ := a.Load(ctx)
	p := sc.People[0]
	p.Name = "改名"
	if err := a.SavePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if c, _ := b.ExternalChange(ctx); !c {
		t.Error("b did not notice a's edit")
	}
	if c, _ := a.ExternalChange(ctx); c {
		t.Error("a took its own edit for someone else's")
	}
	// b's look after a's edit is not news to a either.
	if err := b.SaveLook(ctx, want); err != nil {
		t.Fatal(err)
	}
	if c, _ := a.ExternalChange(ctx); c {
		t.Error("a took b's look for a change")
	}
}
