package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"huiqi/model/msg"
)

// officeFirm is one firm of an office database: the Store of an office
// client. It is named by its credit code (the target's #fragment, the
// command line's --firm), or is the database's only firm, or is none yet,
// until an import names it.
type officeFirm struct {
	o        *Office
	owns     bool // Close closes the office's connections
	readOnly bool
	want     string // the credit code asked for; "" for none
	id       string // the firm's id; "" until known
	uscc     string // its credit code when opened or last written
	firms    int    // how many firms the database held when none was named

	mu    sync.Mutex
	stamp time.Time // last_change.at as this store last knew it
}

var _ Store = (*officeFirm)(nil)
var _ Store = (*File)(nil)

// bind finds the firm the store names: the one with the wanted credit
// code, or the database's only firm.
func (c *officeFirm) bind(ctx context.Context) error {
	if c.want != "" {
		err := c.o.pool.QueryRow(ctx, `SELECT id, uscc FROM firm WHERE uscc = $1`, c.want).Scan(&c.id, &c.uscc)
		if err != nil && !isNoRows(err) {
			return officeProblem(c.o.where, err)
		}
	} else {
		rows, err := c.o.pool.Query(ctx, `SELECT id, uscc FROM firm LIMIT 2`)
		if err != nil {
			return officeProblem(c.o.where, err)
		}
		var ids, usccs []string
		for rows.Next() {
			var id, uscc string
			if err := rows.Scan(&id, &uscc); err != nil {
				rows.Close()
				return officeProblem(c.o.where, err)
			}
			ids, usccs = append(ids, id), append(usccs, uscc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return officeProblem(c.o.where, err)
		}
		c.firms = len(ids)
		if len(ids) == 1 {
			c.id, c.uscc = ids[0], usccs[0]
		}
	}
	if c.id != "" {
		at, err := c.readStamp(ctx)
		if err != nil {
			return err
		}
		c.stamp = at
	}
	return nil
}

// Where is the office database's URL without its password, with the
// firm's credit code.
func (c *officeFirm) Where() string {
	if c.uscc != "" {
		return WithFirm(c.o.where, c.uscc)
	}
	return WithFirm(c.o.where, c.want)
}

// Close releases the connections, if the store opened them.
func (c *officeFirm) Close() error {
	if c.owns {
		c.o.Close()
	}
	return nil
}

// firm is the firm's id, or why the store names no firm.
func (c *officeFirm) firm(ctx context.Context) (string, error) {
	if c.id != "" {
		return c.id, nil
	}
	return "", c.needFirm(ctx)
}

// needFirm says why no firm is named: the credit code asked for is not in
// the database, or the database holds several (or none), and how to
// choose one.
func (c *officeFirm) needFirm(ctx context.Context) error {
	if c.want == "" && c.firms == 0 {
		return &FileError{c.o.where, ErrNoFirm}
	}
	firms, err := c.o.Firms(ctx)
	if err != nil {
		return err
	}
	var b strings.Builder
	for i, f := range firms {
		if i == 20 {
			fmt.Fprintf(&b, "\n  …（共 %d 个 / %d in all）", len(firms), len(firms))
			break
		}
		fmt.Fprintf(&b, "\n  %s  %s", f.USCC, f.Name)
	}
	// The list follows both languages once: credit codes and names read
	// the same in either.
	var m *msg.Error
	if c.want != "" {
		m = msg.Errorf("事务所数据库中没有统一社会信用代码为 %s 的客户，请用 --firm 选择下列客户之一",
			"the office database has no client with the credit code %s; choose one of these with --firm:", c.want)
	} else {
		m = msg.Errorf("事务所数据库中有 %d 个客户，请用 --firm 统一社会信用代码 选择下列客户之一",
			"the office database holds %d clients: choose one of these with --firm CREDIT_CODE:", len(firms))
	}
	m.En += b.String()
	return &FileError{c.o.where, m}
}

// HasFirm reports whether the store names a firm that is there.
func (c *officeFirm) HasFirm(ctx context.Context) (bool, error) {
	if c.id == "" {
		if c.firms > 1 {
			return false, c.needFirm(ctx)
		}
		return false, nil
	}
	var n int
	if err := c.o.pool.QueryRow(ctx, `SELECT count(*) FROM firm WHERE id = $1`, c.id).Scan(&n); err != nil {
		return false, officeProblem(c.o.where, err)
	}
	return n > 0, nil
}

// errReadOnly refuses a write through a store opened for reading.
func (c *officeFirm) errReadOnly() error {
	return fmt.Errorf("store: %s was opened read-only", c.Where())
}

// write runs f in one transaction that holds the firm's row lock, so the
// writes to one firm follow one another while other firms' go on, and
// records the time and the role of the change (stamp) in it: the change
// lands whole, with its history and stamp, or not at all.
func (c *officeFirm) write(ctx context.Context, stamp bool, f func(tx pgx.Tx, firm string) error) error {
	if c.readOnly {
		return c.errReadOnly()
	}
	id, err := c.firm(ctx)
	if err != nil {
		return err
	}
	var at time.Time
	err = pgx.BeginFunc(ctx, c.o.pool, func(tx pgx.Tx) error {
		if err := lockFirm(ctx, tx, id); err != nil {
			return err
		}
		if err := f(tx, id); err != nil {
			return err
		}
		if stamp {
			var err error
			at, err = officeStamp(ctx, tx, id)
			return err
		}
		return nil
	})
	if err != nil {
		return c.explain(err)
	}
	if stamp {
		c.mu.Lock()
		c.stamp = at
		c.mu.Unlock()
	}
	return nil
}

// lockFirm takes the firm's row lock for the transaction.
func lockFirm(ctx context.Context, tx pgx.Tx, id string) error {
	var v int64
	err := tx.QueryRow(ctx, `SELECT version FROM firm WHERE id = $1 FOR UPDATE`, id).Scan(&v)
	if isNoRows(err) {
		return ErrFirmGone
	}
	if err != nil {
		return fmt.Errorf("store: lock the firm: %w", err)
	}
	return nil
}

// officeStamp records when the firm's records changed and which role
// changed them, in the change's own transaction.
func officeStamp(ctx context.Context, tx pgx.Tx, id string) (time.Time, error) {
	var at time.Time
	err := tx.QueryRow(ctx, `INSERT INTO last_change (firm_id, at, changed_by) VALUES ($1, clock_timestamp(), session_user)
		ON CONFLICT (firm_id) DO UPDATE SET at = excluded.at, changed_by = excluded.changed_by RETURNING at`, id).Scan(&at)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: record the time of the change: %w", err)
	}
	return at, nil
}

// readStamp is the firm's last_change.at (zero when none).
func (c *officeFirm) readStamp(ctx context.Context) (time.Time, error) {
	var at time.Time
	err := c.o.pool.QueryRow(ctx, `SELECT at FROM last_change WHERE firm_id = $1`, c.id).Scan(&at)
	if err != nil && !isNoRows(err) {
		return time.Time{}, officeProblem(c.o.where, err)
	}
	return at, nil
}

// ExternalChange reports whether another seat (or window, or command)
// changed the firm's records since the last call: its change stamp moved,
// or the firm is gone. Remembering what was shown (SaveLook) is no change.
func (c *officeFirm) ExternalChange(ctx context.Context) (bool, error) {
	if c.id == "" {
		return false, nil
	}
	var at time.Time
	err := c.o.pool.QueryRow(ctx, `SELECT coalesce((SELECT at FROM last_change WHERE firm_id = f.id), 'epoch')
		FROM firm f WHERE f.id = $1`, c.id).Scan(&at)
	if isNoRows(err) {
		return true, nil
	}
	if err != nil {
		return false, officeProblem(c.o.where, err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if at.Equal(time.Unix(0, 0)) {
		at = time.Time{}
	}
	changed := !at.Equal(c.stamp)
	c.stamp = at
	return changed, nil
}

// explain turns what went wrong in a write into a message a person can
// act on; the store's own errors, and those of the caller's callbacks,
// pass as they are.
func (c *officeFirm) explain(err error) error {
	if errors.Is(err, ErrFirmGone) {
		var fe *FileError
		if !errors.As(err, &fe) {
			return &FileError{c.Where(), ErrFirmGone}
		}
	}
	return officeProblem(c.Where(), err)
}
