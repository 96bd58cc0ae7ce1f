#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests in tests/postgres (DESIGN.md section 3: a centre
# with several desks shares one server, so the code must also run on PostgreSQL).
#
#   url="$(scripts/pg_test_server.sh)"            # start; prints the SQLAlchemy URL on stdout, nothing else
#   CAL_TEST_PG_URL="$url" .venv/bin/pytest tests/postgres
#   scripts/pg_test_server.sh stop DIR             # stop the server and delete its folder
#
# PG_TEST_DIR=/some/empty/dir chooses the folder (so that CI knows what to stop); else a new one under
# /tmp is made and named on stderr.
#
# The cluster lives in a fresh temporary folder owned by the `postgres` account (initdb refuses to run as
# root), listens on a free loopback port only, and requires the random password printed inside the URL.
# Needs the Debian package `postgresql` (binaries in /usr/lib/postgresql/<version>/bin) or PG_BIN set to
# the folder holding initdb and pg_ctl. Run as root (CI) or as the account that should own the server.
set -euo pipefail

find_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
        return
    fi
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "pg_test_server: PostgreSQL not found (apt-get install -y postgresql, or set PG_BIN)" >&2
    exit 1
}

# Run a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_server() {
    local dir="$1" bin
    [ -f "$dir/data/PG_VERSION" ] || { echo "pg_test_server: no server data in $dir" >&2; exit 1; }
    bin="$(find_bin)"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
}

if [ "${1:-start}" = stop ]; then
    [ $# -ge 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
    stop_server "$2"
    exit 0
fi

BIN="$(find_bin)"
if [ -n "${PG_TEST_DIR:-}" ]; then
    BASE="$PG_TEST_DIR"
    mkdir -p "$BASE"
    [ -z "$(ls -A "$BASE")" ] || { echo "pg_test_server: $BASE is not empty" >&2; exit 1; }
else
    BASE="$(mktemp -d /tmp/cal-pg.XXXXXX)"
fi
PASSWORD="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
PORT="$(free_port)"
DBNAME="cal_test"
USER_NAME="cal"
printf '%s\n' "$PASSWORD" >"$BASE/pwfile"
chmod 700 "$BASE"
chmod 600 "$BASE/pwfile"
if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$BASE"
fi

# UTF-8 with the C collation: the program's search columns are normalised in Python, so no collation
# rule matters, and C.UTF-8 exists on every Debian image (ru_RU.UTF-8 often does not).
as_owner "$BIN/initdb" -D "$BASE/data" -U "$USER_NAME" --pwfile="$BASE/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 || {
    cat "$BASE/initdb.log" >&2
    exit 1
}
rm -f "$BASE/pwfile"

# Tests only: durability is traded for speed (fsync off); the socket file stays in our own folder.
cat >>"$BASE/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BASE'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
EOF

as_owner "$BIN/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w -t 60 start >/dev/null || {
    cat "$BASE/server.log" >&2
    exit 1
}
as_owner "$BIN/psql" -h "$BASE" -p "$PORT" -U "$USER_NAME" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE $DBNAME" >/dev/null

echo "pg_test_server: log $BASE/server.log; stop with: $0 stop $BASE" >&2
echo "postgresql+psycopg://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DBNAME"
