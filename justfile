# Everyday commands. `just --list` shows them.

# Run the server on the embedded Postgres (or DATABASE_URL).
run:
    cargo run

# Every test, against the embedded Postgres.
test:
    cargo test --workspace

# Formatting and lints, as CI runs them.
check:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets --features platform/testing -- -D warnings

# Rewrite schema.graphql from the code.
schema:
    cargo run -q -- schema > schema.graphql

# A development token for EMAIL (creates the user when missing).
token email:
    cargo run -q -- token --email {{email}}

# Load the demo data.
seed:
    cargo run -q -- seed

# Apply migrations.
migrate:
    cargo run -q -- migrate

# Everything CI does.
ci:
    bash .ci/run

# GraphQL Inspector (installed by `npm ci` in clients/typescript) reports every change.
# Compare schema.graphql with BASE's; breaking changes fail unless `allow-breaking` follows.
schema-diff base="origin/main" allow="":
    bash clients/typescript/scripts/schema-diff.sh "{{base}}" "{{allow}}"
