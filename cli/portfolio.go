package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"huiqi/batch"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/params"
	"huiqi/model/portfolio"
)

// The client folder's commands (issue 12): scan, calendar and packet
// --folder. Each reads every client file read-only; a file that is not a
// readable client is a row (or a line on standard error) with its reason,
// and the command still exits 0: only a bad argument or a folder that
// cannot be read is exit 2.

// runScan: huiqi scan DIR [--as-of DATE] [--lang zh|en] [-o FILE.json|FILE.xlsx]
func runScan(env *Env, args []string) error {
	fs := newFlags("scan")
	asOf := fs.String("as-of", "", "evaluation date YYYY-MM-DD (default today)")
	lang := fs.String("lang", "zh", "zh or en")
	out := fs.String("o", "", "output .json or .xlsx (default: JSON on standard output)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if *out != "" && *out != "-" && ext != ".json" && ext != ".xlsx" {
		return usagef("-o 的扩展名应为 .json 或 .xlsx，而不是 %q", "-o must end in .json or .xlsx, not %q", ext)
	}
	p, err := scanFolder(env, pos, *asOf)
	if err != nil {
		return err
	}
	noteUpgrades(env, p)
	var data []byte
	if ext == ".xlsx" {
		var buf bytes.Buffer
		if err := p.WriteXLSX(&buf); err != nil {
			return err
		}
		data = buf.Bytes()
	} else if data, err = p.JSON(*lang); err != nil {
		return err
	}
	return writeOutput(env, *out, data)
}

// runCalendar: huiqi calendar DIR [--as-of DATE] [--days N] [--lang zh|en] -o FILE.ics
func runCalendar(env *Env, args []string) error {
	fs := newFlags("calendar")
	asOf := fs.String("as-of", "", "first day YYYY-MM-DD (default today)")
	days := fs.String("days", strconv.Itoa(portfolio.DefaultDays), "how many days ahead")
	lang := fs.String("lang", "zh", "zh or en")
	out := fs.String("o", "", "output .ics (- for standard output)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	n, err := strconv.Atoi(*days)
	if err != nil || n < 0 || n > 3660 {
		return badInput(model.Errors{{Path: "--days", Err: msg.Errorf("天数应为 0 到 3660 之间的整数，而不是 %q",
			"the number of days must be a whole number from 0 to 3660, not %q", *days)}})
	}
	if *out == "" {
		return usagef("需要 -o FILE.ics", "need -o FILE.ics")
	}
	if *out != "-" && strings.ToLower(filepath.Ext(*out)) != ".ics" {
		return usagef("-o 的扩展名应为 .ics，而不是 %q", "-o must end in .ics, not %q", filepath.Ext(*out))
	}
	p, err := scanFolder(env, pos, *asOf)
	if err != nil {
		return err
	}
	noteUpgrades(env, p)
	events := p.Calendar(n, engine.New(params.Default()).Rules())
	var buf bytes.Buffer
	if err := portfolio.WriteICS(&buf, events, *lang, time.Now()); err != nil {
		return err
	}
	return writeOutput(env, *out, buf.Bytes())
}

// runFolderPackets: huiqi packet --folder DIR [--as-of DATE] -o OUTDIR
func runFolderPackets(env *Env, dir, asOf, outDir string, generated civil.Date) error {
	if outDir == "" {
		return usagef("需要 -o OUTDIR（申报材料写入的文件夹）", "need -o OUTDIR (the folder the packets go into)")
	}
	p, err := scanFolder(env, []string{dir}, asOf)
	if err != nil {
		return err
	}
	opt, err := env.options(dir)
	if err != nil {
		return err
	}
	results, err := batch.Packets(env.Ctx, p, engine.New(params.Default()), outDir, batch.Options{Generated: generated, Password: opt.Password})
	if err != nil {
		return err
	}
	var failed int
	for _, r := range results {
		if r.PDF != "" {
			fmt.Fprintln(env.Stdout, r.PDF)
			continue
		}
		report(env.Stderr, badFile(r.File, r.Err))
		if c, ok := p.Find(r.File); ok && c.Readable() && r.Err != batch.NothingToApply {
			failed++
		}
	}
	for _, c := range p.Clients {
		if !c.Readable() {
			report(env.Stderr, badFile(c.File, c.Err))
		}
	}
	if failed > 0 {
		return badInput(msg.Errorf("%d 份申报材料未能写入 %s", "%d packets could not be written to %s", failed, outDir))
	}
	return nil
}

// scanFolder scans the one folder named in pos on --as-of (else today).
func scanFolder(env *Env, pos []string, asOf string) (*portfolio.Portfolio, error) {
	if len(pos) != 1 {
		return nil, usagef("需要一个客户文件夹", "need one client folder")
	}
	d := civil.Today()
	if asOf != "" {
		v, err := civil.Parse(asOf)
		if err != nil {
			return nil, badInput(model.Errors{{Path: "--as-of", Err: msg.From(err)}})
		}
		d = v
	}
	if d < model.PolicyInForce {
		return nil, badInput(model.Errors{{Path: "--as-of", Err: msg.Errorf("评估日期 %s 早于政策施行日 %s",
			"evaluation date %s is before the policy took effect on %s", d, model.PolicyInForce)}})
	}
	opt, err := env.options(pos[0])
	if err != nil {
		return nil, err
	}
	p, err := portfolio.Scan(env.Ctx, pos[0], d, engine.New(params.Default()), portfolio.Options{Password: opt.Password})
	if m, ok := err.(*msg.Error); ok {
		// The folder does not exist, is a file, or cannot be read.
		return nil, badFile(pos[0], m)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// noteUpgrades tells, on standard error, which files the app will upgrade
// when it opens them (their rows hold the results of the old schema).
func noteUpgrades(env *Env, p *portfolio.Portfolio) {
	for _, c := range p.Clients {
		if c.Upgrade {
			fmt.Fprintf(env.Stderr, "%s: %s / %s\n", c.File, portfolio.UpgradeNoteZh, portfolio.UpgradeNoteEn)
		}
	}
}

func checkLang(lang string) error {
	if lang != "zh" && lang != "en" {
		return usagef("--lang 只能是 zh 或 en，而不是 %q", "--lang must be zh or en, not %q", lang)
	}
	return nil
}
