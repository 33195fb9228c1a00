package cli

import (
	"strings"

	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/msg"
	"huiqi/model/params"
	"huiqi/pdf"
)

// listFlag collects a repeated flag (--benefit A --benefit B).
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runPacket: huiqi packet (--db FILE | SCENARIO.json) [--as-of DATE] [--benefit ID]... -o PACKET.pdf,
// or with --folder DIR one packet per client of a folder (portfolio.go).
func runPacket(env *Env, args []string) error {
	fs := newFlags("packet")
	dbf := newDBFlags(fs)
	asOf := fs.String("as-of", "", "evaluation date YYYY-MM-DD")
	out := fs.String("o", "", "output PDF")
	generated := fs.String("generated", "", "date printed in the footers (default today), for reproducible output")
	var benefits listFlag
	fs.Var(&benefits, "benefit", "rule id to include (repeatable)")
	folder := fs.String("folder", "", "a client folder: one packet per client into the -o folder")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if *out == "" && *folder == "" {
		return usagef("需要 -o PACKET.pdf", "need -o PACKET.pdf")
	}
	gen := civil.Today()
	if *generated != "" {
		if gen, err = civil.Parse(*generated); err != nil {
			return badInput(model.Errors{{Path: "--generated", Err: msg.From(err)}})
		}
	}
	if *folder != "" {
		if db != "" || len(pos) != 0 || len(benefits) != 0 {
			return usagef("--folder 不能与 --db、场景文件或 --benefit 同用", "--folder cannot go with --db, a scenario file or --benefit")
		}
		return runFolderPackets(env, *folder, *asOf, *out, gen)
	}
	if err := notTheDatabase(*out, db); err != nil {
		return err
	}
	sc, err := loadScenario(env, db, pos)
	if err != nil {
		return err
	}
	d, err := evaluationDate(sc, *asOf)
	if err != nil {
		return err
	}
	ev, err := engine.New(params.Default()).Evaluate(sc, d)
	if err != nil {
		return err
	}
	packet, err := forms.Build(sc, ev, forms.Options{Benefits: benefits, Generated: gen})
	if err != nil {
		if m, ok := err.(*msg.Error); ok {
			return badInput(model.Errors{{Path: "--benefit", Err: m}})
		}
		return err
	}
	doc, err := pdf.Render(packet)
	if err != nil {
		return err
	}
	return writeFileAtomic(*out, doc)
}
