package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/scenario"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

// The harnesses of issue 11 run huiqi as a separate process, to kill it
// at random moments and to run two at once. The process is this test
// binary itself: with HUIQI_AS_CLI set, TestMain runs the command line
// instead of the tests, so no separate build (of Fyne) is needed.

const asCLI = "HUIQI_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(asEditor) == "1" {
		os.Exit(editorMain(os.Args[1:]))
	}
	if os.Getenv(asCLI) == "1" {
		os.Exit(Run(&Env{Stdout: os.Stdout, Stderr: os.Stderr}, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// child is huiqi args as a process of its own.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asCLI+"=1")
	return cmd
}

// runChild runs huiqi and returns its exit status, stderr and peak memory
// in bytes.
func runChild(t *testing.T, args ...string) (int, string, int64) {
	t.Helper()
	cmd := child(args...)
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("huiqi %v: %v", args, err)
		}
	}
	return cmd.ProcessState.ExitCode(), errOut.String(), peakRSS(cmd)
}

// peakRSS is the largest resident memory of a finished process (Linux
// reports ru_maxrss in KiB).
func peakRSS(cmd *exec.Cmd) int64 {
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}

// big is a firm large enough that an import takes a noticeable time.
func big(t *testing.T, dir string, people, rd int) string {
	t.Helper()
	data, err := scenario.Encode(demo.Large(civil.Date(20260315), people, rd))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("big-%d.json", people))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// integrity runs SQLite's integrity check on a database file.
func integrity(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("%s: integrity_check %q, %v", path, ok, err)
	}
}

// people counts the stored people ("" when the file holds no firm).
func countPeople(t *testing.T, path string) (string, int) {
	t.Helper()
	s, err := store.OpenReader(context.Background(), path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer s.Close()
	sc, err := s.Load(context.Background())
	if err != nil {
		return "", 0
	}
	return sc.Firm.Name, len(sc.People)
}

// litter lists temporary files left in dir or its backups folders.
func litter(dir string) []string {
	var out []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.Contains(filepath.Base(p), ".tmp-") {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// killAt starts huiqi args and kills it with SIGKILL after d (if it is
// still running then).
func killAt(t *testing.T, d time.Duration, args ...string) {
	t.Helper()
	cmd := child(args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-time.After(d):
			cmd.Process.Signal(syscall.SIGKILL)
		case <-done:
		}
	}()
	cmd.Wait()
	close(done)
}

// timed runs huiqi args to completion and returns how long it took.
func timed(t *testing.T, args ...string) time.Duration {
	t.Helper()
	start := time.Now()
	if code, errOut, _ := runChild(t, args...); code != 0 {
		t.Fatalf("huiqi %v: exit %d: %s", args, code, errOut)
	}
	return time.Since(start)
}

// TestKilledCommandsLoseNothing kills huiqi with SIGKILL at random moments
// of a large import, a replace, a table import, a backup and a packet (5
// kills each): the database stays sound and holds either the old or the
// new firm whole, an output file is absent or complete, and after the next
// run no temporary file is left.
func TestKilledCommandsLoseNothing(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(11, uint64(time.Now().UnixNano())))
	const kills = 5
	bigJSON := big(t, dir, 20_000, 20_000)
	small := examples + "vc-fund-ledger.json"
	_, smallPeople := func() (string, int) {
		db := filepath.Join(dir, "probe.db")
		mustRun(t, "import", "--db", db, small)
		return countPeople(t, db)
	}()
	roster := filepath.Join(dir, "roster.csv")
	{
		sc := demo.Large(civil.Date(20260315), 20_000, 0)
		for i := range sc.People {
			sc.People[i].ID = "" // numbered on import, past the firm's own
			sc.People[i].IDNumber = ""
		}
		var buf bytes.Buffer
		if err := sheet.Write(&buf, roster, "people", sc); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(roster, buf.Bytes(), 0o600)
	}
	randomly := func(full time.Duration) time.Duration { return time.Duration(rng.Int64N(int64(full))) }

	t.Run("import", func(t *testing.T) {
		full := timed(t, "import", "--db", filepath.Join(dir, "ref-import.db"), bigJSON)
		for i := range kills {
			db := filepath.Join(dir, fmt.Sprintf("import-%d.db", i))
			killAt(t, randomly(full), "import", "--db", db, bigJSON)
			if _, err := os.Stat(db); err == nil {
				integrity(t, db)
				if _, n := countPeople(t, db); n != 20_000 {
					t.Errorf("kill %d: a killed import left %d people", i, n)
				}
			}
			// The next run finishes the job and removes the litter.
			os.Remove(db)
			timed(t, "import", "--db", db, bigJSON)
		}
	})
	t.Run("replace", func(t *testing.T) {
		db := filepath.Join(dir, "replace.db")
		mustRun(t, "import", "--db", db, small)
		full := timed(t, "import", "--db", db, "--replace", bigJSON)
		for i := range kills {
			mustRun(t, "import", "--db", db, "--replace", small)
			killAt(t, randomly(full), "import", "--db", db, "--replace", bigJSON)
			integrity(t, db)
			if _, n := countPeople(t, db); n != smallPeople && n != 20_000 {
				t.Errorf("kill %d: a killed replace left %d people", i, n)
			}
		}
	})
	t.Run("table", func(t *testing.T) {
		db := filepath.Join(dir, "table.db")
		mustRun(t, "import", "--db", db, small)
		ref := filepath.Join(dir, "ref-table.db")
		mustRun(t, "import", "--db", ref, small)
		full := timed(t, "import", "--db", ref, "--table", "people", roster)
		for i := range kills {
			_, before := countPeople(t, db)
			killAt(t, randomly(full), "import", "--db", db, "--table", "people", roster)
			integrity(t, db)
			if _, n := countPeople(t, db); n != before && n != before+20_000 {
				t.Errorf("kill %d: a killed table import went from %d to %d people", i, before, n)
			}
		}
	})
	t.Run("backup", func(t *testing.T) {
		db := filepath.Join(dir, "ref-import.db")
		full := timed(t, "backup", "--db", db, "-o", filepath.Join(dir, "ref-backup.db"))
		for i := range kills {
			out := filepath.Join(dir, fmt.Sprintf("backup-%d.db", i))
			killAt(t, randomly(full), "backup", "--db", db, "-o", out)
			if _, err := os.Stat(out); err == nil {
				integrity(t, out)
				if _, n := countPeople(t, out); n < 20_000 {
					t.Errorf("kill %d: a killed backup holds %d people", i, n)
				}
			}
			timed(t, "backup", "--db", db, "-o", out) // the next run cleans up
		}
	})
	t.Run("packet", func(t *testing.T) {
		db := filepath.Join(dir, "ref-import.db")
		full := timed(t, "packet", "--db", db, "-o", filepath.Join(dir, "ref.pdf"))
		for i := range kills {
			out := filepath.Join(dir, fmt.Sprintf("packet-%d.pdf", i))
			killAt(t, randomly(full), "packet", "--db", db, "-o", out)
			if data, err := os.ReadFile(out); err == nil && !bytes.Contains(data[max(0, len(data)-64):], []byte("%%EOF")) {
				t.Errorf("kill %d: a killed packet left an incomplete PDF of %d bytes", i, len(data))
			}
			timed(t, "packet", "--db", db, "-o", out)
		}
	})
	// Every command that writes sweeps what killed runs left beside its
	// files: after the runs that followed the kills, nothing is left.
	timed(t, "import", "--db", filepath.Join(dir, "table.db"), "--table", "people", roster)
	timed(t, "import", "--db", filepath.Join(dir, "replace.db"), "--replace", small)
	if l := litter(dir); len(l) > 0 {
		t.Errorf("temporary files left after the next runs: %v", l)
	}
}

// TestTwoWriters runs 50 pairs of imports at once: into a new file (one
// wins, the other is told the file already holds a firm, and the file
// holds the winner's firm) and into an existing one (both table imports
// land). Every exit 0 is visible afterwards and no file vanishes.
func TestTwoWriters(t *testing.T) {
	dir := t.TempDir()
	a, b := examples+"vc-fund-ledger.json", examples+"tech-startup-2021.json"
	nameOf := map[string]string{}
	for _, f := range []string{a, b} {
		data, _ := os.ReadFile(f)
		sc, err := scenario.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		nameOf[f] = sc.Firm.Name
	}
	rosters := [2]string{}
	for k := range rosters {
		sc := demo.Large(civil.Date(20260315), 50, 0)
		for i := range sc.People {
			sc.People[i].ID = ""
			sc.People[i].IDNumber = ""
			sc.People[i].Name = fmt.Sprintf("名单%d-%d", k, i)
		}
		rosters[k] = filepath.Join(dir, fmt.Sprintf("roster-%d.csv", k))
		var buf bytes.Buffer
		if err := sheet.Write(&buf, rosters[k], "people", sc); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(rosters[k], buf.Bytes(), 0o600)
	}
	const pairs = 50
	pair := func(args [2][]string) (codes [2]int, errs [2]string) {
		var wg sync.WaitGroup
		for k := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				codes[k], errs[k], _ = runChild(t, args[k]...)
			}()
		}
		wg.Wait()
		return
	}
	for i := range pairs {
		db := filepath.Join(dir, fmt.Sprintf("new-%d.db", i))
		codes, errs := pair([2][]string{{"import", "--db", db, a}, {"import", "--db", db, b}})
		if _, err := os.Stat(db); err != nil {
			t.Fatalf("pair %d: the file vanished (exits %v): %v", i, codes, errs)
		}
		name, _ := countPeople(t, db)
		wins := 0
		for k, f := range []string{a, b} {
			switch codes[k] {
			case 0:
				wins++
				if name != nameOf[f] {
					t.Errorf("pair %d: %s exited 0 but the file holds %q", i, filepath.Base(f), name)
				}
			case ExitBadInput:
				if !strings.Contains(errs[k], "already holds a firm") {
					t.Errorf("pair %d: the loser says %s", i, errs[k])
				}
			default:
				t.Errorf("pair %d: exit %d: %s", i, codes[k], errs[k])
			}
		}
		if wins != 1 {
			t.Errorf("pair %d: %d imports succeeded: %v", i, wins, errs)
		}
	}
	existing := filepath.Join(dir, "existing.db")
	mustRun(t, "import", "--db", existing, a)
	_, want := countPeople(t, existing)
	for i := range pairs {
		codes, errs := pair([2][]string{
			{"import", "--db", existing, "--table", "people", rosters[0]},
			{"import", "--db", existing, "--table", "people", rosters[1]}})
		for k := range 2 {
			if codes[k] != 0 {
				t.Fatalf("pair %d: table import exit %d: %s", i, codes[k], errs[k])
			}
		}
		want += 100
		if _, n := countPeople(t, existing); n != want {
			t.Fatalf("pair %d: %d people, want %d", i, n, want)
		}
	}
	integrity(t, existing)
}

// TestAdversarialInputsStayBounded runs the machine-exhausting
// inputs as processes of their own: each is refused with exit 2, quickly,
// and no process comes near 1 GB of memory.
func TestAdversarialInputsStayBounded(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base, _ := os.ReadFile(examples + "tech-startup-2021.json")
	nested := write("nested.json", []byte(strings.Repeat("[", 3_000_000)))
	longName := write("long.json", bytes.Replace(base, []byte(`"玉溪数智软件有限公司"`), []byte(`"`+strings.Repeat("名", 10<<20/3)+`"`), 1))
	// 1 GB of picture, 1 MB compressed, written in chunks: the children's
	// peak memory counts the pages they share with this process at fork.
	bombFile := filepath.Join(dir, "bomb.xlsx")
	f, err := os.Create(bombFile)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, _ := zw.Create("xl/media/image1.png")
	chunk := make([]byte, 1<<20)
	for range 1024 {
		w.Write(chunk)
	}
	zw.Close()
	f.Close()
	db := filepath.Join(dir, "客户.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	for _, args := range [][]string{
		{"import", "--db", filepath.Join(dir, "new.db"), nested},
		{"eval", nested},
		{"packet", longName, "-o", filepath.Join(dir, "p.pdf")},
		{"import", "--db", db, "--table", "people", bombFile},
	} {
		start := time.Now()
		code, errOut, peak := runChild(t, args...)
		if code != ExitBadInput {
			t.Errorf("%v: exit %d, want 2: %.300s", args[:2], code, errOut)
		}
		if peak > 1<<30 {
			t.Errorf("%v: peak memory %d MB", args[:2], peak>>20)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%v took %v", args[:2], d)
		}
		t.Logf("%v: exit %d in %v, peak %d MB", args[:2], code, time.Since(start).Round(time.Millisecond), peak>>20)
	}
}
