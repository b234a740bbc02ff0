#!/usr/bin/env bash
# The team server on one machine with a PostgreSQL 15 primary and a streaming replica:
#   1. initdb a primary (wal_level=replica, a replication role) on a free port of 127.0.0.1,
#   2. pg_basebackup -R a replica from it onto another port and wait until it streams,
#   3. start the built app with DATABASE_URL = primary and DATABASE_READ_URL = replica,
#   4. check /api/v1/health; let the app write (POST /api/v1/orgs) and write a row with psql
#      on the primary, and read both from the replica,
#   5. stop everything and remove the temp folder on exit.
# PostgreSQL never runs as root: run as root and it runs as the `postgres` user, or run it as
# an ordinary user who owns the files. Needs PostgreSQL 15's binaries (postgresql-15).
# Set KEEP=1 to leave it running until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
	PG_BIN=$(pg_config --bindir 2>/dev/null || true)
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
	echo "PostgreSQL's binaries were not found (set PG_BIN, or install postgresql-15)" >&2
	exit 1
fi

say() { printf '\n== %s\n' "$*"; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ks1006-replica.XXXXXX")
chmod 755 "$WORK"
if [ "$(id -u)" = 0 ]; then
	PG_USER=postgres
	id "$PG_USER" >/dev/null 2>&1 || {
		echo "running as root needs a 'postgres' user to run PostgreSQL as" >&2
		exit 1
	}
	as_pg() { runuser -u "$PG_USER" -- "$@"; }
else
	PG_USER=$(id -un)
	as_pg() { "$@"; }
fi
mkdir -p "$WORK/primary" "$WORK/replica" "$WORK/sock" "$WORK/logs" "$WORK/app-data"
chown "$PG_USER" "$WORK/primary" "$WORK/replica" "$WORK/sock" "$WORK/logs"
chmod 700 "$WORK/primary" "$WORK/replica"

APP_PID=
cleanup() {
	status=$?
	set +e
	if [ -n "$APP_PID" ]; then
		kill "$APP_PID" 2>/dev/null
		wait "$APP_PID" 2>/dev/null
	fi
	for dir in replica primary; do
		if [ -f "$WORK/$dir/postmaster.pid" ]; then
			as_pg "$PG_BIN/pg_ctl" -D "$WORK/$dir" -m fast -w stop >/dev/null 2>&1
		fi
	done
	rm -rf "$WORK"
	[ "$status" = 0 ] && echo "Stopped both PostgreSQL servers and the app; removed $WORK."
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
	node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
PRIMARY_PORT=$(free_port)
REPLICA_PORT=$(free_port)
while [ "$REPLICA_PORT" = "$PRIMARY_PORT" ]; do REPLICA_PORT=$(free_port); done
APP_PORT=$(free_port)

psql_at() {
	local port=$1
	shift
	as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

say "Primary: initdb in $WORK/primary, port $PRIMARY_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/primary" -U postgres -A trust -E UTF8 --no-locale >/dev/null
cat >>"$WORK/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$WORK/sock'
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
# Only this machine may connect; the replica streams as the 'replicator' role.
cat >"$WORK/primary/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 trust
host replication replicator 127.0.0.1/32 trust
HBA
as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/logs/primary.log" -w start >/dev/null
psql_at "$PRIMARY_PORT" -c "create role replicator with replication login" \
	-c "create database ks1006"

say "Replica: pg_basebackup -R from the primary into $WORK/replica, port $REPLICA_PORT"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U replicator \
	-D "$WORK/replica" -R -X stream -c fast
# -R wrote standby.signal and primary_conninfo; the replica only needs its own port.
echo "port = $REPLICA_PORT" | as_pg tee -a "$WORK/replica/postgresql.auto.conf" >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/logs/replica.log" -w start >/dev/null

printf 'Waiting for the replica to stream'
state=
for _ in $(seq 1 60); do
	state=$(psql_at "$PRIMARY_PORT" -At -c \
		"select state from pg_stat_replication where usename = 'replicator'" || true)
	[ "$state" = streaming ] && break
	printf '.'
	sleep 0.5
done
echo
if [ "$state" != streaming ]; then
	echo "the replica did not start streaming (state: '${state:-none}')" >&2
	exit 1
fi
psql_at "$PRIMARY_PORT" -c \
	"select client_addr, state, sync_state, replay_lsn from pg_stat_replication"
echo "Replica in recovery (read-only): $(psql_at "$REPLICA_PORT" -At -c 'select pg_is_in_recovery()')"

if [ ! -f build/index.js ]; then
	say "Building the app (npx vite build)"
	npx vite build >/dev/null
fi

SETUP_TOKEN="demo-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
PRIMARY_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/ks1006"
REPLICA_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/ks1006?application_name=ks1006-read"
say "App: node build/index.js on http://127.0.0.1:$APP_PORT"
echo "DATABASE_URL=$PRIMARY_URL"
echo "DATABASE_READ_URL=$REPLICA_URL"
PORT=$APP_PORT HOST=127.0.0.1 ORIGIN="http://127.0.0.1:$APP_PORT" \
	DATABASE_URL="$PRIMARY_URL" DATABASE_READ_URL="$REPLICA_URL" \
	DATA_DIR="$WORK/app-data" SETUP_TOKEN="$SETUP_TOKEN" \
	node build/index.js >"$WORK/app.log" 2>&1 &
APP_PID=$!

health=
for _ in $(seq 1 120); do
	health=$(curl -fsS "http://127.0.0.1:$APP_PORT/api/v1/health" 2>/dev/null || true)
	[ -n "$health" ] && break
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		cat "$WORK/app.log" >&2
		echo "the app stopped" >&2
		exit 1
	fi
	sleep 0.5
done
if [ -z "$health" ]; then
	cat "$WORK/app.log" >&2
	echo "the app did not answer /api/v1/health" >&2
	exit 1
fi
echo "GET /api/v1/health → $health"
case "$health" in
*'"db":"postgres"'*) ;;
*)
	echo "the app is not on PostgreSQL" >&2
	exit 1
	;;
esac

say "The app migrated the primary; the replica received the tables by streaming"
echo "migrations on the replica: $(psql_at "$REPLICA_PORT" -d ks1006 -At -c \
	'select count(*) from drizzle.__drizzle_migrations')"

say "The app creates an organisation (POST /api/v1/orgs, a write on the primary)"
ORG_NAME="복제 시연 기관 $RANDOM"
created=$(curl -fsS -X POST "http://127.0.0.1:$APP_PORT/api/v1/orgs" \
	-H "origin: http://127.0.0.1:$APP_PORT" -H 'content-type: application/json' \
	--data "{\"setupToken\":\"$SETUP_TOKEN\",\"orgName\":\"$ORG_NAME\",\"displayName\":\"시연 관리자\"}" \
	-o /dev/null -w '%{http_code}')
echo "POST /api/v1/orgs → $created"
seen=
for _ in $(seq 1 40); do
	seen=$(psql_at "$REPLICA_PORT" -d ks1006 -At -c \
		"select count(*) from organisations where name = '$ORG_NAME'" || true)
	[ "$seen" = 1 ] && break
	sleep 0.25
done
if [ "$created" != 201 ] || [ "$seen" != 1 ]; then
	echo "the organisation the app wrote did not reach the replica" >&2
	exit 1
fi
echo "replica: select from organisations → '$ORG_NAME' (1 row)"

say "A row written through the primary, read through the replica"
MARK="replica-demo-$(date +%s)-$RANDOM"
psql_at "$PRIMARY_PORT" -d ks1006 -c \
	"insert into organisations (id, name) values ('$MARK', '복제 확인')"
seen=
for _ in $(seq 1 40); do
	seen=$(psql_at "$REPLICA_PORT" -d ks1006 -At -c \
		"select name from organisations where id = '$MARK'" || true)
	[ -n "$seen" ] && break
	sleep 0.25
done
if [ -z "$seen" ]; then
	echo "the row did not reach the replica" >&2
	exit 1
fi
echo "primary: insert organisations ('$MARK') → replica: select → '$seen'"
if psql_at "$REPLICA_PORT" -d ks1006 -c \
	"insert into organisations (id, name) values ('x-$MARK', 'x')" >/dev/null 2>&1; then
	echo "the replica accepted a write" >&2
	exit 1
fi
echo "a write to the replica is refused (read-only transaction), as it should be"

say "Done: primary :$PRIMARY_PORT, replica :$REPLICA_PORT, app :$APP_PORT"
if [ "${KEEP:-}" = 1 ]; then
	echo "KEEP=1: running until Ctrl-C (app log: $WORK/app.log)"
	wait "$APP_PID"
fi
