package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"huiqi/model/msg"
	"huiqi/model/safefile"
)

// Backups. A backup is a complete, consistent copy of the database made by
// SQLite's VACUUM INTO: an ordinary Huiqi database that opens and exports
// like the original. It is written to a temporary name beside its
// destination and renamed into place, so a failure never leaves a partial
// backup under the real name.
//
// Automatic backups go into the folder BackupDir beside the database
// (客户.db → 客户.db.backups/), named by a sortable local timestamp and the
// reason (20260315-142530.123456-before-append.db); the newest KeepBackups
// are kept. They are made before a schema migration of an existing
// database, before Import replaces a firm, before Append adds to one, and
// before Restore overwrites the database.

// KeepBackups is how many automatic backups are kept per database.
const KeepBackups = 10

// Reasons of automatic backups, the last part of their names.
const (
	ReasonMigration = "before-migration"
	ReasonReplace   = "before-replace"
	ReasonAppend    = "before-append"
	ReasonRestore   = "before-restore"
)

// ErrBackupIsDatabase refuses a backup onto the database itself.
var ErrBackupIsDatabase = msg.Errorf("备份文件不能是数据库文件本身", "the backup cannot be the database file itself")

// BackupDir is the folder of a database's automatic backups: the database's
// path with ".backups" appended, beside it.
func BackupDir(dbPath string) string {
	return filepath.Clean(dbPath) + ".backups"
}

// timeLayout sorts as text in time order and is a valid file name on every
// system (no colons).
const timeLayout = "20060102-150405.000000"

// ListBackups returns the automatic backups of the database at dbPath,
// newest first; none (and no error) when the folder does not exist.
func ListBackups(dbPath string) ([]string, error) {
	dir := BackupDir(dbPath)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: list backups: %w", err)
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && isBackupName(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = filepath.Join(dir, n)
	}
	return out, nil
}

// isBackupName matches the names autoBackup gives, so that other files a
// user puts in the folder are neither listed nor pruned.
func isBackupName(name string) bool {
	if !strings.HasSuffix(name, ".db") || len(name) < len(timeLayout)+4 {
		return false
	}
	_, err := time.Parse(timeLayout, name[:len(timeLayout)])
	return err == nil
}

// BackupTime is the time in an automatic backup's name, and its reason
// (ReasonAppend…); ok is false for other names.
func BackupTime(path string) (t time.Time, reason string, ok bool) {
	name := filepath.Base(path)
	if !isBackupName(name) {
		return time.Time{}, "", false
	}
	t, _ = time.ParseInLocation(timeLayout, name[:len(timeLayout)], time.Local)
	reason = strings.TrimSuffix(strings.TrimPrefix(name[len(timeLayout):], "-"), ".db")
	return t, reason, true
}

// Backup writes a consistent copy of the database to dest (mode 0600: it
// holds ID numbers), replacing a file already there. The copy is made under
// a temporary name beside dest and renamed into place.
func (s *File) Backup(ctx context.Context, dest string) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	if sameFile(abs, s.path) || abs == s.path+"-wal" || abs == s.path+"-shm" {
		return &FileError{abs, ErrBackupIsDatabase}
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return &FileError{abs, msg.Errorf("这是一个文件夹，请给出备份文件名", "this is a folder: name the backup file")}
	}
	db := s.w
	if db == nil {
		db = s.r // opened with OpenReader: VACUUM INTO only reads
	}
	return explain(abs, vacuumInto(ctx, db, abs))
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// vacuumInto copies the database of db into dest through a temporary file,
// private from its first byte: it is created empty with mode 0600 (which
// SQLite keeps, and gives its journal too) before VACUUM INTO fills it.
func vacuumInto(ctx context.Context, db *sql.DB, dest string) error {
	safefile.Sweep(dest)
	f, err := safefile.CreateTemp(dest)
	if err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	tmp := f.Name()
	f.Close()
	defer removeDB(tmp) // gone after the rename; removes a partial copy otherwise
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	if err := syncFile(tmp, 0o600); err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	safefile.SyncDir(filepath.Dir(dest))
	return nil
}

func syncFile(path string, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// autoBackup makes an automatic backup into BackupDir and prunes the
// oldest beyond KeepBackups. A failure is returned: the caller does not go
// on with the change it wanted to protect.
func (s *File) autoBackup(ctx context.Context, reason string) error {
	return autoBackupWith(s.path, reason, func(dest string) error { return vacuumInto(ctx, s.w, dest) })
}

func autoBackupWith(dbPath, reason string, copyTo func(dest string) error) error {
	dir := BackupDir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return backupFailed(err)
	}
	now := time.Now()
	var dest string
	for i := 0; ; i++ {
		name := now.Add(time.Duration(i)*time.Microsecond).Format(timeLayout) + "-" + reason + ".db"
		dest = filepath.Join(dir, name)
		if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
	if err := copyTo(dest); err != nil {
		return backupFailed(err)
	}
	return pruneBackups(dbPath)
}

func backupFailed(err error) error {
	return fmt.Errorf("%w: %v", msg.Errorf("自动备份失败，操作未进行", "the automatic backup failed, so nothing was changed"), err)
}

func pruneBackups(dbPath string) error {
	all, err := ListBackups(dbPath)
	if err != nil {
		return err
	}
	for _, old := range all[min(len(all), KeepBackups):] {
		if err := os.Remove(old); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("store: prune backups: %w", err)
		}
	}
	return nil
}

// Restore replaces the database at dbPath with a copy of the backup. The
// store of dbPath must be closed. The backup is checked first (a Huiqi
// database this build can open, passing SQLite's quick check); the current
// database, if any, is backed up into BackupDir (reason before-restore);
// then the copy, written beside the database under a temporary name, is
// renamed over it, so the database is at every moment either the old file
// or the restored one. The restored file is opened (and migrated, when the
// backup is older) by the next Open.
func Restore(ctx context.Context, backup, dbPath string) error {
	src, err := filepath.Abs(backup)
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	dst, err := filepath.Abs(dbPath)
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if sameFile(src, dst) {
		return &FileError{src, msg.Errorf("备份文件就是数据库文件本身", "the backup is the database file itself")}
	}
	if st, err := os.Stat(src); err != nil {
		return &FileError{src, msg.Errorf("无法打开备份文件：%v", "cannot open the backup: %v", err)}
	} else if st.IsDir() {
		return &FileError{src, msg.Errorf("这是一个文件夹，不是备份文件", "this is a folder, not a backup")}
	}
	if err := prepareFile(src); err != nil {
		return err
	}
	bk, err := sql.Open("sqlite", roDSN(src, false))
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	defer bk.Close()
	if err := checkBackup(ctx, bk, src); err != nil {
		return err
	}
	safefile.Sweep(dst)
	f, err := safefile.CreateTemp(dst)
	if err != nil {
		return explain(dst, err)
	}
	tmp := f.Name()
	f.Close()
	defer removeDB(tmp)
	if _, err := bk.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fmt.Errorf("store: restore: copy the backup: %w", err)
	}
	if err := syncFile(tmp, 0o600); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if err := backupCurrent(ctx, dst); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	os.Remove(dst + "-shm")
	safefile.SyncDir(filepath.Dir(dst))
	return nil
}

// checkBackup makes sure the file is a non-empty Huiqi database this build
// can open and that SQLite finds it sound.
func checkBackup(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	version, err := checkFile(ctx, db, path, len(ms))
	if err != nil {
		return err
	}
	if version == 0 {
		return &FileError{path, msg.Errorf("备份文件是空的，不是惠企申报助手的数据库", "the backup is empty, not a Huiqi database")}
	}
	var ok string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&ok); err != nil || ok != "ok" {
		return &FileError{path, msg.Errorf("备份文件已损坏（%s）", "the backup is damaged (%s)", firstNonEmpty(ok, fmt.Sprint(err)))}
	}
	return nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// backupCurrent backs up the database about to be overwritten, with what
// its write-ahead log holds, and makes sure no log is left that SQLite
// would apply to the restored file. A file that SQLite cannot read is
// copied as it is.
func backupCurrent(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || err == nil && st.Size() == 0 {
		if _, werr := os.Stat(path + "-wal"); errors.Is(werr, os.ErrNotExist) {
			return nil
		}
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	db.SetMaxOpenConns(1)
	var mode string
	readable := db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(new(int), new(int), new(int)) == nil &&
		db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode) == nil
	if readable {
		err = autoBackupWith(path, ReasonRestore, func(dest string) error { return vacuumInto(ctx, db, dest) })
	} else {
		err = autoBackupWith(path, ReasonRestore, func(dest string) error { return copyFile(path, dest) })
	}
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("store: restore: %w", cerr)
	}
	if err != nil {
		return err
	}
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		return &FileError{path, msg.Errorf("数据库正被其他窗口或程序使用，请先关闭后再恢复", "the database is open in another window or program: close it first")}
	}
	os.Remove(path + "-wal")
	return nil
}

// copyFile copies src to dest through a temporary file.
func copyFile(src, dest string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := safefile.CreateTemp(dest)
	if err != nil {
		return err
	}
	tmp := out.Name()
	defer os.Remove(tmp)
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, dest)
}
