#!/usr/bin/env bash
# with-postgres.sh CMD [ARG...]
#
# Runs CMD with a PRIVATE, throw-away PostgreSQL cluster and exits with CMD's status.
#   * uses Debian's server binaries (/usr/lib/postgresql/<newest>/bin; `apt-get install
#     postgresql`, or let `bash scripts/setup.sh test` install it);
#   * the cluster lives in a temporary folder (as user "postgres" when run as root, else as
#     the current user), listens on 127.0.0.1 on a free port and on a socket in that folder
#     only; a system cluster (if any) is neither used nor touched;
#   * CMD sees KOMMUNESAMARBEID_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/kommunesamarbeid_test
#     (the superuser "postgres" logs in without a password (trust); every other login needs
#     its password (scram-sha-256), as on a real server: the access-control tests log in as
#     officers and coordinators with passwords);
#   * afterwards (also on error, Ctrl-C or TERM) the cluster is stopped and the folder deleted.
set -euo pipefail

PROG=with-postgres.sh
DB_NAME=kommunesamarbeid_test
say() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { say "error: $*"; exit 125; }

[[ $# -ge 1 ]] || { echo "usage: $PROG CMD [ARG...]" >&2; exit 2; }

# --------------------------------------------------------------- server binaries
PGBIN=${PGBIN:-}
if [[ -z $PGBIN ]]; then
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -V -r); do
    if [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]]; then PGBIN=$d; break; fi
  done
fi
[[ -n $PGBIN && -x $PGBIN/initdb ]] \
  || die "no PostgreSQL server found in /usr/lib/postgresql/*/bin (on Debian/Ubuntu: sudo apt-get install postgresql; or run: bash scripts/setup.sh test)"

PY=$(command -v python3 || true)
[[ -n $PY ]] || PY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv/bin/python
[[ -x $PY ]] || die "python3 is needed to pick a free port"

# ------------------------------------------------- who runs the server, where
if [[ $(id -u) -eq 0 ]]; then
  # initdb/postgres refuse to run as root: use the "postgres" user of Debian's package
  id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user (apt-get install postgresql creates it)"
  PGUSER_OS=postgres
  BASEDIR=/tmp           # must be reachable by the postgres user (TMPDIR may not be)
else
  PGUSER_OS=$(id -un)
  BASEDIR=${TMPDIR:-/tmp}
fi

as_pg() {   # run a server tool as the cluster's owner, from a folder it can read
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PGDIR" && runuser -u "$PGUSER_OS" -- "$@")
  else
    (cd "$PGDIR" && "$@")
  fi
}

PGDIR='' CHILD='' STARTED=0

# shellcheck disable=SC2317  # (functions called from traps)
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -n $CHILD ]] && kill -0 "$CHILD" 2>/dev/null; then
    kill -TERM "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
  fi
  if [[ -n $PGDIR && -d $PGDIR ]]; then
    if [[ $STARTED == 1 || -f $PGDIR/data/postmaster.pid ]]; then
      as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
        || {
          local pid
          pid=$(head -n 1 "$PGDIR/data/postmaster.pid" 2>/dev/null || true)
          if [[ $pid =~ ^[0-9]+$ ]]; then kill -KILL "$pid" 2>/dev/null || true; sleep 1; fi
        }
    fi
    rm -rf --one-file-system "$PGDIR" || say "warning: could not delete $PGDIR"
  fi
  exit "$rc"
}
trap cleanup EXIT
# A terminal's Ctrl-C reaches CMD itself (same process group); TERM/HUP sent to this script
# only are passed on to CMD. Either way the EXIT trap stops the cluster.
# shellcheck disable=SC2317
on_signal() {
  local sig=$1 code=$2
  if [[ -n $CHILD ]]; then
    if [[ $sig != INT ]]; then kill -s "$sig" "$CHILD" 2>/dev/null || true; fi
    return 0                   # keep waiting for CMD; its status is ours
  fi
  exit "$code"                 # still setting up: just clean up
}
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

# ------------------------------------------------------------------ the cluster
PGDIR=$(mktemp -d "$BASEDIR/kommunesamarbeid-pg.XXXXXX")
chmod 700 "$PGDIR"
if [[ $(id -u) -eq 0 ]]; then chown "$PGUSER_OS:" "$PGDIR"; fi
as_pg mkdir -m 700 "$PGDIR/data" "$PGDIR/sock"

LOCALE=C
if locale -a 2>/dev/null | grep -ixE 'c\.utf-?8' >/dev/null; then LOCALE=C.UTF-8; fi
if ! as_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres --encoding=UTF8 \
      --locale="$LOCALE" --no-sync >"$PGDIR/initdb.log" 2>&1; then
  cat "$PGDIR/initdb.log" >&2
  die "initdb failed"
fi

# Trust for the superuser only; everyone else logs in with a password, as on a real server.
as_pg tee "$PGDIR/data/pg_hba.conf" >/dev/null <<'EOF_HBA'
# TYPE  DATABASE  USER      ADDRESS       METHOD
local   all       postgres                trust
host    all       postgres  127.0.0.1/32  trust
host    all       postgres  ::1/128       trust
local   all       all                     scram-sha-256
host    all       all       127.0.0.1/32  scram-sha-256
host    all       all       ::1/128       scram-sha-256
EOF_HBA

free_port() {
  "$PY" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PORT=''
for attempt in 1 2 3; do
  PORT=$(free_port)
  if as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 -s \
       -o "-p $PORT -k $PGDIR/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
       start; then
    STARTED=1
    break
  fi
  say "server did not start on port $PORT (attempt $attempt); log:"
  tail -n 20 "$PGDIR/server.log" >&2 || true
  PORT=''
done
[[ -n $PORT ]] || die "could not start PostgreSQL"

as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB_NAME" \
  || die "createdb $DB_NAME failed"

export KOMMUNESAMARBEID_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB_NAME"
say "private PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PORT ($PGDIR); KOMMUNESAMARBEID_TEST_PG_URL=$KOMMUNESAMARBEID_TEST_PG_URL"

# ---------------------------------------------------------------------- run CMD
# In the background (stdin kept) so that TERM can be passed on while we wait.
"$@" <&0 &
CHILD=$!
while :; do
  rc=0
  wait "$CHILD" || rc=$?
  if ((rc > 128)) && kill -0 "$CHILD" 2>/dev/null; then continue; fi   # wait was interrupted
  break
done
CHILD=''
exit "$rc"
