package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	ics "github.com/arran4/golang-ical"
	"github.com/xuri/excelize/v2"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
)

const folderDay = "2026-06-30"

// clientFolder is a client folder: n demo clients and the files an
// accountant's folder also holds.
func clientFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	for i := range n {
		sc := demo.Client(civil.Date(20260630), i*3)
		path := filepath.Join(dir, sc.Firm.Name+".db")
		if err := store.Create(ctx, path, func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "客户名单.txt"), []byte("名单"), 0o600)
	os.WriteFile(filepath.Join(dir, "空.db"), nil, 0o600)
	return dir
}

type portfolioOut struct {
	Format  string `json:"format"`
	AsOf    string `json:"as_of"`
	Clients []struct {
		File      string          `json:"file"`
		Firm      *string         `json:"firm"`
		USCC      *string         `json:"uscc"`
		SizeClass *string         `json:"size_class"`
		Counts    map[string]int  `json:"counts"`
		Totals    json.RawMessage `json:"totals"`
		Next      *struct {
			Date, Rule, What string
		} `json:"next_deadline"`
		Missing *int    `json:"missing"`
		Error   *string `json:"error"`
	} `json:"clients"`
}

type evalOut struct {
	Firm      string          `json:"firm"`
	SizeClass *string         `json:"size_class"`
	Totals    json.RawMessage `json:"totals"`
	Results   []struct {
		Status  string   `json:"status"`
		Missing []string `json:"missing"`
	} `json:"results"`
	Deadlines []struct{ Date, Rule, What string } `json:"deadlines"`
}

// huiqi scan: one row per file in name order, exactly the keys of
// huiqi-portfolio/1, and each client's row equal to its own huiqi eval:
// the counts of its statuses, its totals, its first deadline from the
// date on, the distinct fields its results list.
func TestScanEqualsEachClientsEval(t *testing.T) {
	dir := clientFolder(t, 5)
	out := mustRun(t, "scan", dir, "--as-of", folderDay)
	var p portfolioOut
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	json.Unmarshal([]byte(out), &raw)
	for _, c := range raw["clients"].([]any) {
		keys := []string{}
		for k := range c.(map[string]any) {
			keys = append(keys, k)
		}
		if len(keys) != 9 {
			t.Errorf("a row has keys %v", keys)
		}
	}
	if p.Format != "huiqi-portfolio/1" || p.AsOf != folderDay || len(p.Clients) != 7 {
		t.Fatalf("format %q as_of %q, %d rows", p.Format, p.AsOf, len(p.Clients))
	}
	good := 0
	for i, c := range p.Clients {
		if i > 0 && p.Clients[i-1].File >= c.File {
			t.Errorf("%s before %s", p.Clients[i-1].File, c.File)
		}
		if c.Error != nil {
			if c.Firm != nil || c.Counts != nil || c.Totals != nil && string(c.Totals) != "null" {
				t.Errorf("%s: an error row with figures", c.File)
			}
			if !strings.Contains(*c.Error, " / ") {
				t.Errorf("%s: %q is not bilingual", c.File, *c.Error)
			}
			continue
		}
		good++
		var ev evalOut
		if err := json.Unmarshal([]byte(mustRun(t, "eval", "--db", filepath.Join(dir, c.File), "--as-of", folderDay)), &ev); err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{"eligible": 0, "may_apply": 0, "missing_data": 0, "ineligible": 0}
		paths := map[string]bool{}
		for _, r := range ev.Results {
			counts[r.Status]++
			for _, m := range r.Missing {
				paths[m] = true
			}
		}
		if !sameJSON(t, c.Totals, ev.Totals) {
			t.Errorf("%s: totals %s, eval says %s", c.File, c.Totals, ev.Totals)
		}
		for k, v := range counts {
			if c.Counts[k] != v {
				t.Errorf("%s: %s %d, eval says %d", c.File, k, c.Counts[k], v)
			}
		}
		if len(c.Counts) != 4 || *c.Missing != len(paths) || *c.Firm != ev.Firm ||
			(c.SizeClass == nil) != (ev.SizeClass == nil) || c.SizeClass != nil && *c.SizeClass != *ev.SizeClass {
			t.Errorf("%s: counts %v missing %d firm %q; eval: %d paths, %q", c.File, c.Counts, *c.Missing, *c.Firm, len(paths), ev.Firm)
		}
		var next *struct{ Date, Rule, What string }
		for i := range ev.Deadlines {
			if ev.Deadlines[i].Date >= folderDay {
				next = &ev.Deadlines[i]
				break
			}
		}
		if (next == nil) != (c.Next == nil) || next != nil && (c.Next.Date != next.Date || c.Next.Rule != next.Rule || c.Next.What != next.What) {
			t.Errorf("%s: next deadline %+v, eval's %+v", c.File, c.Next, next)
		}
	}
	if good != 5 {
		t.Errorf("%d readable rows, want 5", good)
	}
}

// -o writes JSON or .xlsx by its extension; --lang en words the deadlines
// in English; anything else is refused before the scan, exit 2.
func TestScanOutputsAndBadArguments(t *testing.T) {
	dir := clientFolder(t, 2)
	out := filepath.Join(t.TempDir(), "总览.json")
	mustRun(t, "scan", dir, "--as-of", folderDay, "--lang", "en", "-o", out)
	data, _ := os.ReadFile(out)
	if !strings.Contains(string(data), `"format": "huiqi-portfolio/1"`) || strings.Contains(string(data), "期限") {
		t.Errorf("English JSON: %s", data)
	}
	xlsx := filepath.Join(t.TempDir(), "总览.xlsx")
	mustRun(t, "scan", dir, "--as-of", folderDay, "-o", xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("客户总览")
	f.Close()
	if len(rows) != 5 || rows[0][1] != "企业名称" {
		t.Errorf("xlsx rows %v", rows)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"scan", filepath.Join(dir, "没有这个文件夹")}, "不存在"},
		{[]string{"scan", filepath.Join(dir, "空.db")}, "不是文件夹"},
		{[]string{"scan"}, "需要一个客户文件夹"},
		{[]string{"scan", dir, dir}, "需要一个客户文件夹"},
		{[]string{"scan", dir, "--as-of", "2016-01-01"}, "早于政策施行日"},
		{[]string{"scan", dir, "--as-of", "明天"}, "--as-of"},
		{[]string{"scan", dir, "--lang", "fr"}, "--lang"},
		{[]string{"scan", dir, "-o", "x.csv"}, ".json 或 .xlsx"},
		{[]string{"calendar", dir}, "需要 -o FILE.ics"},
		{[]string{"calendar", dir, "-o", "x.txt"}, ".ics"},
		{[]string{"calendar", dir, "--days", "-3", "-o", "x.ics"}, "--days"},
		{[]string{"calendar", filepath.Join(dir, "没有"), "-o", "x.ics"}, "不存在"},
		{[]string{"packet", "--folder", dir}, "需要 -o OUTDIR"},
		{[]string{"packet", "--folder", dir, "--db", "x.db", "-o", "out"}, "--folder"},
		{[]string{"packet", "--folder", filepath.Join(dir, "没有"), "-o", t.TempDir()}, "不存在"},
	} {
		code, _, errOut := run(t, c.args...)
		if code != ExitBadInput || !strings.Contains(errOut, c.want) {
			t.Errorf("huiqi %v: exit %d, %q (want %q)", c.args, code, errOut, c.want)
		}
	}
}

// huiqi calendar: one all-day event per deadline of every client in the
// next N days, and the same UIDs from a second export.
func TestCalendarCommand(t *testing.T) {
	dir := clientFolder(t, 6)
	want := 0
	var p portfolioOut
	json.Unmarshal([]byte(mustRun(t, "scan", dir, "--as-of", folderDay)), &p)
	last := civil.Date(20260630).AddDays(30).String()
	for _, c := range p.Clients {
		if c.Error != nil {
			continue
		}
		var ev evalOut
		json.Unmarshal([]byte(mustRun(t, "eval", "--db", filepath.Join(dir, c.File), "--as-of", folderDay)), &ev)
		for _, d := range ev.Deadlines {
			if d.Date >= folderDay && d.Date <= last {
				want++
			}
		}
	}
	uids := func() []string {
		out := filepath.Join(t.TempDir(), "日程.ics")
		mustRun(t, "calendar", dir, "--as-of", folderDay, "--days", "30", "-o", out)
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cal, err := ics.ParseCalendar(f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range cal.Events() {
			ids = append(ids, e.Id())
		}
		return ids
	}
	first, second := uids(), uids()
	if want == 0 || len(first) != want {
		t.Fatalf("%d events, want %d", len(first), want)
	}
	if strings.Join(first, ",") != strings.Join(second, ",") {
		t.Errorf("UIDs changed between exports:\n%v\n%v", first, second)
	}
}

// huiqi packet --folder: one packet per readable client; the file that is
// not a client is named on standard error, and the command succeeds.
func TestPacketFolderCommand(t *testing.T) {
	dir := clientFolder(t, 2)
	out := filepath.Join(t.TempDir(), "申报材料")
	code, stdout, stderr := run(t, "packet", "--folder", dir, "--as-of", folderDay, "--generated", folderDay, "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 || len(strings.Fields(stdout)) < 2 {
		t.Errorf("packets %v, printed %q", entries, stdout)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), " "+folderDay+".pdf") {
			t.Errorf("packet named %q", e.Name())
		}
	}
	if !strings.Contains(stderr, "客户名单.txt") || !strings.Contains(stderr, "空.db") {
		t.Errorf("stderr %q", stderr)
	}
}

// A folder its user may not read is bad input (exit 2) and a file in it
// that may not be read is a row of its own, as the user nobody when the
// tests run as root (whom permissions do not stop).
func TestScanUnreadable(t *testing.T) {
	base, err := os.MkdirTemp("", "huiqi-scan-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	os.Chmod(base, 0o755)
	dir := filepath.Join(base, "客户")
	os.Mkdir(dir, 0o755)
	ctx := context.Background()
	for i, name := range []string{"可读.db", "不可读.db"} {
		sc := demo.Client(civil.Date(20260630), i)
		if err := store.Create(ctx, filepath.Join(dir, name), func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(filepath.Join(dir, "可读.db"), 0o644)
	os.Chmod(filepath.Join(dir, "不可读.db"), 0o600)
	scan := func(args ...string) (int, string, string) {
		cmd := child(args...)
		if os.Geteuid() == 0 {
			bin := filepath.Join(base, "huiqi.test")
			if _, err := os.Stat(bin); err != nil {
				copyExe(t, os.Args[0], bin)
			}
			cmd = exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), asCLI+"=1")
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		cmd.Run()
		return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
	}
	code, out, errOut := scan("scan", dir, "--as-of", folderDay)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var p portfolioOut
	if err := json.Unmarshal([]byte(out), &p); err != nil || len(p.Clients) != 2 {
		t.Fatalf("%v: %s", err, out)
	}
	for _, c := range p.Clients {
		switch c.File {
		case "可读.db":
			if c.Error != nil {
				t.Errorf("the readable file: %s", *c.Error)
			}
		case "不可读.db":
			if c.Error == nil || !strings.Contains(*c.Error, "权限") {
				t.Errorf("the unreadable file: %v", c.Error)
			}
		}
	}
	os.Chmod(dir, 0o300) // may enter, may not list
	defer os.Chmod(dir, 0o755)
	if code, _, errOut := scan("scan", dir); code != ExitBadInput || !strings.Contains(errOut, "没有权限读取客户文件夹") {
		t.Errorf("an unreadable folder: exit %d, %q", code, errOut)
	}
}
