package cli

import (
	"context"
	"errors"
	"os"
	"runtime/debug"

	"huiqi/model"
	"huiqi/model/msg"
	"huiqi/model/scenario"
	"huiqi/model/store"
)

// runImport: huiqi import --db FILE [--replace] SCENARIO.json, or with
// --table TABLE a spreadsheet's rows appended (sheet.go).
func runImport(env *Env, args []string) error {
	fs := newFlags("import")
	db := fs.String("db", "", "database file")
	replace := fs.Bool("replace", false, "replace the firm already in the database")
	table := fs.String("table", "", "append rows of this table from a spreadsheet")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *table != "" {
		return importSheet(env, *db, *table, *replace, pos)
	}
	if *db == "" || len(pos) != 1 {
		return usagef("需要 --db FILE 和一个场景文件", "need --db FILE and one scenario file")
	}
	// A roster of tens of thousands is decoded and stored once and then the
	// process ends: trading memory for fewer collections (about 350 MB at
	// peak instead of 215 MB for 50,000 people and 50,000 R&D lines) makes
	// the import about a fifth faster.
	defer debug.SetGCPercent(debug.SetGCPercent(1000))
	data, err := readInput(pos[0])
	if err != nil {
		return err
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		return badFile(pos[0], err)
	}
	err = intoDatabase(env.Ctx, *db, func(s store.Store) error { return s.Import(env.Ctx, sc, *replace) })
	if errors.Is(err, store.ErrFirmExists) {
		return badFile(*db, msg.Errorf("数据库中已有企业数据；如需替换请加 --replace",
			"the database already holds a firm; add --replace to replace it"))
	}
	return err
}

// intoDatabase runs write on the database at path, creating it when it
// does not exist. A new file is filled under a temporary name and appears
// only complete (store.Create), so a failed command leaves nothing behind
// and never removes a file another process made meanwhile.
func intoDatabase(ctx context.Context, path string, write func(store.Store) error) error {
	return store.Create(ctx, path, write)
}

// openExisting opens a database that must already exist: reading commands
// must not create an empty file from a mistyped name.
func openExisting(ctx context.Context, path string) (store.Store, error) {
	if path == "" {
		return nil, usagef("需要 --db FILE", "need --db FILE")
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, badFile(path, msg.Errorf("无法打开数据库文件：%v", "cannot open the database file: %v", err))
	}
	if st.Mode().IsRegular() && st.Size() == 0 {
		// An empty file would become a new database; a reading command
		// must not write one.
		return nil, badFile(path, msg.Errorf("数据库文件是空的，没有企业数据", "the database file is empty: it holds no firm"))
	}
	return store.Open(ctx, path)
}

// loadFirm reads the firm of an existing database, read-only: a reading
// command never waits for a writer, migrates or creates anything.
func loadFirm(ctx context.Context, path string) (*model.Scenario, error) {
	if path == "" {
		return nil, usagef("需要 --db FILE", "need --db FILE")
	}
	s, err := store.OpenReader(ctx, path)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sc, err := s.Load(ctx)
	if errors.Is(err, store.ErrNoFirm) {
		return nil, badFile(path, err)
	}
	return sc, err
}

// runExport: huiqi export --db FILE [-o SCENARIO.json], or with --table
// TABLE one table as a spreadsheet (sheet.go).
func runExport(env *Env, args []string) error {
	fs := newFlags("export")
	db := fs.String("db", "", "database file")
	out := fs.String("o", "", "output file (default: standard output)")
	table := fs.String("table", "", "write this table as .xlsx or .csv")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *table != "" {
		return exportSheet(env, *db, *table, *out, pos)
	}
	if len(pos) != 0 {
		return usagef("多余的参数：%v", "unexpected arguments: %v", pos)
	}
	if err := notTheDatabase(*out, *db); err != nil {
		return err
	}
	sc, err := loadFirm(env.Ctx, *db)
	if err != nil {
		return err
	}
	data, err := scenario.Encode(sc)
	if err != nil {
		return err
	}
	return writeOutput(env, *out, data)
}

// writeOutput writes to the -o file atomically, or to standard output.
func writeOutput(env *Env, out string, data []byte) error {
	if out == "" || out == "-" {
		_, err := env.Stdout.Write(data)
		return err
	}
	return writeFileAtomic(out, data)
}
