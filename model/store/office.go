package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"huiqi/model/msg"
)

// An office database (issue 13): one PostgreSQL database that holds the
// firms of an accounting office, shared by its seats. Its tables are those
// of a Huiqi file with the firm's id in every row, in a schema of their
// own (Schema), so that the office's role needs no more than to own that
// schema: no superuser, no extension, no other schema touched. Every query
// is parameterised; every write takes the firm's row lock first, so the
// writes to one firm follow one another as in a file, while other firms'
// go on beside them.

// Schema is the PostgreSQL schema that holds Huiqi's tables. The office
// creates it for its role (CREATE SCHEMA huiqi AUTHORIZATION role), or
// the role creates it on first use when it may.
const Schema = "huiqi"

// Office is an open office database: a pool of connections and the
// database's URL as it may be shown (without its password).
type Office struct {
	pool  *pgxpool.Pool
	where string
}

// FirmRef is one firm of an office database, as its list shows it.
type FirmRef struct {
	ID, USCC, Name string
}

// Errors of an office database a person can act on.
var (
	// ErrPassword: the server wants a password that none of the URL,
	// PGPASSWORD and ~/.pgpass gave, or the one given is wrong. The app
	// and the command line then ask for it (Options.Password).
	ErrPassword = msg.Errorf("数据库服务器拒绝了登录：密码错误或未提供密码（可在 PGPASSWORD 或 ~/.pgpass 中设置，或在提示时输入）",
		"the database server refused the login: the password is wrong or was not given (set PGPASSWORD or ~/.pgpass, or enter it when asked)")
	// ErrUSCCTaken: another firm of the office already has the credit code.
	ErrUSCCTaken = msg.Errorf("事务所数据库中已有另一个客户使用此统一社会信用代码", "another client of the office database already has this credit code")
	// ErrFirmGone: the firm was removed from the office database (another
	// seat undid its first import) while it was open.
	ErrFirmGone = msg.Errorf("该客户已从事务所数据库中删除（可能是其他座位撤销了它的导入）", "this client is no longer in the office database (another seat may have undone its import)")
)

// OpenOffice connects to the office database at url (postgres:// or
// postgresql://; a #fragment naming a firm is ignored) and brings its
// schema up to date. The password comes from the URL, PGPASSWORD,
// ~/.pgpass (pgx reads both) or opt; TLS is as the URL's sslmode asks.
// Whatever fails is a *FileError naming the URL without its password.
func OpenOffice(ctx context.Context, url string, opt Options) (*Office, error) {
	base, _ := SplitFirm(url)
	where := Redact(base)
	cfg, err := pgxpool.ParseConfig(strings.TrimSpace(base))
	if err != nil {
		return nil, &FileError{where, msg.Errorf("无法识别数据库地址：应为 postgres://用户@主机:端口/数据库?sslmode=…", "the database URL cannot be read: it should be postgres://user@host:port/database?sslmode=…")}
	}
	if opt.Password != "" {
		cfg.ConnConfig.Password = opt.Password
	}
	if cfg.ConnConfig.RuntimeParams == nil {
		cfg.ConnConfig.RuntimeParams = map[string]string{}
	}
	// Unqualified names are Huiqi's tables; pg_catalog comes first anyway.
	cfg.ConnConfig.RuntimeParams["search_path"] = Schema
	cfg.ConnConfig.RuntimeParams["application_name"] = "huiqi"
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, officeProblem(where, err)
	}
	o := &Office{pool: pool, where: where}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, officeProblem(where, err)
	}
	if err := o.migrate(ctx); err != nil {
		pool.Close()
		return nil, officeProblem(where, err)
	}
	return o, nil
}

// Where is the office database's URL without its password.
func (o *Office) Where() string { return o.where }

// Close closes the connections.
func (o *Office) Close() { o.pool.Close() }

// Firms lists the office's firms by credit code.
func (o *Office) Firms(ctx context.Context) ([]FirmRef, error) {
	rows, err := o.pool.Query(ctx, `SELECT id, uscc, name FROM firm ORDER BY uscc`)
	if err != nil {
		return nil, officeProblem(o.where, fmt.Errorf("store: list the firms: %w", err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (FirmRef, error) {
		var f FirmRef
		err := r.Scan(&f.ID, &f.USCC, &f.Name)
		return f, err
	})
	if err != nil {
		return nil, officeProblem(o.where, fmt.Errorf("store: list the firms: %w", err))
	}
	return out, nil
}

// Firm opens the firm with credit code uscc ("": the only firm) on the
// office's connections; closing it leaves the office open.
func (o *Office) Firm(ctx context.Context, uscc string) (Store, error) {
	c := &officeFirm{o: o, want: uscc}
	if err := c.bind(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// How openClient opens a firm.
type openMode int

const (
	forEditing  openMode = iota // the firm named, else the only one
	forReading                  // the same, and never a write
	forCreating                 // the firm named, else the one an import names
)

// openClient opens the firm an office target names (its #fragment), or
// the only firm, or none yet (an import then names it).
func openClient(ctx context.Context, target string, opt Options, mode openMode) (Store, error) {
	o, err := OpenOffice(ctx, target, opt)
	if err != nil {
		return nil, err
	}
	_, want := SplitFirm(target)
	readOnly := mode == forReading
	c := &officeFirm{o: o, want: strings.TrimSpace(want), owns: true, readOnly: readOnly}
	if mode == forCreating && c.want == "" {
		return c, nil
	}
	if err := c.bind(ctx); err != nil {
		o.Close()
		return nil, err
	}
	if readOnly && c.id == "" {
		err := c.needFirm(ctx)
		o.Close()
		return nil, err
	}
	return c, nil
}

// isNoRows reports pgx's "no rows" answer.
func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
