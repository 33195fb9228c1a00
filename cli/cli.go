// Package cli is the huiqi command line of scenario.md: the subcommands
// accountants and scripts use. It holds no rule of its own; it parses
// arguments, calls the model, and maps failures to exit statuses: 0 success,
// 2 bad input (named file, path and problem, in Chinese and English), 1
// anything else. A failed command leaves no partial file and no partial
// database change.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"huiqi/model/mask"
	"huiqi/model/msg"
	"huiqi/model/safefile"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

// Exit statuses.
const (
	ExitOK       = 0
	ExitFailure  = 1
	ExitBadInput = 2
)

// Env is what a command may touch besides its arguments: its streams and
// the evaluation clock, so tests can run commands in-process.
type Env struct {
	Stdout, Stderr io.Writer
	Ctx            context.Context
	// AskPassword asks for an office database's password when the
	// server wants one that the URL, PGPASSWORD and ~/.pgpass did not
	// give (TerminalPassword); nil: never ask.
	AskPassword func(where string) (string, error)

	passwords map[string]string // given in this run, by URL without password
}

type command struct {
	usage string // the synopsis line, as in scenario.md
	run   func(env *Env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"import": {"huiqi import --db FILE [--replace] SCENARIO.json\n" +
			"  huiqi import --db FILE --table TABLE FILE.xlsx|FILE.csv\n" +
			"  huiqi import --db URL [--firm USCC] [--replace] SCENARIO.json|CLIENT.db", runImport},
		"export": {"huiqi export --db FILE [-o SCENARIO.json]\n" +
			"  huiqi export --db FILE --table TABLE -o FILE.xlsx|FILE.csv", runExport},
		"template": {"huiqi template --table TABLE -o FILE.xlsx", runTemplate},
		"backup": {"huiqi backup --db FILE -o BACKUP.db\n" +
			"  huiqi backup --db URL [--firm USCC] -o CLIENT.db", runBackup},
		"demo": {"huiqi demo --db FILE", runDemo},
		"eval": {"huiqi eval [--as-of DATE] [--lang zh|en] (SCENARIO.json | --db FILE)", runEval},
		"packet": {"huiqi packet (--db FILE | SCENARIO.json) [--as-of DATE] [--benefit ID]... -o PACKET.pdf\n" +
			"  huiqi packet --folder DIR [--as-of DATE] -o OUTDIR", runPacket},
		"params":   {"huiqi params [--as-of DATE] [--lang zh|en]", runParams},
		"scan":     {"huiqi scan DIR|URL [--as-of DATE] [--lang zh|en] [-o FILE.json|FILE.xlsx]", runScan},
		"calendar": {"huiqi calendar DIR|URL [--as-of DATE] [--days N] [--lang zh|en] -o FILE.ics", runCalendar},
	}
}

// IsCommand reports whether name is a subcommand (as opposed to the GUI's
// own flags such as --db).
func IsCommand(name string) bool {
	_, ok := commands()[name]
	return ok || name == "help" || name == "-h" || name == "--help"
}

// Run runs one subcommand, args[0] being its name, and returns the exit
// status.
func Run(env *Env, args []string) int {
	if env.Ctx == nil {
		env.Ctx = context.Background()
	}
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout, cmds)
		return ExitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		report(env.Stderr, badInput(msg.Errorf("未知命令 %q", "unknown command %q", args[0])))
		usage(env.Stderr, cmds)
		return ExitBadInput
	}
	err := c.run(env, args[1:])
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, errHelp) {
		fmt.Fprintf(env.Stdout, "用法 / usage: %s\n", c.usage)
		return ExitOK
	}
	report(env.Stderr, err)
	var u *usageError
	if errors.As(err, &u) {
		fmt.Fprintf(env.Stderr, "用法 / usage: %s\n", c.usage)
	}
	if isBadInput(err) {
		return ExitBadInput
	}
	return ExitFailure
}

func usage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "惠企申报助手 Huiqi — 用法 / usage:")
	fmt.Fprintln(w, "  huiqi [--db FILE]            打开桌面程序 / open the desktop app")
	for _, n := range names {
		fmt.Fprintln(w, "  "+cmds[n].usage)
	}
	fmt.Fprintln(w, "  --db FILE 处都可写事务所数据库 URL，--firm USCC 选择其中的企业 / wherever --db FILE is taken, so is an office")
	fmt.Fprintln(w, "    database's URL (postgres://user@host:5432/dbname?sslmode=verify-full), with --firm USCC to pick its firm;")
	fmt.Fprintln(w, "    DIR may be such a URL too")
	fmt.Fprintln(w, "  TABLE: "+strings.Join(sheet.Tables(), ", "))
}

// inputError marks bad input: what the user gave (a file, an argument, a
// database that cannot take the command) is wrong, as opposed to the
// machine failing.
type inputError struct {
	file string // the file the problem is in, if any
	err  error
}

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

func badInput(err error) error { return &inputError{err: err} }

func badFile(file string, err error) error { return &inputError{file: file, err: err} }

type usageError struct{ m *msg.Error }

func (e *usageError) Error() string { return e.m.Error() }

func usagef(zh, en string, args ...any) error {
	return &inputError{err: &usageError{msg.Errorf(zh, en, args...)}}
}

// isBadInput tells the user's input and environment (exit 2) from a
// defect (exit 1): bad files and arguments, a database that cannot take the
// command, and the machine's state (full disk, read-only place, a lock)
// are the former.
func isBadInput(err error) bool {
	var in *inputError
	var fe *store.FileError
	var pe *fs.PathError
	var le *os.LinkError
	return errors.As(err, &in) || errors.As(err, &fe) || errors.Is(err, store.ErrNoFirm) ||
		errors.Is(err, store.ErrFirmExists) || errors.Is(err, store.ErrStale) ||
		errors.As(err, &pe) && safefile.Explain(pe.Path, err) != nil ||
		errors.As(err, &le) && safefile.Explain(le.New, err) != nil
}

// report prints an error, one problem a line, each prefixed by the file it
// is in, so a long list of refusals reads like a compiler's.
func report(w io.Writer, err error) {
	prefix := "huiqi: "
	var in *inputError
	if errors.As(err, &in) && in.file != "" {
		prefix = in.file + ": "
	}
	// The last guard of "no message holds a whole ID number": whatever
	// text an error carries, the terminal gets it masked.
	// A URL's password is taken out the same way.
	for _, line := range strings.Split(redactText(mask.Text(err.Error())), "\n") {
		fmt.Fprintf(w, "%s%s\n", redactText(prefix), mask.Text(line))
	}
}

// MaxInputBytes bounds every input file (scenario JSON, .csv, .xlsx):
// refused before it is read, so no input can exhaust the machine's memory.
const MaxInputBytes = 200 << 20

// readInput reads a named input file; a missing, unreadable or too large
// file is bad input.
func readInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badFile(path, inputProblem(path, err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, badFile(path, msg.Errorf("这是一个文件夹，不是输入文件", "this is a folder, not an input file"))
	} else if err == nil && st.Size() > MaxInputBytes {
		return nil, badFile(path, tooLarge(st.Size()))
	}
	// Read through a limit too: a pipe or a growing file has no size.
	data, err := io.ReadAll(io.LimitReader(f, MaxInputBytes+1))
	if err != nil {
		return nil, badFile(path, inputProblem(path, err))
	}
	if len(data) > MaxInputBytes {
		return nil, badFile(path, tooLarge(int64(len(data))))
	}
	return data, nil
}

func tooLarge(n int64) *msg.Error {
	return msg.Errorf("文件太大（%d MB）：最多 %d MB", "the file is too large (%d MB): at most %d MB", n>>20, MaxInputBytes>>20)
}

func inputProblem(path string, err error) *msg.Error {
	if m := safefile.Explain(path, err); m != nil {
		return m
	}
	return msg.Errorf("无法读取文件：%v", "cannot read the file: %v", err)
}
