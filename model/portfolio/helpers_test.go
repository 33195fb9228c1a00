package portfolio

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/params"
	"huiqi/model/store"

	_ "modernc.org/sqlite"
)

var ctx = context.Background()

// day is the scans' date in these tests.
const day = civil.Date(20260630)

func newEngine() *engine.Engine { return engine.New(params.Default()) }

// client writes sc into a new Huiqi database dir/name.
func client(t testing.TB, dir, name string, sc *model.Scenario) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := store.Create(ctx, path, func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawDB opens a file with plain SQLite, for making files an older or
// newer Huiqi, or another program, would have left.
func rawDB(t *testing.T, path string, pragmas ...string) *sql.DB {
	t.Helper()
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()}).String())
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func exec(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// oldClient is a client file as Huiqi of schema 4 left it: built from the
// first four migration files as they are on disk, holding the records of
// sc copied from a current file, column by column. Whatever later
// migrations add, the file stays one an older Huiqi made.
func oldClient(t *testing.T, dir, name string, sc *model.Scenario) string {
	t.Helper()
	cur := client(t, t.TempDir(), "current.db", sc)
	files, err := filepath.Glob("../store/migrations/*.sql")
	if err != nil || len(files) < 5 {
		t.Fatalf("migrations %v, %v", files, err)
	}
	sort.Strings(files)
	path := filepath.Join(dir, name)
	db := rawDB(t, path, "journal_mode(WAL)")
	defer db.Close()
	db.SetMaxOpenConns(1) // ATTACH holds for one connection
	for _, f := range files[:4] {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		exec(t, db, string(body))
	}
	// store.applicationID ("Huiq"): a Huiqi file of schema 4.
	exec(t, db, "PRAGMA application_id = 0x48756971", "PRAGMA user_version = 4")
	if _, err := db.Exec("ATTACH DATABASE ? AS cur", cur); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	for _, table := range tables {
		cols, err := db.Query("SELECT name FROM pragma_table_info(?)", table)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for cols.Next() {
			var n string
			cols.Scan(&n)
			names = append(names, `"`+n+`"`)
		}
		cols.Close()
		list := strings.Join(names, ", ")
		exec(t, db, fmt.Sprintf(`INSERT INTO main."%s" (%s) SELECT %s FROM cur."%s"`, table, list, list, table))
	}
	exec(t, db, "DETACH DATABASE cur")
	return path
}

// fileState is what a scan must not change: every file's bytes and
// modification time, and which files there are.
type fileState map[string]struct {
	sum   [32]byte
	mtime time.Time
}

func stateOf(t *testing.T, dir string) fileState {
	t.Helper()
	st := fileState{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		info, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		var sum [32]byte
		if info.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			sum = sha256.Sum256(data)
		}
		st[e.Name()] = struct {
			sum   [32]byte
			mtime time.Time
		}{sum, info.ModTime()}
	}
	return st
}

func sameState(t *testing.T, before, after fileState) {
	t.Helper()
	for name, b := range before {
		a, ok := after[name]
		switch {
		case !ok:
			t.Errorf("%s disappeared", name)
		case a.sum != b.sum:
			t.Errorf("%s: its bytes changed", name)
		case !a.mtime.Equal(b.mtime):
			t.Errorf("%s: modified at %v, was %v", name, a.mtime, b.mtime)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s appeared", name)
		}
	}
}

func scan(t *testing.T, dir string, asOf civil.Date) *Portfolio {
	t.Helper()
	p, err := Scan(ctx, dir, asOf, newEngine(), Options{Wait: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func row(t *testing.T, p *Portfolio, file string) *Client {
	t.Helper()
	c, ok := p.Find(file)
	if !ok {
		t.Fatalf("no row for %s in %v", file, p.Clients)
	}
	return c
}

// demoClient is the i-th demo client.
func demoClient(i int) *model.Scenario { return demo.Client(day, i) }

func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}
