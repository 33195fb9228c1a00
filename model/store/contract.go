// Package store keeps one firm's records: in a SQLite file (File,
// modernc.org/sqlite, pure Go), a document like a GnuCash book of which an
// accountant keeps one per client; or in an office's PostgreSQL database
// (Office, pgx), which holds many firms for many seats at once. Both keep
// one contract, the Store interface, which the engine-facing code, the
// forms, the app and the command line use without knowing which it is.
// Every write that belongs together is one transaction.
package store

import (
	"context"
	"net/url"
	"strings"
	"time"

	"huiqi/model"
	"huiqi/model/civil"
)

// Store is one firm's records, wherever they are kept. Every save names
// the version of the record it was made from and is refused with ErrStale
// when the record has moved on (another window, another seat); every write
// is one transaction, seen by others whole or not at all.
type Store interface {
	// Where names the store for people: a file's path, or the office
	// database's URL without its password, with the firm's credit code.
	Where() string
	Close() error

	HasFirm(ctx context.Context) (bool, error)
	Load(ctx context.Context) (*model.Scenario, error)

	// Import stores a whole scenario as the firm (replace: over the firm
	// there is); Append adds records after the firm's own; AppendPrepared
	// lets prepare check them against the firm as it is inside the write.
	Import(ctx context.Context, sc *model.Scenario, replace bool) error
	Append(ctx context.Context, add *model.Scenario) error
	AppendPrepared(ctx context.Context, prepare func(existing *model.Scenario) (*model.Scenario, error)) error

	SaveFirm(ctx context.Context, f *model.Firm, asOf civil.Date) error
	SavePerson(ctx context.Context, p *model.Person) error
	SavePatent(ctx context.Context, p *model.Patent) error
	SaveRDExpense(ctx context.Context, e *model.RDExpense) error
	SaveInvestment(ctx context.Context, in *model.Investment) error
	SaveLoan(ctx context.Context, l *model.Loan) error
	SaveFee(ctx context.Context, f *model.Fee) error
	SaveFinancial(ctx context.Context, f *model.Financial) error
	SaveTax(ctx context.Context, t *model.TaxYear) error
	Delete(ctx context.Context, kind, recordID string) error
	DeleteAt(ctx context.Context, kind, recordID string, version int64) error

	History(ctx context.Context, limit int) ([]Change, error)
	LastUndoable(ctx context.Context) (Change, bool, error)
	Undo(ctx context.Context, id int64) error

	// ExternalChange reports whether someone else changed the firm's
	// records since the last call (or since the store was opened).
	ExternalChange(ctx context.Context) (bool, error)
	SaveLook(ctx context.Context, l Look) error
	LastLook(ctx context.Context) (*Look, error)
	LastChange(ctx context.Context) (Stamp, bool, error)

	// Backup writes the firm, consistent, as a Huiqi SQLite file at dest
	// (replacing a file there): a file's copy, or one client of an
	// office database taken out to a laptop.
	Backup(ctx context.Context, dest string) error
}

// Stamp is when the firm's records were last written, and by whom: the
// database role of the seat for an office database; "" for a file, which
// one person keeps.
type Stamp struct {
	At time.Time
	By string
}

// Options are what opening a store may need besides its target.
type Options struct {
	// Password for an office database when the URL, PGPASSWORD and
	// ~/.pgpass give none; asked for by the app or the command line after
	// an open failed with ErrPassword. It is never stored.
	Password string
}

// Open opens target for reading and writing: an office database URL
// (postgres:// or postgresql://, see OpenOffice) or a file path (OpenFile,
// which creates and migrates it).
func Open(ctx context.Context, target string) (Store, error) {
	return OpenWith(ctx, target, Options{})
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, target string, opt Options) (Store, error) {
	if IsOffice(target) {
		return openClient(ctx, target, opt, forEditing)
	}
	s, err := OpenFile(ctx, target)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// OpenReader opens an existing store for reading only: it never creates,
// migrates or writes anything (the command line's eval, export, packet).
func OpenReader(ctx context.Context, target string) (Store, error) {
	return OpenReaderWith(ctx, target, Options{})
}

// OpenReaderWith is OpenReader with options.
func OpenReaderWith(ctx context.Context, target string, opt Options) (Store, error) {
	if IsOffice(target) {
		return openClient(ctx, target, opt, forReading)
	}
	s, err := OpenFileReader(ctx, target)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Create runs fill on the store at target, creating it when it is a file
// that does not exist (CreateFile: a new file appears only complete). An
// office database is opened as it is: fill's import creates the firm.
func Create(ctx context.Context, target string, fill func(Store) error) error {
	return CreateWith(ctx, target, Options{}, fill)
}

// CreateWith is Create with options.
func CreateWith(ctx context.Context, target string, opt Options, fill func(Store) error) error {
	if IsOffice(target) {
		s, err := openClient(ctx, target, opt, forCreating)
		if err != nil {
			return err
		}
		err = fill(s)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		return err
	}
	return CreateFile(ctx, target, func(f *File) error { return fill(f) })
}

// IsOffice reports whether target names an office database (a
// postgres:// or postgresql:// URL) rather than a file or folder.
func IsOffice(target string) bool {
	l := strings.ToLower(strings.TrimSpace(target))
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// WithFirm names one firm of an office database: the URL with the firm's
// credit code as its fragment (never sent to the server), which is what
// the command line's --firm and a row of the app's overview open.
func WithFirm(office, uscc string) string {
	base, _ := SplitFirm(office)
	if uscc == "" {
		return base
	}
	return base + "#" + uscc
}

// SplitFirm parts an office target into the database's URL and the firm
// it names ("" for none).
func SplitFirm(target string) (office, uscc string) {
	if i := strings.LastIndexByte(target, '#'); i >= 0 && IsOffice(target) {
		return target[:i], target[i+1:]
	}
	return target, ""
}

// Redact is target as it may be shown, logged or remembered: an office
// URL loses its password (in the user part or as a password parameter);
// a path is as it is. A URL that cannot be parsed is shown by its scheme
// only, for it may hold a password anywhere.
func Redact(target string) string {
	if !IsOffice(target) {
		return target
	}
	office, firm := SplitFirm(target)
	u, err := url.Parse(strings.TrimSpace(office))
	if err != nil {
		scheme, _, _ := strings.Cut(office, ":")
		return scheme + "://…"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return WithFirm(u.String(), firm)
}
