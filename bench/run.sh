#!/usr/bin/env bash
# Mosaic and PostGraphile 5 side by side, on one database, with the same row-level security.
#
#   bench/run.sh [path/to/mosaic]        (default: <repo>/target/release/mosaic)
#
# Starts `mosaic serve` on a fresh data folder, loads the data set into its embedded Postgres,
# starts PostGraphile on the same database, checks both answer the same rows (and that row-level
# security holds for PostGraphile), drives both with wrk in alternating rounds, replays Mosaic's
# own statements with pgbench, prints the table, and stops and removes everything it started.
# Settings (environment): TENANTS=21 LEADS=10000 DURATION=10 (or SECONDS=10) ROUNDS=3 WARMUP=3
# CLIENTS=16 CLIENTS_A="1 16 64" POOL_SIZE=16 PGBENCH_MODES="simple prepared" KEEP_DATA=0
# BENCH_CACHE=~/.cache/mosaic-bench RESULTS=bench/results/<time>. See bench/README.md.
set -Eeuo pipefail
seconds_from_env=$SECONDS # bash imports SECONDS from the environment and then counts up from it

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
MOSAIC_BIN=${1:-$REPO/target/release/mosaic}

TENANTS=${TENANTS:-21}
LEADS=${LEADS:-10000}
if [[ -z ${DURATION:-} ]]; then
  if ((seconds_from_env > 0)); then DURATION=$seconds_from_env; else DURATION=10; fi
fi
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-3}
CLIENTS=${CLIENTS:-16}
CLIENTS_A=${CLIENTS_A:-1 $CLIENTS 64}
POOL_SIZE=${POOL_SIZE:-16}
PGBENCH_MODES=${PGBENCH_MODES:-simple prepared}
KEEP_DATA=${KEEP_DATA:-0}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mosaic-bench}
RESULTS=${RESULTS:-$BENCH_DIR/results/$(date -u +%Y%m%d-%H%M%S)}

started_at=$(date +%s)
log() { printf '[bench %4ss] %s\n' "$(($(date +%s) - started_at))" "$*" >&2; }
die() {
  printf 'bench: %s\n' "$*" >&2
  exit 2
}
is_root() { [[ $(id -u) == 0 ]]; }

for v in TENANTS LEADS DURATION ROUNDS WARMUP CLIENTS POOL_SIZE; do
  [[ ${!v} =~ ^[0-9]+$ && ${!v} -gt 0 ]] || die "$v must be a whole number above 0 (got '${!v}')"
done
((LEADS >= 20)) || die "LEADS must be at least 20 (one cycle of action counts)"
for m in $PGBENCH_MODES; do
  [[ $m =~ ^(simple|extended|prepared)$ ]] || die "PGBENCH_MODES lists simple, extended or prepared (got '$m')"
done
[[ -x $MOSAIC_BIN ]] || die "no Mosaic binary at $MOSAIC_BIN (build it with: cargo build --release -p gateway --bin mosaic, or give its path as the first argument)"
MOSAIC_BIN=$(cd "$(dirname "$MOSAIC_BIN")" && pwd)/$(basename "$MOSAIC_BIN")
command -v curl >/dev/null || die "curl is needed"
command -v setsid >/dev/null || die "setsid (util-linux) is needed"

# ---- the load generator -------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  if is_root && command -v apt-get >/dev/null; then
    log "installing wrk from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } ||
      die "could not install wrk with apt-get"
  else
    die "wrk is needed (Debian: sudo apt-get install wrk)"
  fi
fi

# ---- Node and PostGraphile, installed once into the cache folder --------------------------------
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9
if [[ -n ${BENCH_NODE:-} ]]; then
  NODE=$BENCH_NODE
elif command -v node >/dev/null && (($(node -p 'process.versions.node.split(".")[0]') >= 22)); then
  NODE=$(command -v node)
else
  # PostGraphile 5 needs Node 22 or later: take Node 24 from npm (the node-linux-<arch> package
  # holds the official binary).
  case $(uname -m) in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no Node 22+ here, and no npm package of Node for $(uname -m): set BENCH_NODE" ;;
  esac
  NODE=$CACHE/node24/node_modules/node-linux-$arch/bin/node
  if [[ ! -x $NODE ]]; then
    command -v npm >/dev/null || die "npm is needed once, to install Node 24 and PostGraphile into $CACHE"
    log "installing Node 24 from npm into $CACHE/node24"
    rm -rf "$CACHE/node24" && mkdir -p "$CACHE/node24"
    echo '{"private": true}' >"$CACHE/node24/package.json"
    (cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-$arch@^24" >&2) || die "npm could not install Node 24"
  fi
fi
DEPS=$CACHE/deps
stamp=$(cat "$BENCH_DIR/package.json" "$BENCH_DIR/package-lock.json" | sha256sum | cut -c1-16)
if [[ ! -d $DEPS/node_modules/postgraphile || $(cat "$DEPS/.stamp" 2>/dev/null) != "$stamp" ]]; then
  command -v npm >/dev/null || die "npm is needed once, to install PostGraphile into $DEPS"
  log "installing PostGraphile and its dependencies from npm into $DEPS (once)"
  rm -rf "$DEPS" && mkdir -p "$DEPS"
  cp "$BENCH_DIR/package.json" "$BENCH_DIR/package-lock.json" "$DEPS/"
  (cd "$DEPS" && PATH=$(dirname "$NODE"):$PATH npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $DEPS"
  echo "$stamp" >"$DEPS/.stamp"
fi
flock -u 9
exec 9>&-
log "node $("$NODE" --version) ($NODE), postgraphile $("$NODE" -p "require('$DEPS/node_modules/postgraphile/package.json').version"), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"

# ---- processes this script starts, stopped by cleanup whatever happens --------------------------
DATA=""
MOSAIC_PID=""
PGL_PID=""
BENCH_PID=""
LOAD_PID=""
alive() { [[ -n $1 ]] && kill -0 "$1" 2>/dev/null; }
stop_pid() { # pid signal seconds: signal, wait, then SIGKILL
  local pid=$1 sig=$2 secs=$3 i
  alive "$pid" || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  set +e
  if alive "$BENCH_PID"; then
    kill -TERM -- "-$BENCH_PID" 2>/dev/null # the bench script and its wrk or pgbench
    stop_pid "$BENCH_PID" TERM 5
    kill -KILL -- "-$BENCH_PID" 2>/dev/null
  fi
  stop_pid "$LOAD_PID" TERM 5
  stop_pid "$PGL_PID" TERM 5
  stop_pid "$MOSAIC_PID" TERM 40 # drains, then stops its embedded Postgres
  if [[ -n $DATA && -f $DATA/pg/postmaster.pid ]]; then
    # A Postgres the server did not stop (it was killed): stop it, if it is this folder's.
    local pm
    pm=$(head -1 "$DATA/pg/postmaster.pid" 2>/dev/null)
    if [[ $pm =~ ^[0-9]+$ ]] && alive "$pm" && tr '\0' ' ' <"/proc/$pm/cmdline" 2>/dev/null | grep -qF "$DATA/pg"; then
      log "stopping the embedded Postgres the server left running"
      kill -INT "$pm" 2>/dev/null
      local i
      for ((i = 0; i < 300; i++)); do alive "$pm" || break; sleep 0.1; done
      alive "$pm" && kill -KILL "$pm" 2>/dev/null
    fi
  fi
  if [[ -n $DATA && -d $DATA ]]; then
    if ((status != 0 && status != 129 && status != 130 && status != 143)); then
      for f in mosaic.log postgraphile.log; do
        [[ -s $DATA/$f ]] && { echo "---- last lines of $f" >&2; tail -n 25 "$DATA/$f" >&2; }
      done
    fi
    if [[ -d $RESULTS ]]; then
      cp "$DATA"/mosaic.log "$DATA"/postgraphile.log "$RESULTS/" 2>/dev/null
    fi
    if [[ $KEEP_DATA == 1 ]]; then
      log "kept the data folder $DATA (KEEP_DATA=1)"
    else
      rm -rf "$DATA"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

free_port() { "$NODE" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

DATA=$(mktemp -d "${TMPDIR:-/tmp}/mosaic-bench.XXXXXX")
# As root, Postgres runs as an unprivileged user, who must be able to enter the folder.
if is_root; then chmod 755 "$DATA"; fi
WORK=$DATA/bench
mkdir -p "$WORK" "$RESULTS"
MOSAIC_PORT=$(free_port)
PGL_PORT=$(free_port)
while [[ $PGL_PORT == "$MOSAIC_PORT" ]]; do PGL_PORT=$(free_port); done

# ---- Mosaic -----------------------------------------------------------------------------------
log "starting $MOSAIC_BIN serve on 127.0.0.1:$MOSAIC_PORT (data folder $DATA)"
setsid env -u DATABASE_URL -u MOSAIC_API_DATABASE_URL -u MOSAIC_JOBS_DATABASE_URL -u JWT_SECRET \
  -u JWT_AUDIENCE -u JWT_ISSUER -u MOSAIC_ENCRYPTION_KEYS -u MOSAIC_PERSISTED_OPERATIONS -u MOSAIC_PERSISTED_ONLY \
  -u MOSAIC_MAX_DEPTH -u MOSAIC_MAX_COMPLEXITY -u MOSAIC_MAX_LIST_ITEMS \
  MOSAIC_DATA_DIR="$DATA" MOSAIC_BIND="127.0.0.1:$MOSAIC_PORT" MOSAIC_POOL_SIZE="$POOL_SIZE" \
  MOSAIC_PRODUCTION=true MOSAIC_MAINTENANCE_INTERVAL_SECS=86400 MOSAIC_DRAIN_MS=0 RUST_LOG=warn \
  "$MOSAIC_BIN" serve </dev/null >"$DATA/mosaic.log" 2>&1 &
MOSAIC_PID=$!
for ((i = 0; ; i++)); do
  alive "$MOSAIC_PID" || die "mosaic serve exited before it was ready"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MOSAIC_PORT/readyz") == 200 ]] && break
  ((i < 3000)) || die "mosaic was not ready after 300 s"
  sleep 0.1
done
PGDATA=$DATA/pg
PM_PID=$(sed -n 1p "$PGDATA/postmaster.pid")
PG_PORT=$(sed -n 4p "$PGDATA/postmaster.pid")
PG_BIN=$(dirname "$(readlink "/proc/$PM_PID/exe")")
[[ -x $PG_BIN/pgbench ]] || die "no pgbench beside the embedded Postgres ($PG_BIN)"
OWNER_URL="postgres://app@127.0.0.1:$PG_PORT/mosaic"
log "mosaic is ready (pid $MOSAIC_PID); its Postgres: pid $PM_PID, port $PG_PORT, $PG_BIN"

export BENCH_DEPS=$DEPS BENCH_DIR OWNER_URL MOSAIC_DATA_DIR=$DATA TENANTS LEADS POOL_SIZE
export TENANTS_FILE=$WORK/tenants.json

# ---- the data set -----------------------------------------------------------------------------
log "loading $TENANTS tenants of $LEADS leads"
"$NODE" "$BENCH_DIR/lib/load.mjs" </dev/null &
LOAD_PID=$!
wait "$LOAD_PID" # in the background, so that a signal reaches the trap at once
LOAD_PID=""

# ---- PostGraphile -----------------------------------------------------------------------------
log "starting PostGraphile on 127.0.0.1:$PGL_PORT"
NODE_ENV=production PGL_PORT=$PGL_PORT setsid "$NODE" "$BENCH_DIR/lib/postgraphile.mjs" </dev/null >"$DATA/postgraphile.log" 2>&1 &
PGL_PID=$!
for ((i = 0; ; i++)); do
  alive "$PGL_PID" || die "PostGraphile exited before it was ready"
  out=$(curl -s -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PGL_PORT/graphql" || true)
  [[ $out == *'"Query"'* ]] && break
  ((i < 1200)) || die "PostGraphile was not ready after 120 s"
  sleep 0.1
done
log "PostGraphile is ready (pid $PGL_PID)"

# ---- check, drive, measure, report --------------------------------------------------------------
export MOSAIC_URL="http://127.0.0.1:$MOSAIC_PORT/graphql" PGL_URL="http://127.0.0.1:$PGL_PORT/graphql"
export MOSAIC_PID PGL_PID PM_PID PGDATA PG_BIN PG_PORT WORK RESULTS DURATION ROUNDS WARMUP CLIENTS CLIENTS_A PGBENCH_MODES
export MOSAIC_BIN NODE_BIN=$NODE
setsid "$NODE" "$BENCH_DIR/lib/bench.mjs" </dev/null &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=""
log "results in $RESULTS"
