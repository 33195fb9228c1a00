package engine

import (
	"context"
	"path/filepath"
	"testing"

	"huiqi/model/demo"
	"huiqi/model/params"
	"huiqi/model/store"
)

// Issue 3's yardsticks: a firm of 50,000 people and 50,000 R&D lines,
// evaluated already loaded (target under 100 ms) and from the database,
// load included (under 500 ms). `make bench` prints the figures.

func BenchmarkEvaluate50k(b *testing.B) {
	sc := demo.Large(day("2026-03-15"), 50_000, 50_000)
	e := New(params.Default())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Evaluate(sc, day("2026-06-30")); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadAndEvaluate50k(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Import(ctx, demo.Large(day("2026-03-15"), 50_000, 50_000), false); err != nil {
		b.Fatal(err)
	}
	e := New(params.Default())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sc, err := s.Load(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Evaluate(sc, day("2026-06-30")); err != nil {
			b.Fatal(err)
		}
	}
}
