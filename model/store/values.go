package store

import (
	"bufio"
	"crypto/rand"
	"database/sql"
	"fmt"

	"github.com/google/uuid"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
)

// Conversions between the model's value types and SQLite columns. NULL is
// "no date", "unknown" or "none", exactly as null in the scenario format.

// ids makes record ids (UUIDv7: time-ordered, so rows inserted together
// sit together in the primary-key index). It reads randomness through a
// buffer: a crypto/rand call per row was a tenth of a bulk import.
type ids struct{ rand *bufio.Reader }

func newIDs() *ids { return &ids{rand: bufio.NewReaderSize(rand.Reader, 16*1024)} }

func (g *ids) next() (string, error) {
	id, err := uuid.NewV7FromReader(g.rand)
	if err != nil {
		return "", fmt.Errorf("store: new record id: %w", err)
	}
	return id.String(), nil
}

func dateArg(d civil.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func triArg(t model.Tri) any {
	switch t {
	case model.True:
		return 1
	case model.False:
		return 0
	}
	return nil
}

func fenPtrArg(f *money.Fen) any {
	if f == nil {
		return nil
	}
	return int64(*f)
}

func intPtrArg(i *int) any {
	if i == nil {
		return nil
	}
	return *i
}

func strArg(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// scanner collects the first conversion error of a row, so row-reading code
// stays a flat list of fields.
type scanner struct {
	table string
	err   error
}

func (sc *scanner) date(v sql.NullString) civil.Date {
	if !v.Valid {
		return 0
	}
	d, err := civil.Parse(v.String)
	if err != nil && sc.err == nil {
		sc.err = fmt.Errorf("store: %s: bad date %q in the database: %w", sc.table, v.String, err)
	}
	return d
}

func tri(v sql.NullInt64) model.Tri {
	if !v.Valid {
		return model.Unknown
	}
	return model.TriOf(v.Int64 != 0)
}

func fenPtr(v sql.NullInt64) *money.Fen {
	if !v.Valid {
		return nil
	}
	f := money.Fen(v.Int64)
	return &f
}

func intPtr(v sql.NullInt64) *int {
	if !v.Valid {
		return nil
	}
	i := int(v.Int64)
	return &i
}
