package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/msg"
	"huiqi/model/safefile"
)

// SaveLook replaces the firm's last look. It is no change of the firm's
// records: the change stamp stays, and no other seat reloads for it.
func (c *officeFirm) SaveLook(ctx context.Context, l Look) error {
	return c.write(ctx, false, func(tx pgx.Tx, firm string) error {
		if _, err := tx.Exec(ctx, `DELETE FROM last_look_results WHERE firm_id = $1`, firm); err != nil {
			return fmt.Errorf("store: clear last look: %w", err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO last_look (firm_id, as_of, seen_at) VALUES ($1, $2, $3)
			ON CONFLICT (firm_id) DO UPDATE SET as_of = excluded.as_of, seen_at = excluded.seen_at`,
			firm, pgDate(l.AsOf), l.Seen.UTC()); err != nil {
			return fmt.Errorf("store: save last look: %w", err)
		}
		rows := make([][]any, len(l.Results))
		for i, r := range l.Results {
			rows[i] = []any{firm, i, r.Rule, r.Status, int64(r.Amount), int64(r.AmountMax)}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{Schema, "last_look_results"},
			[]string{"firm_id", "seq", "rule", "status", "amount_fen", "amount_max_fen"}, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("store: save last look: %w", err)
		}
		return nil
	})
}

// LastLook returns the firm's last look, or nil when the app never showed
// it.
func (c *officeFirm) LastLook(ctx context.Context) (*Look, error) {
	firm, err := c.firm(ctx)
	if err != nil {
		return nil, err
	}
	var l *Look
	err = pgx.BeginTxFunc(ctx, c.o.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			var err error
			l, err = officeLastLook(ctx, tx, firm)
			return err
		})
	return l, c.explain(err)
}

func officeLastLook(ctx context.Context, tx pgx.Tx, firm string) (*Look, error) {
	var asOf pgtype.Date
	var seen time.Time
	err := tx.QueryRow(ctx, `SELECT as_of, seen_at FROM last_look WHERE firm_id = $1`, firm).Scan(&asOf, &seen)
	if isNoRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: read last look: %w", err)
	}
	l := &Look{AsOf: civilOf(asOf), Seen: seen}
	rows, err := tx.Query(ctx, `SELECT rule, status, amount_fen, amount_max_fen FROM last_look_results WHERE firm_id = $1
		ORDER BY seq`, firm)
	if err != nil {
		return nil, fmt.Errorf("store: read last look: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r SeenResult
		var amount, top int64
		if err := rows.Scan(&r.Rule, &r.Status, &amount, &top); err != nil {
			return nil, fmt.Errorf("store: read last look: %w", err)
		}
		r.Amount, r.AmountMax = money.Fen(amount), money.Fen(top)
		l.Results = append(l.Results, r)
	}
	return l, rows.Err()
}

// LastChange returns when the firm's records were last written and by
// which database role.
func (c *officeFirm) LastChange(ctx context.Context) (Stamp, bool, error) {
	firm, err := c.firm(ctx)
	if err != nil {
		return Stamp{}, false, err
	}
	var s Stamp
	err = c.o.pool.QueryRow(ctx, `SELECT at, changed_by FROM last_change WHERE firm_id = $1`, firm).Scan(&s.At, &s.By)
	if isNoRows(err) {
		return Stamp{}, false, nil
	}
	if err != nil {
		return Stamp{}, false, c.explain(err)
	}
	return s, true, nil
}

// Backup takes the firm out of the office database into a Huiqi file at
// dest (replacing one there): its records from one snapshot, and the
// last look, so the overview's marks travel with it. The file is built
// under a temporary name beside dest and renamed into place, so dest is
// the old file or the whole new one. The history stays in the office: a
// file starts its own with the import.
func (c *officeFirm) Backup(ctx context.Context, dest string) error {
	firm, err := c.firm(ctx)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return &FileError{abs, msg.Errorf("这是一个文件夹，请给出备份文件名", "this is a folder: name the backup file")}
	}
	var sc *model.Scenario
	var look *Look
	err = pgx.BeginTxFunc(ctx, c.o.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			var err error
			if sc, err = officeLoad(ctx, tx, firm); err != nil {
				return err
			}
			look, err = officeLastLook(ctx, tx, firm)
			return err
		})
	if isNoRows(err) {
		return &FileError{c.Where(), ErrFirmGone}
	}
	if err != nil {
		return c.explain(err)
	}
	return WriteFile(ctx, abs, sc, look)
}

// WriteFile writes sc (and the last look, if any) as a new Huiqi file at
// dest, replacing a file there: built under a temporary name beside it and
// renamed into place whole.
func WriteFile(ctx context.Context, dest string, sc *model.Scenario, look *Look) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	safefile.Sweep(abs)
	tmp, err := buildTemp(ctx, abs, func(f *File) error {
		if err := f.Import(ctx, sc, false); err != nil {
			return err
		}
		if look != nil {
			return f.SaveLook(ctx, *look)
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer removeDB(tmp)
	if err := os.Rename(tmp, abs); err != nil {
		return explain(abs, fmt.Errorf("store: write %s: %w", abs, err))
	}
	safefile.SyncDir(filepath.Dir(abs))
	return nil
}
