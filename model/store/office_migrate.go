package store

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"

	"huiqi/model/msg"
)

// The office database's schema lives in migrations/postgres beside the
// files' migrations, numbered 1, 2, 3… on its own: PostgreSQL's schema is
// not a file's. Its version is in huiqi.schema_version.

//go:embed migrations/postgres/*.sql
var officeMigrationFS embed.FS

// officeMigrations returns the embedded migrations in version order.
func officeMigrations() ([]migration, error) {
	return readMigrations(officeMigrationFS, "migrations/postgres")
}

// OfficeSchemaVersion is the office schema version this build writes.
func OfficeSchemaVersion() int {
	ms, err := officeMigrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrationLock is the advisory lock key under which one seat at a time
// migrates ("huiq" as a number): two seats started together neither both
// create the tables nor see half of them.
const migrationLock = 0x68756971

// migrate makes the schema if the role may and it is missing, and brings
// the tables to the current version in one transaction.
func (o *Office) migrate(ctx context.Context) error {
	ms, err := officeMigrations()
	if err != nil {
		return err
	}
	if err := o.ensureSchema(ctx); err != nil {
		return err
	}
	// Most opens find the schema current: read it without a lock first.
	if v, err := o.schemaVersion(ctx, o.pool); err == nil && v == len(ms) {
		return nil
	}
	return pgx.BeginFunc(ctx, o.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			one integer PRIMARY KEY CHECK (one = 1), version integer NOT NULL)`); err != nil {
			return err
		}
		from, err := o.schemaVersion(ctx, tx)
		if err != nil {
			return err
		}
		if from > len(ms) {
			return &FileError{o.where, msg.Errorf("此数据库由更新版本的惠企申报助手创建（数据库版本 %d，本程序支持到 %d），请升级程序后再打开",
				"this database was made by a newer Huiqi (schema %d; this build reads up to %d): update Huiqi to open it", from, len(ms))}
		}
		for _, m := range ms[from:] {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("store: office migration %s: %w", m.name, err)
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO schema_version (one, version) VALUES (1, $1)
			ON CONFLICT (one) DO UPDATE SET version = excluded.version`, len(ms))
		return err
	})
}

// querierPG is what schemaVersion needs of a pool or a transaction.
type querierPG interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// schemaVersion is the tables' version; 0 before the first migration.
func (o *Office) schemaVersion(ctx context.Context, q querierPG) (int, error) {
	var exists bool
	if err := q.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, Schema+".schema_version").Scan(&exists); err != nil {
		return 0, err
	}
	if !exists {
		return 0, nil
	}
	var v int
	err := q.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if isNoRows(err) {
		return 0, nil
	}
	return v, err
}

// ensureSchema creates the schema when it is missing. A role that owns
// only the schema the office made for it never gets here; one that may
// not create it is told what to ask of the database's owner.
func (o *Office) ensureSchema(ctx context.Context) error {
	var exists, usable bool
	err := o.pool.QueryRow(ctx, `SELECT n.oid IS NOT NULL, coalesce(has_schema_privilege(n.oid, 'USAGE, CREATE'), false)
		FROM (SELECT 1) x LEFT JOIN pg_namespace n ON n.nspname = $1`, Schema).Scan(&exists, &usable)
	if err != nil {
		return err
	}
	if exists && usable {
		return nil
	}
	var role, db string
	if err := o.pool.QueryRow(ctx, `SELECT current_user, current_database()`).Scan(&role, &db); err != nil {
		return err
	}
	if exists {
		return &FileError{o.where, msg.Errorf("数据库角色 %s 无权使用模式 %s：请数据库管理员执行 ALTER SCHEMA %s OWNER TO %s",
			"the database role %s may not use the schema %s: ask the database's administrator to run ALTER SCHEMA %s OWNER TO %s",
			role, Schema, Schema, role)}
	}
	if _, err := o.pool.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+Schema); err != nil {
		return &FileError{o.where, msg.Errorf("数据库 %s 中还没有模式 %s，角色 %s 也无权创建它：请数据库管理员执行 CREATE SCHEMA %s AUTHORIZATION %s",
			"the database %s has no schema %s yet and the role %s may not create it: ask the database's administrator to run CREATE SCHEMA %s AUTHORIZATION %s",
			db, Schema, role, Schema, role)}
	}
	return nil
}
