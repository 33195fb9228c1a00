package portfolio

import (
	"context"

	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/store"
)

// An office database (issue 13) is a client folder too: each of its firms
// is a row, named by its credit code, read from one snapshot of the
// database on the office's shared connections. Reading writes nothing.

// scanOffice reads every firm of the office database at url.
func scanOffice(ctx context.Context, url string, asOf civil.Date, eng *engine.Engine, opt Options) (*Portfolio, error) {
	o, err := store.OpenOffice(ctx, url, store.Options{Password: opt.Password})
	if err != nil {
		return nil, err
	}
	defer o.Close()
	firms, err := o.Firms(ctx)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(firms))
	for i, f := range firms {
		names[i] = f.USCC
	}
	p, err := scanNames(ctx, o.Where(), names, asOf, opt, func(ctx context.Context, uscc string) Client {
		return readFirm(ctx, o, uscc, asOf, eng)
	})
	return p, err
}

// readFirm reads and evaluates one firm of an office database.
func readFirm(ctx context.Context, o *store.Office, uscc string, asOf civil.Date, eng *engine.Engine) Client {
	c := Client{File: uscc, Path: store.WithFirm(o.Where(), uscc)}
	s, err := o.Firm(ctx, uscc)
	if err == nil {
		defer s.Close()
		err = fill(ctx, &c, s, asOf, eng)
	}
	if err != nil {
		return Client{File: uscc, Path: c.Path, Err: problem(err)}
	}
	return c
}
