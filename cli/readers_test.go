package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Readers never wait and never write (issue 11): eval, export and packet
// run while another process holds a write transaction, work in a folder
// nobody may write, and leave another program's empty SQLite file alone.

func TestReadersRunBesideAWriter(t *testing.T) {
	db := filepath.Join(t.TempDir(), "客户.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	w, err := sql.Open("sqlite", "file:"+db+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	conn, err := w.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "UPDATE firm SET name = name"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	for _, args := range [][]string{{"eval", "--db", db}, {"export", "--db", db},
		{"packet", "--db", db, "-o", filepath.Join(filepath.Dir(db), "p.pdf")}} {
		start := time.Now()
		if code, _, errOut := run(t, args...); code != 0 {
			t.Errorf("%v beside a writer: exit %d: %s", args, code, errOut)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%v waited %v for the writer", args, d)
		}
	}
	// A second writer waits its turn, then is told who holds the file.
	code, _, errOut := run(t, "import", "--db", db, "--replace", examples+"vc-fund-ledger.json")
	if code != ExitBadInput || !strings.Contains(errOut, db) || !strings.Contains(errOut, "another Huiqi window or another program") ||
		!strings.Contains(errOut, "另一个惠企申报助手窗口或其他程序") {
		t.Errorf("second writer: exit %d: %s", code, errOut)
	}
}

func TestReadCommandLeavesForeignEmptyDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("VACUUM"); err != nil { // an empty SQLite file: header, no tables
		t.Fatal(err)
	}
	db.Close()
	before := digest(t, path)
	for _, args := range [][]string{{"eval", "--db", path}, {"export", "--db", path}, {"packet", "--db", path, "-o", path + ".pdf"}} {
		if code, _, errOut := run(t, args...); code != ExitBadInput || !strings.Contains(errOut, "holds no firm") {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
	if digest(t, path) != before {
		t.Error("a read command changed another program's empty database")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("files beside it: %v", entries)
	}
}

func digest(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// TestEvalInReadOnlyFolder runs eval on a database in a folder its user
// may not write (as the user nobody when the tests run as root, whom
// permissions do not stop).
func TestEvalInReadOnlyFolder(t *testing.T) {
	base, err := os.MkdirTemp("", "huiqi-ro-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	os.Chmod(base, 0o755)
	ro := filepath.Join(base, "只读")
	os.Mkdir(ro, 0o755)
	db := filepath.Join(ro, "客户.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	os.Remove(db + "-shm")
	cmd := child("eval", "--db", db)
	if os.Geteuid() == 0 {
		// nobody must be able to run this test binary and read the file.
		bin := filepath.Join(base, "huiqi.test")
		copyExe(t, os.Args[0], bin)
		cmd = exec.Command(bin, "eval", "--db", db)
		cmd.Env = append(os.Environ(), asCLI+"=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		os.Chown(db, 65534, 65534)
	}
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("eval in a read-only folder: %v: %s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "huiqi-evaluation") {
		t.Errorf("eval printed %q", out.String())
	}
	if entries, _ := os.ReadDir(ro); len(entries) != 1 {
		t.Errorf("files in the read-only folder: %v", entries)
	}
}

func copyExe(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
}
