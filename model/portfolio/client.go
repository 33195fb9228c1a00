package portfolio

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/store"
)

// readClient reads and evaluates one file; whatever goes wrong becomes the
// row's message.
func readClient(ctx context.Context, path string, asOf civil.Date, eng *engine.Engine, wait time.Duration) Client {
	c := Client{Path: path}
	err := func() error {
		if st, err := os.Stat(c.Path); err == nil && !st.Mode().IsRegular() {
			// A pipe or a device would block or never end: not a database.
			return msg.Errorf("不是普通文件，不是惠企申报助手的数据库文件", "not a regular file, so not a Huiqi database")
		}
		snap, err := store.OpenScan(ctx, c.Path, wait)
		if err != nil {
			return err
		}
		defer snap.Close()
		c.Upgrade = snap.Upgrade
		return fill(ctx, &c, snap, asOf, eng)
	}()
	if err != nil {
		return Client{Path: path, Err: problem(err)}
	}
	if c.LastChange.IsZero() {
		c.LastChange = modified(c.Path)
	}
	return c
}

// reader is what a row needs of a client's store.
type reader interface {
	Load(ctx context.Context) (*model.Scenario, error)
	LastLook(ctx context.Context) (*store.Look, error)
	LastChange(ctx context.Context) (store.Stamp, bool, error)
}

// fill evaluates the firm of s into c.
func fill(ctx context.Context, c *Client, s reader, asOf civil.Date, eng *engine.Engine) error {
	sc, err := s.Load(ctx)
	if err != nil {
		return err
	}
	ev, err := eng.Evaluate(sc, asOf)
	if err != nil {
		return err
	}
	look, err := s.LastLook(ctx)
	if err != nil {
		return err
	}
	stamp, _, err := s.LastChange(ctx)
	if err != nil {
		return err
	}
	c.Firm, c.USCC, c.County, c.SizeClass = sc.Firm.Name, sc.Firm.USCC, sc.Firm.County, ev.SizeClass
	c.Totals, c.Deadlines, c.LastChange, c.ChangedBy = ev.Totals, ev.Deadlines, stamp.At, stamp.By
	c.Counts, c.Missing = count(ev)
	for i := range ev.Deadlines {
		if d := ev.Deadlines[i]; d.Date >= asOf {
			c.Next, c.DaysLeft = &d, d.Date.DaysSince(asOf)
			break
		}
	}
	if look != nil {
		c.Looked = look.AsOf
	}
	c.Changes = changes(ev, look)
	return nil
}

// count tallies the statuses and the distinct fields that would decide a
// result.
func count(ev *engine.Evaluation) (Counts, int) {
	var n Counts
	paths := map[string]bool{}
	for _, r := range ev.Results {
		switch r.Status {
		case engine.Eligible:
			n.Eligible++
		case engine.MayApply:
			n.MayApply++
		case engine.MissingData:
			n.MissingData++
		case engine.Ineligible:
			n.Ineligible++
		}
		for _, p := range r.Missing {
			paths[p] = true
		}
	}
	return n, len(paths)
}

// modified is the file's last modification, counting its WAL (where a
// write lands first), for a file that predates the recorded change time.
func modified(path string) time.Time {
	var t time.Time
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil && st.ModTime().After(t) {
			t = st.ModTime()
		}
	}
	return t
}

// problem is the row's message for err, in both languages.
func problem(err error) *msg.Error {
	var fe *store.FileError
	if errors.As(err, &fe) {
		return fe.Err
	}
	return msg.From(err)
}

// Read reads one client of a folder (a file's name) or of an office
// database (a credit code) as Scan would, for refreshing a row after the
// accountant worked on that client; wait 0 means one second.
func Read(ctx context.Context, where, name string, asOf civil.Date, eng *engine.Engine, opt Options) Client {
	if store.IsOffice(where) {
		o, err := store.OpenOffice(ctx, where, store.Options{Password: opt.Password})
		if err != nil {
			return Client{File: name, Path: store.WithFirm(store.Redact(where), name), Err: problem(err)}
		}
		defer o.Close()
		return readFirm(ctx, o, name, asOf, eng)
	}
	wait := opt.Wait
	if wait <= 0 {
		wait = time.Second
	}
	c := readClient(ctx, filepath.Join(where, name), asOf, eng, wait)
	c.File = name
	return c
}
