package cli

import (
	"errors"
	"os"
	"runtime/debug"

	"huiqi/model"
	"huiqi/model/msg"
	"huiqi/model/scenario"
	"huiqi/model/store"
)

// runImport: huiqi import --db FILE [--firm USCC] [--replace] SCENARIO.json
// (or a Huiqi file: a client moved in), or with --table TABLE a
// spreadsheet's rows appended (sheet.go).
func runImport(env *Env, args []string) error {
	fs := newFlags("import")
	dbf := newDBFlags(fs)
	replace := fs.Bool("replace", false, "replace the firm already in the database")
	table := fs.String("table", "", "append rows of this table from a spreadsheet")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if *table != "" {
		return importSheet(env, db, *table, *replace, pos)
	}
	if db == "" || len(pos) != 1 {
		return usagef("需要 --db FILE 和一个场景文件（或惠企申报助手的数据库文件）", "need --db FILE and one scenario file (or Huiqi database file)")
	}
	if isDatabaseFile(pos[0]) {
		return importFile(env, db, pos[0], *replace)
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
	return importInto(env, db, sc, *replace, nil)
}

// importInto stores sc as the firm of db (and look as its last look).
func importInto(env *Env, db string, sc *model.Scenario, replace bool, look *store.Look) error {
	err := intoDatabase(env, db, func(s store.Store) error {
		if err := s.Import(env.Ctx, sc, replace); err != nil {
			return err
		}
		if look != nil {
			return s.SaveLook(env.Ctx, *look)
		}
		return nil
	})
	if errors.Is(err, store.ErrFirmExists) {
		if store.IsOffice(db) {
			return badDB(store.WithFirm(db, sc.Firm.USCC), msg.Errorf("事务所数据库中已有统一社会信用代码为 %s 的客户；如需替换请加 --replace",
				"the office database already holds a firm with the credit code %s; add --replace to replace it", sc.Firm.USCC))
		}
		return badDB(db, msg.Errorf("数据库中已有企业数据；如需替换请加 --replace",
			"the database already holds a firm; add --replace to replace it"))
	}
	return err
}

// importFile brings the firm of a Huiqi file into db, all or nothing: a
// client moved from a laptop into the office database (or between files).
// Its last look comes along; its history stays in the file.
func importFile(env *Env, db, file string, replace bool) error {
	if same(db, file) {
		return badFile(file, msg.Errorf("不能把数据库导入它自己", "a database cannot be imported into itself"))
	}
	src, err := store.OpenFileReader(env.Ctx, file)
	if err != nil {
		return err
	}
	defer src.Close()
	sc, err := src.Load(env.Ctx)
	if errors.Is(err, store.ErrNoFirm) {
		return badFile(file, err)
	}
	if err != nil {
		return err
	}
	if errs := model.Validate(sc); len(errs) > 0 {
		return badFile(file, errs)
	}
	look, err := src.LastLook(env.Ctx)
	if err != nil {
		return err
	}
	return importInto(env, db, sc, replace, look)
}

// intoDatabase runs write on the database at path, creating it when it
// is a file that does not exist. A new file is filled under a temporary
// name and appears only complete (store.Create), so a failed command
// leaves nothing behind and never removes a file another process made
// meanwhile; an office database takes the write in one transaction.
func intoDatabase(env *Env, path string, write func(store.Store) error) error {
	opt, err := env.options(path)
	if err != nil {
		return err
	}
	return store.CreateWith(env.Ctx, path, opt, write)
}

// openExisting opens a database that must already exist: reading commands
// must not create an empty file from a mistyped name.
func openExisting(env *Env, path string) (store.Store, error) {
	if path == "" {
		return nil, usagef("需要 --db FILE", "need --db FILE")
	}
	if store.IsOffice(path) {
		opt, err := env.options(path)
		if err != nil {
			return nil, err
		}
		return store.OpenWith(env.Ctx, path, opt)
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
	return store.Open(env.Ctx, path)
}

// loadFirm reads the firm of an existing database, read-only: a reading
// command never waits for a writer, migrates or creates anything.
func loadFirm(env *Env, path string) (*model.Scenario, error) {
	if path == "" {
		return nil, usagef("需要 --db FILE", "need --db FILE")
	}
	opt, err := env.options(path)
	if err != nil {
		return nil, err
	}
	s, err := store.OpenReaderWith(env.Ctx, path, opt)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sc, err := s.Load(env.Ctx)
	if errors.Is(err, store.ErrNoFirm) {
		return nil, badDB(path, store.ErrNoFirm)
	}
	return sc, err
}

// runExport: huiqi export --db FILE [--firm USCC] [-o SCENARIO.json], or
// with --table TABLE one table as a spreadsheet (sheet.go).
func runExport(env *Env, args []string) error {
	fs := newFlags("export")
	dbf := newDBFlags(fs)
	out := fs.String("o", "", "output file (default: standard output)")
	table := fs.String("table", "", "write this table as .xlsx or .csv")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if *table != "" {
		return exportSheet(env, db, *table, *out, pos)
	}
	if len(pos) != 0 {
		return usagef("多余的参数：%v", "unexpected arguments: %v", pos)
	}
	if err := notTheDatabase(*out, db); err != nil {
		return err
	}
	sc, err := loadFirm(env, db)
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
