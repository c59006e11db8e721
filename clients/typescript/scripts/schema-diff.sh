#!/usr/bin/env bash
# Breaking-change report: schema.graphql (as it is in the work tree) against its version at a
# git revision, with GraphQL Inspector. Breaking changes fail (exit 1) unless the second
# argument says they are intended.
#
#   scripts/schema-diff.sh [BASE=origin/main] [allow-breaking]
#   just schema-diff main allow-breaking
set -euo pipefail

base="${1:-origin/main}"
mode="${2:-}"
client="$(cd "$(dirname "$0")/.." && pwd)"
root="$(git -C "$client" rev-parse --show-toplevel)"
inspector="$client/node_modules/.bin/graphql-inspector"

case "$mode" in
    "" | allow-breaking) ;;
    *) echo "schema-diff: unknown option '$mode' (the only one is allow-breaking)" >&2; exit 2 ;;
esac
if [ ! -x "$inspector" ]; then
    echo "schema-diff: GraphQL Inspector is not installed; run \`npm ci\` in clients/typescript" >&2
    exit 2
fi
cd "$root"
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    echo "schema-diff: no git revision '$base' here; fetch it or name another (e.g. \`just schema-diff main\`)" >&2
    exit 2
fi
if ! git cat-file -e "$base:schema.graphql" 2>/dev/null; then
    echo "schema-diff: $base has no schema.graphql" >&2
    exit 2
fi

args=()
if [ "$mode" = allow-breaking ]; then
    args+=(--onComplete "$client/scripts/allow-breaking.cjs")
fi
echo "schema.graphql: $base -> work tree"
exec "$inspector" diff "git:$base:schema.graphql" schema.graphql "${args[@]}"
