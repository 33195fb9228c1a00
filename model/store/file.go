package store

// A Huiqi file: one firm's records in a SQLite database (modernc.org/sqlite,
// pure Go). A file is a document, like a GnuCash book: accountants keep one
// per client.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"huiqi/model/msg"
	"huiqi/model/safefile"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Errors a user can act on; the command line reports them as bad input.
var (
	ErrNoFirm     = msg.Errorf("数据库中还没有企业数据", "the database holds no firm yet")
	ErrFirmExists = msg.Errorf("数据库中已有企业数据", "the database already holds a firm")
)

// FileError says a file (or an office database, Path then being its URL
// without the password) cannot be used as a Huiqi database, and why.
type FileError struct {
	Path string
	Err  *msg.Error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap lets errors.Is find the store's own reasons (ErrNoFirm,
// ErrPassword…) inside.
func (e *FileError) Unwrap() error { return e.Err }

// File is an open Huiqi database file. Writes go through one connection (SQLite
// has one writer at a time anyway, and this way a write never waits on
// SQLITE_BUSY from its own process); reads use a small read-only pool, which
// WAL lets run beside a write. A store opened with OpenReader has no writer.
type File struct {
	path string
	w, r *sql.DB

	mu          sync.Mutex
	dataVersion int64  // PRAGMA data_version of the writer when last looked at
	changeStamp string // last_change.at as this store last knew it
}

// busyTimeoutMS is how long a statement waits for another process's lock
// (a second window on the same file, a backup tool) before failing with a
// message that names who may hold it.
const busyTimeoutMS = 5000

// Open opens the database at path for reading and writing, creating it
// (mode 0600: it holds ID numbers) when it does not exist, and migrates its
// schema to the current version. A new file is built under a temporary name
// and linked into place only if the path is still free, so two processes
// creating the same file never see each other's half-made one.
func OpenFile(ctx context.Context, path string) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sweep(abs)
	if _, err := os.Lstat(abs); errors.Is(err, os.ErrNotExist) {
		if err := createEmpty(ctx, abs); err != nil {
			return nil, err
		}
	}
	return openFile(ctx, abs)
}

// openFile opens an existing file (or an empty one, which becomes a new
// database) at the absolute path abs.
func openFile(ctx context.Context, abs string) (*File, error) {
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
	// The writer's one connection must stay the same for PRAGMA
	// data_version to mean "changed by someone else".
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	r.SetMaxOpenConns(max(2, runtime.NumCPU()))
	s := &File{path: abs, w: w, r: r}
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
		return nil, explain(abs, err)
	}
	if _, err := s.ExternalChange(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Path is the database file's absolute path.
func (s *File) Path() string { return s.path }

// Where is the file's path: the file is what a person names.
func (s *File) Where() string { return s.path }

// Close releases the connections; WAL content is checkpointed into the main
// file by SQLite when the last connection closes.
func (s *File) Close() error {
	var werr error
	if s.w != nil {
		werr = s.w.Close()
	}
	return errors.Join(s.r.Close(), werr)
}

// ExternalChange reports whether another connection (another window, a
// command-line import) has committed a change to the file since the last
// call (or since Open). The app asks before each save and when its window
// comes back into focus, and reloads when the answer is yes.
func (s *File) ExternalChange(ctx context.Context) (bool, error) {
	if s.w == nil {
		return false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var v int64
	if err := s.w.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return false, explain(s.path, fmt.Errorf("store: data_version: %w", err))
	}
	first := s.dataVersion == 0
	changed := !first && v != s.dataVersion
	s.dataVersion = v
	if first || changed {
		// A write that changed no record (another window remembering
		// what it showed, store.SaveLook) is not a change to reload for.
		var stamp string
		err := s.w.QueryRowContext(ctx, "SELECT at FROM last_change").Scan(&stamp)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return false, explain(s.path, fmt.Errorf("store: last change: %w", err))
		}
		changed = changed && stamp != s.changeStamp
		s.changeStamp = stamp
	}
	return changed, nil
}

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// prepareFile refuses a file that is not SQLite, or is clearly another
// program's SQLite database, before the driver gets a chance to complain in
// English only (or to leave -wal and -shm files beside it).
func prepareFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return explain(path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return &FileError{path, msg.Errorf("这是一个文件夹，不是数据库文件", "this is a folder, not a database file")}
	}
	head := make([]byte, 100) // the SQLite file header
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		return nil // an empty file is a new database
	}
	if n < len(sqliteMagic) || !bytes.Equal(head[:len(sqliteMagic)], sqliteMagic) {
		return &FileError{path, msg.Errorf("不是惠企申报助手的数据库文件（也不是 SQLite 数据库）",
			"not a Huiqi database (not an SQLite database at all)")}
	}
	// The application id at offset 68 is never changed once set, so a
	// foreign one in the main file is final whatever a WAL file holds.
	if n == len(head) {
		if id := binary.BigEndian.Uint32(head[68:72]); id != 0 && id != applicationID {
			return foreignFile(path)
		}
	}
	return nil
}

func foreignFile(path string) error {
	return &FileError{path, msg.Errorf("不是惠企申报助手的数据库文件（是其他程序的 SQLite 数据库）",
		"not a Huiqi database (an SQLite database of another program)")}
}

// probe opens the file read-only with no pragmas but a busy timeout and
// refuses it unless it is new or a Huiqi database this build can read. It
// returns the file's schema version and the current one.
func probe(ctx context.Context, path string) (version, latest int, err error) {
	db, err := sql.Open("sqlite", roDSN(path, false))
	if err != nil {
		return 0, 0, fmt.Errorf("store: open %s: %w", path, err)
	}
	defer db.Close()
	ms, err := migrations()
	if err != nil {
		return 0, 0, err
	}
	version, err = checkFile(ctx, db, path, len(ms))
	return version, len(ms), explain(path, err)
}

// roDSN is a read-only connection that waits out another process's lock.
// immutable tells SQLite that nobody can change the file, so that it needs
// no -shm file: for a database in a folder nobody may write.
func roDSN(path string, immutable bool) string {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	return (&url.URL{Scheme: "file", Path: uriPath(path), RawQuery: q.Encode()}).String()
}

// OpenReader opens an existing Huiqi database for reading only: the
// command line's eval, export and packet. It never creates, migrates or
// writes anything, reads beside a writer (WAL), and works in a folder that
// cannot be written. A missing, empty or foreign file, one without a firm
// and one that needs migrating are refused with a FileError.
func OpenFileReader(ctx context.Context, path string) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, explain(abs, err)
	}
	if st.Mode().IsRegular() && st.Size() == 0 {
		return nil, &FileError{abs, msg.Errorf("数据库文件是空的，没有企业数据", "the database file is empty: it holds no firm")}
	}
	if err := prepareFile(abs); err != nil {
		return nil, err
	}
	ms, err := migrations()
	if err != nil {
		return nil, err
	}
	var db *sql.DB
	version := 0
	for _, immutable := range []bool{false, true} {
		if db, err = sql.Open("sqlite", roDSN(abs, immutable)); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", abs, err)
		}
		db.SetMaxOpenConns(max(2, runtime.NumCPU()))
		if version, err = checkFile(ctx, db, abs, len(ms)); err == nil {
			break
		}
		db.Close()
		// A WAL database needs its -shm file, which a read-only folder
		// cannot hold; with no -wal file nobody is writing it, and
		// reading it as immutable is safe.
		if immutable || !cannotOpen(err) || exists(abs+"-wal") {
			return nil, explain(abs, err)
		}
	}
	switch {
	case version == 0:
		db.Close()
		return nil, &FileError{abs, ErrNoFirm}
	case version < len(ms):
		db.Close()
		return nil, &FileError{abs, msg.Errorf("此文件由旧版本的惠企申报助手创建（数据库版本 %d），需要先升级：请在惠企申报助手中打开一次（升级前会自动备份），再执行此命令",
			"this file was made by an older Huiqi (schema %d) and must be upgraded first: open it once in the app (it is backed up before the upgrade), then run this command", version)}
	}
	return &File{path: abs, r: db}, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// createEmpty builds a new, empty Huiqi database under a temporary name
// beside abs and links it into place if abs is still free; when another
// process made abs meanwhile, that file is used and the temporary removed.
func createEmpty(ctx context.Context, abs string) error {
	tmp, err := buildTemp(ctx, abs, nil)
	if err != nil {
		return err
	}
	defer removeDB(tmp)
	if err := linkNew(tmp, abs); err != nil && !errors.Is(err, os.ErrExist) {
		return explain(abs, err)
	}
	return nil
}

// Create makes a database at path holding what fill writes, never leaving
// a half-made file at path and never removing one it did not make: a new
// file is filled under a temporary name and linked into place only when
// fill succeeded and the path is still free. When the path exists (or
// another process created it meanwhile), fill runs on that file as Open
// would, and a failure leaves it as it was (fill's writes are transactions).
func CreateFile(ctx context.Context, path string, fill func(*File) error) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	sweep(abs)
	if _, err := os.Lstat(abs); errors.Is(err, os.ErrNotExist) {
		tmp, err := buildTemp(ctx, abs, fill)
		if err != nil {
			return err
		}
		defer removeDB(tmp)
		err = linkNew(tmp, abs)
		if err == nil {
			return nil
		}
		if !errors.Is(err, os.ErrExist) {
			return explain(abs, err)
		}
		// Someone else created the file after we looked: add to theirs.
	}
	s, err := openFile(ctx, abs)
	if err != nil {
		return err
	}
	err = fill(s)
	return errors.Join(err, s.Close())
}

// buildTemp makes a new database with the current schema under a private
// temporary name beside abs, runs fill on it (when not nil) and closes it,
// which folds its WAL into the file. It returns the temporary path; on
// failure nothing is left.
func buildTemp(ctx context.Context, abs string, fill func(*File) error) (string, error) {
	f, err := safefile.CreateTemp(abs)
	if err != nil {
		return "", explain(abs, err)
	}
	tmp := f.Name()
	f.Close()
	if err := initPages(tmp); err != nil {
		removeDB(tmp)
		return "", explain(abs, err)
	}
	s, err := openFile(ctx, tmp)
	if err != nil {
		removeDB(tmp)
		return "", err
	}
	s.path = abs // messages name the file the user asked for
	if fill != nil {
		err = fill(s)
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		removeDB(tmp)
		return "", err
	}
	return tmp, nil
}

// linkNew gives the finished file tmp the name abs only if abs is free
// (os.ErrExist otherwise): a hard link never replaces a file, unlike a
// rename. Where the file system has no hard links, a rename after a check
// is the best there is.
func linkNew(tmp, abs string) error {
	err := os.Link(tmp, abs)
	if err == nil || errors.Is(err, os.ErrExist) {
		if err == nil {
			safefile.SyncDir(filepath.Dir(abs))
		}
		return err
	}
	if exists(abs) {
		return os.ErrExist
	}
	if err := os.Rename(tmp, abs); err != nil {
		return err
	}
	safefile.SyncDir(filepath.Dir(abs))
	return nil
}

// removeDB deletes a database file this process made, with its SQLite
// companions.
func removeDB(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}

// sweep removes what killed processes left beside the database and in its
// backups folder: temporary databases and backups being written.
func sweep(abs string) {
	safefile.Sweep(abs)
	safefile.SweepDir(BackupDir(abs), ".")
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
// everything f does lands, or nothing does. It records the time of the
// change (last_change), which the client folder's overview shows.
func (s *File) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	return s.writeTx(ctx, true, f)
}

// writeTx is write; stamp false leaves last_change alone, for writes that
// change no record (a migration, the last look).
func (s *File) writeTx(ctx context.Context, stamp bool, f func(tx *sql.Tx) error) error {
	if s.w == nil {
		return fmt.Errorf("store: %s was opened read-only", s.path)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return explain(s.path, fmt.Errorf("store: begin: %w", err))
	}
	if err := f(tx); err != nil {
		return explain(s.path, errors.Join(err, rollback(tx)))
	}
	var at string
	if stamp {
		if at, err = stampChange(ctx, tx); err != nil {
			return explain(s.path, errors.Join(err, rollback(tx)))
		}
	}
	if err := tx.Commit(); err != nil {
		return explain(s.path, fmt.Errorf("store: commit: %w", err))
	}
	if stamp {
		// Our own change is not someone else's (ExternalChange).
		s.mu.Lock()
		s.changeStamp = at
		s.mu.Unlock()
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
