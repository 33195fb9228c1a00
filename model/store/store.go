// Package store keeps one firm's records in a SQLite file (modernc.org/sqlite,
// pure Go). A file is a document, like a GnuCash book: accountants keep one per
// client. Every write that belongs together is one transaction.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"huiqi/model/msg"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Errors a user can act on; the command line reports them as bad input.
var (
	ErrNoFirm     = msg.Errorf("数据库中还没有企业数据", "the database holds no firm yet")
	ErrFirmExists = msg.Errorf("数据库中已有企业数据", "the database already holds a firm")
)

// FileError says a file cannot be used as a Huiqi database, and why.
type FileError struct {
	Path string
	Err  *msg.Error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Store is an open Huiqi database. Writes go through one connection (SQLite
// has one writer at a time anyway, and this way a write never waits on
// SQLITE_BUSY from its own process); reads use a small read-only pool, which
// WAL lets run beside a write.
type Store struct {
	path string
	w, r *sql.DB
}

// busyTimeoutMS is how long a statement waits for another process's lock
// (a second window on the same file, a backup tool) before failing.
const busyTimeoutMS = 5000

// Open opens the database at path, creating it (mode 0600: it holds ID
// numbers) when it does not exist, and migrates its schema to the current
// version.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := prepareFile(abs); err != nil {
		return nil, err
	}
	// Check what the file is before the writer's pragmas (WAL) touch it:
	// another program's database must be left exactly as it was.
	version, latest, err := probe(ctx, abs)
	if err != nil {
		return nil, err
	}
	w, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	r.SetMaxOpenConns(max(2, runtime.NumCPU()))
	s := &Store{path: abs, w: w, r: r}
	// An existing database is backed up before its schema changes: a
	// migration that goes wrong in a way its transaction cannot undo (or a
	// newer build the user wants to leave) must not cost the firm's data.
	if version > 0 && version < latest {
		if err := s.autoBackup(ctx, fmt.Sprintf("%s-v%d", ReasonMigration, version)); err != nil {
			s.Close()
			return nil, err
		}
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Path is the database file's absolute path.
func (s *Store) Path() string { return s.path }

// Close releases the connections; WAL content is checkpointed into the main
// file by SQLite when the last connection closes.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// prepareFile creates a missing database file with mode 0600, and refuses a
// file that is not SQLite before the driver gets a chance to complain in
// English only.
func prepareFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		f.Close()
		return initPages(path)
	}
	if !errors.Is(err, os.ErrExist) {
		// Not a problem with the file's content but with where it goes (a
		// missing folder, no permission): a failure, not bad input.
		return fmt.Errorf("store: %w", msg.Errorf("无法创建数据库文件 %s：%v", "cannot create the database file %s: %v", path, err))
	}
	f, err = os.Open(path)
	if err != nil {
		return &FileError{path, msg.Errorf("无法打开数据库文件：%v", "cannot open the database file: %v", err)}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return &FileError{path, msg.Errorf("这是一个文件夹，不是数据库文件", "this is a folder, not a database file")}
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		return nil // an empty file is a new database
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return &FileError{path, msg.Errorf("不是惠企申报助手的数据库文件（也不是 SQLite 数据库）",
			"not a Huiqi database (not an SQLite database at all)")}
	}
	return nil
}

// probe opens the file read-only with no pragmas and refuses it unless it
// is new or a Huiqi database this build can read. It returns the file's
// schema version and the current one.
func probe(ctx context.Context, path string) (version, latest int, err error) {
	u := (&url.URL{Scheme: "file", Path: uriPath(path), RawQuery: "mode=ro"}).String()
	db, err := sql.Open("sqlite", u)
	if err != nil {
		return 0, 0, fmt.Errorf("store: open %s: %w", path, err)
	}
	defer db.Close()
	ms, err := migrations()
	if err != nil {
		return 0, 0, err
	}
	version, err = checkFile(ctx, db, path, len(ms))
	return version, len(ms), err
}

func uriPath(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x, as SQLite wants on Windows
	}
	return p
}

// pageSize is the page size of new files: a bulk import of tens of
// thousands of rows splits a quarter as many pages as with SQLite's 4 KiB
// default.
const pageSize = 16384

// initPages writes the empty header of a new file with pageSize pages.
// It has to happen before the file enters WAL mode, after which the page
// size is fixed, so it runs on a plain connection of its own.
func initPages(path string) error {
	u := (&url.URL{Scheme: "file", Path: uriPath(path), RawQuery: fmt.Sprintf("_pragma=page_size(%d)", pageSize)}).String()
	db, err := sql.Open("sqlite", u)
	if err != nil {
		return fmt.Errorf("store: create %s: %w", path, err)
	}
	defer db.Close()
	if _, err := db.Exec("VACUUM"); err != nil {
		return fmt.Errorf("store: create %s: %w", path, err)
	}
	return nil
}

// dsn builds a file: URI, so that any path (spaces, Chinese, '?', '#') is
// escaped rather than cut at the first '?'.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-65536)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return (&url.URL{Scheme: "file", Path: uriPath(path), RawQuery: q.Encode()}).String()
}

// write runs f in one immediate transaction on the writer connection:
// everything f does lands, or nothing does.
func (s *Store) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := f(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("store: rollback: %w", err)
	}
	return nil
}

// DefaultPath is where the app keeps its database when none is named: the
// per-user data folder of each OS (XDG_DATA_HOME or ~/.local/share on Linux,
// ~/Library/Application Support on macOS, %AppData% on Windows). The folder
// is created, private to the user, when missing.
func DefaultPath() (string, error) {
	var base string
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("store: find the user data folder: %w", err)
		}
		base = dir
	default:
		base = os.Getenv("XDG_DATA_HOME")
		if base == "" || !filepath.IsAbs(base) {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("store: find the home folder: %w", err)
			}
			base = filepath.Join(home, ".local", "share")
		}
	}
	dir := filepath.Join(base, "huiqi")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("store: create %s: %w", dir, err)
	}
	return filepath.Join(dir, "huiqi.db"), nil
}
