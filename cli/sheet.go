package cli

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"

	"huiqi/model"
	"huiqi/model/mask"
	"huiqi/model/msg"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

// Spreadsheets and backups: huiqi import/export --table, huiqi template,
// huiqi backup.

// tableFlag checks --table: a table's code or its Chinese name.
func tableFlag(name string) (string, error) {
	t, ok := sheet.FindTable(name)
	if !ok {
		return "", usagef("未知的表 %q；--table 可选：%s", "unknown table %q; --table takes one of %s",
			name, strings.Join(sheet.Tables(), ", "))
	}
	return t, nil
}

// sheetExt checks that an output file is a spreadsheet this build writes.
func sheetExt(out string, allowed ...string) error {
	ext := strings.ToLower(filepath.Ext(out))
	for _, a := range allowed {
		if ext == a {
			return nil
		}
	}
	return usagef("-o 的文件扩展名应为 %s", "-o must name a %s file", strings.Join(allowed, " / "))
}

// importSheet: huiqi import --db FILE --table TABLE FILE.xlsx|FILE.csv.
// The rows are appended to the stored firm only if every row of the file,
// checked together with the stored records, is valid; otherwise every
// problem is listed by row and column and nothing is written.
func importSheet(env *Env, db, table string, replace bool, pos []string) error {
	if replace {
		return usagef("--replace 不能与 --table 同用：表格导入只追加记录", "--replace cannot be used with --table: a spreadsheet import only appends rows")
	}
	t, err := tableFlag(table)
	if err != nil {
		return err
	}
	if db == "" || len(pos) != 1 {
		return usagef("需要 --db FILE、--table TABLE 和一个 .xlsx 或 .csv 文件", "need --db FILE, --table TABLE and one .xlsx or .csv file")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	data, err := readInput(pos[0])
	if err != nil {
		return err
	}
	s, err := openExisting(env, db)
	if err != nil {
		return err
	}
	defer s.Close()
	var add *model.Scenario
	err = s.AppendPrepared(env.Ctx, func(existing *model.Scenario) (*model.Scenario, error) {
		var warns sheet.RowErrors
		add, warns, err = sheet.PrepareWarn(existing, pos[0], data, t)
		for _, w := range warns {
			fmt.Fprintf(env.Stderr, "%s: 警告 / warning: %s\n", pos[0], mask.Text(w.Error()))
		}
		var rows sheet.RowErrors
		if errors.As(err, &rows) {
			return nil, badFile(pos[0], err)
		}
		return add, err
	})
	if errors.Is(err, store.ErrNoFirm) {
		return badDB(db, msg.Errorf("数据库中还没有企业数据：请先导入场景文件或在程序中填写企业信息，再导入表格",
			"the database holds no firm yet: import a scenario or enter the firm in the app before importing a spreadsheet"))
	}
	if err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	n := len(add.People) + len(add.Patents) + len(add.RDExpenses) + len(add.Investments) + len(add.Loans) +
		len(add.Fees) + len(add.Financials) + len(add.Taxes)
	fmt.Fprintf(env.Stdout, "已从 %s 导入 %d 条%s记录 / imported %d %s rows from %s\n",
		pos[0], n, sheet.TableName(t), n, t, pos[0])
	return nil
}

// exportSheet: huiqi export --db FILE --table TABLE -o FILE.xlsx|FILE.csv
func exportSheet(env *Env, db, table, out string, pos []string) error {
	t, err := tableFlag(table)
	if err != nil {
		return err
	}
	if out == "" || out == "-" || len(pos) != 0 {
		return usagef("需要 -o FILE.xlsx 或 -o FILE.csv", "need -o FILE.xlsx or -o FILE.csv")
	}
	if err := sheetExt(out, ".xlsx", ".csv"); err != nil {
		return err
	}
	if err := notTheDatabase(out, db); err != nil {
		return err
	}
	sc, err := loadFirm(env, db)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := sheet.Write(&buf, out, t, sc); err != nil {
		return err
	}
	return writeFileAtomic(out, buf.Bytes())
}

// runTemplate: huiqi template --table TABLE -o FILE.xlsx
func runTemplate(env *Env, args []string) error {
	fs := newFlags("template")
	table := fs.String("table", "", "table: "+strings.Join(sheet.Tables(), ", "))
	out := fs.String("o", "", "output .xlsx file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *table == "" || *out == "" || len(pos) != 0 {
		return usagef("需要 --table TABLE 和 -o FILE.xlsx", "need --table TABLE and -o FILE.xlsx")
	}
	t, err := tableFlag(*table)
	if err != nil {
		return err
	}
	if err := sheetExt(*out, ".xlsx"); err != nil {
		return err
	}
	data, err := sheet.Template(t)
	if err != nil {
		return err
	}
	return writeFileAtomic(*out, data)
}

// runBackup: huiqi backup --db FILE [--firm USCC] -o BACKUP.db: a copy of
// a file, or one firm of an office database taken out as a Huiqi file.
func runBackup(env *Env, args []string) error {
	fs := newFlags("backup")
	dbf := newDBFlags(fs)
	out := fs.String("o", "", "backup file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	db, err := dbf.target()
	if err != nil {
		return err
	}
	if db == "" || *out == "" || len(pos) != 0 {
		return usagef("需要 --db FILE 和 -o BACKUP.db", "need --db FILE and -o BACKUP.db")
	}
	s, err := openExisting(env, db)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Backup(env.Ctx, *out)
}
