package portfolio

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"huiqi/model/engine"
	"huiqi/model/store"
)

// Each row holds what the client's own evaluation says: counts by status,
// the three totals, the first deadline from the scan's date, the distinct
// deciding fields; rows come in file-name order.
func TestScanRowsAreTheClientsEvaluations(t *testing.T) {
	dir := t.TempDir()
	files := []string{"乙 客户.db", "甲客户.db", "a.db", "z-last.db"}
	for i, f := range files {
		client(t, dir, f, demoClient(i*7))
	}
	p := scan(t, dir, day)
	if len(p.Clients) != len(files) {
		t.Fatalf("%d rows for %d files", len(p.Clients), len(files))
	}
	for i := 1; i < len(p.Clients); i++ {
		if p.Clients[i-1].File >= p.Clients[i].File {
			t.Errorf("rows not in name order: %s before %s", p.Clients[i-1].File, p.Clients[i].File)
		}
	}
	eng := newEngine()
	for _, c := range p.Clients {
		if c.Err != nil {
			t.Fatalf("%s: %v", c.File, c.Err)
		}
		s, err := store.OpenReader(ctx, filepath.Join(dir, c.File))
		if err != nil {
			t.Fatal(err)
		}
		sc, err := s.Load(ctx)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		ev, err := eng.Evaluate(sc, day)
		if err != nil {
			t.Fatal(err)
		}
		var want Counts
		paths := map[string]bool{}
		for _, r := range ev.Results {
			switch r.Status {
			case engine.Eligible:
				want.Eligible++
			case engine.MayApply:
				want.MayApply++
			case engine.MissingData:
				want.MissingData++
			case engine.Ineligible:
				want.Ineligible++
			}
			for _, m := range r.Missing {
				paths[m] = true
			}
		}
		if c.Counts != want || c.Totals != ev.Totals || c.Missing != len(paths) {
			t.Errorf("%s: counts %+v totals %+v missing %d; evaluation says %+v %+v %d", c.File, c.Counts, c.Totals, c.Missing, want, ev.Totals, len(paths))
		}
		if c.Firm != sc.Firm.Name || c.USCC != sc.Firm.USCC || c.County != sc.Firm.County || c.SizeClass != ev.SizeClass {
			t.Errorf("%s: firm %q %q %q %q", c.File, c.Firm, c.USCC, c.County, c.SizeClass)
		}
		var next *engine.Deadline
		for i := range ev.Deadlines {
			if ev.Deadlines[i].Date >= day {
				next = &ev.Deadlines[i]
				break
			}
		}
		switch {
		case next == nil && c.Next != nil, next != nil && (c.Next == nil || *c.Next != *next):
			t.Errorf("%s: next deadline %+v, want %+v", c.File, c.Next, next)
		case next != nil && c.DaysLeft != next.Date.DaysSince(day):
			t.Errorf("%s: %d days left to %s", c.File, c.DaysLeft, next.Date)
		}
		if c.Counts.Eligible == 0 || c.Totals.CashPossible == 0 {
			t.Errorf("%s: the demo client should have benefits: %+v", c.File, c)
		}
		if time.Since(c.LastChange) > time.Minute {
			t.Errorf("%s: last change %v, the file was just written", c.File, c.LastChange)
		}
	}
}

// A scan writes nothing: every file of the folder keeps its bytes and its
// modification time, and no file appears (no -wal, -shm, backup or copy),
// whether a file is closed, open in another window, another program's, or
// of an older schema that the app would migrate. The old file still shows
// its firm's results, marked as needing the upgrade.
func TestScanNeverWrites(t *testing.T) {
	dir := t.TempDir()
	client(t, dir, "closed.db", demoClient(1))
	open := client(t, dir, "open.db", demoClient(2))
	old := oldClient(t, dir, "old.db", demoClient(3))
	foreign := rawDB(t, filepath.Join(dir, "foreign.sqlite"))
	exec(t, foreign, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('小河淌水')")
	foreign.Close()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("客户名单"), 0o600)
	// Another window has open.db open (its -wal and -shm exist).
	w, err := store.Open(ctx, open)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	for _, f := range []string{"closed.db", "old.db", "foreign.sqlite", "notes.txt"} {
		os.Chtimes(filepath.Join(dir, f), past, past)
	}
	before := stateOf(t, dir)
	for range 2 {
		p := scan(t, dir, day)
		sameState(t, before, stateOf(t, dir))
		o := row(t, p, "old.db")
		if o.Err != nil || !o.Upgrade || o.Firm != demoClient(3).Firm.Name || o.Counts.Eligible == 0 {
			t.Errorf("old schema row: %+v", o)
		}
		if !o.LastChange.Equal(past) {
			t.Errorf("old file's last change %v, want its modification time %v", o.LastChange, past)
		}
		if c := row(t, p, "open.db"); c.Err != nil || c.Upgrade {
			t.Errorf("a file open in another window: %+v", c)
		}
	}
	if v := schemaOf(t, old); v != 4 {
		t.Errorf("the old file is at schema %d after the scan", v)
	}
	if _, err := os.Stat(store.BackupDir(old)); err == nil {
		t.Error("the scan backed up the old file")
	}
}

func schemaOf(t *testing.T, path string) int {
	t.Helper()
	db := rawDB(t, path)
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// Every kind of file that is not a readable client is its own row, with a
// message in both languages that says which kind, and the clients beside
// them are read as usual.
func TestBadFilesAreRowsOfTheirOwn(t *testing.T) {
	dir := t.TempDir()
	client(t, dir, "good.db", demoClient(4))
	os.WriteFile(filepath.Join(dir, "说明.txt"), []byte("这不是数据库"), 0o600)
	os.WriteFile(filepath.Join(dir, "empty.db"), nil, 0o600)
	foreign := rawDB(t, filepath.Join(dir, "foreign.db"))
	exec(t, foreign, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")
	foreign.Close()
	newer := client(t, dir, "newer.db", demoClient(5))
	db := rawDB(t, newer)
	exec(t, db, "PRAGMA user_version = 99")
	db.Close()
	locked := client(t, dir, "locked.db", demoClient(6))
	// Another program holds the file with an exclusive lock.
	holder := rawDB(t, locked, "locking_mode(EXCLUSIVE)", "journal_mode(WAL)")
	holder.SetMaxOpenConns(1)
	exec(t, holder, "UPDATE firm SET name = name")
	defer holder.Close()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.db"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "申报材料"), 0o700) // folders are not rows
	os.WriteFile(filepath.Join(dir, ".good.db.tmp-1-abc"), []byte("x"), 0o600)

	start := time.Now()
	p := scan(t, dir, day)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the scan took %v: a locked file must not hold it up", took)
	}
	want := map[string][2]string{
		"说明.txt":     {"不是惠企申报助手的数据库文件", "not a Huiqi database"},
		"empty.db":   {"文件是空的", "empty"},
		"foreign.db": {"其他程序", "another program"},
		"newer.db":   {"更新版本", "newer Huiqi"},
		"locked.db":  {"正被另一个惠企申报助手窗口或其他程序", "in use by another Huiqi window or another program"},
		"pipe.db":    {"不是普通文件", "not a regular file"},
	}
	if len(p.Clients) != len(want)+1 {
		t.Errorf("%d rows, want %d: %v", len(p.Clients), len(want)+1, p.Clients)
	}
	for file, words := range want {
		c := row(t, p, file)
		if c.Err == nil || !strings.Contains(c.Err.Zh, words[0]) || !strings.Contains(c.Err.En, words[1]) {
			t.Errorf("%s: %v, want %q / %q", file, c.Err, words[0], words[1])
		}
		if c.Firm != "" || c.Readable() {
			t.Errorf("%s: a bad file with a firm: %+v", file, c)
		}
	}
	if g := row(t, p, "good.db"); g.Err != nil || g.Firm == "" {
		t.Errorf("the good client beside them: %+v", g)
	}
}

// The folder itself: missing, or a file, is an error of the scan (the
// command line's exit 2), in both languages.
func TestFolderProblems(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "客户.db")
	client(t, dir, "客户.db", demoClient(0))
	for _, c := range []struct{ dir, zh, en string }{
		{filepath.Join(dir, "没有"), "不存在", "does not exist"},
		{file, "不是文件夹", "not a folder"},
	} {
		_, err := Scan(ctx, c.dir, day, newEngine(), Options{})
		if err == nil || !strings.Contains(err.Error(), c.zh) || !strings.Contains(err.Error(), c.en) {
			t.Errorf("%s: %v", c.dir, err)
		}
	}
	if _, err := Scan(ctx, dir, 20160101, newEngine(), Options{}); err == nil {
		t.Error("a date before the policy was accepted")
	}
	empty := t.TempDir()
	if p, err := Scan(ctx, empty, day, newEngine(), Options{}); err != nil || len(p.Clients) != 0 {
		t.Errorf("an empty folder: %v, %v", p, err)
	}
}

// OnClient sees every row once, with its index, as the scan goes.
func TestScanReportsRowsAsTheyCome(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		client(t, dir, string(rune('a'+i))+".db", demoClient(i))
	}
	seen := map[int]string{}
	var files []string
	p, err := Scan(ctx, dir, day, newEngine(), Options{Workers: 2,
		OnFiles:  func(f []string) { files = f },
		OnClient: func(i int, c Client) { seen[i] = c.File }})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 6 || len(seen) != 6 {
		t.Fatalf("files %v, rows %v", files, seen)
	}
	for i, c := range p.Clients {
		if seen[i] != c.File || files[i] != c.File {
			t.Errorf("row %d: reported %q, listed %q, is %q", i, seen[i], files[i], c.File)
		}
	}
}
