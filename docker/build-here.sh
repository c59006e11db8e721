#!/usr/bin/env bash
# Builds the Mosaic image on a machine like this one: Debian bookworm, root, no Docker engine,
# no Docker Hub (only Debian's, crates.io's, npm's and PyPI's registries are reachable, through a
# TLS-intercepting proxy whose CA is in the system bundle), cgroups v1+v2 hybrid.
#
#   bash build-here.sh [--images-only] [CONTEXT]     (CONTEXT: the repository root, default .)
#
# 1. installs podman, buildah, runc and debootstrap from Debian when missing;
# 2. makes the base images the Dockerfile names, which cannot be pulled here:
#      localhost/debian:bookworm-slim   debootstrap --variant=minbase bookworm, slimmed
#      localhost/rust:1.95-bookworm     that + gcc, libc6-dev, python3 and this machine's
#                                       Rust toolchain (rustup's stable, copied in)
# 3. unless --images-only: builds the Dockerfile with them (this compiles the whole workspace:
#    many minutes of both cores).
#
# Why the flags: crun (podman's default runtime) refuses this hybrid cgroup layout ("cgroups in
# hybrid mode not supported, drop all controllers from cgroupv2"), so runc runs the build's
# steps; `podman run` also needs --ulimit nofile=20000:20000 --ulimit nproc=32768:32768 here
# (this VM's limits are below podman's defaults and CAP_SYS_RESOURCE is missing).
set -euo pipefail

images_only=0
if [ "${1:-}" = --images-only ]; then images_only=1; shift; fi
context="$(cd "${1:-.}" && pwd)"
work="${MOSAIC_IMAGE_WORK:-/var/tmp/mosaic-container}"
toolchain="${RUST_TOOLCHAIN_DIR:-$(rustc --print sysroot 2>/dev/null || echo "$HOME/.rustup/toolchains/stable-x86_64-unknown-linux-gnu")}"
ca_bundle="${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}"
podman=(podman --runtime runc)

need=()
for tool in podman buildah runc debootstrap; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

mkdir -p "$work"
if ! "${podman[@]}" image exists localhost/debian:bookworm-slim; then
    echo "== base image: debootstrap bookworm (minbase)"
    rootfs="$work/rootfs"
    rm -rf "$rootfs"
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log"
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* \
        "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/*.log "$rootfs"/tmp/*
    mkdir -p "$rootfs/etc/dpkg/dpkg.cfg.d"
    printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
        'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
        'path-exclude /usr/share/locale/*' 'path-include /usr/share/locale/locale.alias' \
        >"$rootfs/etc/dpkg/dpkg.cfg.d/docker"
    cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    rm -f "$rootfs/etc/apt/sources.list"
    tar -C "$rootfs" --numeric-owner -cf - . |
        "${podman[@]}" import --change 'CMD ["bash"]' --message "debootstrap minbase bookworm" - localhost/debian:bookworm-slim
    rm -rf "$rootfs"
fi

if ! "${podman[@]}" image exists localhost/rust:1.95-bookworm; then
    echo "== builder image: bookworm + gcc + python3 + the toolchain at $toolchain"
    if [ ! -x "$toolchain/bin/cargo" ]; then
        echo "build-here: no Rust toolchain at $toolchain (set RUST_TOOLCHAIN_DIR)" >&2
        exit 1
    fi
    standin="$work/rust-standin"
    mkdir -p "$standin"
    cat >"$standin/Containerfile" <<'EOF'
FROM localhost/debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev make pkg-config python3 \
    && rm -rf /var/lib/apt/lists/*
# The toolchain is bind-mounted at /toolchain for this step only (podman build -v).
RUN mkdir -p /usr/local/rust /usr/local/cargo \
    && cp -a /toolchain/bin /toolchain/lib /toolchain/libexec /toolchain/etc /usr/local/rust/
ENV CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/rust/bin:/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EOF
    "${podman[@]}" build -v "$toolchain:/toolchain:ro" -t localhost/rust:1.95-bookworm "$standin"
fi

if [ "$images_only" = 1 ]; then
    "${podman[@]}" images
    exit 0
fi

echo "== mosaic image from $context"
secret=()
if [ -s "$ca_bundle" ]; then secret=(--secret "id=ca_bundle,src=$ca_bundle"); fi
"${podman[@]}" build "${secret[@]}" \
    --build-arg RUST_IMAGE=localhost/rust:1.95-bookworm \
    --build-arg RUNTIME_IMAGE=localhost/debian:bookworm-slim \
    -t localhost/mosaic:latest "$context"
"${podman[@]}" images localhost/mosaic
