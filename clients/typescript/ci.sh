#!/usr/bin/env bash
# CI for the TypeScript client: installs what a fresh machine lacks (Node and npm, Chromium,
# the gateway binary), then `npm ci`, the codegen check, strict tsc, and the tests (end to end
# against the real gateway, and GraphiQL in headless Chromium). Run from anywhere:
#   bash clients/typescript/ci.sh
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"

have() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
    fi
}

if ! have node || ! have npm; then
    echo "== installing Node.js and npm (apt)"
    apt_install nodejs npm
fi
# package.json's engines: ^20.19.0 || >=22.13.0 (what every dependency accepts).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 20 && b >= 19) || a > 22 || (a === 22 && b >= 13) ? 0 : 1)'; then
    echo "the TypeScript client needs Node.js 20.19 or newer (or 22.13 and newer); this machine has $(node --version)" >&2
    exit 1
fi
echo "== node $(node --version), npm $(npm --version)"

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== codegen check (src/gql/ matches schema.graphql and operations/)"
if ! npm run --silent codegen:check; then
    echo "src/gql/ is out of date, or an operation no longer validates against schema.graphql:" >&2
    echo "fix operations/*.graphql, run \`npm run codegen\` in clients/typescript and commit src/gql/" >&2
    exit 1
fi

echo "== typecheck (strict tsc --noEmit)"
npm run --silent typecheck

# The gateway the tests run: MOSAIC_BIN, else the debug build in Cargo's target folder (which
# CARGO_TARGET_DIR may move), built when missing. The tests are told where it is.
if [ -n "${MOSAIC_BIN:-}" ]; then
    if [ ! -x "$MOSAIC_BIN" ]; then
        echo "MOSAIC_BIN=$MOSAIC_BIN is not an executable" >&2
        exit 1
    fi
else
    target_dir="${CARGO_TARGET_DIR:-$root/target}"
    case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
    export MOSAIC_BIN="$target_dir/debug/mosaic"
    if [ ! -x "$MOSAIC_BIN" ]; then
        echo "== building the gateway (cargo build -p gateway --bin mosaic)"
        (cd "$root" && cargo build -p gateway --bin mosaic)
    fi
fi
echo "== testing against $MOSAIC_BIN"

chromium="${CHROMIUM_BIN:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
    echo "== installing Chromium (apt)"
    apt_install chromium
fi

echo "== tests (end to end, GraphiQL in Chromium)"
npm test
