#!/usr/bin/env bash
# GraphQL over HTTP conformance audit of a server binary.
#
#   bash .ci/http-audit/run.sh target/release/mosaic
#
# Starts the binary on a free loopback port with a throwaway data folder (embedded Postgres),
# waits for GET /readyz = 200, runs audit.mjs (graphql-http's auditServer) against /graphql,
# stops the server with SIGTERM and exits with the audit's status: 0 all MUST and SHOULD
# checks met, 1 some not met, 2 the audit could not run; anything else is a set-up failure
# (64 usage, 66 no binary, 69 a tool missing, 70 the server never got ready, 75 it ignored
# SIGTERM for 30 s).
#
# The npm packages are installed with `npm ci` into a cache folder keyed by package-lock.json
# (${XDG_CACHE_HOME:-~/.cache}/mosaic-http-audit/<hash>), so nothing is written beside this
# script and a second run installs nothing.
#
# Environment: READY_TIMEOUT (seconds, default 300: a first run may fetch the Postgres wheel),
# AUDIT_STRICT=1 (MAY checks fail too), AUDIT_ALLOW=ID,ID (audit ids reported but not failing),
# AUDIT_KEEP_LOG=1 (print the server's log even on success).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ $# -lt 1 ]; then
    echo "usage: bash $0 PATH/TO/mosaic" >&2
    exit 64
fi
binary="$1"
case "$binary" in /*) ;; *) binary="$PWD/$binary" ;; esac
if [ ! -x "$binary" ]; then
    echo "http-audit: $1 is not an executable file (build it first: cargo build --release)" >&2
    exit 66
fi
for tool in node npm curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "http-audit: $tool is required and not on PATH" >&2
        exit 69
    fi
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 18 ]; then
    echo "http-audit: Node 18 or newer is required (fetch, AbortSignal.timeout); this is $(node --version)" >&2
    exit 69
fi

# --- The audit's packages: npm ci once per lock file, in a cache folder.
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/mosaic-http-audit"
lock_hash="$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -c1-16)"
deps="$cache_root/$lock_hash"
if [ ! -f "$deps/.installed" ]; then
    echo "== http-audit: npm ci into $deps"
    rm -rf "$deps"
    mkdir -p "$deps"
    cp "$here/package.json" "$here/package-lock.json" "$deps/"
    (cd "$deps" && npm ci --no-audit --no-fund --loglevel=error --cache "$cache_root/npm-cache")
    touch "$deps/.installed"
fi
# ESM resolves imports from the script's own folder, so the script runs from the cache folder.
cp "$here/audit.mjs" "$deps/audit.mjs"

# --- The server.
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/mosaic-http-audit.XXXXXX")"
# As root the embedded Postgres runs as an unprivileged user that must enter this folder;
# mktemp makes it 0700.
chmod 755 "$data_dir"
log="$data_dir/server.log"
server_pid=""

stop_server() {
    local status=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "http-audit: the server did not stop within 30 s of SIGTERM; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null || true
            # Its embedded Postgres outlives a SIGKILL: stop that one (by its own pid) too.
            local pg_pid
            pg_pid="$(head -n1 "$data_dir/pg/postmaster.pid" 2>/dev/null || true)"
            if [ -n "$pg_pid" ]; then kill -TERM "$pg_pid" 2>/dev/null || true; fi
            [ "$status" -ne 0 ] || status=75
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    # The log helps when the server or the audit could not run (not for a plain audit failure).
    if { [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; } || [ "${AUDIT_KEEP_LOG:-0}" = 1 ]; then
        echo "== http-audit: server log (last 40 lines)" >&2
        tail -n 40 "$log" >&2 2>/dev/null || true
    fi
    rm -rf "$data_dir"
    exit "$status"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== http-audit: starting $1 on 127.0.0.1:$port"
MOSAIC_DATA_DIR="$data_dir" MOSAIC_BIND="127.0.0.1:$port" NO_COLOR=1 \
    "$binary" serve >"$log" 2>&1 </dev/null &
server_pid=$!

base="http://127.0.0.1:$port"
deadline=$((SECONDS + ${READY_TIMEOUT:-300}))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/readyz" || true)" = 200 ]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "http-audit: the server exited before it was ready" >&2
        exit 70
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        echo "http-audit: $base/readyz was not 200 within ${READY_TIMEOUT:-300} s" >&2
        exit 70
    fi
    sleep 0.5
done
echo "== http-audit: ready after ${SECONDS}s; auditing $base/graphql"

set +e
node "$deps/audit.mjs" "$base/graphql"
audit_status=$?
set -e
exit "$audit_status"
