package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

	"golang.org/x/term"

	"huiqi/model/msg"
	"huiqi/model/store"
)

// An office database (issue 13): every --db takes a PostgreSQL URL too
// (postgres://user@host:5432/dbname?sslmode=…). One database holds many
// firms, so a command on one firm names it with --firm CREDIT_CODE; it
// may be left out when the database holds exactly one firm, and for an
// import, where the scenario's credit code names the firm. The password
// comes from the URL, PGPASSWORD or ~/.pgpass, or is asked for on the
// terminal (without echo) when none of them gives one; it is never
// printed: every place a URL is shown, it is shown without it.

// dbFlags are a command's --db and --firm.
type dbFlags struct {
	db, firm *string
}

func newDBFlags(fs *flag.FlagSet) dbFlags {
	return dbFlags{
		db:   fs.String("db", "", "database file, or office database URL (postgres://…)"),
		firm: fs.String("firm", "", "an office database's firm, by its credit code"),
	}
}

// target is what --db and --firm name: a file, or an office database with
// the firm as its fragment. "" when --db is missing.
func (f dbFlags) target() (string, error) {
	if *f.firm != "" && !store.IsOffice(*f.db) {
		return "", usagef("--firm 只用于事务所数据库（--db postgres://…）：一个文件只保存一家企业",
			"--firm is for an office database only (--db postgres://…): a file holds one firm")
	}
	if *f.firm != "" {
		return store.WithFirm(*f.db, *f.firm), nil
	}
	return *f.db, nil
}

// options are the options to open target with: for an office database,
// the password, asked for on the terminal once per run when the server
// wants one that nothing else gave.
func (env *Env) options(target string) (store.Options, error) {
	if !store.IsOffice(target) {
		return store.Options{}, nil
	}
	key, _ := store.SplitFirm(store.Redact(target))
	if env.passwords == nil {
		env.passwords = map[string]string{}
	}
	if pw, ok := env.passwords[key]; ok {
		return store.Options{Password: pw}, nil
	}
	opt := store.Options{}
	for try := 0; ; try++ {
		o, err := store.OpenOffice(env.Ctx, target, opt)
		if err == nil {
			o.Close()
			env.passwords[key] = opt.Password
			return opt, nil
		}
		if !errors.Is(err, store.ErrPassword) || env.AskPassword == nil || try == 3 {
			return opt, err
		}
		pw, perr := env.AskPassword(key)
		if perr != nil || pw == "" {
			return opt, err
		}
		opt.Password = pw
	}
}

// TerminalPassword asks for the password of the office database at where
// on the terminal, without echo; it is Env.AskPassword when standard input
// is a terminal.
func TerminalPassword(stderr io.Writer) func(where string) (string, error) {
	return func(where string) (string, error) {
		fmt.Fprintf(stderr, "%s 的密码 / password for %s: ", where, where)
		pw, err := term.ReadPassword(int(os.Stdin.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read the password: %w", err)
		}
		return string(bytes.TrimRight(pw, "\r\n")), nil
	}
}

// StdinIsTerminal reports whether a password may be asked for.
func StdinIsTerminal() bool { return term.IsTerminal(int(os.Stdin.Fd())) }

// secretInURL finds the password of a URL in any text, the last guard of
// "a password is never printed".
var secretInURL = regexp.MustCompile(`(?i)(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@`)

// redactText takes passwords out of URLs in a message.
func redactText(s string) string { return secretInURL.ReplaceAllString(s, "$1@") }

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// isDatabaseFile reports whether the file at path is an SQLite database
// by its first bytes, whatever its name.
func isDatabaseFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	return n == len(head) && bytes.Equal(head, sqliteMagic)
}

// badDB names the database in a refusal: a file by its path, an office
// database by its URL without the password.
func badDB(target string, m *msg.Error) error { return badFile(store.Redact(target), m) }
