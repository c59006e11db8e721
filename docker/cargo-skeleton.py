#!/usr/bin/env python3
"""Writes the Cargo workspace's skeleton for the image's dependency layer.

    python3 docker/cargo-skeleton.py SRC OUT

SRC is the workspace root (the real sources). OUT receives the root Cargo.toml and
Cargo.lock, every workspace package's own Cargo.toml (members from `[workspace] members`,
globs expanded, `exclude` honoured, plus every package reached by a `path` dependency), and a
stub for each target file that Cargo needs to load those manifests: the library, binaries,
explicitly declared examples, tests and benches, and build scripts. A library stub is empty;
every other stub is `fn main() {}`.

The skeleton changes only when a manifest, the lock file or the set of targets changes, so the
layer that compiles the dependencies against it is reused while only sources change. New
crates need no change here or in the Dockerfile.

Standard library only (tomllib: Python 3.11, Debian bookworm's python3).
"""

import glob
import os
import shutil
import sys
import tomllib
from pathlib import Path

# A fixed, old timestamp: the skeleton's bytes and times are the same on every run, and every
# real source copied in later is newer than any stub.
STUB_TIME = 946684800  # 2000-01-01T00:00:00Z
DEPENDENCY_TABLES = ("dependencies", "dev-dependencies", "build-dependencies")


def load(manifest: Path) -> dict:
    with manifest.open("rb") as f:
        return tomllib.load(f)


def path_dependencies(manifest: dict, base: Path):
    """Directories of `path` dependencies in a manifest (all tables, target-specific too)."""
    tables = [manifest.get(t, {}) for t in DEPENDENCY_TABLES]
    for target in manifest.get("target", {}).values():
        tables.extend(target.get(t, {}) for t in DEPENDENCY_TABLES)
    tables.append(manifest.get("workspace", {}).get("dependencies", {}))
    for table in tables:
        for spec in table.values():
            if isinstance(spec, dict) and "path" in spec:
                yield (base / spec["path"]).resolve()


def members(src: Path, root: dict) -> list[Path]:
    workspace = root.get("workspace", {})
    excluded = {(src / e).resolve() for e in workspace.get("exclude", [])}
    found: list[Path] = []
    if "package" in root:
        found.append(src.resolve())
    for pattern in workspace.get("members", []):
        for match in sorted(glob.glob(str(src / pattern))):
            directory = Path(match).resolve()
            if (directory / "Cargo.toml").is_file() and directory not in excluded:
                found.append(directory)
    # Path dependencies are packages Cargo must load too, members or not.
    queue = list(found) + list(path_dependencies(root, src))
    seen: list[Path] = []
    while queue:
        directory = queue.pop(0)
        if directory in seen or not (directory / "Cargo.toml").is_file():
            continue
        seen.append(directory)
        queue.extend(path_dependencies(load(directory / "Cargo.toml"), directory))
    return seen


def first_existing(directory: Path, candidates: list[str]) -> str | None:
    for candidate in candidates:
        if (directory / candidate).is_file():
            return candidate
    return None


def targets(directory: Path, manifest: dict) -> dict[str, str]:
    """Target files (relative to the package) mapped to their stub's contents."""
    package = manifest.get("package", {})
    name = package.get("name", directory.name)
    stubs: dict[str, str] = {}

    lib = manifest.get("lib")
    if lib is not None or (directory / "src/lib.rs").is_file():
        stubs[(lib or {}).get("path", "src/lib.rs")] = ""

    def declared(kind: str, folder: str):
        for target in manifest.get(kind, []):
            if "path" in target:
                yield target["path"]
                continue
            t = target.get("name", name)
            candidates = [f"{folder}/{t}.rs", f"{folder}/{t}/main.rs"]
            if kind == "bin":
                candidates = ["src/main.rs"] * (t == name) + [f"src/bin/{t}.rs", f"src/bin/{t}/main.rs"]
            found = first_existing(directory, candidates)
            if found:
                yield found

    for kind, folder in (("bin", "src/bin"), ("example", "examples"), ("test", "tests"), ("bench", "benches")):
        for path in declared(kind, folder):
            stubs[path] = "fn main() {}\n"
    # Binaries Cargo discovers by itself (`--bin NAME` must find them).
    if package.get("autobins", True) is not False:
        if (directory / "src/main.rs").is_file():
            stubs["src/main.rs"] = "fn main() {}\n"
        for path in sorted(directory.glob("src/bin/*.rs")) + sorted(directory.glob("src/bin/*/main.rs")):
            stubs[str(path.relative_to(directory))] = "fn main() {}\n"

    build = package.get("build")
    if isinstance(build, str):
        stubs[build] = "fn main() {}\n"
    elif build is None and (directory / "build.rs").is_file():
        stubs["build.rs"] = "fn main() {}\n"
    return stubs


def write(path: Path, text: str | None = None, source: Path | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if source is not None:
        shutil.copyfile(source, path)
    else:
        path.write_text(text or "")
    os.utime(path, (STUB_TIME, STUB_TIME))


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    src, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    root_manifest = src / "Cargo.toml"
    root = load(root_manifest)
    if out.exists():
        shutil.rmtree(out)
    # What Cargo reads besides the packages: the lock file, its config and the toolchain pin.
    for extra in ("Cargo.toml", "Cargo.lock", ".cargo/config.toml", ".cargo/config", "rust-toolchain", "rust-toolchain.toml"):
        if (src / extra).is_file():
            write(out / extra, source=src / extra)
    for directory in members(src, root):
        relative = directory.relative_to(src)
        manifest = load(directory / "Cargo.toml")
        if directory != src:
            write(out / relative / "Cargo.toml", source=directory / "Cargo.toml")
        stubs = targets(directory, manifest)
        for path, text in sorted(stubs.items()):
            write(out / relative / path, text=text)
        print(f"skeleton: {relative or '.'}: {', '.join(sorted(stubs)) or 'no targets'}")
    for directory in sorted(p for p in out.rglob("*") if p.is_dir()):
        os.utime(directory, (STUB_TIME, STUB_TIME))
    return 0


if __name__ == "__main__":
    sys.exit(main())
