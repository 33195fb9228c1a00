package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/params"
	"huiqi/model/portfolio"
	"huiqi/model/store"
)

const day = civil.Date(20260630)

func client(t *testing.T, dir, name string, sc *model.Scenario) {
	t.Helper()
	ctx := context.Background()
	if err := store.Create(ctx, filepath.Join(dir, name), func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
		t.Fatal(err)
	}
}

func folder(t *testing.T) (*portfolio.Portfolio, *engine.Engine) {
	t.Helper()
	dir := t.TempDir()
	client(t, dir, "a.db", demo.Client(day, 1))
	client(t, dir, "b.db", demo.Client(day, 2))
	twin := demo.Client(day, 3)
	twin.Firm.Name = demo.Client(day, 1).Firm.Name // two clients of one name
	client(t, dir, "c.db", twin)
	os.WriteFile(filepath.Join(dir, "说明.txt"), []byte("不是客户"), 0o600)
	eng := engine.New(params.Default())
	p, err := portfolio.Scan(context.Background(), dir, day, eng, portfolio.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p, eng
}

// One PDF per readable client, named by firm and date (two clients of one
// name told apart by file), each a whole packet; the file that is not a
// client is reported, not printed; the clients' files are not touched.
func TestPacketsOnePerClient(t *testing.T) {
	p, eng := folder(t)
	out := filepath.Join(t.TempDir(), "申报材料")
	var progress []int
	results, err := Packets(context.Background(), p, eng, out, Options{Generated: day,
		OnDone: func(done, total int, r Result) {
			if total != 3 {
				t.Errorf("total %d", total)
			}
			progress = append(progress, done)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 3 || len(progress) != 3 || progress[2] != 3 {
		t.Fatalf("results %v, progress %v", results, progress)
	}
	firm := p.Clients[0].Firm
	want := map[string]string{
		"a.db": firm + " (a) 2026-06-30.pdf",
		"b.db": p.Clients[1].Firm + " 2026-06-30.pdf",
		"c.db": firm + " (c) 2026-06-30.pdf",
	}
	for _, r := range results {
		if r.Err != nil || filepath.Base(r.PDF) != want[r.File] {
			t.Errorf("%s: %q, %v; want %q", r.File, r.PDF, r.Err, want[r.File])
			continue
		}
		data, err := os.ReadFile(r.PDF)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[len(data)-64:], []byte("%%EOF")) {
			t.Errorf("%s is not a whole PDF (%d bytes, %v)", r.PDF, len(data), err)
		}
		if st, _ := os.Stat(r.PDF); st.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v", r.PDF, st.Mode())
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 3 {
		t.Errorf("the output folder holds %v", entries)
	}

	// Chosen files only; an unreadable one comes back with its reason.
	results, err = Packets(context.Background(), p, eng, t.TempDir(), Options{Generated: day, Files: []string{"b.db", "说明.txt"}})
	if err != nil || len(results) != 2 || results[0].PDF == "" || results[1].PDF != "" ||
		results[1].Err == nil || !strings.Contains(results[1].Err.Zh, "不是惠企申报助手") {
		t.Errorf("chosen files: %+v, %v", results, err)
	}
}

// Cancelling stops the batch between packets: what was written is whole,
// nothing half-written or temporary is left, the rest is not made.
func TestPacketsCancel(t *testing.T) {
	p, eng := folder(t)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	results, err := Packets(ctx, p, eng, out, Options{Generated: day, Workers: 1,
		OnDone: func(done, total int, r Result) { cancel() }})
	if err != context.Canceled {
		t.Fatalf("err %v", err)
	}
	if len(results) != 1 || results[0].PDF == "" {
		t.Fatalf("results %+v", results)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(results[0].PDF) {
		t.Errorf("after cancelling, the folder holds %v", entries)
	}
}

// A client with nothing to apply for gets no empty packet, and says why.
func TestNothingToApply(t *testing.T) {
	dir := t.TempDir()
	sc := demo.Client(day, 4)
	sc.People, sc.Patents, sc.RDExpenses, sc.Loans, sc.Fees, sc.Financials = sc.People[:1], nil, nil, nil, nil, nil
	sc.People[0].Graduated, sc.People[0].Founder = 0, false // no young founder: no pioneer subsidy
	sc.Firm.Certifications = nil
	sc.Firm.RentsPremises = model.False
	client(t, dir, "idle.db", sc)
	eng := engine.New(params.Default())
	p, err := portfolio.Scan(context.Background(), dir, day, eng, portfolio.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := p.Clients[0]
	if c.Counts.Eligible+c.Counts.MayApply != 0 {
		t.Fatalf("the idle client still has benefits: %+v", c.Counts)
	}
	results, err := Packets(context.Background(), p, eng, t.TempDir(), Options{Generated: day})
	if err != nil || len(results) != 1 || results[0].PDF != "" || results[0].Err != NothingToApply {
		t.Errorf("%+v, %v", results, err)
	}
}
