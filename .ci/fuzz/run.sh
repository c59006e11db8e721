#!/usr/bin/env bash
# Fuzzes the GraphQL API for a bounded time against a fresh server.
#
#   bash .ci/fuzz/run.sh [path/to/mosaic]      (from the repository root; default target/debug/mosaic)
#
# Starts `mosaic serve` on a fresh data folder and a free loopback port, waits for /readyz,
# loads the demo data (`mosaic seed`), makes the demo user platform staff (`mosaic staff`, so
# staff-only mutations are fuzzed too), mints a token for
# demo@mosaic.dev, runs fuzz.py (beside this script) with the repository's schema.graphql,
# stops the server with SIGTERM, removes the folder and exits with fuzz.py's status:
# 0 nothing found, 1 failures found (printed), 2 the harness could not run.
#
# Environment:
#   FUZZ_SECONDS     time budget of the fuzzing itself (default 180)
#   FUZZ_SEED        seed, to replay a run (default: random, printed)
#   FUZZ_SCHEMA      the SDL to fuzz (default: schema.graphql at the repository root)
#   FUZZ_ARGS        more fuzz.py options (e.g. "--no-nul --quiet")
#   FUZZ_ARTIFACTS   a folder to copy the server log and the failures (JSON lines) into
#   FUZZ_STAFF       0 to leave the demo user an ordinary user
#   MOSAIC_FUZZ_CACHE  where fuzz.py keeps its venv (default ~/.cache/mosaic-fuzz)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The repository root: two levels up from .ci/fuzz/, else the current folder.
root="$(cd "$here/../.." && pwd)"
[ -f "$root/schema.graphql" ] || root="$(pwd)"

bin="${1:-$root/target/debug/mosaic}"
case "$bin" in /*) ;; *) [ -e "$bin" ] || bin="$root/$bin" ;; esac
if [ ! -x "$bin" ]; then
    echo "fuzz: no mosaic binary at $bin (build it with: cargo build -p gateway --bin mosaic)" >&2
    exit 2
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
schema="${FUZZ_SCHEMA:-$root/schema.graphql}"
if [ ! -f "$schema" ]; then
    echo "fuzz: no schema at $schema" >&2
    exit 2
fi
command -v python3 >/dev/null 2>&1 || { echo "fuzz: python3 is required" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/mosaic-fuzz.XXXXXX")"
# Run as root, the embedded Postgres runs as an unprivileged user that must reach the data.
chmod 0755 "$work"
log="$work/server.log"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
url="http://127.0.0.1:$port"
server_pid=""

# Only the server's own settings: a DATABASE_URL from the environment would send the fuzzer
# to a real database. (`env` execs the binary, so a background start's $! is the server.)
run_env=(env -u DATABASE_URL MOSAIC_DATA_DIR="$work/data" MOSAIC_BIND="127.0.0.1:$port" RUST_LOG="${RUST_LOG:-info}")

cleanup() {
    local status=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null
        for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "fuzz: the server did not stop within 30 s of SIGTERM; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null
        fi
        wait "$server_pid" 2>/dev/null
    fi
    # An embedded Postgres left behind (the server was killed) is stopped by its pid file.
    local pgpid
    pgpid="$(head -n 1 "$work/data/pg/postmaster.pid" 2>/dev/null || true)"
    if [ -n "$pgpid" ] && kill -0 "$pgpid" 2>/dev/null; then
        kill -INT "$pgpid" 2>/dev/null
        for _ in $(seq 1 20); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.5; done
    fi
    if [ -n "${FUZZ_ARTIFACTS:-}" ]; then
        mkdir -p "$FUZZ_ARTIFACTS" && cp -f "$log" "$work"/failures.jsonl "$FUZZ_ARTIFACTS"/ 2>/dev/null
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
echo "fuzz: starting $bin on $url (data in $work)"
"${run_env[@]}" "$bin" serve >"$work/server.out" 2>"$log" &
server_pid=$!

ready=""
for _ in $(seq 1 240); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "fuzz: the server exited while starting; its log:" >&2
        tail -n 40 "$log" >&2
        exit 2
    fi
    if python3 -c "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('$url/readyz', timeout=2).status == 200 else 1)" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 0.5
done
if [ -z "$ready" ]; then
    echo "fuzz: the server was not ready within 120 s; its log:" >&2
    tail -n 40 "$log" >&2
    exit 2
fi

if ! "${run_env[@]}" "$bin" seed >"$work/seed.log" 2>&1; then
    echo "fuzz: mosaic seed failed:" >&2
    tail -n 20 "$work/seed.log" >&2
    exit 2
fi

if [ "${FUZZ_STAFF:-1}" != 0 ]; then
    # Staff-only mutations (feature flags, maintenance runs) are fuzzed too.
    if ! "${run_env[@]}" "$bin" staff --email demo@mosaic.dev >"$work/staff.log" 2>&1; then
        echo "fuzz: mosaic staff failed:" >&2
        tail -n 20 "$work/staff.log" >&2
        exit 2
    fi
fi

if ! token="$("${run_env[@]}" "$bin" token --email demo@mosaic.dev 2>"$work/token.log")" || [ -z "$token" ]; then
    echo "fuzz: mosaic token failed:" >&2
    tail -n 20 "$work/token.log" >&2
    exit 2
fi
echo "fuzz: server ready and seeded in $((SECONDS - started)) s"

status=0
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
python3 "$here/fuzz.py" \
    --url "$url" \
    --token "$token" \
    --schema "$schema" \
    --seconds "${FUZZ_SECONDS:-180}" \
    --server-log "$log" \
    --report "$work/failures.jsonl" \
    ${FUZZ_SEED:+--seed "$FUZZ_SEED"} \
    ${FUZZ_ARGS:-} || status=$?

if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "fuzz: the server is no longer running; the end of its log:" >&2
    tail -n 40 "$log" >&2
    [ "$status" = 0 ] && status=1
fi
echo "fuzz: done in $((SECONDS - started)) s, status $status"
exit "$status"
