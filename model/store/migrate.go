package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"huiqi/model/msg"
)

// applicationID marks a SQLite file as a Huiqi database ("Huiq"), so that
// opening some other program's SQLite file is refused instead of altered.
const applicationID = 0x48756971

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded NNNN_name.sql files in version order. The
// numbers must run 1, 2, 3… without gaps; a test holds them to that.
func migrations() ([]migration, error) { return readMigrations(migrationFS, "migrations") }

// readMigrations reads the NNNN_name.sql files of dir in fsys, in version
// order, refusing a misnamed file or a gap: the file and the office
// schema each number their own.
func readMigrations(fsys embed.FS, dir string) ([]migration, error) {
	entries, err := fsys.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration file %q is not named NNNN_name.sql", e.Name())
		}
		body, err := fsys.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{v, e.Name(), string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %s should be number %d", m.name, i+1)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrate brings the file to the current schema in one transaction, so a
// failure leaves the old schema untouched.
func (s *File) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return s.writeTx(ctx, false, func(tx *sql.Tx) error {
		from, err := checkFile(ctx, tx, s.path, len(ms))
		if err != nil {
			return err
		}
		return applyMigrations(ctx, tx, ms, from, len(ms))
	})
}

// querier is what checkFile needs of a connection or transaction.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// checkFile returns the file's schema version after making sure it is a
// Huiqi database (or a new, empty file) that this build can read.
func checkFile(ctx context.Context, tx querier, path string, latest int) (int, error) {
	var appID, version, objects int
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return 0, fmt.Errorf("store: read application_id: %w", err)
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, fmt.Errorf("store: read user_version: %w", err)
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&objects); err != nil {
		return 0, fmt.Errorf("store: read schema: %w", err)
	}
	fresh := appID == 0 && version == 0 && objects == 0
	switch {
	case !fresh && appID != applicationID:
		return 0, &FileError{path, msg.Errorf("不是惠企申报助手的数据库文件（是其他程序的 SQLite 数据库）",
			"not a Huiqi database (an SQLite database of another program)")}
	case version > latest:
		return 0, &FileError{path, msg.Errorf("此文件由更新版本的惠企申报助手创建（数据库版本 %d，本程序支持到 %d），请升级程序后再打开",
			"this file was made by a newer Huiqi (schema %d; this build reads up to %d): update Huiqi to open it", version, latest)}
	}
	return version, nil
}

// applyMigrations runs migrations from+1 … to inside tx and records the new
// version; tests use it to build databases at older versions.
func applyMigrations(ctx context.Context, tx *sql.Tx, ms []migration, from, to int) error {
	if from >= to {
		return nil
	}
	for _, m := range ms[from:to] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", to)); err != nil {
		return fmt.Errorf("store: set user_version: %w", err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return fmt.Errorf("store: set application_id: %w", err)
	}
	return nil
}
