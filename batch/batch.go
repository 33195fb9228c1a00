// Package batch prints the application packets of many clients of a
// client folder at once (issue 12): one PDF per client, named by firm and
// date, into one folder. Like a scan it only reads the clients' files.
package batch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/portfolio"
	"huiqi/model/safefile"
	"huiqi/model/store"
	"huiqi/pdf"
)

// Options tune a batch; the zero value prints every readable client.
type Options struct {
	// Files are the clients to print, by file name; empty means every
	// readable client of the folder.
	Files []string
	// Generated is the date printed in the footers (today; tests fix it).
	Generated civil.Date
	// Workers is how many packets are made at once; 0 means one per core.
	Workers int
	// OnDone, when set, is called after each client (one call at a time)
	// with how many are done of how many.
	OnDone func(done, total int, r Result)
	// Password is an office database's password when the URL, PGPASSWORD
	// and ~/.pgpass give none.
	Password string
}

// Result is what became of one client.
type Result struct {
	File string     // the client's file in the folder
	PDF  string     // the packet written; "" when none was
	Err  *msg.Error // why not: unreadable, nothing to apply for, cannot write
}

// NothingToApply is the result of a client for which no benefit applies:
// its packet would be a cover with nothing on it.
var NothingToApply = msg.Errorf("没有适用或可申请的政策，未生成申报材料", "no benefit applies or may be applied for: no packet made")

// Packets writes the packets of p's clients into outDir (made, private,
// when missing), evaluated on p's date, each atomically, so a cancelled or
// failed batch leaves whole packets only. It returns one Result per client
// in file order; its error is for the batch itself: the output folder
// cannot be made, or ctx was cancelled (then the results so far).
func Packets(ctx context.Context, p *portfolio.Portfolio, eng *engine.Engine, outDir string, opt Options) ([]Result, error) {
	if err := os.MkdirAll(outDir, 0o700); err != nil {
		return nil, outputProblem(outDir, err)
	}
	targets := chosen(p, opt.Files)
	names := packetNames(targets, p.AsOf)
	results := make([]Result, len(targets))
	done := make([]bool, len(targets))
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, len(targets)))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := one(ctx, targets[i], p.AsOf, eng, filepath.Join(outDir, names[i]), opt)
				mu.Lock()
				results[i], done[i] = r, true
				finished++
				if opt.OnDone != nil {
					opt.OnDone(finished, len(targets), r)
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range targets {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		var so []Result
		for i, r := range results {
			if done[i] {
				so = append(so, r)
			}
		}
		return so, err
	}
	return results, nil
}

// chosen is the clients to print, in file order.
func chosen(p *portfolio.Portfolio, files []string) []portfolio.Client {
	want := map[string]bool{}
	for _, f := range files {
		want[f] = true
	}
	var out []portfolio.Client
	for _, c := range p.Clients {
		if len(files) == 0 && c.Readable() || want[c.File] {
			out = append(out, c)
		}
	}
	return out
}

// packetNames names each packet by firm and date (玉溪某公司 2026-06-30.pdf);
// two clients of one name are told apart by their files' names.
func packetNames(cs []portfolio.Client, asOf civil.Date) []string {
	count := map[string]int{}
	for _, c := range cs {
		count[portfolio.SafeName(c.Firm)]++
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		base := portfolio.SafeName(c.Firm)
		if c.Firm == "" {
			base = portfolio.SafeName(strings.TrimSuffix(c.File, filepath.Ext(c.File)))
		} else if count[base] > 1 {
			base += " (" + portfolio.SafeName(strings.TrimSuffix(c.File, filepath.Ext(c.File))) + ")"
		}
		names[i] = base + " " + asOf.String() + ".pdf"
	}
	return names
}

// one makes one client's packet.
func one(ctx context.Context, c portfolio.Client, asOf civil.Date, eng *engine.Engine, out string, opt Options) Result {
	r := Result{File: c.File}
	if c.Err != nil {
		r.Err = c.Err
		return r
	}
	doc, err := render(ctx, c.Path, asOf, eng, opt.Generated, opt.Password)
	if err != nil {
		var m *msg.Error
		if errors.As(err, &m) && m == NothingToApply {
			r.Err = m
			return r
		}
		var fe *store.FileError
		if errors.As(err, &fe) {
			r.Err = fe.Err
		} else {
			r.Err = msg.From(err)
		}
		return r
	}
	if err := safefile.WriteAtomic(out, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(doc))
		return err
	}); err != nil {
		r.Err = outputProblem(out, err)
		return r
	}
	r.PDF = out
	return r
}

// render reads the client again (the file, or the office database's firm,
// may have changed since the scan) and typesets its packet of every
// benefit that applies.
func render(ctx context.Context, path string, asOf civil.Date, eng *engine.Engine, generated civil.Date, password string) ([]byte, error) {
	var s interface {
		Load(context.Context) (*model.Scenario, error)
		Close() error
	}
	var err error
	if store.IsOffice(path) {
		s, err = store.OpenReaderWith(ctx, path, store.Options{Password: password})
	} else {
		s, err = store.OpenScan(ctx, path, time.Second)
	}
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sc, err := s.Load(ctx)
	if err != nil {
		return nil, err
	}
	ev, err := eng.Evaluate(sc, asOf)
	if err != nil {
		return nil, err
	}
	applies := false
	for _, res := range ev.Results {
		applies = applies || res.Status.Applies()
	}
	if !applies {
		return nil, NothingToApply
	}
	packet, err := forms.Build(sc, ev, forms.Options{Generated: generated})
	if err != nil {
		return nil, err
	}
	return pdf.Render(packet)
}

func outputProblem(path string, err error) *msg.Error {
	if m := safefile.Explain(path, err); m != nil {
		return m
	}
	return msg.Errorf("无法写入 %s：%v", "cannot write %s: %v", path, err)
}
