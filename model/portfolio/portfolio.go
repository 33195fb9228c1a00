// Package portfolio is an accountant's client folder (客户文件夹, issue 12):
// every Huiqi database in one folder is a client. Scan evaluates each on one
// date and gives a row per file, in name order: the firm, the counts by
// status, the three totals, the next deadline, the fields that would decide
// a result, when its records last changed, and what became available since
// the accountant last looked. A file that is not a readable Huiqi database
// is a row with the reason, in Chinese and English, and never stops the
// rest. A scan only reads: it opens every file read-only, never migrates,
// and leaves nothing in the folder. The package is pure of any UI.
package portfolio

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/money"
	"huiqi/model/msg"
	"huiqi/model/store"
)

// Counts are a client's results by status.
type Counts struct {
	Eligible    int `json:"eligible"`
	MayApply    int `json:"may_apply"`
	MissingData int `json:"missing_data"`
	Ineligible  int `json:"ineligible"`
}

// Mark says how a benefit moved since the last look.
type Mark string

// The marks of the overview.
const (
	// MarkNew: the benefit became eligible or may_apply (新).
	MarkNew Mark = "new"
	// MarkChanged: it applied then and now, with another amount (变更).
	MarkChanged Mark = "changed"
)

// Change is one marked benefit.
type Change struct {
	Rule  string
	Title engine.Text
	Mark  Mark
	// Amount is the benefit's amount now, and Before the one last seen
	// (zero for a new benefit), each max(amount_fen, amount_max_fen).
	Amount, Before money.Fen
}

// Client is one row of the overview: a file of the folder.
type Client struct {
	File string // the name inside the folder; an office client's credit code
	Path string // the full path; an office client's URL (store.WithFirm, no password)

	Firm, USCC, County string
	SizeClass          string // "" when it cannot be determined
	Counts             Counts
	Totals             engine.Totals
	Deadlines          []engine.Deadline // the evaluation's calendar, in date order
	Next               *engine.Deadline  // the first deadline on or after the scan's date; nil if none
	DaysLeft           int               // from the scan's date to Next
	Missing            int               // distinct fields the results list as deciding them
	LastChange         time.Time         // when the records were last written; zero when unknown
	ChangedBy          string            // who wrote them last: the seat's database role; "" for a file
	Upgrade            bool              // an older schema: read from a migrated copy, upgraded when opened
	Looked             civil.Date        // the date of the evaluation last shown; zero: never opened
	Changes            []Change          // marked benefits since that look, in catalogue order

	// Err is why the file is not a readable Huiqi database (not SQLite,
	// another program's, a newer schema, locked, unreadable, empty); nil
	// for a client. A row with Err has nothing else but File and Path.
	Err *msg.Error
}

// Readable reports whether the row is a client with results.
func (c *Client) Readable() bool { return c.Err == nil }

// Marked reports whether something became available or changed since the
// accountant last looked.
func (c *Client) Marked() bool { return len(c.Changes) > 0 }

// Mark is the row's strongest mark: new before changed; "" for none.
func (c *Client) Mark() Mark {
	m := Mark("")
	for _, ch := range c.Changes {
		if ch.Mark == MarkNew {
			return MarkNew
		}
		m = ch.Mark
	}
	return m
}

// Portfolio is a scanned folder.
type Portfolio struct {
	Dir     string
	AsOf    civil.Date
	Clients []Client // in file-name order
}

// Options tune a scan; the zero value is the default.
type Options struct {
	// Workers is how many files are read at once; 0 means one per core.
	Workers int
	// Wait is how long to wait for a file another program has locked
	// before listing it as locked; 0 means one second.
	Wait time.Duration
	// OnClient, when set, is called with each row as soon as it is read
	// (in no particular order, one call at a time), so an overview can
	// fill while the scan goes on. i is the row's index in Clients.
	OnClient func(i int, c Client)
	// OnFiles, when set, is called once with the file names to be read,
	// before the first OnClient.
	OnFiles func(files []string)
	// Password is an office database's password when the URL, PGPASSWORD
	// and ~/.pgpass give none.
	Password string
}

// Scan reads every client of where, a client folder or an office
// database's URL, and evaluates it with eng as of asOf. Its error is for
// the place itself (the folder does not exist, is not a folder, cannot be
// read; the database cannot be reached) or a date the policy refuses: bad
// input. Each client's problem is in its row. A cancelled ctx stops the
// scan with ctx.Err().
func Scan(ctx context.Context, where string, asOf civil.Date, eng *engine.Engine, opt Options) (*Portfolio, error) {
	if asOf < model.PolicyInForce {
		return nil, msg.Errorf("评估日期 %s 早于政策施行日 %s", "evaluation date %s is before the policy took effect on %s",
			asOf, model.PolicyInForce)
	}
	if store.IsOffice(where) {
		return scanOffice(ctx, where, asOf, eng, opt)
	}
	names, err := List(where)
	if err != nil {
		return nil, err
	}
	wait := opt.Wait
	if wait <= 0 {
		wait = time.Second
	}
	return scanNames(ctx, where, names, asOf, opt, func(ctx context.Context, name string) Client {
		return readClient(ctx, filepath.Join(where, name), asOf, eng, wait)
	})
}

// scan reads the clients named on opt's workers.
func scanNames(ctx context.Context, where string, names []string, asOf civil.Date, opt Options,
	read func(ctx context.Context, name string) Client) (*Portfolio, error) {
	p := &Portfolio{Dir: where, AsOf: asOf, Clients: make([]Client, len(names))}
	if opt.OnFiles != nil {
		opt.OnFiles(slices.Clone(names))
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, len(names)))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var report sync.Mutex
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				c := read(ctx, names[i])
				c.File = names[i]
				p.Clients[i] = c
				if opt.OnClient != nil {
					report.Lock()
					opt.OnClient(i, c)
					report.Unlock()
				}
			}
		}()
	}
feed:
	for i := range names {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// List returns the names of the files in dir that are rows of its
// overview, sorted: every file but folders (a client's backups folder,
// packets), hidden files (Huiqi's temporary files start with a dot) and
// SQLite's companions of a database (-wal, -shm, -journal). The error says,
// in both languages, why the folder cannot be listed.
func List(dir string) ([]string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, msg.Errorf("客户文件夹 %s 不存在", "the client folder %s does not exist", dir)
		}
		return nil, msg.Errorf("无法打开客户文件夹 %s：%v", "cannot open the client folder %s: %v", dir, err)
	}
	if !st.IsDir() {
		return nil, msg.Errorf("%s 不是文件夹：请给出客户文件夹", "%s is not a folder: name the client folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return nil, msg.Errorf("没有权限读取客户文件夹 %s：请检查它的权限", "no permission to read the client folder %s: check its permissions", dir)
		}
		return nil, msg.Errorf("无法读取客户文件夹 %s：%v", "cannot read the client folder %s: %v", dir, err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || companion(n) {
			continue
		}
		if e.IsDir() {
			continue
		}
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, n)); err == nil && st.IsDir() {
				continue
			}
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// companion reports a file SQLite keeps beside a database.
func companion(name string) bool {
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// Find returns the row of the file with the given name.
func (p *Portfolio) Find(file string) (*Client, bool) {
	for i := range p.Clients {
		if p.Clients[i].File == file {
			return &p.Clients[i], true
		}
	}
	return nil, false
}

// String is for test failures and logs.
func (c Client) String() string {
	if c.Err != nil {
		return fmt.Sprintf("%s: %s", c.File, c.Err.Error())
	}
	return fmt.Sprintf("%s: %s %+v %+v", c.File, c.Firm, c.Counts, c.Totals)
}
