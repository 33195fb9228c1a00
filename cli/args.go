package cli

import (
	"errors"
	"flag"
	"io"
	"strings"
)

// parse parses flags that may come before or after the positional
// arguments (huiqi import --db x.db s.json and huiqi import s.json --db x.db
// both work) and returns the positionals.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usagef("参数错误：%v", "bad arguments: %v", strings.TrimPrefix(err.Error(), "flag: "))
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// errHelp is a subcommand's -h or --help: its usage is printed, exit 0.
var errHelp = errors.New("help requested")

func newFlags(name string) *flag.FlagSet { return flag.NewFlagSet(name, flag.ContinueOnError) }

// AppArgs reads the desktop app's own arguments: huiqi [--db DB [--firm
// USCC]], and returns what to open (a file, a folder, an office database
// or one of its firms).
func AppArgs(args []string) (string, error) {
	fs := newFlags("huiqi")
	dbf := newDBFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return "", err
	}
	if len(pos) != 0 {
		return "", usagef("未知参数：%v（命令行用法见 huiqi help）", "unknown arguments: %v (see huiqi help)", pos)
	}
	return dbf.target()
}
