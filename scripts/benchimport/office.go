package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/jackc/pgx/v5"
)

// benchOffice times `huiqi import` of the same scenario into an office
// database (PostgreSQL, issue 13) next to psql's \copy of the same rows
// (people and R&D lines, as CSV) into the same tables, with their keys,
// constraints and indexes: the yardstick is at most 3 times as long. It
// needs a server: HUIQI_TEST_PG, an administrator's URL, which make bench
// sets (scripts/pgtest.sh); without one it says it is skipped.
func benchOffice(bin, jsonPath, dir string, runs int) error {
	admin := os.Getenv("HUIQI_TEST_PG")
	if admin == "" {
		fmt.Println("office database: skipped (HUIQI_TEST_PG unset; make bench starts a PostgreSQL server)")
		return nil
	}
	if _, err := exec.LookPath("psql"); err != nil {
		fmt.Println("office database: skipped (psql not installed)")
		return nil
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return fmt.Errorf("office database: %w", err)
	}
	defer conn.Close(ctx)
	// A database of its own for each run, dropped afterwards.
	fresh := func(name string) (string, error) {
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			return "", err
		}
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
			return "", err
		}
		u, err := url.Parse(admin)
		if err != nil {
			return "", err
		}
		u.Path = "/" + name
		return u.String(), nil
	}
	var drop []string
	defer func() {
		for _, name := range drop {
			conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		}
	}()
	peopleCSV, rdCSV := filepath.Join(dir, "pg-people.csv"), filepath.Join(dir, "pg-rd.csv")
	var best, bestCopy time.Duration
	var peak int64
	for i := 0; i < runs; i++ {
		name := fmt.Sprintf("huiqi_bench_%d_%d", os.Getpid(), i)
		drop = append(drop, name)
		db, err := fresh(name)
		if err != nil {
			return err
		}
		// The schema is made before the timing, as an office's first seat
		// makes it once: the import alone is timed.
		if out, err := exec.Command(bin, "scan", db).CombinedOutput(); err != nil {
			return fmt.Errorf("huiqi scan: %v\n%s", err, out)
		}
		t := time.Now()
		cmd := exec.Command(bin, "import", "--db", db, jsonPath)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("huiqi import into PostgreSQL: %v\n%s", err, out)
		}
		peak = max(peak, peakRSS(cmd))
		if d := time.Since(t); best == 0 || d < best {
			best = d
		}
		// The rows huiqi stored, exactly, name this run's firm.
		for table, file := range map[string]string{"people": peopleCSV, "rd_expenses": rdCSV} {
			q := fmt.Sprintf(`\copy (SELECT * FROM huiqi.%s ORDER BY seq) TO '%s' WITH (FORMAT csv)`, table, file)
			if out, err := exec.Command("psql", db, "-q", "-v", "ON_ERROR_STOP=1", "-c", q).CombinedOutput(); err != nil {
				return fmt.Errorf("psql dump %s: %v\n%s", table, err, out)
			}
		}
		// The same tables emptied of those rows (the firm's row stays, the
		// rows name it), then psql's \copy of the same rows.
		if _, err := exec.Command("psql", db, "-q", "-v", "ON_ERROR_STOP=1", "-c",
			"TRUNCATE huiqi.people, huiqi.rd_expenses CASCADE").CombinedOutput(); err != nil {
			return fmt.Errorf("psql truncate: %v", err)
		}
		t = time.Now()
		out, err := exec.Command("psql", db, "-q", "-v", "ON_ERROR_STOP=1",
			"-c", `\copy huiqi.people FROM '`+peopleCSV+`' WITH (FORMAT csv)`,
			"-c", `\copy huiqi.rd_expenses FROM '`+rdCSV+`' WITH (FORMAT csv)`).CombinedOutput()
		if err != nil {
			return fmt.Errorf("psql \\copy: %v\n%s", err, out)
		}
		if d := time.Since(t); bestCopy == 0 || d < bestCopy {
			bestCopy = d
		}
	}
	var version string
	conn.QueryRow(ctx, "SHOW server_version").Scan(&version)
	fmt.Printf("office database (PostgreSQL %s on this machine):\n", version)
	fmt.Printf("huiqi import --db postgres://… (parse, validate, store): %8.0f ms  peak memory %4d MB (limit 1024)\n", ms(best), peak>>20)
	fmt.Printf("psql \\copy of the same rows into the same tables:        %8.0f ms  (ratio %.2f, target at most 3)\n",
		ms(bestCopy), float64(best)/float64(bestCopy))
	return nil
}
