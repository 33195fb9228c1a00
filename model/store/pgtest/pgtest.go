// Package pgtest gives a test an office database of its own on the
// PostgreSQL server that make test starts (scripts/pgtest.sh): a new
// database in which a new role, with no right but to log in, owns the
// schema huiqi and nothing else, which is all an office must grant Huiqi.
// Without a server (HUIQI_TEST_PG unset) the test is skipped and says
// why, unless HUIQI_TEST_PG_REQUIRED=1 (CI), when it fails instead.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the administrator's URL of the test server.
const Env = "HUIQI_TEST_PG"

// Required names the variable that makes a missing server a failure.
const Required = "HUIQI_TEST_PG_REQUIRED"

// Admin is the administrator's URL, or "" after skipping (or failing) t.
func Admin(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(Env)
	if admin == "" {
		if os.Getenv(Required) == "1" {
			t.Fatalf("%s is not set but %s=1: the PostgreSQL tests must run here", Env, Required)
		}
		t.Skipf("PostgreSQL is not configured (%s unset): office-database test skipped; make test starts a server", Env)
	}
	return admin
}

// URL makes a new database and role for t and returns the role's URL
// (with its password, as an office's seat would have in ~/.pgpass); both
// are dropped when t ends.
func URL(t testing.TB) string {
	t.Helper()
	admin := Admin(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		if os.Getenv(Required) == "1" {
			t.Fatalf("the PostgreSQL test server cannot be reached: %v", err)
		}
		t.Skipf("the PostgreSQL test server cannot be reached (%v): office-database test skipped", err)
	}
	defer conn.Close(ctx)
	suffix := random(6)
	role, db, password := "huiqi_seat_"+suffix, "huiqi_office_"+suffix, random(12)
	for _, q := range []string{
		fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD '%s'", role, password),
		fmt.Sprintf("CREATE DATABASE %s STRATEGY FILE_COPY", db),
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() { drop(t, admin, role, db) })
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + db
	dbConn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer dbConn.Close(ctx)
	// The office's grant to Huiqi: its own schema, no more. PUBLIC keeps
	// no right to create in public (PostgreSQL 15's default, made sure).
	for _, q := range []string{
		"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
		fmt.Sprintf("CREATE SCHEMA huiqi AUTHORIZATION %s", role),
	} {
		if _, err := dbConn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	u.User = url.UserPassword(role, password)
	return u.String()
}

// Bare makes a database in which the role owns nothing (not even the
// schema), for the tests of what Huiqi says then.
func Bare(t testing.TB) string {
	t.Helper()
	full := URL(t)
	u, _ := url.Parse(full)
	admin, _ := url.Parse(Admin(t))
	admin.Path = u.Path
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA huiqi CASCADE"); err != nil {
		t.Fatal(err)
	}
	return full
}

func drop(t testing.TB, admin, role, db string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Logf("drop %s: %v", db, err)
		return
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", db),
		fmt.Sprintf("DROP ROLE IF EXISTS %s", role),
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Logf("%s: %v", q, err)
		}
	}
}

func random(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
