// Command benchimport prints how long `huiqi import` takes for a scenario
// of 50,000 people and 50,000 R&D lines, next to the sqlite3 command-line
// shell's .import of the same rows as CSV into the same schema — the
// yardstick of issue 2 (at most twice as long); and with a PostgreSQL
// server (HUIQI_TEST_PG) the import into an office database next to psql's
// \copy of the same rows (issue 13, at most 3 times). It prints figures;
// it does not pass or fail on timing.
//
// Usage: go run ./scripts/benchimport -huiqi build/huiqi
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/scenario"
)

func main() {
	bin := flag.String("huiqi", "build/huiqi", "the huiqi binary")
	people := flag.Int("people", 50_000, "people in the scenario")
	rd := flag.Int("rd", 50_000, "R&D lines in the scenario")
	runs := flag.Int("runs", 3, "runs of each; the best is printed")
	flag.Parse()
	if err := run(*bin, *people, *rd, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "benchimport:", err)
		os.Exit(1)
	}
}

func run(bin string, people, rd, runs int) error {
	dir, err := os.MkdirTemp("", "huiqi-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	sc := demo.Large(civil.Date(20260315), people, rd)
	data, err := scenario.Encode(sc)
	if err != nil {
		return err
	}
	jsonPath := filepath.Join(dir, "large.json")
	if err := os.WriteFile(jsonPath, data, 0o644); err != nil {
		return err
	}
	peopleCSV, rdCSV := filepath.Join(dir, "people.csv"), filepath.Join(dir, "rd.csv")
	var best, bestCLI, bestKeyed time.Duration
	var importPeak int64
	for i := 0; i < runs; i++ {
		db := filepath.Join(dir, fmt.Sprintf("huiqi-%d.db", i))
		t := time.Now()
		cmd := exec.Command(bin, "import", "--db", db, jsonPath)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("huiqi import: %v\n%s", err, out)
		}
		importPeak = max(importPeak, peakRSS(cmd))
		if d := time.Since(t); best == 0 || d < best {
			best = d
		}
		if i == 0 {
			if err := dumpCSV(db, "people", peopleCSV); err != nil {
				return err
			}
			if err := dumpCSV(db, "rd_expenses", rdCSV); err != nil {
				return err
			}
		}
		// The shell creates the tables from the CSV headers, as a user of
		// .import would.
		cliDB := filepath.Join(dir, fmt.Sprintf("cli-%d.db", i))
		t = time.Now()
		cmd = exec.Command("sqlite3", cliDB, ".import --csv "+peopleCSV+" people", ".import --csv "+rdCSV+" rd_expenses")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("sqlite3 .import: %v\n%s", err, out)
		}
		if d := time.Since(t); bestCLI == 0 || d < bestCLI {
			bestCLI = d
		}
		// And into tables with huiqi's columns and keys (primary key, the
		// unique person id), which is the same storage work huiqi does.
		// Only CHECK constraints are left out: CSV cannot say NULL, and
		// empty strings would fail them.
		keyedDB := filepath.Join(dir, fmt.Sprintf("keyed-%d.db", i))
		if out, err := exec.Command("sqlite3", keyedDB, keyedSchema).CombinedOutput(); err != nil {
			return fmt.Errorf("sqlite3 schema: %v\n%s", err, out)
		}
		t = time.Now()
		cmd = exec.Command("sqlite3", keyedDB, ".import --csv --skip 1 "+peopleCSV+" people",
			".import --csv --skip 1 "+rdCSV+" rd_expenses")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("sqlite3 .import: %v\n%s", err, out)
		}
		if d := time.Since(t); bestKeyed == 0 || d < bestKeyed {
			bestKeyed = d
		}
	}
	fmt.Printf("scenario: %d people, %d R&D lines, %.1f MB of JSON (best of %d runs)\n",
		people, rd, float64(len(data))/1e6, runs)
	fmt.Printf("huiqi import (parse, validate, store):  %8.0f ms  peak memory %4d MB (limit 1024)\n", ms(best), importPeak>>20)
	fmt.Printf("sqlite3 .import of the same rows as CSV:\n")
	fmt.Printf("  into tables with huiqi's keys:        %8.0f ms  (ratio %.2f, target at most 2)\n",
		ms(bestKeyed), float64(best)/float64(bestKeyed))
	fmt.Printf("  into bare tables made from the CSV:   %8.0f ms  (ratio %.2f)\n",
		ms(bestCLI), float64(best)/float64(bestCLI))
	// Evaluation and packet of the stored 50,000-person firm, read-only.
	db := filepath.Join(dir, "huiqi-0.db")
	for _, c := range []struct {
		what string
		args []string
	}{
		{"huiqi eval --db (load, evaluate, print)", []string{"eval", "--db", db}},
		{"huiqi packet --db (load, evaluate, PDF)", []string{"packet", "--db", db, "-o", filepath.Join(dir, "p.pdf")}},
	} {
		var bestRun time.Duration
		var peak int64
		for i := 0; i < runs; i++ {
			t := time.Now()
			cmd := exec.Command(bin, c.args...)
			if out, err := cmd.Output(); err != nil {
				return fmt.Errorf("%s: %v\n%.300s", c.what, err, out)
			}
			if d := time.Since(t); bestRun == 0 || d < bestRun {
				bestRun = d
			}
			peak = max(peak, peakRSS(cmd))
		}
		fmt.Printf("%-40s %8.0f ms  peak memory %4d MB (limit 1024)\n", c.what+":", ms(bestRun), peak>>20)
	}
	return benchOffice(bin, jsonPath, dir, runs)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// dumpCSV writes a table of a huiqi database as CSV with a header, through
// the shell itself, so the rows are exactly the values huiqi stored.
func dumpCSV(db, table, path string) error {
	out, err := exec.Command("sqlite3", "-header", "-csv", db, "SELECT * FROM "+table+" ORDER BY seq").Output()
	if err != nil {
		return fmt.Errorf("sqlite3 dump %s: %w", table, err)
	}
	return os.WriteFile(path, out, 0o644)
}

// keyedSchema is huiqi's people and rd_expenses tables with their keys and
// without CHECK constraints.
const keyedSchema = `CREATE TABLE people (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, pid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL, id_number TEXT, founder INTEGER NOT NULL, hired TEXT, left_on TEXT, contract_months INTEGER,
  graduated TEXT, in_school INTEGER NOT NULL, categories TEXT NOT NULL, emp_cert_issued TEXT,
  emp_cert_self_employment INTEGER, farmer_certificate INTEGER NOT NULL, talent_program TEXT,
  talent_contract_years INTEGER, talent_home_in_yuxi INTEGER, leave_kind TEXT, leave_start TEXT);
CREATE TABLE rd_expenses (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, date TEXT NOT NULL, project TEXT NOT NULL,
  category TEXT NOT NULL, amount_fen INTEGER NOT NULL, capitalized INTEGER NOT NULL);`
