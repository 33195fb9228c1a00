package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"huiqi/model/civil"
	"huiqi/model/money"
)

// Look is the evaluation the app last showed for the file's firm (kept
// since the client folder's migration): a folder's overview marks what
// became available or changed since, until the accountant opens the client
// again.
type Look struct {
	AsOf    civil.Date // the evaluation date shown
	Seen    time.Time  // when it was shown
	Results []SeenResult
}

// SeenResult is one rule's outcome as it was shown. The store keeps the
// engine's words as text: it knows no rule.
type SeenResult struct {
	Rule      string
	Status    string
	Amount    money.Fen
	AmountMax money.Fen
}

// SaveLook replaces the last look with l. It is not a change of the
// firm's records: last_change stays as it was, and the write takes no
// backup.
func (s *File) SaveLook(ctx context.Context, l Look) error {
	return s.writeTx(ctx, false, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM last_look_results`); err != nil {
			return fmt.Errorf("store: clear last look: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO last_look (one, as_of, seen_at) VALUES (1, ?, ?)`,
			l.AsOf.String(), l.Seen.UTC().Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("store: save last look: %w", err)
		}
		for i, r := range l.Results {
			if _, err := tx.ExecContext(ctx, `INSERT INTO last_look_results (seq, rule, status, amount_fen, amount_max_fen)
				VALUES (?, ?, ?, ?, ?)`, i, r.Rule, r.Status, int64(r.Amount), int64(r.AmountMax)); err != nil {
				return fmt.Errorf("store: save last look of %s: %w", r.Rule, err)
			}
		}
		return nil
	})
}

// LastLook returns the last look, or nil when the app never showed this
// file's firm (or the file predates the client folder).
func (s *File) LastLook(ctx context.Context) (*Look, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, explain(s.path, fmt.Errorf("store: begin read: %w", err))
	}
	defer tx.Rollback()
	var asOf, seen string
	err = tx.QueryRowContext(ctx, `SELECT as_of, seen_at FROM last_look`).Scan(&asOf, &seen)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, explain(s.path, fmt.Errorf("store: read last look: %w", err))
	}
	l := &Look{}
	if l.AsOf, err = civil.Parse(asOf); err != nil {
		return nil, fmt.Errorf("store: last look date %q: %w", asOf, err)
	}
	if l.Seen, err = time.Parse(time.RFC3339Nano, seen); err != nil {
		return nil, fmt.Errorf("store: last look time %q: %w", seen, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT rule, status, amount_fen, amount_max_fen FROM last_look_results ORDER BY seq`)
	if err != nil {
		return nil, explain(s.path, fmt.Errorf("store: read last look: %w", err))
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
	if err := rows.Err(); err != nil {
		return nil, explain(s.path, fmt.Errorf("store: read last look: %w", err))
	}
	return l, nil
}

// LastChange returns when the firm's records were last written (a file
// knows no one but its owner: By is ""); ok is false when no write was
// recorded (a file last written before the client folder).
func (s *File) LastChange(ctx context.Context) (Stamp, bool, error) {
	var text string
	err := s.r.QueryRowContext(ctx, `SELECT at FROM last_change`).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return Stamp{}, false, nil
	}
	if err != nil {
		return Stamp{}, false, explain(s.path, fmt.Errorf("store: read last change: %w", err))
	}
	at, err := time.Parse(time.RFC3339Nano, text)
	if err != nil {
		return Stamp{}, false, fmt.Errorf("store: last change %q: %w", text, err)
	}
	return Stamp{At: at}, true, nil
}

// stampChange records now as the time of the last change, inside the
// write's own transaction: the stamp lands with the change or not at all.
func stampChange(ctx context.Context, tx *sql.Tx) (string, error) {
	at := time.Now().UTC().Format(time.RFC3339Nano)
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO last_change (one, at) VALUES (1, ?)`, at); err != nil {
		return "", fmt.Errorf("store: record the time of the change: %w", err)
	}
	return at, nil
}
