#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on this machine, for the team-audit tests and for a team trying the
# team audit trail (issue 15) on one machine before it has a real server.
#
# Usage:
#   scripts/team-db-cluster.sh start DIR [--port N] [--tls CERT KEY]
#   scripts/team-db-cluster.sh stop DIR [--immediate]
#   scripts/team-db-cluster.sh status DIR
#   scripts/team-db-cluster.sh destroy DIR [--immediate]
#   scripts/team-db-cluster.sh bindir
#
# start    Creates a cluster in DIR if there is none (initdb into DIR/data: superuser role `postgres`,
#          UTF8), starts it and creates the database `extracta_team` if it is missing. The server
#          listens on 127.0.0.1 only, on port N (default 54329, or the port of the last start), and
#          its unix socket is in DIR, so no system folder is used. Who may connect:
#            - the superuser `postgres` over 127.0.0.1 / ::1 without a password (trust);
#            - every other role over 127.0.0.1 / ::1 only with its password (scram-sha-256);
#            - anyone who can open DIR over the unix socket in DIR (trust).
#          --tls CERT KEY copies the certificate (chain) and key into DIR and turns TLS on (ssl=on);
#          a later start without --tls keeps it. Starting a running cluster says so and exits 0.
#          Prints, on stdout, the URI the superuser connects with:
#            postgresql://postgres@127.0.0.1:PORT/extracta_team
#          (messages go to stderr, so `uri=$(scripts/team-db-cluster.sh start DIR)` works).
# stop     Fast shutdown (active sessions are ended), waiting until the server is down.
#          --immediate does not wait for a clean shutdown (the next start recovers): for tests.
# status   Says whether the cluster runs, and its URI; exits 0 when running, 3 when stopped,
#          4 when DIR holds no cluster.
# destroy  Stops the cluster and removes DIR. Refuses a DIR that is neither empty nor a cluster
#          made by this script.
# bindir   Prints the PostgreSQL program folder this script uses.
#
# The PostgreSQL programs are found with `pg_config --bindir`, else in the highest
# /usr/lib/postgresql/*/bin (Debian does not put initdb and pg_ctl on PATH); PG_BINDIR overrides
# both. On Debian: `apt-get install postgresql` (the default cluster it may create on port 5432 is
# not used). PostgreSQL refuses to run as root: run as root, this script runs the server's programs
# as the user `postgres` (runuser) and gives DIR to it, so DIR must be reachable by that user
# (a folder under /tmp is; one under /root is not).
#
# Trying the team audit trail on one machine:
#   scripts/team-db-cluster.sh start /tmp/extracta-team-db
#   extracta-batch team init --team-db postgresql://postgres@127.0.0.1:54329/extracta_team
#   ...
#   scripts/team-db-cluster.sh destroy /tmp/extracta-team-db
set -euo pipefail

readonly default_port=54329
readonly database=extracta_team
readonly superuser=postgres
readonly marker_name=extracta-team-db-cluster.conf

die() {
  echo "team-db-cluster: $*" >&2
  exit 1
}

say() {
  echo "team-db-cluster: $*" >&2
}

usage() {
  sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

find_bindir() {
  local found candidate
  if [[ -n ${PG_BINDIR:-} ]]; then
    [[ -x $PG_BINDIR/initdb && -x $PG_BINDIR/pg_ctl ]] ||
      die "PG_BINDIR=$PG_BINDIR holds no initdb and pg_ctl"
    echo "$PG_BINDIR"
    return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    found=$(pg_config --bindir 2>/dev/null || true)
    if [[ -n $found && -x $found/initdb && -x $found/pg_ctl ]]; then
      echo "$found"
      return
    fi
  fi
  candidate=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [[ -n $candidate && -x $candidate/initdb && -x $candidate/pg_ctl ]]; then
    echo "$candidate"
    return
  fi
  die "no PostgreSQL server programs (initdb, pg_ctl) found: not via pg_config --bindir, not in" \
    "/usr/lib/postgresql/*/bin. Install the server (Debian: apt-get install postgresql) or set PG_BINDIR."
}

# Runs a command as the user the server runs as: `postgres` when we are root, else ourselves.
# From DIR, so that a working folder the user cannot enter (such as /root) does not matter.
as_server_user() {
  if ((is_root)); then
    (cd "$dir" && runuser -u "$superuser" -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

# A value for postgresql.conf: in single quotes, with single quotes doubled.
conf_quote() {
  printf "'%s'" "${1//\'/\'\'}"
}

configured_port() {
  local line
  line=$(grep -E '^port = [0-9]+$' "$settings" 2>/dev/null | tail -n 1 || true)
  echo "${line#port = }"
}

is_running() {
  as_server_user "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1
}

print_uri() {
  echo "postgresql://$superuser@127.0.0.1:$1/$database"
}

show_log_tail() {
  if [[ -f $log ]]; then
    echo "--- last lines of $log ---" >&2
    tail -n 20 "$log" >&2
  fi
}

is_cluster() {
  [[ -f $data/PG_VERSION ]]
}

cmd_start() {
  local port="" cert="" key="" previous
  while (($#)); do
    case "$1" in
      --port)
        (($# >= 2)) || usage
        port=$2
        shift 2
        ;;
      --tls)
        (($# >= 3)) || usage
        cert=$2
        key=$3
        shift 3
        ;;
      *) usage ;;
    esac
  done
  if [[ -n $port ]]; then
    if ! [[ $port =~ ^[0-9]{4,5}$ ]] || ((10#$port < 1024 || 10#$port > 65535)); then
      die "--port wants a number from 1024 to 65535, not '$port'"
    fi
  fi
  if [[ -n $cert ]]; then
    [[ -r $cert ]] || die "cannot read the certificate $cert"
    [[ -r $key ]] || die "cannot read the key $key"
  fi

  mkdir -p "$dir"
  chmod 0700 "$dir"
  if ((is_root)); then
    chown "$superuser:" "$dir"
    as_server_user test -w "$dir" -a -x "$dir" ||
      die "the user $superuser cannot write to $dir (is a folder above it closed to other users?); choose a folder under /tmp"
  fi
  # The unix socket's path must fit in 107 bytes.
  ((${#dir} + 18 <= 107)) || die "$dir is too long a path for the server's unix socket; choose a shorter one"

  if is_cluster && is_running; then
    previous=$(configured_port)
    say "the cluster in $dir is already running, on port $previous"
    [[ -z $port || $port == "$previous" ]] || say "(not on --port $port: stop it first to change the port)"
    [[ -z $cert ]] || say "(--tls is applied on the next start: stop it first)"
    print_uri "$previous"
    return 0
  fi

  if ! is_cluster; then
    if [[ -e $data ]] && [[ -n $(ls -A "$data") ]]; then
      die "$data exists but holds no cluster; remove it or choose another folder"
    fi
    say "creating a cluster in $data"
    as_server_user "$bindir/initdb" -D "$data" -U "$superuser" -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 ||
      {
        cat "$dir/initdb.log" >&2
        die "initdb failed"
      }
    write_hba
    printf "\n# Written by scripts/team-db-cluster.sh on every start.\ninclude_if_exists '%s'\n" \
      "$marker_name" >>"$data/postgresql.conf"
  fi

  [[ -n $port ]] || port=$(configured_port)
  [[ -n $port ]] || port=$default_port

  local ssl=off
  if [[ -n $cert ]]; then
    install -m 0644 "$cert" "$dir/server.crt"
    install -m 0600 "$key" "$dir/server.key"
    if ((is_root)); then
      chown "$superuser:" "$dir/server.crt" "$dir/server.key"
    fi
    ssl=on
  elif grep -qx 'ssl = on' "$settings" 2>/dev/null && [[ -f $dir/server.crt && -f $dir/server.key ]]; then
    ssl=on
  fi
  write_settings "$port" "$ssl"

  local with_tls=""
  [[ $ssl == off ]] || with_tls=" with TLS"
  say "starting the cluster in $dir on 127.0.0.1:$port$with_tls"
  if ! as_server_user "$bindir/pg_ctl" start -D "$data" -l "$log" -w -t 60 >/dev/null 2>&1; then
    show_log_tail
    die "the server did not start (is port $port in use? see $log)"
  fi

  local exists
  exists=$(as_server_user "$bindir/psql" -h "$dir" -p "$port" -U "$superuser" -d postgres -X -q -t -A \
    -c "SELECT 1 FROM pg_database WHERE datname = '$database'") || die "cannot query the started server"
  if [[ $exists != 1 ]]; then
    as_server_user "$bindir/createdb" -h "$dir" -p "$port" -U "$superuser" "$database" ||
      die "cannot create the database $database"
  fi
  print_uri "$port"
}

write_hba() {
  cat >"$data/pg_hba.conf" <<'EOF'
# Written by scripts/team-db-cluster.sh. First match wins.
# TYPE  DATABASE  USER      ADDRESS        METHOD
# The unix socket lives in the cluster's folder, which only its owner can open.
local   all       all                      trust
# The superuser, from this machine only, without a password (tests and a team's trial set-up).
host    all       postgres  127.0.0.1/32   trust
host    all       postgres  ::1/128        trust
# Roles allowed in without a password are added here, above the password lines.
# Every other role must give its password.
host    all       all       127.0.0.1/32   scram-sha-256
host    all       all       ::1/128        scram-sha-256
EOF
  if ((is_root)); then
    chown "$superuser:" "$data/pg_hba.conf"
  fi
  chmod 0600 "$data/pg_hba.conf"
}

write_settings() {
  local port=$1 ssl=$2
  {
    echo "# Written by scripts/team-db-cluster.sh on every start; edits here are lost."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = $(conf_quote "$dir")"
    echo "ssl = $ssl"
    if [[ $ssl == on ]]; then
      echo "ssl_cert_file = $(conf_quote "$dir/server.crt")"
      echo "ssl_key_file = $(conf_quote "$dir/server.key")"
    fi
  } >"$settings"
  if ((is_root)); then
    chown "$superuser:" "$settings"
  fi
}

cmd_stop() {
  local mode=fast
  case "${1:-}" in
    "") ;;
    --immediate) mode=immediate ;;
    *) usage ;;
  esac
  is_cluster || die "$dir holds no cluster"
  if ! is_running; then
    say "the cluster in $dir is not running"
    return 0
  fi
  as_server_user "$bindir/pg_ctl" stop -D "$data" -m "$mode" -w -t 60 >/dev/null ||
    die "the server in $dir did not stop"
  say "stopped the cluster in $dir"
}

cmd_status() {
  (($# == 0)) || usage
  if ! is_cluster; then
    say "$dir holds no cluster"
    exit 4
  fi
  if is_running; then
    say "the cluster in $dir is running"
    print_uri "$(configured_port)"
  else
    say "the cluster in $dir is stopped"
    exit 3
  fi
}

cmd_destroy() {
  [[ -e $dir ]] || {
    say "$dir does not exist"
    return 0
  }
  if is_cluster; then
    [[ -f $settings ]] || die "$dir holds a cluster this script did not make; not removing it"
    cmd_stop "$@"
  elif [[ -n $(ls -A "$dir") ]]; then
    die "$dir is not empty and holds no cluster; not removing it"
  fi
  rm -rf -- "$dir"
  say "removed $dir"
}

# The programs below are told where to connect; these would override or redirect that.
unset PGHOSTADDR PGSERVICE PGSERVICEFILE PGSSLMODE PGOPTIONS PGDATA

(($# >= 1)) || usage
command=$1
shift
if [[ $command == bindir ]]; then
  (($# == 0)) || usage
  find_bindir
  exit 0
fi
(($# >= 1)) || usage
case "$1" in
  "" | -*) usage ;;
esac
dir=$(realpath -m -- "$1")
shift
readonly dir data="$dir/data" log="$dir/postgres.log"
readonly settings="$data/$marker_name"

is_root=0
if [[ $(id -u) -eq 0 ]]; then
  is_root=1
  id -u "$superuser" >/dev/null 2>&1 ||
    die "running as root, but there is no user $superuser to run the server as (it comes with the postgresql package)"
fi
readonly is_root

bindir=$(find_bindir)
readonly bindir

case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  destroy) cmd_destroy "$@" ;;
  *) usage ;;
esac
