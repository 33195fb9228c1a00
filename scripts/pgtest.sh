#!/bin/sh
# Runs a command with a throw-away PostgreSQL server for the office-database
# tests (issue 13): a new cluster in a temporary folder, on a free port of
# 127.0.0.1, started as an unprivileged user (initdb refuses root, so as
# root it runs as nobody), stopped and deleted when the command ends.
#
#   scripts/pgtest.sh COMMAND...
#
# The command sees HUIQI_TEST_PG, an administrator's URL of that server;
# each test makes a database of its own with a role that owns only its
# schema (model/store/pgtest). Where PostgreSQL is not installed the command
# runs without it and the PostgreSQL tests say they are skipped; with CI set
# (or HUIQI_TEST_PG_REQUIRED=1) a missing server is an error, and the tests
# fail rather than skip.
set -eu

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
	if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir="$d"; break; fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
	bindir="$(dirname "$(command -v initdb)")"
fi

required="${HUIQI_TEST_PG_REQUIRED:-}"
if [ "${CI:-}" = "true" ]; then required=1; fi

if [ -z "$bindir" ]; then
	if [ "$required" = "1" ]; then
		echo "pgtest: PostgreSQL (initdb, pg_ctl) is not installed, and CI needs it: apt-get install postgresql" >&2
		exit 1
	fi
	echo "pgtest: PostgreSQL is not installed: the office-database tests are SKIPPED (apt-get install postgresql, or make deps-test, to run them)"
	exec "$@"
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/huiqi-pg.XXXXXX")"
as=""
if [ "$(id -u)" -eq 0 ]; then
	# The cluster's files and processes belong to an unprivileged user.
	chown nobody "$dir"
	as="runuser -u nobody --"
fi
pgctl() { $as "$bindir/pg_ctl" -D "$dir/data" "$@"; }
cleanup() {
	pgctl -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM

password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" > "$dir/pwfile"
[ -n "$as" ] && chown nobody "$dir/pwfile"
$as "$bindir/initdb" -D "$dir/data" -U huiqi_admin --pwfile="$dir/pwfile" -A scram-sha-256 \
	-E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

# A free port: try a few from a start that differs between runs.
port=""
start=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 ))
for p in $(seq "$start" $((start + 20))); do
	if pgctl -w -t 30 -l "$dir/server.log" -o "-p $p -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
		port="$p"; break
	fi
done
if [ -z "$port" ]; then
	echo "pgtest: PostgreSQL did not start:" >&2
	tail -n 20 "$dir/server.log" >&2 || true
	exit 1
fi

export HUIQI_TEST_PG="postgres://huiqi_admin:$password@127.0.0.1:$port/postgres?sslmode=disable"
export HUIQI_TEST_PG_REQUIRED="$required"
echo "pgtest: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the office-database tests"
status=0
"$@" || status=$?
exit "$status"
