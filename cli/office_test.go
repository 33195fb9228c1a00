package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"huiqi/model/scenario"
	"huiqi/model/store"
	"huiqi/model/store/pgtest"
)

// officeURL is a new office database for t, with the role's password in
// it, as a seat might type it; and the password.
func officeURL(t *testing.T) (string, string) {
	t.Helper()
	target := pgtest.URL(t)
	u, _ := url.Parse(target)
	pw, _ := u.User.Password()
	return target, pw
}

// Commands on one firm of an office database pick it with --firm; with
// several firms and none named they refuse, listing how to choose. A
// password never appears in what they print.
func TestOfficeCommands(t *testing.T) {
	db, pw := officeURL(t)
	dir := t.TempDir()
	a, b := examples+"tech-startup-2021.json", examples+"household-limit-change.json"
	mustRun(t, "import", "--db", db, a)
	// One firm: it need not be named.
	one := mustRun(t, "export", "--db", db)
	mustRun(t, "import", "--db", db, b)
	code, _, errOut := run(t, "export", "--db", db)
	if code != ExitBadInput || !strings.Contains(errOut, "--firm") || !strings.Contains(errOut, "91530421MA6N8K2P12") ||
		!strings.Contains(errOut, "92530425MA6Q2R3T4W") || !strings.Contains(errOut, "客户") {
		t.Errorf("export of a database of two firms, none named: exit %d\n%s", code, errOut)
	}
	got := mustRun(t, "export", "--db", db, "--firm", "91530421MA6N8K2P12")
	if got != one {
		t.Error("the firm exported by --firm is not the one exported alone")
	}
	want, _ := os.ReadFile(a)
	if !sameJSON(t, []byte(got), want) {
		t.Error("export from the office database differs from the imported scenario")
	}
	if code, _, errOut := run(t, "eval", "--db", db, "--firm", "91530421MA6N8K2P99"); code != ExitBadInput ||
		!strings.Contains(errOut, "91530421MA6N8K2P99") || !strings.Contains(errOut, "92530425MA6Q2R3T4W") {
		t.Errorf("an unknown --firm: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := run(t, "import", "--db", db, "--firm", "91530421MA6N8K2P99", examples+"vc-fund-ledger.json"); code != ExitBadInput ||
		!strings.Contains(errOut, "leave out --firm") {
		t.Errorf("an import into a --firm that is not there: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := run(t, "import", "--db", db, a); code != ExitBadInput || !strings.Contains(errOut, "--replace") {
		t.Errorf("importing a firm again: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := run(t, "export", "--db", filepath.Join(dir, "x.db"), "--firm", "91530421MA6N8K2P12"); code != ExitBadInput ||
		!strings.Contains(errOut, "--firm") {
		t.Errorf("--firm with a file: exit %d\n%s", code, errOut)
	}
	// A table import, a packet, an eval, the overview: all with --firm.
	csv := filepath.Join(dir, "people.csv")
	os.WriteFile(csv, []byte("name,hired,contract_months\n新同事,2021-05-01,12\n"), 0o600)
	mustRun(t, "import", "--db", db, "--firm", "91530421MA6N8K2P12", "--table", "people", csv)
	mustRun(t, "eval", "--db", db, "--firm", "91530421MA6N8K2P12")
	mustRun(t, "packet", "--db", db, "--firm", "91530421MA6N8K2P12", "-o", filepath.Join(dir, "p.pdf"))
	scan := mustRun(t, "scan", db)
	if !strings.Contains(scan, `"91530421MA6N8K2P12"`) || !strings.Contains(scan, "易门县老周铜锅店") {
		t.Errorf("scan of the office database:\n%.400s", scan)
	}
	// Failures name the database without its password.
	for _, args := range [][]string{
		{"export", "--db", db},
		{"eval", "--db", strings.Replace(db, pw, "wrong", 1), "--firm", "91530421MA6N8K2P12"},
		{"scan", strings.Replace(db, "sslmode=disable", "sslmode=require", 1)},
		{"import", "--db", db, a},
	} {
		code, out, errOut := run(t, args...)
		if code != ExitBadInput {
			t.Errorf("%v: exit %d\n%s", args[:2], code, errOut)
		}
		if strings.Contains(out+errOut, pw) || strings.Contains(out+errOut, ":wrong@") {
			t.Errorf("%v printed a password:\n%s", args[:2], errOut)
		}
	}
	if code, _, errOut := run(t, "eval", "--db", strings.Replace(db, pw, "wrong", 1), "--firm", "x"); code != ExitBadInput ||
		!strings.Contains(errOut, "password") || !strings.Contains(errOut, "密码") {
		t.Errorf("a wrong password: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := run(t, "scan", strings.Replace(db, "sslmode=disable", "sslmode=require", 1)); code != ExitBadInput ||
		!strings.Contains(errOut, "TLS") || !strings.Contains(errOut, "加密") {
		t.Errorf("TLS asked of a server without it: exit %d\n%s", code, errOut)
	}
}

// The password is asked for when nothing else gives it, and then used.
func TestOfficePasswordAsked(t *testing.T) {
	db, pw := officeURL(t)
	u, _ := url.Parse(db)
	u.User = url.User(u.User.Username())
	bare := u.String()
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	asked := 0
	var out, errOut bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errOut, Ctx: context.Background(), AskPassword: func(where string) (string, error) {
		asked++
		if strings.Contains(where, pw) {
			t.Errorf("the prompt shows the password: %s", where)
		}
		return pw, nil
	}}
	if code := Run(env, []string{"import", "--db", bare, examples + "tech-startup-2021.json"}); code != ExitOK || asked != 1 {
		t.Fatalf("exit %d after %d prompts: %s", code, asked, errOut.String())
	}
	if code, _, _ := run(t, "export", "--db", bare); code != ExitBadInput {
		t.Errorf("without a password and no one to ask: exit %d", code)
	}
}

// A client moves from the office database to a laptop and back without
// loss: backup --firm writes a Huiqi file, import takes one in (known by
// its content, whatever its name), all or nothing.
func TestOfficeClientMovesOutAndIn(t *testing.T) {
	office, _ := officeURL(t)
	other, _ := officeURL(t)
	dir := t.TempDir()
	mustRun(t, "import", "--db", office, examples+"soe-patent-rewards.json")
	mustRun(t, "import", "--db", office, examples+"household-limit-change.json")
	want := mustRun(t, "export", "--db", office, "--firm", "12530400MB1C2D3E4Y")
	laptop := filepath.Join(dir, "客户.db")
	mustRun(t, "backup", "--db", office, "--firm", "12530400MB1C2D3E4Y", "-o", laptop)
	if got := mustRun(t, "export", "--db", laptop); got != want {
		t.Error("the client's file differs from the office's firm")
	}
	integrity(t, laptop)
	renamed := filepath.Join(dir, "client.backup") // not a .db name: known by content
	data, _ := os.ReadFile(laptop)
	os.WriteFile(renamed, data, 0o600)
	mustRun(t, "import", "--db", other, renamed)
	if got := mustRun(t, "export", "--db", other); got != want {
		t.Error("the client moved into another office database differs")
	}
	// And back into the first, over the firm there, all or nothing.
	if code, _, errOut := run(t, "import", "--db", office, laptop); code != ExitBadInput || !strings.Contains(errOut, "--replace") {
		t.Errorf("moving in over a firm without --replace: exit %d\n%s", code, errOut)
	}
	mustRun(t, "import", "--db", office, "--replace", laptop)
	if got := mustRun(t, "export", "--db", office, "--firm", "12530400MB1C2D3E4Y"); got != want {
		t.Error("the client moved back differs")
	}
	// A file that is not a Huiqi database is refused, nothing written.
	foreign := filepath.Join(dir, "other.db")
	os.WriteFile(foreign, append([]byte("SQLite format 3\x00"), make([]byte, 200)...), 0o600)
	before := mustRun(t, "scan", office)
	if code, _, _ := run(t, "import", "--db", office, foreign); code != ExitBadInput {
		t.Errorf("a foreign file: exit %d", code)
	}
	if after := mustRun(t, "scan", office); after != before {
		t.Error("a refused import changed the office database")
	}
}

// Two seats save the same record at once (two processes, each from the
// version it read): one save lands, the other is refused with the
// message and sees the winner's record; nothing is lost. For a file and
// for an office database.
func TestTwoSeatsSaveOneRecord(t *testing.T) {
	targets := map[string]func(t *testing.T) string{
		"file":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "客户.db") },
		"office": func(t *testing.T) string { db, _ := officeURL(t); return db },
	}
	for name, newTarget := range targets {
		t.Run(name, func(t *testing.T) {
			db := newTarget(t)
			mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
			for i := range 10 {
				dir := t.TempDir()
				gate := filepath.Join(dir, "go")
				var wg sync.WaitGroup
				var outs [2]string
				var codes [2]int
				ready := make(chan struct{}, 2)
				for k := range 2 {
					wg.Add(1)
					go func() {
						defer wg.Done()
						codes[k], outs[k] = editor(t, db, fmt.Sprintf("座位%d-%d", k, i), gate, ready)
					}()
				}
				<-ready
				<-ready
				os.WriteFile(gate, nil, 0o600) // both have read the record: now both save
				wg.Wait()
				winner := -1
				for k := range 2 {
					switch codes[k] {
					case 0:
						winner = k
					case 3:
						if !strings.Contains(outs[k], "该记录已被他人修改，已显示最新内容") || !strings.Contains(outs[k], "someone else has changed this record") {
							t.Errorf("round %d: the refused seat says %q", i, outs[k])
						}
					default:
						t.Fatalf("round %d: seat %d exit %d: %s", i, k, codes[k], outs[k])
					}
				}
				if winner < 0 || codes[0] == codes[1] {
					t.Fatalf("round %d: exits %v: %v", i, codes, outs)
				}
				name := fmt.Sprintf("座位%d-%d", winner, i)
				loser := outs[1-winner]
				if !strings.Contains(loser, "now: "+name) {
					t.Errorf("round %d: the refused seat was not shown the winner's record: %q", i, loser)
				}
				s, err := store.OpenReader(context.Background(), db)
				if err != nil {
					t.Fatal(err)
				}
				sc, err := s.Load(context.Background())
				s.Close()
				if err != nil || sc.People[0].Name != name {
					t.Fatalf("round %d: stored %q, the winner saved %q (%v)", i, sc.People[0].Name, name, err)
				}
			}
		})
	}
}

// editor runs one seat: a process that loads the firm, says so, waits
// for the gate, renames the first person and saves from the version it
// read (see editorMain).
func editor(t *testing.T, db, name, gate string, ready chan<- struct{}) (int, string) {
	cmd := child(db, name, gate)
	cmd.Env = append(os.Environ(), asEditor+"=1")
	var out bytes.Buffer
	cmd.Stderr = &out
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Error(err)
		return -1, ""
	}
	if err := cmd.Start(); err != nil {
		t.Error(err)
		return -1, ""
	}
	buf := make([]byte, 7)
	if _, err := stdout.Read(buf); err != nil || string(buf) != "loaded\n" {
		t.Errorf("the seat did not load: %q %v", buf, err)
	}
	ready <- struct{}{}
	rest := new(bytes.Buffer)
	rest.ReadFrom(stdout)
	err = cmd.Wait()
	code := 0
	if err != nil {
		code = cmd.ProcessState.ExitCode()
	}
	return code, rest.String() + out.String()
}

// asEditor makes the test binary a seat (TestMain).
const asEditor = "HUIQI_AS_EDITOR"

// editorMain is a seat: args are the database, the new name and the gate
// file. Exit 0: saved; 3: refused as stale, printing the message and the
// record as it now is.
func editorMain(args []string) int {
	ctx := context.Background()
	db, name, gate := args[0], args[1], args[2]
	s, err := store.Open(ctx, db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close()
	sc, err := s.Load(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("loaded")
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Millisecond) {
		if _, err := os.Stat(gate); err == nil || time.Now().After(deadline) {
			break
		}
	}
	p := sc.People[0]
	p.Name = name
	err = s.SavePerson(ctx, &p)
	if errors.Is(err, store.ErrStale) {
		fresh, lerr := s.Load(ctx)
		if lerr != nil {
			fmt.Fprintln(os.Stderr, lerr)
			return 1
		}
		fmt.Printf("%s\nnow: %s\n", err, fresh.People[0].Name)
		return 3
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestOfficeKilledImportLosesNothing kills imports into an office
// database with SIGKILL at random moments: the firm is there whole (every
// person) or not at all, and the next run imports it; a killed replace
// leaves the old firm or the new one, whole.
func TestOfficeKilledImportLosesNothing(t *testing.T) {
	db, _ := officeURL(t)
	dir := t.TempDir()
	bigJSON := big(t, dir, 20_000, 20_000)
	small := examples + "vc-fund-ledger.json"
	const kills = 5
	count := func() (string, int) {
		s, err := store.OpenReader(context.Background(), db)
		if err != nil {
			return "", 0
		}
		defer s.Close()
		sc, err := s.Load(context.Background())
		if err != nil {
			return "", 0
		}
		return sc.Firm.Name, len(sc.People)
	}
	full := timed(t, "import", "--db", db, bigJSON)
	firm, n := count()
	if n != 20_000 {
		t.Fatalf("the reference import stored %d people", n)
	}
	for i := range kills {
		wipe(t, db)
		killAt(t, randomly(full, i), "import", "--db", db, bigJSON)
		if name, n := count(); n != 0 && n != 20_000 || n == 20_000 && name != firm {
			t.Errorf("kill %d: a killed import left %q with %d people", i, name, n)
		}
		wipe(t, db)
		timed(t, "import", "--db", db, bigJSON)
	}
	_, smallPeople := func() (string, int) {
		wipe(t, db)
		mustRun(t, "import", "--db", db, small)
		return count()
	}()
	// Replace keeps the firm's credit code; the big scenario's differs, so
	// it is named with --firm.
	data, _ := os.ReadFile(small)
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	smallUSCC := sc.Firm.USCC
	full = timed(t, "import", "--db", db, "--firm", smallUSCC, "--replace", bigJSON)
	for i := range kills {
		wipe(t, db)
		mustRun(t, "import", "--db", db, small)
		killAt(t, randomly(full, i), "import", "--db", db, "--firm", smallUSCC, "--replace", bigJSON)
		if _, n := count(); n != smallPeople && n != 20_000 {
			t.Errorf("kill %d: a killed replace left %d people", i, n)
		}
	}
}

// randomly is a moment within full, a different one for each kill.
func randomly(full time.Duration, i int) time.Duration {
	return time.Duration(int64(full) * int64(1+2*i) / 10)
}

// wipe removes every firm of the office database, with all that is
// theirs, as an administrator would with psql.
func wipe(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DELETE FROM huiqi.firm"); err != nil {
		t.Fatal(err)
	}
}
