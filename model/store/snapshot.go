package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"huiqi/model/msg"
)

// Snapshot is a Huiqi database opened for a scan of a client folder
// (OpenScan): read-only, and for a file of an older schema a migrated copy
// outside the folder.
type Snapshot struct {
	*File
	// Upgrade is true when the file has an older schema: the app upgrades
	// it (after a backup) when it is opened, and the scan read a copy.
	Upgrade bool
	tmpDir  string // the copy's folder, removed on Close
}

// Close releases the file and removes the copy, if one was made.
func (s *Snapshot) Close() error {
	err := s.File.Close()
	if s.tmpDir != "" {
		err = errors.Join(err, os.RemoveAll(s.tmpDir))
	}
	return err
}

// OpenScan opens the Huiqi database at path for a scan of the folder it is
// in. Like OpenReader it never creates, migrates or writes the file; beyond
// that it leaves nothing beside it (a file nobody has open, one without a
// -wal or -journal file, is read as immutable, so SQLite makes no -wal or
// -shm file),
// waits at most wait for another process's lock, and reads a file of an
// older schema through a copy in the temporary folder that is migrated
// there, so an old client still shows its results. Whatever makes the file
// unusable (not SQLite, another program's, a newer schema, locked, damaged,
// unreadable, empty, no firm) is a *FileError.
func OpenScan(ctx context.Context, path string, wait time.Duration) (*Snapshot, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, explainAny(abs, err)
	}
	if st.Mode().IsRegular() && st.Size() == 0 {
		return nil, &FileError{abs, msg.Errorf("文件是空的，没有企业数据", "the file is empty: it holds no firm")}
	}
	if err := prepareFile(abs); err != nil {
		return nil, explainAny(abs, err)
	}
	ms, err := migrations()
	if err != nil {
		return nil, err
	}
	// With no -wal (nor a hot -journal) nobody is writing the file, and
	// reading it as immutable is safe and leaves nothing behind.
	immutable := !exists(abs+"-wal") && !exists(abs+"-journal")
	db, err := sql.Open("sqlite", scanDSN(abs, immutable, wait))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	db.SetMaxOpenConns(max(2, runtime.NumCPU()))
	version, err := checkFile(ctx, db, abs, len(ms))
	if err != nil {
		db.Close()
		return nil, explainAny(abs, err)
	}
	switch {
	case version == 0:
		db.Close()
		return nil, &FileError{abs, ErrNoFirm}
	case version < len(ms):
		defer db.Close()
		return migratedCopy(ctx, db, abs)
	}
	return &Snapshot{File: &File{path: abs, r: db}}, nil
}

// scanDSN is a read-only connection with the given lock wait; immutable
// as in roDSN.
func scanDSN(path string, immutable bool, wait time.Duration) string {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", wait.Milliseconds()))
	return (&url.URL{Scheme: "file", Path: uriPath(path), RawQuery: q.Encode()}).String()
}

// migratedCopy copies the old file (a consistent snapshot, by VACUUM
// INTO) into a private temporary folder and migrates the copy, which is
// what the app will make of the file when it opens it.
func migratedCopy(ctx context.Context, db *sql.DB, abs string) (*Snapshot, error) {
	dir, err := os.MkdirTemp("", "huiqi-scan-")
	if err != nil {
		return nil, fmt.Errorf("store: temporary copy of %s: %w", abs, err)
	}
	snap := &Snapshot{Upgrade: true, tmpDir: dir}
	fail := func(err error) (*Snapshot, error) {
		os.RemoveAll(dir)
		return nil, explainAny(abs, err)
	}
	tmp := filepath.Join(dir, "copy.db")
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fail(fmt.Errorf("store: copy %s: %w", abs, err))
	}
	w, err := sql.Open("sqlite", dsn(tmp, false))
	if err != nil {
		return fail(fmt.Errorf("store: open the copy of %s: %w", abs, err))
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn(tmp, true))
	if err != nil {
		w.Close()
		return fail(fmt.Errorf("store: open the copy of %s: %w", abs, err))
	}
	snap.File = &File{path: tmp, w: w, r: r}
	if err := snap.migrate(ctx); err != nil {
		snap.File.Close()
		return fail(err)
	}
	// Messages name the client's file, not the copy.
	snap.path = abs
	return snap, nil
}

// explainAny is explain, with a message for what the scan meets that
// explain leaves as it is (the file vanished, it cannot be read).
func explainAny(abs string, err error) error {
	err = explain(abs, err)
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	return &FileError{abs, msg.Errorf("无法读取此文件：%v", "cannot read this file: %v", err)}
}
