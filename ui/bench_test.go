package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/demo"
	"huiqi/model/store"
)

// Issue 5's yardstick: with 50,000 people the app starts (open, load,
// evaluate, build the window) and the people list filters and scrolls
// without stalls. `make bench` prints the figures.

func bigDatabase(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Import(context.Background(), demo.Large(testDay, 50_000, 50_000), false); err != nil {
		b.Fatal(err)
	}
	return path
}

func BenchmarkOpen50kPeople(b *testing.B) {
	path := bigDatabase(b)
	fy := test.NewTempApp(b)
	if err := Setup(fy); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := New(fy)
		if err := a.Open(path); err != nil {
			b.Fatal(err)
		}
		a.goTo(scrPeople)
		a.close()
	}
}

// bigPeopleScreen opens the 50k database on the people screen.
func bigPeopleScreen(b *testing.B) *recordScreen {
	path := bigDatabase(b)
	fy := test.NewTempApp(b)
	if err := Setup(fy); err != nil {
		b.Fatal(err)
	}
	a := New(fy)
	if err := a.Open(path); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(a.close)
	a.goTo(scrPeople)
	return a.records[scrPeople]
}

func BenchmarkSearch50kPeople(b *testing.B) {
	rs := bigPeopleScreen(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rs.query.SetText("员工4")
		rs.query.SetText("")
	}
}

func BenchmarkScroll50kPeople(b *testing.B) {
	rs := bigPeopleScreen(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rs.table.ScrollTo(rowAt(i))
		rs.table.Refresh()
	}
}

// rowAt spreads scroll targets over the whole list.
func rowAt(i int) widget.TableCellID { return widget.TableCellID{Row: (i * 7919) % 50_000} }
