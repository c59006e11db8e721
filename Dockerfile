# The mosaic gateway, built in a container and run against an external Postgres
# (DATABASE_URL): the image carries no embedded Postgres and no Python.
#
#   docker build -t mosaic .            (BuildKit, the default builder since Docker 23)
#   podman build -t mosaic .            (podman 4.3 / buildah 1.28 tested)
#
# Layers, cheapest to reuse first:
#   planner  the workspace's skeleton: manifests, Cargo.lock, a stub per target
#            (docker/cargo-skeleton.py reads the member list, so new crates need no edit here)
#   build    1. compiles every dependency against the skeleton: reused while only sources change
#            2. compiles the workspace's own crates from the real sources
#   runtime  Debian slim, the binary, an unprivileged user
#
# Build arguments: RUST_IMAGE and RUNTIME_IMAGE name the base images (for a mirror, or a local
# stand-in where Docker Hub is out of reach).
# An optional build secret `ca_bundle` (a PEM bundle) is trusted while downloading crates, for
# builds behind a TLS-intercepting proxy:
#   docker build --secret id=ca_bundle,src=/etc/ssl/certs/ca-certificates.crt -t mosaic .
ARG RUST_IMAGE=rust:1.95-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${RUST_IMAGE} AS planner
WORKDIR /src
# The skeleton script needs Python 3.11 (tomllib), which Debian bookworm's python3 is.
RUN python3 -c 'import tomllib, glob, shutil' 2>/dev/null \
    || { apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*; }
COPY . .
RUN python3 docker/cargo-skeleton.py /src /skeleton

FROM ${RUST_IMAGE} AS build
WORKDIR /src
ENV CARGO_TERM_COLOR=never
# 1. Dependencies only: the skeleton's stubs stand in for the workspace's sources.
COPY --from=planner /skeleton/ ./
RUN --mount=type=secret,id=ca_bundle \
    if [ -s /run/secrets/ca_bundle ]; then export CARGO_HTTP_CAINFO=/run/secrets/ca_bundle; fi; \
    cargo build --release --locked --bin mosaic
# 2. The real sources. COPY keeps the files' own times, which may be older than the stubs'
#    build: touch them so Cargo rebuilds every workspace crate instead of keeping a stub.
COPY . .
#    The release profile keeps line tables for backtraces; compressing them (zlib) keeps
#    file:line in backtraces and takes the binary from about 158 MB to 60 MB.
RUN find . -path ./target -prune -o -name '*.rs' -exec touch {} + \
    && cargo build --release --locked --offline --bin mosaic \
    && objcopy --compress-debug-sections=zlib target/release/mosaic /usr/local/bin/mosaic

FROM ${RUNTIME_IMAGE} AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 mosaic \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/mosaic --no-create-home --shell /usr/sbin/nologin mosaic \
    && install -d -o 10001 -g 10001 -m 0750 /var/lib/mosaic
COPY --from=build /usr/local/bin/mosaic /usr/local/bin/mosaic
USER 10001:10001
WORKDIR /var/lib/mosaic
# DATABASE_URL (a Postgres 18 with pgvector), JWT_SECRET (32 bytes or more) and
# MOSAIC_ENCRYPTION_KEYS (`id:base64-of-32-bytes`, newest first) are required at run time:
# without DATABASE_URL the server would try to fetch an embedded Postgres with pip, which this
# image does not have (it stops with that message). RUST_LOG, when set, replaces the built-in
# filter `info,sqlx=warn,sea_orm=warn` whole.
ENV MOSAIC_BIND=0.0.0.0:8080 \
    MOSAIC_DATA_DIR=/var/lib/mosaic
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["mosaic"]
CMD ["serve"]
