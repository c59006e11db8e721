#!/usr/bin/env python3
"""Bounded-time GraphQL fuzzer for Mosaic, driven only by the SDL it is given.

Every root field of `Query` and `Mutation` in the SDL is fuzzed: operations come from
hypothesis-graphql (selections and arguments generated from the schema), with strategies of
ours for every scalar (hostile strings, integer limits, odd dates, random and real UUIDs,
nested JSON), so a new domain joins the run just by being in schema.graphql. Real ids and
strings (workspace ids, slugs, row ids, cursors) are read first with generic queries built
from the SDL and then harvested from every response, so mutations reach the database rather
than stopping at NOT_FOUND.

About 1 request in 24 is also wrapped in a hostile GraphQL-over-HTTP envelope (batches,
alias floods, fragment cycles, odd operationName/variables, persisted-query extensions, bad or
missing credentials). Mutations that destroy (delete…, remove…, leave…, revoke…) never get the
ids read before fuzzing, so the demo data survives the run; ids are read again every
--refresh-every requests. Each distinct failure is re-sent in smaller forms to reduce it, and
re-sent without its NUL characters to tell whether NUL is the cause.

A request FAILS on: HTTP 5xx; an error whose extensions.code is INTERNAL; an error without
extensions.code; response text that looks like database text; the server being unreachable or
not answering in time; a `panicked` or ERROR line in the server's log (--server-log).
Exit status: 0 no failure, 1 failures (each distinct one printed with its query, variables,
response and a reduced reproduction), 2 the harness could not run.

    python3 fuzz.py --url http://127.0.0.1:8080 --token JWT --schema schema.graphql \
        [--seconds 180] [--seed N] [--id UUID ...] [--server-log FILE] [--report FILE] \
        [--no-nul] [--trace FILE] [--quiet]

The same --seed gives the same sequence of operations (the ids and cursors put into them
come from the server, so they differ between servers).

Dependencies are installed once into a venv under $MOSAIC_FUZZ_CACHE (default
~/.cache/mosaic-fuzz); the script re-executes itself there.
"""

from __future__ import annotations

import argparse
import base64
import copy
from dataclasses import replace
import datetime as dt
import hashlib
import http.client
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.parse
import uuid

REQUIREMENTS = ["hypothesis==6.170.17", "hypothesis-graphql==0.13.5", "graphql-core==3.3.2"]


# --------------------------------------------------------------------------------------------
# Bootstrap: run inside a venv of our own (created once, reused by every later run).
# --------------------------------------------------------------------------------------------


CACHE = os.path.expanduser(os.environ.get("MOSAIC_FUZZ_CACHE") or "~/.cache/mosaic-fuzz")


def _bootstrap() -> None:
    if os.environ.get("MOSAIC_FUZZ_IN_VENV") == "1" or os.environ.get("MOSAIC_FUZZ_NO_VENV") == "1":
        return
    cache = CACHE
    key = hashlib.sha256(("\n".join(REQUIREMENTS) + sys.version).encode()).hexdigest()[:12]
    venv = os.path.join(cache, f"venv-{key}")
    target = os.path.join(cache, f"site-{key}")  # when venv is missing (Debian without python3-venv)
    python = os.path.join(venv, "bin", "python")
    env = dict(os.environ, MOSAIC_FUZZ_IN_VENV="1")
    if os.path.exists(os.path.join(target, ".installed")):
        env["PYTHONPATH"] = target + os.pathsep + env.get("PYTHONPATH", "")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]], env)
    if not os.path.exists(os.path.join(venv, ".installed")):
        os.makedirs(cache, exist_ok=True)
        import fcntl

        with open(os.path.join(cache, ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not os.path.exists(os.path.join(venv, ".installed")):
                print(f"fuzz: installing {' '.join(REQUIREMENTS)} into {cache}", file=sys.stderr, flush=True)
                pip = ["-m", "pip", "install", "-q", "--disable-pip-version-check", *REQUIREMENTS]
                made = subprocess.run([sys.executable, "-m", "venv", "--clear", venv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
                if made:
                    subprocess.run([python, *pip], check=True)
                    open(os.path.join(venv, ".installed"), "w").write("\n".join(REQUIREMENTS) + "\n")
                else:
                    subprocess.run([sys.executable, *pip, "--target", target], check=True)
                    open(os.path.join(target, ".installed"), "w").write("\n".join(REQUIREMENTS) + "\n")
                    env["PYTHONPATH"] = target + os.pathsep + env.get("PYTHONPATH", "")
                    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]], env)
    os.execve(python, [python, os.path.abspath(__file__), *sys.argv[1:]], env)


if __name__ == "__main__":
    _bootstrap()

# Hypothesis keeps a folder of its own (in the working directory by default): keep it out of
# the repository.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(CACHE, "hypothesis"))

import graphql  # noqa: E402
import hypothesis_graphql as hg  # noqa: E402
from graphql import language as gl  # noqa: E402
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# --------------------------------------------------------------------------------------------
# Hostile values
# --------------------------------------------------------------------------------------------

BODY_LIMIT_PLUS = 1_048_577  # one byte past the default MOSAIC_MAX_BODY_BYTES

HOSTILE_STRINGS: list[str] = [
    "",
    " ",
    "   ",
    "\u0000",
    "a\u0000b",
    "\u0000" * 16,
    "x\x01\x02\x03\x07\x08\x0b\x0c\x0e\x1f\x7f",
    "\t\n\r",
    "line1\nline2\r\nline3",
    "\x1b[31mred\x1b[0m",
    "\u0085\u00a0\u2028\u2029",
    "\u200b\u200c\u200d\ufeff",
    "\u202egnp.exe",
    "\ufffd\uffff\ufffe",
    "\U0010ffff",
    "\ud800",  # lone surrogate: only JSON escapes can carry it
    "\udfff\ud800",
    "😀🚀👩‍👩‍👧‍👦",
    "e\u0301\u0301\u0301",
    "Ǆǅǆ ﬃ ß ẞ İı",
    "日本語テキスト",
    "עברית العربية",
    "Ω≈ç√∫˜µ≤≥÷",
    "'",
    "''",
    '"',
    "`",
    "'; DROP TABLE users; --",
    "' OR '1'='1",
    "\" OR 1=1 --",
    "1; SELECT pg_sleep(3); --",
    "%",
    "%%",
    "_",
    "__",
    "%_%",
    "\\",
    "\\\\",
    "\\%",
    "\\_",
    "a%b_c\\d",
    "\\x00",
    "\\u0000",
    "E'\\\\x41'",
    "$1",
    "$$",
    "$tag$ x $tag$",
    "::text",
    "/*",
    "*/",
    "--",
    ";",
    "NULL",
    "null",
    "undefined",
    "true",
    "0",
    "-1",
    "1e309",
    "NaN",
    "Infinity",
    "0x00",
    "ARRAY[1,2]",
    "ROW(1,2)",
    "{}",
    "[]",
    '{"a":1}',
    "{{7*7}}",
    "${7*7}",
    "%s%s%s%n",
    "{0}",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "C:\\Windows\\",
    "javascript:alert(1)",
    "https://",
    "http://",
    "mailto:",
    "https://example.com/\u0000",
    "https://ex ample.com",
    "HTTPS://EXAMPLE.COM",
    "ftp://example.com",
    "https://" + "a" * 3000 + ".com",
    "@",
    "a@b",
    "demo@mosaic.dev",
    " DEMO@MOSAIC.DEV ",
    "UTC",
    "Europe/Paris",
    "America/Argentina/ComodRivadavia",
    "Etc/GMT+12",
    "Mars/Olympus_Mons",
    "+14:00",
    "-",
    "a-b",
    "a--b",
    "-a-",
    "ACME",
    "acme",
    "x" * 255,
    "x" * 256,
    "x" * 1000,
    "x" * 2000,
    "x" * 2001,
    "é" * 5001,
    "x" * 10_001,
    "\u0000" * 2000,
    "'" * 5000,
    "%" * 5000,
    "\\" * 5000,
    "😀" * 20_000,
    "x" * 100_000,
    "x" * 600_000,
    "x" * BODY_LIMIT_PLUS,
]

INT_EDGES = [0, 1, -1, 2, 5, 10, 20, 50, 100, 101, 1000, 10_000, 2**15, 2**31 - 1, -(2**31), 2**31 - 2, -(2**31) + 1]
INT_OUT_OF_RANGE = [2**31, -(2**31) - 1, 2**53 + 1, 2**63 - 1, -(2**63), 2**64, 10**40]
FLOAT_EDGES = [0.0, -0.0, 0.5, -1.5, 1e-300, 1e308, -1e308, 2.0**63, float(2**53 + 1), 3.4028235e38]

DATE_EDGES = [
    "0001-01-01",
    "9999-12-31",
    "0000-01-01",
    "99999-12-31",
    "10000-01-01",
    "-0001-01-01",
    "1970-01-01",
    "1969-12-31",
    "2000-02-29",
    "2024-02-29",
    "2025-02-29",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-1",
    "2026-01-01T00:00:00Z",
    "20260101",
    "2026/01/01",
    " 2026-01-01",
    "2026-01-01 ",
    "",
]
DATETIME_EDGES = [
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "10000-01-01T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "-000001-01-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "2026-02-30T00:00:00Z",
    "2026-01-01T24:00:00Z",
    "2026-06-30T23:59:60Z",
    "2026-01-01T00:00:00+14:00",
    "2026-01-01T00:00:00-12:00",
    "2026-01-01T00:00:00+25:00",
    "2026-01-01T00:00:00",
    "2026-01-01",
    "2026-01-01t00:00:00z",
    "2026-01-01T00:00:00.1234567891234Z",
    "1e10",
    "now",
    "",
]
ZONES = ["UTC", "Europe/Paris", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "Asia/Kathmandu"]
JSON_KEYS = ["", "\u0000", "a\u0000b", "__proto__", "constructor", "$where", "'; --", "%", "_", "\\", "é", "😀", "a" * 300]

# Response text that means database or driver internals reached the client.
DB_PATTERNS = [
    "sqlstate",
    "violates",
    'constraint "',
    "syntax error at or near",
    'relation "',
    'column "',
    "duplicate key",
    "invalid byte sequence",
    "postgres",
    "sqlx",
    "sea_orm",
    "seaorm",
    "panicked",
    "error returned from database",
    "pg_catalog",
    "pool timed out",
]
DB_RE = re.compile("|".join(re.escape(p) for p in DB_PATTERNS), re.IGNORECASE)
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
LOG_ERROR_RE = re.compile(r"^\s*(?:\S+\s+){0,3}ERROR\b")
NAME_RE = re.compile(r"^[_A-Za-z][_0-9A-Za-z]*$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

DESTRUCTIVE_RE = re.compile(r"(delete|remove|leave|revoke|destroy|purge|drop)", re.IGNORECASE)
TOKEN = ""  # the bearer token, for the auth probes
NO_NUL = False  # --no-nul: strip NUL characters from everything sent
MARK = "\ue000\ue001mf:"  # placeholders resolved with their context (argument name, type)

# --------------------------------------------------------------------------------------------
# Scalar strategies (hypothesis), chosen from the scalar's name so new scalars get one too
# --------------------------------------------------------------------------------------------


def weighted(*pairs):
    """One of several strategies, each drawn with its weight."""
    table = []
    for weight, strategy in pairs:
        table.append((weight, strategy))
    total = sum(w for w, _ in table)

    @st.composite
    def pick(draw):
        k = draw(st.integers(0, total - 1))
        for weight, strategy in table:
            if k < weight:
                return draw(strategy)
            k -= weight
        raise AssertionError

    return pick()


def s_node(value: str) -> gl.StringValueNode:
    return gl.StringValueNode(value=value)


def placeholder(kind: str, *parts) -> gl.StringValueNode:
    return s_node(MARK + kind + "|" + "|".join(str(p) for p in parts))


def py_to_node(value) -> gl.ValueNode:
    if value is None:
        return gl.NullValueNode()
    if isinstance(value, bool):
        return gl.BooleanValueNode(value=value)
    if isinstance(value, int):
        return gl.IntValueNode(value=str(value))
    if isinstance(value, float):
        return gl.FloatValueNode(value=repr(value)) if value == value and abs(value) != float("inf") else s_node(repr(value))
    if isinstance(value, str):
        return s_node(value)
    if isinstance(value, list):
        return gl.ListValueNode(values=tuple(py_to_node(v) for v in value))
    if isinstance(value, dict):
        return gl.ObjectValueNode(
            fields=tuple(gl.ObjectFieldNode(name=gl.NameNode(value=str(k)), value=py_to_node(v)) for k, v in value.items())
        )
    return s_node(str(value))


def node_to_py(node: gl.ValueNode, variables: dict | None = None):
    if isinstance(node, gl.NullValueNode):
        return None
    if isinstance(node, gl.BooleanValueNode):
        return node.value
    if isinstance(node, gl.IntValueNode):
        return int(node.value)
    if isinstance(node, gl.FloatValueNode):
        return float(node.value)
    if isinstance(node, (gl.StringValueNode, gl.EnumValueNode)):
        return node.value
    if isinstance(node, gl.ListValueNode):
        return [node_to_py(v, variables) for v in node.values]
    if isinstance(node, gl.ObjectValueNode):
        return {f.name.value: node_to_py(f.value, variables) for f in node.fields}
    if isinstance(node, gl.VariableNode):
        return (variables or {}).get(node.name.value)
    return None


def hostile_string_strategy():
    return st.sampled_from(range(len(HOSTILE_STRINGS))).map(lambda i: HOSTILE_STRINGS[i])


# Strings are never invalid for their type, so they can be hostile often. For the other
# scalars a value the scalar rejects fails the whole request at validation, so those are kept
# to a few percent and most values are valid (real ids, dates near today).


def string_nodes():
    full_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=["Cs"]), max_size=40)
    return weighted(
        (35, st.integers(0, 10**6).map(lambda i: placeholder("str", i, -1))),  # a real value or a plausible one
        (20, st.tuples(st.integers(0, 10**6), st.integers(0, len(HOSTILE_STRINGS) - 1)).map(lambda t: placeholder("str", t[0], t[1]))),
        (25, hostile_string_strategy().map(s_node)),
        (12, full_text.map(s_node)),
        (8, st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_ %'\\0123456789", max_size=20).map(s_node)),
    )


UUID_WEIRD = [
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "00000000-0000-0000-0000-00000000000",
    "not-a-uuid",
    "",
    "\u0000",
    "01234567-89ab-cdef-0123-456789abcdef'--",
    "g0000000-0000-0000-0000-000000000000",
    "' OR 1=1 --",
]


def uuid_nodes():
    return weighted(
        (80, st.integers(0, 10**6).map(lambda i: placeholder("id", i, "plain"))),
        (6, st.tuples(st.integers(0, 10**6), st.sampled_from(["upper", "nodash", "braces", "urn"])).map(lambda t: placeholder("id", *t))),
        (8, st.uuids().map(lambda u: s_node(str(u)))),
        (1, st.just(s_node("00000000-0000-0000-0000-000000000000"))),
        (3, st.sampled_from(UUID_WEIRD).map(s_node)),
        (2, string_nodes()),
    )


def int_nodes():
    return weighted(
        (40, st.sampled_from(INT_EDGES).map(py_to_node)),
        (45, st.integers(-3, 60).map(py_to_node)),
        (12, st.integers(-(2**31), 2**31 - 1).map(py_to_node)),
        (3, st.sampled_from(INT_OUT_OF_RANGE).map(py_to_node)),
    )


def float_nodes():
    return weighted(
        (3, st.sampled_from(FLOAT_EDGES).map(py_to_node)),
        (3, st.floats(allow_nan=False, allow_infinity=False).map(py_to_node)),
        (1, int_nodes()),
    )


def date_text(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


DATE_VALID_EDGES = ["0001-01-01", "9999-12-31", "1970-01-01", "2000-02-29", "2024-02-29", "1000-01-01"]


def date_nodes():
    return weighted(
        (50, st.integers(-400, 400).map(lambda k: placeholder("date", k))),
        (15, st.integers(-60, 60).map(lambda k: placeholder("monday", k))),
        (15, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: s_node(date_text(d)))),
        (10, st.sampled_from(DATE_VALID_EDGES).map(s_node)),
        (8, st.sampled_from(DATE_EDGES).map(s_node)),
        (2, string_nodes()),
    )


def datetime_nodes():
    tzs = st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=14)), dt.timezone(dt.timedelta(hours=-12)), dt.timezone(dt.timedelta(minutes=345))])
    return weighted(
        (50, st.integers(-400 * 24, 400 * 24).map(lambda k: placeholder("dt", k))),
        (25, st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 30), timezones=tzs).map(lambda d: s_node(date_text(d.date()) + d.isoformat()[10:]))),
        (18, st.sampled_from(DATETIME_EDGES).map(s_node)),
        (2, string_nodes()),
    )


def json_values():
    leaf = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**63), 2**63 - 1),
        st.sampled_from(INT_OUT_OF_RANGE),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from([s for s in HOSTILE_STRINGS if len(s) < 3000]),
        st.text(max_size=20),
    )
    key = st.one_of(st.text(max_size=12), st.sampled_from(JSON_KEYS), st.from_regex(NAME_RE, fullmatch=True).filter(lambda s: len(s) < 20))
    tree = st.recursive(leaf, lambda c: st.lists(c, max_size=5) | st.dictionaries(key, c, max_size=5), max_leaves=25)

    def deep(args):
        depth, as_object = args
        value: object = "bottom"
        for _ in range(depth):
            value = {"a": value} if as_object else [value]
        return value

    return weighted(
        (6, tree),
        (1, st.tuples(st.sampled_from([32, 64, 100, 125, 126, 127, 128, 129, 200, 400]), st.booleans()).map(deep)),
        (1, st.sampled_from([{}, [], {"\u0000": 1}, {"a\u0000": "\u0000"}, {"": ""}, {"x" * 10_000: "y" * 100_000}, [None] * 50_000])),
    )


def json_nodes():
    return json_values().map(py_to_node)


def generic_nodes():
    return st.one_of(string_nodes(), int_nodes(), float_nodes(), date_nodes(), datetime_nodes(), uuid_nodes(), json_nodes(), st.booleans().map(py_to_node))


def scalar_strategy(name: str):
    n = name.lower()
    if name == "String":
        return string_nodes()
    if name == "Int":
        return int_nodes()
    if name == "Float":
        return float_nodes()
    if name == "Boolean":
        return st.booleans().map(py_to_node)
    if name == "ID":
        return st.one_of(uuid_nodes(), int_nodes().filter(lambda n_: isinstance(n_, gl.IntValueNode)))
    if "uuid" in n or n.endswith("id"):
        return uuid_nodes()
    if "datetime" in n or "timestamp" in n or n in ("instant", "time"):
        return datetime_nodes()
    if "date" in n:
        return date_nodes()
    if "json" in n or n in ("object", "map", "any"):
        return json_nodes()
    if "int" in n or "long" in n or "count" in n:
        return int_nodes()
    if "float" in n or "decimal" in n or "number" in n or "money" in n:
        return st.one_of(float_nodes(), string_nodes())
    return generic_nodes()


# --------------------------------------------------------------------------------------------
# Schema helpers
# --------------------------------------------------------------------------------------------


def named(type_):
    while isinstance(type_, graphql.GraphQLWrappingType):
        type_ = type_.of_type
    return type_


def is_leaf(type_) -> bool:
    return isinstance(named(type_), (graphql.GraphQLScalarType, graphql.GraphQLEnumType))


def is_idlike_scalar(type_) -> bool:
    t = named(type_)
    return isinstance(t, graphql.GraphQLScalarType) and (t.name == "ID" or "uuid" in t.name.lower())


def required_arg(arg) -> bool:
    return isinstance(arg.type, graphql.GraphQLNonNull) and arg.default_value is graphql.Undefined


class SchemaInfo:
    def __init__(self, sdl: str):
        self.schema = graphql.build_schema(sdl)
        errors = graphql.validate_schema(self.schema)
        if errors:
            raise SystemExit(f"fuzz: the SDL is not a valid schema: {errors[0]}")
        self.objects = {
            name: t
            for name, t in self.schema.type_map.items()
            if isinstance(t, graphql.GraphQLObjectType) and not name.startswith("__")
        }
        self.by_lower = {name.lower(): name for name in self.objects}
        self._hints: dict[tuple[str, str], list[str]] = {}

    def root(self, kind: str):
        return self.schema.query_type if kind == "query" else self.schema.mutation_type

    def hint_types(self, owner: str, field_name: str) -> list[str]:
        """Object types an `id` argument of owner.field most likely names: the field's own type,
        the object fields of its payload, and type names spelled inside the field's or its
        input types' names (longest first)."""
        key = (owner, field_name)
        if key in self._hints:
            return self._hints[key]
        owner_type = self.schema.type_map.get(owner)
        field = owner_type.fields.get(field_name) if isinstance(owner_type, graphql.GraphQLObjectType) else None
        out: list[str] = []
        text = field_name
        if field is not None:
            ret = named(field.type)
            if isinstance(ret, graphql.GraphQLObjectType):
                out.append(ret.name)
                for sub in ret.fields.values():
                    t = named(sub.type)
                    if isinstance(t, graphql.GraphQLObjectType) and t.name not in out:
                        out.append(t.name)
            text += " " + " ".join(named(a.type).name for a in field.args.values())
        low = text.lower()
        matches = sorted((n for n in self.objects if len(n) >= 3 and n.lower() in low), key=len, reverse=True)
        for m in matches:
            if m not in out:
                out.insert(0, m)
        self._hints[key] = out
        return out


# --------------------------------------------------------------------------------------------
# Pools of real values, harvested from responses
# --------------------------------------------------------------------------------------------


class Pools:
    CAP = 64

    def __init__(self, info: SchemaInfo, seed_ids: list[str]):
        self.info = info
        self.ids_by_type: dict[str, list[str]] = {}
        self.ids_by_name: dict[str, list[str]] = {}
        self.all_ids: list[str] = []
        self.strings_by_tf: dict[tuple[str, str], list[str]] = {}
        self.strings_by_field: dict[str, list[str]] = {}
        self.cursors: list[str] = []
        self._n = 0
        # Ids read before fuzzing (the demo data): mutations that destroy (delete…, remove…,
        # leave…, revoke…) never get them, so the run keeps its data to work on.
        self.protected: set[str] = set(seed_ids)
        self.guard = False
        for value in seed_ids:
            self._put(self.all_ids, value)

    def _put(self, lst: list, value) -> None:
        if value in lst:
            return
        if len(lst) < self.CAP:
            lst.append(value)
        else:
            self._n += 1
            lst[self._n % self.CAP] = value

    def add_id(self, owner: str, field: str, value: str) -> None:
        if not isinstance(value, str) or not value:
            return
        self._put(self.all_ids, value)
        if field == "id":
            self._put(self.ids_by_type.setdefault(owner, []), value)
            return
        if field.endswith("Id"):
            stem = field[:-2].lower()
            t = self.info.by_lower.get(stem)
            if t:
                self._put(self.ids_by_type.setdefault(t, []), value)
        self._put(self.ids_by_name.setdefault(field, []), value)

    def add_string(self, owner: str, field: str, value: str) -> None:
        if not isinstance(value, str) or not value or len(value) > 120:
            return
        if "cursor" in field.lower():
            self._put(self.cursors, value)
            return
        if any(ord(c) < 32 for c in value) or MARK in value:
            return
        self._put(self.strings_by_tf.setdefault((owner, field), []), value)
        self._put(self.strings_by_field.setdefault(field.lower(), []), value)

    def id_for(self, name: str, hints: list[str], i: int) -> str | None:
        cands: list[str] = []
        low = name.lower()
        if low in ("id", "ids"):
            for t in hints:
                cands += self.ids_by_type.get(t, [])
        else:
            stem = re.sub(r"ids?$", "", low)
            t = self.info.by_lower.get(stem)
            if t:
                cands += self.ids_by_type.get(t, [])
            cands += self.ids_by_name.get(name, [])
            cands += self.ids_by_name.get(name[:-1], []) if name.endswith("s") else []
        everything = self.all_ids
        if self.guard:
            cands = [c for c in cands if c not in self.protected]
            everything = [c for c in everything if c not in self.protected]
        if cands and (i % 10) < 8:
            return cands[(i // 10) % len(cands)]
        if everything:
            return everything[(i // 10) % len(everything)]
        return None

    def string_for(self, name: str, hints: list[str], i: int) -> str:
        low = name.lower()
        if low in ("after", "before") or "cursor" in low:
            if self.cursors and i % 4 != 0:
                return mutate_cursor(self.cursors[(i // 4) % len(self.cursors)], i // 4)
        cands: list[str] = []
        for t in hints:
            cands += self.strings_by_tf.get((t, name), [])
        cands += self.strings_by_field.get(low, [])
        if cands and i % 3 != 0:
            return cands[(i // 3) % len(cands)]
        return plausible_string(name, i)


def plausible_string(name: str, i: int) -> str:
    """A value that passes the usual validation for an input of this name, so what follows it
    (the database write) is reached."""
    n = name.lower()
    k = i % 997
    if "url" in n or "link" in n or "website" in n:
        return ["https://example.com/p/%d" % k, "http://example.org/", "mailto:someone%d@example.com" % k, "https://a.b/c?d=e#f"][i % 4]
    if "email" in n:
        return f"fuzz{k}@example.com"
    if "zone" in n or n == "tz":
        return ZONES[i % len(ZONES)]
    if "slug" in n:
        return f"fuzz-{k}"
    if "currency" in n:
        return ["USD", "EUR", "usd", "XXX"][i % 4]
    if "date" in n:
        return (dt.date.today() + dt.timedelta(days=(i % 61) - 30)).isoformat()
    if "name" in n:
        return ["Fuzz %d" % k, "Ada Lovelace", "x", "Jean-Luc O'Neil"][i % 4]
    if n in ("after", "before") or "cursor" in n:
        return cursor_garbage(i)
    return f"fuzz {name} {k}"


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_garbage(i: int) -> str:
    options = [
        "",
        "=",
        "%%%",
        b64(b"null"),
        b64(b"[]"),
        b64(b"[1]"),
        b64(b'["", ""]'),
        b64(b'[null, "00000000-0000-0000-0000-000000000000"]'),
        b64(b'["\\u0000", "00000000-0000-0000-0000-000000000000"]'),
        b64(b"[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"),
        b64(b"\xff\xfe\x00"),
        b64(json.dumps([2**64, "x"]).encode()),
        b64(json.dumps(["9999-99-99T99:99:99Z", str(uuid.UUID(int=i))]).encode()),
        base64.b64encode(b'["a","b"]').decode(),
        "A" * 5000,
    ]
    return options[i % len(options)]


def mutate_cursor(cursor: str, i: int) -> str:
    """A forged cursor shaped like a real one: its JSON array with one element swapped for a
    hostile value, a wrong type, or an element added or removed."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
    except Exception:
        return cursor_garbage(i)
    if not isinstance(value, list) or not value:
        return cursor_garbage(i)
    rnd = random.Random(i)
    choice = rnd.randrange(8)
    value = list(value)
    j = rnd.randrange(len(value))
    if choice == 0:
        return cursor
    if choice == 1:
        value[j] = rnd.choice([s for s in HOSTILE_STRINGS if len(s) < 300])
    elif choice == 2:
        value[j] = rnd.choice([None, 0, -1, 2**63, 1.5, True, [], {}])
    elif choice == 3:
        value[j] = rnd.choice(["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+275760-09-13T00:00:00Z", "2026-02-30T00:00:00Z", "1970-01-01"])
    elif choice == 4:
        value.append("extra")
    elif choice == 5:
        value.pop()
    elif choice == 6:
        value[j] = str(uuid.UUID(int=rnd.getrandbits(128)))
    else:
        return cursor[: max(1, len(cursor) // 2)]
    return b64(json.dumps(value).encode())


# --------------------------------------------------------------------------------------------
# Turning a generated document into a request: resolve placeholders, lift arguments
# into variables (always when a literal cannot carry the value)
# --------------------------------------------------------------------------------------------


def resolve_placeholder(text: str, name: str, hints: list[str], pools: Pools) -> str:
    parts = text[len(MARK) :].split("|")
    kind = parts[0]
    today = dt.date.today()
    if kind == "id":
        i, mod = int(parts[1]), parts[2]
        value = pools.id_for(name, hints, i) or str(uuid.UUID(int=random.Random(i).getrandbits(128), version=4))
        if mod == "upper":
            return value.upper()
        if mod == "nodash":
            return value.replace("-", "")
        if mod == "braces":
            return "{" + value + "}"
        if mod == "urn":
            return "urn:uuid:" + value
        if mod == "space":
            return " " + value
        return value
    if kind == "str":
        i, h = int(parts[1]), int(parts[2])
        base = pools.string_for(name, hints, i)
        if h < 0:
            return base
        hostile = HOSTILE_STRINGS[h]
        return [base + hostile, hostile + base, base[: len(base) // 2] + hostile + base[len(base) // 2 :]][i % 3]
    if kind == "date":
        d = today + dt.timedelta(days=int(parts[1]))
        return d.isoformat()
    if kind == "monday":
        d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=int(parts[1]))
        return d.isoformat()
    if kind == "dt":
        moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=int(parts[1]))
        return moment.isoformat().replace("+00:00", "Z")
    return text


def resolve_value(node, type_, name: str, hints: list[str], pools: Pools):
    """A copy of `node` with its placeholders replaced; `type_` is the input type at this spot
    (or None when the generated value does not fit the schema, as in negative mode)."""
    inner = type_.of_type if isinstance(type_, graphql.GraphQLNonNull) else type_
    if isinstance(node, gl.StringValueNode):
        value = resolve_placeholder(node.value, name, hints, pools) if node.value.startswith(MARK) else node.value
        return s_node(value.replace("\x00", "") if NO_NUL else value)
    if isinstance(node, gl.ListValueNode):
        item_type = inner.of_type if isinstance(inner, graphql.GraphQLList) else None
        return gl.ListValueNode(values=tuple(resolve_value(v, item_type or inner, name, hints, pools) for v in node.values))
    if isinstance(inner, graphql.GraphQLList):
        return resolve_value(node, inner.of_type, name, hints, pools)
    if isinstance(node, gl.ObjectValueNode):
        fields = []
        for f in node.fields:
            ftype = None
            if isinstance(inner, graphql.GraphQLInputObjectType) and f.name.value in inner.fields:
                ftype = inner.fields[f.name.value].type
            fname = gl.NameNode(value=f.name.value.replace("\x00", "")) if NO_NUL else f.name
            fields.append(gl.ObjectFieldNode(name=fname, value=resolve_value(f.value, ftype, f.name.value, hints, pools)))
        return gl.ObjectValueNode(fields=tuple(fields))
    return node


def literal_printable(node) -> bool:
    if isinstance(node, gl.ObjectValueNode):
        return all(NAME_RE.match(f.name.value) and literal_printable(f.value) for f in node.fields)
    if isinstance(node, gl.ListValueNode):
        return all(literal_printable(v) for v in node.values)
    return True


class Request:
    __slots__ = ("kind", "roots", "query", "variables", "doc", "negative", "raw", "envelope", "headers", "inner")

    def __init__(self, kind, roots, query, variables, doc, negative=False, raw=None, envelope="", headers=None):
        self.kind, self.roots, self.query, self.variables, self.doc, self.negative = kind, roots, query, variables, doc, negative
        self.raw = raw  # a body sent as is (the envelope probes), else the query and variables
        self.envelope = envelope
        self.headers = headers  # header changes (None removes one)
        self.inner: Request | None = None  # for an envelope: the plain request inside

    def payload(self) -> dict:
        payload: dict = {"query": self.query}
        if self.variables:
            payload["variables"] = self.variables
        return payload

    def body(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return json.dumps(self.payload(), ensure_ascii=True).encode()


ENVELOPES = [
    "batch-2",
    "batch-10",
    "batch-11",
    "batch-empty",
    "batch-garbage",
    "operation-name-unknown",
    "operation-name-wrong-type",
    "two-operations",
    "variables-string",
    "variables-list",
    "variables-extra",
    "query-number",
    "query-missing",
    "query-empty",
    "aliases-30",
    "aliases-31",
    "fragment-cycle",
    "fragment-spread",
    "directive-skip-variable",
    "persisted-query",
    "introspection",
    "subscription",
    "duplicate-keys",
    "truncated-json",
    "auth-none",
    "auth-empty-bearer",
    "auth-garbage",
    "auth-basic",
    "auth-lowercase-scheme",
    "auth-alg-none",
    "auth-bad-signature",
    "auth-huge",
    "auth-latin1",
    "api-key-garbage",
    "api-key-and-bearer",
]


def _jwt_parts(token: str) -> list[str]:
    parts = token.split(".")
    return parts if len(parts) == 3 else ["e30", "e30", ""]


def auth_headers(which: str, token: str) -> dict:
    header, payload, signature = _jwt_parts(token)
    if which == "auth-none":
        return {"Authorization": None}
    if which == "auth-empty-bearer":
        return {"Authorization": "Bearer "}
    if which == "auth-garbage":
        return {"Authorization": "Bearer abc.def.ghi"}
    if which == "auth-basic":
        return {"Authorization": "Basic " + base64.b64encode(b"demo@mosaic.dev:password").decode()}
    if which == "auth-lowercase-scheme":
        return {"Authorization": "bearer " + token}
    if which == "auth-alg-none":
        return {"Authorization": "Bearer " + b64(b'{"alg":"none","typ":"JWT"}') + "." + payload + "."}
    if which == "auth-bad-signature":
        return {"Authorization": "Bearer " + header + "." + payload + "." + (signature[:-2] + ("AA" if not signature.endswith("AA") else "BB"))}
    if which == "auth-huge":
        return {"Authorization": "Bearer " + "A" * 20000}
    if which == "auth-latin1":
        return {"Authorization": "Bearer \xe9\xff" + token}
    if which == "api-key-garbage":
        return {"Authorization": None, "X-Api-Key": "mk_" + "0" * 40}
    if which == "api-key-and-bearer":
        return {"X-Api-Key": "' OR 1=1 --"}
    return {}


def envelope(req: Request, which: str, info: SchemaInfo) -> Request:
    """The request in a hostile GraphQL-over-HTTP envelope: batches, operation names, odd
    variables, alias floods, fragment cycles, persisted-query extensions, and so on."""
    if which.startswith("auth-") or which.startswith("api-key-"):
        shown = json.dumps(req.payload(), ensure_ascii=True)
        wrapped = Request(req.kind, req.roots, shown, {}, req.doc, req.negative, raw=req.body(), envelope=which, headers=auth_headers(which, TOKEN))
        wrapped.inner = req
        return wrapped
    p = req.payload()
    q = req.query
    op = req.doc.definitions[0]
    kind = req.kind
    root = info.root(kind)
    body: object = p
    text = None
    if which.startswith("batch-") or which.startswith("aliases-") or which == "fragment-spread":
        if len(req.body()) > 100_000:  # multiplied, it would only test the body limit
            return req
    if which.startswith("batch-"):
        n = {"batch-2": 2, "batch-10": 10, "batch-11": 11, "batch-empty": 0}.get(which)
        body = [p] * n if n is not None else [p, 1, None, "x", []]
    elif which == "operation-name-unknown":
        body = {**p, "operationName": "NoSuchOperation"}
    elif which == "operation-name-wrong-type":
        body = {**p, "operationName": ["x"]}
    elif which == "two-operations":
        body = {**p, "query": q + "\nquery Second { __typename }"}
    elif which == "variables-string":
        body = {**p, "variables": "{}"}
    elif which == "variables-list":
        body = {**p, "variables": [1, 2]}
    elif which == "variables-extra":
        body = {**p, "variables": {**p.get("variables", {}), "undeclared": "\u0000", "": None}}
    elif which == "query-number":
        body = {**p, "query": 12345}
    elif which == "query-missing":
        body = {k: v for k, v in p.items() if k != "query"}
    elif which == "query-empty":
        body = {**p, "query": ""}
    elif which.startswith("aliases-"):
        n = int(which.split("-")[1])
        first = op.selection_set.selections[0]
        copies = tuple(replace(first, alias=gl.NameNode(value=f"a{i}")) for i in range(n))
        doc = with_operation(req.doc, selection_set=replace(op.selection_set, selections=copies))
        body = {**p, "query": gl.print_ast(doc)}
    elif which == "fragment-cycle":
        tname = root.name if root else "Query"
        body = {**p, "query": f"{kind} {{ ...A }} fragment A on {tname} {{ ...B }} fragment B on {tname} {{ ...A }}"}
    elif which == "fragment-spread":
        tname = root.name if root else "Query"
        inner = gl.print_ast(op.selection_set)
        defs = gl.print_ast(op)[: gl.print_ast(op).index("{")] if op.variable_definitions else kind
        body = {**p, "query": f"{defs} {{ ...F ...F }} fragment F on {tname} {inner}"}
    elif which == "directive-skip-variable":
        first = op.selection_set.selections[0]
        directive = gl.DirectiveNode(name=gl.NameNode(value="skip"), arguments=(gl.ArgumentNode(name=gl.NameNode(value="if"), value=gl.VariableNode(name=gl.NameNode(value="undeclaredFlag"))),))
        doc = with_operation(req.doc, selection_set=replace(op.selection_set, selections=(replace(first, directives=(directive,)),)))
        body = {**p, "query": gl.print_ast(doc)}
    elif which == "persisted-query":
        body = {**p, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(q.encode()).hexdigest()[::-1]}}}
    elif which == "introspection":
        body = {"query": "{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } } } } }"}
    elif which == "subscription":
        sub = info.schema.subscription_type
        field = next(iter(sub.fields), "__typename") if sub else "__typename"
        body = {"query": f"subscription {{ {field} }}"}
    elif which == "duplicate-keys":
        text = '{"query": %s, "query": %s}' % (json.dumps(q), json.dumps("{ __typename }"))
    elif which == "truncated-json":
        text = json.dumps(p, ensure_ascii=True)[: max(1, len(json.dumps(p)) // 2)]
    raw = text.encode() if text is not None else json.dumps(body, ensure_ascii=True).encode()
    shown = body if text is None else text
    wrapped = Request(kind, req.roots, json.dumps(shown, ensure_ascii=True)[:20000] if not isinstance(shown, str) else shown[:20000], {}, req.doc, req.negative, raw=raw, envelope=which)
    wrapped.inner = req
    return wrapped


def rewrite_arguments(selection_set, parent, info: SchemaInfo, fn):
    """A copy of a selection set in which every field's arguments are fn(field, field_def,
    parent_type) (nodes are immutable, so the path down is rebuilt)."""
    if selection_set is None or parent is None:
        return selection_set
    new = []
    for sel in selection_set.selections:
        if isinstance(sel, gl.InlineFragmentNode):
            cond = info.schema.type_map.get(sel.type_condition.name.value) if sel.type_condition else parent
            new.append(replace(sel, selection_set=rewrite_arguments(sel.selection_set, cond, info, fn)))
            continue
        if not isinstance(sel, gl.FieldNode):
            new.append(sel)
            continue
        fdef = parent.fields.get(sel.name.value) if hasattr(parent, "fields") else None
        args = fn(sel, fdef, parent)
        sub = rewrite_arguments(sel.selection_set, named(fdef.type), info, fn) if fdef is not None else sel.selection_set
        new.append(replace(sel, arguments=tuple(args), selection_set=sub))
    return replace(selection_set, selections=tuple(new))


def variable_definition(name: str, type_) -> gl.VariableDefinitionNode:
    return gl.VariableDefinitionNode(variable=gl.VariableNode(name=gl.NameNode(value=name)), type=gl.parse_type(str(type_)), directives=())


def with_operation(doc: gl.DocumentNode, **changes) -> gl.DocumentNode:
    return replace(doc, definitions=(replace(doc.definitions[0], **changes),))


def finalize(doc: gl.DocumentNode, info: SchemaInfo, pools: Pools, rnd: random.Random, negative: bool) -> Request:
    op = doc.definitions[0]
    kind = op.operation.value
    var_defs: list = []
    variables: dict = {}

    def args_of(sel, fdef, parent):
        new_args = []
        for arg in sel.arguments or ():
            adef = fdef.args.get(arg.name.value) if fdef else None
            hints = info.hint_types(parent.name, sel.name.value)
            value = resolve_value(arg.value, adef.type if adef else None, arg.name.value, hints, pools)
            must_lift = not literal_printable(value)
            if adef is not None and not negative and (must_lift or rnd.random() < 0.5):
                var = f"v{len(var_defs)}"
                var_defs.append(variable_definition(var, adef.type))
                variables[var] = node_to_py(value)
                value = gl.VariableNode(name=gl.NameNode(value=var))
            elif must_lift:
                value = s_node("unprintable")
            new_args.append(gl.ArgumentNode(name=arg.name, value=value))
        return new_args

    pools.guard = kind == "mutation" and any(
        isinstance(sel, gl.FieldNode) and DESTRUCTIVE_RE.match(sel.name.value) for sel in op.selection_set.selections
    )
    try:
        selection_set = rewrite_arguments(op.selection_set, info.root(kind), info, args_of)
    finally:
        pools.guard = False
    doc = with_operation(doc, selection_set=selection_set, variable_definitions=tuple(var_defs))
    roots = [s.name.value for s in selection_set.selections if isinstance(s, gl.FieldNode)]
    return Request(kind, roots, gl.print_ast(doc), variables, doc, negative)


# --------------------------------------------------------------------------------------------
# Talking to the server, and judging what it says
# --------------------------------------------------------------------------------------------


OVERSIZED = 1_000_000  # bodies past this may be refused before they are read
CLOSED_ON_OVERSIZED = -1  # "status" of a connection the server closed on an oversized body


class Unreachable(Exception):
    pass


class Client:
    def __init__(self, url: str, token: str, timeout: float):
        parsed = urllib.parse.urlsplit(url)
        self.host = parsed.hostname or "127.0.0.1"
        self.port = parsed.port or (443 if parsed.scheme == "https" else 80)
        self.https = parsed.scheme == "https"
        path = parsed.path.rstrip("/")
        self.path = path if path.endswith("/graphql") else path + "/graphql"
        self.token = token
        self.timeout = timeout
        self.conn = None

    def _connect(self):
        cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        self.conn = cls(self.host, self.port, timeout=self.timeout)

    def post(self, body: bytes, changes: dict | None = None) -> tuple[int, str, float]:
        headers = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": f"Bearer {self.token}"}
        for key, value in (changes or {}).items():
            if value is None:
                headers.pop(key, None)
            else:
                headers[key] = value
        last = None
        for attempt in range(2):
            if self.conn is None:
                self._connect()
            started = time.monotonic()
            try:
                self.conn.request("POST", self.path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.getheader("connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return resp.status, data.decode("utf-8", "replace"), time.monotonic() - started
            except TimeoutError as e:
                self.conn.close()
                self.conn = None
                raise Unreachable(f"no answer within {self.timeout:g} s") from e
            except (BrokenPipeError, ConnectionResetError) as e:
                # A server may answer 413 and close the connection before reading all of a body
                # over its limit; the client then fails while still sending. Not a failure.
                if len(body) > OVERSIZED:
                    try:
                        resp = self.conn.getresponse()
                        status, data = resp.status, resp.read().decode("utf-8", "replace")
                    except Exception:  # noqa: BLE001
                        status, data = CLOSED_ON_OVERSIZED, ""
                    self.conn.close()
                    self.conn = None
                    return status, data, time.monotonic() - started
                last = e
                self.conn.close()
                self.conn = None
                time.sleep(0.2 * (attempt + 1))
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                last = e
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                time.sleep(0.2 * (attempt + 1))
        raise Unreachable(f"{type(last).__name__}: {last}")


class LogTail:
    def __init__(self, path: str | None):
        self.path = path
        self.offset = 0
        self.partial = ""

    def read(self) -> list[str]:
        if not self.path or not os.path.exists(self.path):
            return []
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            chunk = f.read()
            self.offset += len(chunk)
        if not chunk:
            return []
        text = self.partial + chunk.decode("utf-8", "replace")
        lines = text.split("\n")
        self.partial = lines.pop()
        bad = []
        for line in lines:
            clean = ANSI_RE.sub("", line)
            if "panicked" in clean or LOG_ERROR_RE.match(clean):
                bad.append(clean.strip())
        return bad


class Finding:
    __slots__ = ("kind", "code", "message", "path")

    def __init__(self, kind, code="", message="", path=""):
        self.kind, self.code, self.message, self.path = kind, code, message, path

    def text(self) -> str:
        bits = [self.kind]
        if self.code:
            bits.append(f"code={self.code}")
        if self.path:
            bits.append(f"path={self.path}")
        if self.message:
            bits.append(repr(self.message[:300]))
        return " ".join(bits)


def normalize(text: str) -> str:
    text = UUID_RE.sub("<uuid>", text)
    text = re.sub(r"\d+", "N", text)
    return text[:160]


class Judge:
    """Checks responses. Strings we sent may be echoed back (a lead named "duplicate key"), so
    a database pattern found in the response counts only when it is not inside such a string."""

    def __init__(self):
        self.tainted: dict[str, dict[str, None]] = {}

    def remember_sent(self, request: Request) -> None:
        for s in iter_strings(request.variables):
            self._taint(s)
        # Strings written into the query as literals are echoed as themselves, not as the
        # whole query: remember each one (a workspace renamed to "sea_orm" in a literal was
        # later read back and taken for database text).
        for s in literal_strings(request.doc):
            self._taint(s)
        for m in DB_RE.finditer(request.query):
            self._taint_pattern(m.group(0).lower(), request.query)

    def _taint(self, s: str) -> None:
        for m in DB_RE.finditer(s):
            self._taint_pattern(m.group(0).lower(), s)

    def _taint_pattern(self, pattern: str, s: str) -> None:
        # Every string ever sent is kept: a value stored by an early request may be read back
        # at any later time.
        seen = self.tainted.setdefault(pattern, {})
        if len(seen) < 20000:
            seen[s] = None

    def db_leak(self, text: str) -> str | None:
        for m in DB_RE.finditer(text):
            pattern = m.group(0).lower()
            echoes = self.tainted.get(pattern)
            if not echoes:
                return excerpt(text, m.start())
            # Echoed JSON text is escaped, so compare with the sent strings as JSON would show them.
            stripped = text
            for s in echoes:
                stripped = stripped.replace(json.dumps(s, ensure_ascii=False)[1:-1], "").replace(json.dumps(s)[1:-1], "")
                stripped = stripped.replace(s, "")
            m2 = DB_RE.search(stripped)
            if m2:
                return excerpt(stripped, m2.start())
        return None

    def check(self, status: int, text: str) -> list[Finding]:
        found: list[Finding] = []
        if status >= 500:
            found.append(Finding("http-5xx", str(status), text[:300]))
        try:
            body = json.loads(text)
        except ValueError:
            body = None
            if status == 200:
                found.append(Finding("not-json", "", text[:300]))
        if isinstance(body, dict):
            bodies = [body]
        elif isinstance(body, list):
            bodies = [b for b in body if isinstance(b, dict)]
        else:
            bodies = []
        for b in bodies:
            errors = b.get("errors") or []
            if not isinstance(errors, list):
                found.append(Finding("malformed-errors", "", str(errors)[:300]))
                continue
            for e in errors:
                if not isinstance(e, dict):
                    found.append(Finding("malformed-errors", "", str(e)[:300]))
                    continue
                code = (e.get("extensions") or {}).get("code") if isinstance(e.get("extensions"), dict) else None
                path = ".".join(str(p) for p in (e.get("path") or []) if not isinstance(p, int))
                if code is None:
                    found.append(Finding("no-code", "", str(e.get("message"))[:300], path))
                elif code == "INTERNAL":
                    found.append(Finding("internal", code, str(e.get("message"))[:300], path))
        leak = self.db_leak(text)
        if leak:
            found.append(Finding("db-text", "", leak))
        return found


def strip_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {strip_nul(k): strip_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_nul(v) for v in value]
    return value


def literal_strings(doc) -> list[str]:
    """Every string literal of a parsed document (block strings included)."""
    found: list[str] = []
    if doc is None:
        return found

    class Strings(gl.Visitor):
        def enter_string_value(self, node, *_):
            found.append(node.value)

    gl.visit(doc, Strings())
    return found


def iter_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from iter_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from iter_strings(v)


def excerpt(text: str, at: int) -> str:
    return text[max(0, at - 120) : at + 180]


def short(value, limit: int = 400):
    """A printable copy with long strings cut (their length said)."""
    if isinstance(value, str):
        if len(value) > limit:
            return value[:limit] + f"…(+{len(value) - limit} chars)"
        return value
    if isinstance(value, dict):
        return {short(k, 60): short(v, limit) for k, v in list(value.items())[:40]}
    if isinstance(value, list):
        out = [short(v, limit) for v in value[:20]]
        if len(value) > 20:
            out.append(f"…(+{len(value) - 20} items)")
        return out
    return value


# --------------------------------------------------------------------------------------------
# The fuzzer
# --------------------------------------------------------------------------------------------


class BudgetSpent(Exception):
    pass


class ServerGone(Exception):
    pass


class Failure:
    def __init__(self, request: Request, status, text, findings, log_lines, elapsed):
        self.request, self.status, self.text, self.findings, self.log_lines, self.elapsed = request, status, text, findings, log_lines, elapsed
        self.reduced: Request | None = None
        self.reduced_text: str | None = None
        self.nul_cause: bool | None = None  # None: not probed

    @property
    def primary(self) -> Finding:
        return self.findings[0] if self.findings else Finding("server-log", "", self.log_lines[0] if self.log_lines else "")

    def signature(self) -> tuple:
        p = self.primary
        message = p.message
        if p.kind == "server-log":
            message = re.sub(r"^\S+\s+", "", message)  # the timestamp
        where = ",".join(self.request.roots) + (f" [{self.request.envelope}]" if self.request.envelope else "")
        return (self.request.kind, where, p.kind, p.code, normalize(message), p.path)


class Fuzzer:
    def __init__(self, args, info: SchemaInfo):
        self.args = args
        self.info = info
        self.client = Client(args.url, args.token, args.timeout)
        self.pools = Pools(info, args.id or [])
        self.judge = Judge()
        self.log = LogTail(args.server_log)
        self.started = time.monotonic()
        self.deadline = self.started + args.seconds
        self.counts = {"query": 0, "mutation": 0, "subscription": 0}
        self.per_root: dict[str, int] = {}
        self.passed = 0
        self.failures: list[Failure] = []
        self.by_signature: dict[tuple, list[Failure]] = {}
        self.status_counts: dict[int, int] = {}
        self.code_counts: dict[str, int] = {}
        self.slow: list[tuple[float, Request]] = []
        self.report = open(args.report, "w") if args.report else None
        self.trace = open(args.trace, "w") if args.trace else None
        self.gone = False
        self.sent_since_refresh = 0
        pre = self.log.read()
        if pre:
            print(f"fuzz: the server log already had {len(pre)} ERROR/panicked line(s) before fuzzing:", flush=True)
            for line in pre[:10]:
                print("   ", line[:500])
            self.prelog = pre
        else:
            self.prelog = []

    # -- one request ------------------------------------------------------------------------

    def send(self, request: Request, record: bool = True) -> tuple[list[Finding], list[str], int, str]:
        self.judge.remember_sent(request)
        try:
            status, text, elapsed = self.client.post(request.body(), request.headers)
        except Unreachable as e:
            log_lines = self.log.read()
            findings = [Finding("unreachable", "", str(e))]
            if record:
                self._record(request, 0, "", findings, log_lines, 0.0)
            if not self._alive():
                self.gone = True
                raise ServerGone(str(e)) from e
            return findings, log_lines, 0, ""
        log_lines = self.log.read()
        findings = self.judge.check(status, text)
        if self.trace:
            self.trace.write(json.dumps({"query": request.query, "variables": short(request.variables, 200), "status": status, "response": text[:2000]}, ensure_ascii=True) + "\n")
        if record:
            self.counts[request.kind] = self.counts.get(request.kind, 0) + 1
            for r in request.roots:
                self.per_root[f"{request.kind}.{r}"] = self.per_root.get(f"{request.kind}.{r}", 0) + 1
            self.status_counts[status] = self.status_counts.get(status, 0) + 1
            self._count_codes(text)
            if elapsed > 5:
                self.slow.append((elapsed, request))
            if findings or log_lines:
                self._record(request, status, text, findings, log_lines, elapsed)
            else:
                self.passed += 1
            self._harvest(request, text)
            self.sent_since_refresh += 1
        return findings, log_lines, status, text

    def _alive(self) -> bool:
        try:
            probe = Client(self.args.url, self.args.token, 10)
            status, _, _ = probe.post(b'{"query":"{__typename}"}')
            return status < 500
        except Unreachable:
            return False

    def _count_codes(self, text: str) -> None:
        try:
            body = json.loads(text)
        except ValueError:
            return
        if isinstance(body, dict):
            for e in body.get("errors") or []:
                if isinstance(e, dict):
                    code = str((e.get("extensions") or {}).get("code")) if isinstance(e.get("extensions"), dict) else "None"
                    self.code_counts[code] = self.code_counts.get(code, 0) + 1

    def _record(self, request, status, text, findings, log_lines, elapsed):
        failure = Failure(request, status, text, findings, log_lines, elapsed)
        self.failures.append(failure)
        sig = failure.signature()
        group = self.by_signature.setdefault(sig, [])
        group.append(failure)
        if self.report:
            self.report.write(
                json.dumps(
                    {
                        "signature": list(sig),
                        "findings": [f.text() for f in findings],
                        "log": log_lines,
                        "query": request.query,
                        "variables": request.variables,
                        "status": status,
                        "response": text[:20000],
                    },
                    ensure_ascii=True,
                )
                + "\n"
            )
            self.report.flush()
        if len(group) == 1 and not self.args.quiet:
            print(f"fuzz: new failure #{len(self.by_signature)} ({failure.primary.text()[:200]}) on {request.kind} {','.join(request.roots)}", flush=True)

    # -- harvesting real values from responses ----------------------------------------------

    def _harvest(self, request: Request, text: str) -> None:
        try:
            body = json.loads(text)
        except ValueError:
            return
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            return
        op = request.doc.definitions[0]
        self._walk_data(op.selection_set, self.info.root(request.kind), body["data"])

    def _walk_data(self, selection_set, parent, data) -> None:
        if selection_set is None or parent is None or data is None:
            return
        if isinstance(data, list):
            for item in data:
                self._walk_data(selection_set, parent, item)
            return
        if not isinstance(data, dict):
            return
        for sel in selection_set.selections:
            if isinstance(sel, gl.InlineFragmentNode):
                cond = self.info.schema.type_map.get(sel.type_condition.name.value) if sel.type_condition else parent
                if cond is parent or data.get("__typename") in (None, cond.name):
                    self._walk_data(sel.selection_set, cond, data)
                continue
            if not isinstance(sel, gl.FieldNode) or not hasattr(parent, "fields"):
                continue
            fdef = parent.fields.get(sel.name.value)
            if fdef is None:
                continue
            key = sel.alias.value if sel.alias else sel.name.value
            value = data.get(key)
            ftype = named(fdef.type)
            if isinstance(ftype, graphql.GraphQLScalarType):
                for v in value if isinstance(value, list) else [value]:
                    if is_idlike_scalar(ftype):
                        self.pools.add_id(parent.name, sel.name.value, v)
                    elif ftype.name == "String":
                        self.pools.add_string(parent.name, sel.name.value, v)
            elif not isinstance(ftype, graphql.GraphQLEnumType):
                self._walk_data(sel.selection_set, ftype, value)

    # -- phase 1: read real ids with generic queries built from the SDL ---------------------

    def field_selection(self, name: str, f, depth: int) -> str:
        """`name { every field }` down to `depth` levels, for fields without required
        arguments (Relay lists ask for 5)."""
        if any(required_arg(a) for a in f.args.values()):
            return ""
        t = named(f.type)
        if is_leaf(t):
            return name
        if depth <= 1:
            return ""
        sub = self.full_selection(t, depth - 1)
        if not sub:
            return ""
        args = "(first: 5)" if "first" in f.args and named(f.args["first"].type).name == "Int" else ""
        return f"{name}{args} {{ {sub} }}"

    def full_selection(self, type_, depth: int) -> str:
        if isinstance(type_, graphql.GraphQLUnionType):
            # Members may share a field name with different types (a conflict inside one
            # selection), so each is asked for its id only.
            members = self.info.schema.get_possible_types(type_)
            return "__typename " + " ".join(f"... on {m.name} {{ id }}" for m in members if "id" in m.fields)
        return " ".join(p for p in (self.field_selection(n, f, depth) for n, f in type_.fields.items()) if p)

    def harvest_query(self, fname: str, fdef, argset: dict, selection: str) -> str:
        decl = ", ".join(f"${a}: {fdef.args[a].type}" for a in argset)
        call = ", ".join(f"{a}: ${a}" for a in argset)
        q = f"query{('(' + decl + ')') if decl else ''} {{ {fname}{('(' + call + ')') if call else ''}{(' { ' + selection + ' }') if selection else ''} }}"
        _, _, _, text = self.send(Request("query", [fname], q, dict(argset), gl.parse(q)))
        return text

    def harvest_phase(self, limit_seconds: float) -> None:
        """Reads real ids, strings and cursors with generic queries: every root query field
        whose required arguments are ids we already know (none at first), selecting
        everything a few levels down; when the server refuses the whole (too complex, say),
        one query per child field."""
        end = min(self.deadline, time.monotonic() + limit_seconds)
        root = self.info.schema.query_type
        if root is None:
            return
        tried: set[str] = set()
        for _pass in range(2):
            for fname, fdef in root.fields.items():
                if time.monotonic() > end:
                    return
                idargs = [a for a, d in fdef.args.items() if is_idlike_scalar(d.type) and not isinstance(named(d.type), graphql.GraphQLList)]
                if any(required_arg(d) and a not in idargs for a, d in fdef.args.items()):
                    continue
                hints = self.info.hint_types(root.name, fname)
                arg_sets: list[dict] = [] if any(required_arg(fdef.args[a]) for a in idargs) else [{}]
                for a in idargs:
                    cands: list[str] = []
                    for t in hints:
                        cands += [v for v in self.pools.ids_by_type.get(t, []) if v not in cands]
                    arg_sets += [{a: v} for v in cands[:3]]
                t = named(fdef.type)
                for argset in arg_sets:
                    key = fname + json.dumps(argset, sort_keys=True)
                    if key in tried or time.monotonic() > end:
                        continue
                    tried.add(key)
                    if is_leaf(t):
                        self.harvest_query(fname, fdef, argset, "")
                        continue
                    text = self.harvest_query(fname, fdef, argset, self.full_selection(t, 4))
                    if '"GRAPHQL_VALIDATION_FAILED"' not in text:
                        continue
                    if not hasattr(t, "fields"):
                        continue
                    leaves = " ".join(n for n, f in t.fields.items() if is_leaf(f.type) and not any(required_arg(a) for a in f.args.values()))
                    if leaves:
                        self.harvest_query(fname, fdef, argset, leaves)
                    for n, f in t.fields.items():
                        if not is_leaf(f.type) and time.monotonic() < end:
                            sel = self.field_selection(n, f, 4)
                            if sel:
                                self.harvest_query(fname, fdef, argset, sel)

    def refresh_pools(self) -> None:
        """Reads the ids again from scratch: fuzzing deletes rows and creates new ones."""
        old = self.pools
        self.pools = Pools(self.info, self.args.id or [])
        self.pools.protected = old.protected
        self.harvest_phase(limit_seconds=5.0)
        for lst in old.ids_by_type.values():  # keep a few of the old ones: stale ids are a test too
            for v in lst[:4]:
                self.pools._put(self.pools.all_ids, v)
        self.sent_since_refresh = 0

    # -- phase 2: generated operations ------------------------------------------------------

    def build_strategies(self):
        custom = {name: scalar_strategy(name) for name, t in self.info.schema.type_map.items() if isinstance(t, graphql.GraphQLScalarType) and not name.startswith("__")}
        ident = lambda d: d  # noqa: E731
        ops = []
        strategies = {}
        for kind in ("query", "mutation"):
            root = self.info.root(kind)
            if root is None:
                continue
            make = hg.queries if kind == "query" else hg.mutations
            try:  # which root fields have something negative mode can break (it raises otherwise)
                from hypothesis_graphql._strategies.negative_sites import enumerate_violation_sites

                breakable = {site.path[0].field_name for site in enumerate_violation_sites(self.info.schema, root)}
            except Exception:  # noqa: BLE001 - a private helper; without it, no negative mode
                breakable = set()
            for fname in root.fields:
                ops.append((kind, fname))
                positive = make(self.info.schema, fields=[fname], custom_scalars=custom, print_ast=ident)
                strategies[(kind, fname, False)] = positive
                strategies[(kind, fname, True)] = (
                    make(self.info.schema, fields=[fname], custom_scalars=custom, print_ast=ident, mode=hg.Mode.NEGATIVE) if fname in breakable else positive
                )
            strategies[(kind, "*", False)] = make(self.info.schema, custom_scalars=custom, print_ast=ident)
        return ops, strategies

    def fuzz_phase(self, base_seed: int, stop_at: float) -> None:
        ops, strategies = self.build_strategies()
        if not ops:
            raise SystemExit("fuzz: the schema has no Query or Mutation fields")
        order = {kind: [o for o in ops if o[0] == kind] for kind in ("query", "mutation")}
        for kind in order:
            random.Random(base_seed).shuffle(order[kind])
        kinds = [k for k in ("query", "mutation") if order[k]]
        # Each hypothesis run fuzzes one root field (a strategy fixed for the run, as hypothesis
        # requires), and the runs go round the fields, queries and mutations in turn, so every
        # field gets its share of the budget. Within a run, 1 in 20 operations violates the
        # schema on purpose and 1 in 20 selects several root fields at once.
        batch = 0
        while time.monotonic() < stop_at and not self.gone:
            kind = kinds[batch % len(kinds)]
            lst = order[kind]
            _, fname = lst[(batch // len(kinds)) % len(lst)]
            batch_seed = (base_seed * 1_000_003 + batch) % (2**63)
            batch += 1
            if self.sent_since_refresh >= self.args.refresh_every:
                self.refresh_pools()

            def one(data, kind=kind, fname=fname):
                # Always draw the same way: hypothesis checks that a test draws consistently.
                # Hypothesis starts each run from the all-zero choice, so 0 must mean "plain".
                mode = data.draw(st.integers(0, 19), label="mode")
                negative = mode == 19
                key = (kind, "*", False) if mode == 18 else (kind, fname, negative)
                doc = data.draw(strategies[key], label="operation")
                rnd = random.Random(data.draw(st.integers(0, 2**32 - 1), label="rng"))
                wrap = data.draw(st.integers(0, 24 * len(ENVELOPES) - 1), label="envelope") - 23 * len(ENVELOPES)
                if time.monotonic() >= stop_at or self.gone:
                    return  # the rest of this run is skipped
                try:
                    request = finalize(doc, self.info, self.pools, rnd, negative)
                    if wrap >= 0:  # 1 in 24
                        request = envelope(request, ENVELOPES[wrap], self.info)
                    self.send(request)
                except ServerGone:
                    pass

            @settings(
                max_examples=self.args.batch,
                deadline=None,
                database=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
                verbosity=Verbosity.quiet,
                print_blob=False,
                report_multiple_bugs=False,
            )
            @seed(batch_seed)
            @given(st.data())
            def run(data):
                one(data)

            run()

    # -- reduction ---------------------------------------------------------------------------

    def reduce(self, failure: Failure, until: float, max_requests: int = 80) -> None:
        target = failure.signature()[2:4]  # kind and code of the primary finding
        sent = [0]

        def still_fails(req: Request) -> bool:
            if time.monotonic() > until or sent[0] >= max_requests:
                raise BudgetSpent()
            sent[0] += 1
            findings, log_lines, status, text = self.send(req, record=False)
            probe = Failure(req, status, text, findings, log_lines, 0)
            ok = probe.signature()[2:4] == target and req.roots == failure.request.roots
            if ok:
                failure.reduced_text = text
            return ok

        current = failure.request
        try:
            if current.raw is not None:  # an envelope: reduce the plain request, if it fails alone
                if current.inner is None or not still_fails(current.inner):
                    return
                current = current.inner
            lifted = lift_all(current, self.info)
            if lifted is not None and lifted.query != current.query and still_fails(lifted):
                current = lifted
            progress = True
            while progress:
                progress = False
                for candidate in candidates(current):
                    if still_fails(candidate):
                        current = candidate
                        progress = True
                        break
        except (BudgetSpent, ServerGone):
            pass
        if current is not failure.request:
            failure.reduced = current
        self.probe_nul(failure, until + 5)

    def probe_nul(self, failure: Failure, until: float) -> None:
        """When the failing input has NUL characters, sends it once more without them: if the
        failure goes away, NUL is its cause (the class of bug most inputs share)."""
        req = failure.reduced or failure.request
        if req.raw is not None or time.monotonic() > until:
            return
        has_nul = any("\x00" in s for s in iter_strings(req.variables)) or "\\u0000" in req.query
        if not has_nul:
            return
        stripped = Request(req.kind, req.roots, req.query.replace("\\u0000", ""), strip_nul(req.variables), req.doc)
        try:
            findings, log_lines, status, text = self.send(stripped, record=False)
        except ServerGone:
            return
        probe = Failure(stripped, status, text, findings, log_lines, 0)
        failure.nul_cause = not findings and not log_lines or probe.signature()[2:4] != failure.signature()[2:4]

    # -- report -----------------------------------------------------------------------------

    def print_report(self) -> None:
        out = sys.stdout
        elapsed = time.monotonic() - self.started
        if self.by_signature:
            print("\n" + "=" * 100, file=out)
            print(f"FAILURES: {len(self.failures)} failing requests, {len(self.by_signature)} distinct", file=out)
            for n, (sig, group) in enumerate(self.by_signature.items(), 1):
                first = group[0]
                print("\n" + "-" * 100, file=out)
                print(f"[{n}] {sig[0]} {sig[1]}: {first.primary.text()[:300]}  ({len(group)} request(s))", file=out)
                if first.nul_cause:
                    print("    cause: the input has a NUL character (U+0000); the same request without it passes", file=out)
                for f in first.findings[1:]:
                    print(f"    also: {f.text()[:300]}", file=out)
                for line in first.log_lines[:5]:
                    print(f"    server log: {line[:600]}", file=out)
                if first.request.raw is not None:
                    if first.request.headers:
                        print("  headers: " + json.dumps({k: short(v, 200) for k, v in first.request.headers.items()}, ensure_ascii=True), file=out)
                    print(f"  request body ({first.request.envelope}, {len(first.request.raw)} bytes): {first.request.raw[:3000].decode('utf-8', 'replace')}", file=out)
                else:
                    print("  query:", file=out)
                    print(indent(first.request.query if len(first.request.query) < 3000 else compact(first.request.query)), file=out)
                    print("  variables: " + json.dumps(short(first.request.variables), ensure_ascii=True), file=out)
                print(f"  response (HTTP {first.status}): {first.text[:1500]}", file=out)
                if first.reduced is not None:
                    r = first.reduced
                    print("  reduced reproduction (still fails the same way):", file=out)
                    print(indent(r.query if len(r.query) < 3000 else compact(r.query)), file=out)
                    print("  variables: " + json.dumps(short(r.variables, 2000), ensure_ascii=True), file=out)
                    if first.reduced_text:
                        print(f"  response: {first.reduced_text[:800]}", file=out)
                    print("  body: " + r.body().decode()[:4000], file=out)
        if self.by_signature:
            print("\n" + "=" * 100, file=out)
            print("SUMMARY of distinct failures:", file=out)
            for n, (sig, group) in enumerate(self.by_signature.items(), 1):
                first = group[0]
                cause = " [NUL in input]" if first.nul_cause else ""
                print(f"  [{n}] {sig[0]} {sig[1]}: {sig[2]} {sig[3]} ×{len(group)}{cause}", file=out)
            nul = sum(1 for g in self.by_signature.values() if g[0].nul_cause)
            if nul:
                print(f"  {nul} of {len(self.by_signature)} distinct failures go away when NUL characters are taken out of the input", file=out)
        print("\n" + "=" * 100, file=out)
        print(f"fuzz: {elapsed:.0f} s, seed {self.args.seed}; queries tried: {self.counts.get('query', 0)}, mutations tried: {self.counts.get('mutation', 0)}", file=out)
        print(f"fuzz: HTTP statuses {dict(sorted(self.status_counts.items()))}; error codes {dict(sorted(self.code_counts.items(), key=lambda kv: -kv[1]))}", file=out)
        roots = self.info.schema.query_type.fields if self.info.schema.query_type else {}
        muts = self.info.schema.mutation_type.fields if self.info.schema.mutation_type else {}
        missing = [f"query.{r}" for r in roots if f"query.{r}" not in self.per_root] + [f"mutation.{r}" for r in muts if f"mutation.{r}" not in self.per_root]
        print(f"fuzz: root fields exercised {len(self.per_root)}/{len(roots) + len(muts)}" + (f"; never: {', '.join(missing[:20])}" if missing else ""), file=out)
        if self.slow:
            slowest, request = max(self.slow, key=lambda s: s[0])
            print(f"fuzz: {len(self.slow)} request(s) took over 5 s (not failures); slowest {slowest:.1f} s:", file=out)
            print(f"    {request.envelope or request.kind}: {compact(json.dumps(request.payload()), 2000)}", file=out)
        print(f"fuzz: failures: {len(self.failures)} ({len(self.by_signature)} distinct)", file=out)
        print(f"fuzz: {self.passed} passed, {len(self.failures)} failed", file=out)
        out.flush()


def compact(query: str, limit: int = 6000) -> str:
    """A long query on one line (white space outside strings squeezed), cut at `limit`."""
    out: list[str] = []
    in_string = escaped = False
    space = False
    for ch in query:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch.isspace():
            space = True
        else:
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
            in_string = ch == '"'
        if len(out) > limit:
            return "".join(out) + f"…(+{len(query)} chars in all)"
    return "".join(out)


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


# -- reduction helpers ------------------------------------------------------------------------


def rebuild(doc: gl.DocumentNode, variables: dict, kind: str) -> Request:
    op = doc.definitions[0]
    used = {n.name.value for n in iter_nodes(op.selection_set) if isinstance(n, gl.VariableNode)}
    doc = with_operation(doc, variable_definitions=tuple(v for v in op.variable_definitions or () if v.variable.name.value in used))
    variables = {k: v for k, v in variables.items() if k in used}
    roots = [s.name.value for s in op.selection_set.selections if isinstance(s, gl.FieldNode)]
    return Request(kind, roots, gl.print_ast(doc), variables, doc)


def iter_nodes(node):
    if isinstance(node, gl.Node):
        yield node
        for key in node.keys:
            yield from iter_nodes(getattr(node, key, None))
    elif isinstance(node, (list, tuple)):
        for n in node:
            yield from iter_nodes(n)


def lift_all(req: Request, info: SchemaInfo) -> Request | None:
    """The same request with every literal argument passed as a variable instead."""
    op = req.doc.definitions[0]
    variables = dict(req.variables)
    defs = list(op.variable_definitions or ())

    def args_of(sel, fdef, parent):
        args = []
        for arg in sel.arguments or ():
            adef = fdef.args.get(arg.name.value) if fdef else None
            if adef is not None and not isinstance(arg.value, gl.VariableNode) and not iter_has_variable(arg.value):
                var = f"r{len(defs)}"
                defs.append(variable_definition(var, adef.type))
                variables[var] = node_to_py(arg.value)
                arg = gl.ArgumentNode(name=arg.name, value=gl.VariableNode(name=gl.NameNode(value=var)))
            args.append(arg)
        return args

    selection_set = rewrite_arguments(op.selection_set, info.root(req.kind), info, args_of)
    return rebuild(with_operation(req.doc, selection_set=selection_set, variable_definitions=tuple(defs)), variables, req.kind)


def iter_has_variable(node) -> bool:
    return any(isinstance(n, gl.VariableNode) for n in iter_nodes(node))


def selection_sets(node, path=()):
    """Paths (tuples of indices) of every selection set under the operation."""
    ss = node.selection_set
    if ss is None:
        return
    yield path
    for i, sel in enumerate(ss.selections):
        yield from selection_sets(sel, path + (i,))


def at(op, path):
    node = op
    for i in path:
        node = node.selection_set.selections[i]
    return node


def update_at(node, path, fn):
    """A copy of node with fn applied to the selection at path."""
    if not path:
        return fn(node)
    sels = list(node.selection_set.selections)
    sels[path[0]] = update_at(sels[path[0]], path[1:], fn)
    return replace(node, selection_set=replace(node.selection_set, selections=tuple(sels)))


def value_paths(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from value_paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from value_paths(v, path + (i,))


def set_at(root, path, new, delete=False):
    root = copy.deepcopy(root)
    parent = root
    for k in path[:-1]:
        parent = parent[k]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return root


def candidates(req: Request):
    """Smaller variants of a request, biggest cuts first."""
    op = req.doc.definitions[0]
    # 1. drop selections
    for path in list(selection_sets(op)):
        node = at(op, path)
        sels = node.selection_set.selections
        if len(sels) > 1:
            for i in range(len(sels)):
                op2 = update_at(op, path, lambda n, i=i: replace(n, selection_set=replace(n.selection_set, selections=tuple(s for j, s in enumerate(n.selection_set.selections) if j != i))))
                yield rebuild(replace(req.doc, definitions=(op2,)), req.variables, req.kind)
    # 1b. an object field's whole selection down to `__typename`
    typename = gl.SelectionSetNode(selections=(gl.FieldNode(name=gl.NameNode(value="__typename"), arguments=(), directives=()),))
    for path in list(selection_sets(op)):
        if not path:
            continue
        node = at(op, path)
        sels = node.selection_set.selections
        if not (len(sels) == 1 and isinstance(sels[0], gl.FieldNode) and sels[0].name.value == "__typename"):
            op2 = update_at(op, path, lambda n: replace(n, selection_set=typename))
            yield rebuild(replace(req.doc, definitions=(op2,)), req.variables, req.kind)
    # 2. drop arguments
    for path in list(selection_sets(op)):
        for child_i, sel in enumerate(at(op, path).selection_set.selections):
            if not isinstance(sel, gl.FieldNode):
                continue
            for a in range(len(sel.arguments or ())):
                op2 = update_at(op, path + (child_i,), lambda f, a=a: replace(f, arguments=tuple(x for j, x in enumerate(f.arguments) if j != a)))
                yield rebuild(replace(req.doc, definitions=(op2,)), req.variables, req.kind)
    # 3. shrink variable values: drop keys and items, then shorten strings
    for name in list(req.variables):
        for path, value in list(value_paths(req.variables[name])):
            if path:
                yield Request(req.kind, req.roots, req.query, {**req.variables, name: set_at(req.variables[name], path, None, delete=True)}, req.doc)
    for name in list(req.variables):
        for path, value in list(value_paths(req.variables[name])):
            if isinstance(value, str) and len(value) > 1:
                if len(value) > 8:  # cut out one of 2, then 4, then 8 chunks
                    shorter_ones = []
                    for parts in (2, 4, 8):
                        size = -(-len(value) // parts)
                        shorter_ones += [value[:k] + value[k + size :] for k in range(0, len(value), size)]
                else:
                    shorter_ones = [value[:i] + value[i + 1 :] for i in range(len(value))]
                for shorter in shorter_ones:
                    new = set_at({name: req.variables[name]}, (name, *path), shorter)[name]
                    yield Request(req.kind, req.roots, req.query, {**req.variables, name: new}, req.doc)
            elif isinstance(value, (dict, list)) and len(value) > 1 and path:
                pass


# --------------------------------------------------------------------------------------------


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default=os.environ.get("MOSAIC_URL", "http://127.0.0.1:8080"), help="server base URL (or …/graphql)")
    p.add_argument("--token", default=os.environ.get("MOSAIC_TOKEN"), help="bearer token (JWT)")
    p.add_argument("--schema", default="schema.graphql", help="path of the SDL")
    p.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 180)), help="time budget (default 180)")
    p.add_argument("--seed", type=int, default=None, help="seed for a reproducible sequence (default: random, printed)")
    p.add_argument("--id", action="append", help="a real id to seed arguments with (repeatable)")
    p.add_argument("--server-log", help="the server's stderr log file, checked for panics and ERROR lines")
    p.add_argument("--report", help="write every failing request as JSON lines here")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for one answer (default 30)")
    p.add_argument("--reduce-seconds", type=float, default=None, help="time kept for reducing failures (default: 15%% of the budget, at most 40 s)")
    p.add_argument("--batch", type=int, default=12, help="operations per hypothesis run (one root field per run; default 12)")
    p.add_argument("--trace", help="write every request and response (cut) as JSON lines here")
    p.add_argument("--no-nul", action="store_true", help="send no NUL characters (to look past a known NUL bug)")
    p.add_argument("--refresh-every", type=int, default=400, help="read real ids again after this many requests (default 400)")
    p.add_argument("--quiet", action="store_true", help="print failures only in the final report")
    args = p.parse_args()
    global NO_NUL, TOKEN
    NO_NUL = args.no_nul
    TOKEN = args.token
    sys.setrecursionlimit(20_000)  # deeply nested JSON values are walked recursively
    if not args.token:
        p.error("--token (or MOSAIC_TOKEN) is required")
    if args.seed is None:
        args.seed = int.from_bytes(os.urandom(4), "big")
    try:
        sdl = open(args.schema, encoding="utf-8").read()
    except OSError as e:
        print(f"fuzz: cannot read the schema: {e}", file=sys.stderr)
        return 2
    info = SchemaInfo(sdl)
    try:  # the harness cannot run without a server: that is status 2, not a finding
        status, text, _ = Client(args.url, args.token, args.timeout).post(b'{"query":"{ __typename }"}')
    except Unreachable as e:
        print(f"fuzz: no server answers at {args.url}: {e}", file=sys.stderr)
        return 2
    if status in (401, 403) or '"UNAUTHENTICATED"' in text:
        print(f"fuzz: the server refuses the token (HTTP {status}): {text[:300]}", file=sys.stderr)
        return 2
    fuzzer = Fuzzer(args, info)
    print(f"fuzz: seed {args.seed}; budget {args.seconds:g} s; {len(info.schema.query_type.fields) if info.schema.query_type else 0} query and "
          f"{len(info.schema.mutation_type.fields) if info.schema.mutation_type else 0} mutation fields in {args.schema}", flush=True)
    reduce_budget = args.reduce_seconds if args.reduce_seconds is not None else min(40.0, 0.15 * args.seconds)
    try:
        fuzzer.harvest_phase(limit_seconds=min(20.0, args.seconds * 0.1))
        fuzzer.pools.protected |= set(fuzzer.pools.all_ids)
        ids = sum(len(v) for v in fuzzer.pools.ids_by_type.values())
        print(f"fuzz: harvested {ids} ids of {len(fuzzer.pools.ids_by_type)} types, {len(fuzzer.pools.cursors)} cursors", flush=True)
        if not fuzzer.gone:
            # Keep time for reducing only when there is something to reduce.
            fuzzer.fuzz_phase(args.seed, fuzzer.deadline - reduce_budget)
            if not fuzzer.failures and not fuzzer.gone:
                fuzzer.fuzz_phase(args.seed + 1, fuzzer.deadline)
    except ServerGone:
        pass
    except KeyboardInterrupt:
        print("fuzz: interrupted", flush=True)
    if fuzzer.gone:
        print("fuzz: the server stopped answering; the last request is reported as a failure", flush=True)
    # Late log lines.
    time.sleep(0.3)
    late = fuzzer.log.read()
    if late:
        dummy = Request("query", ["(server log)"], "", {}, gl.parse("{__typename}"))
        fuzzer._record(dummy, 0, "", [], late, 0)
    if fuzzer.by_signature and not fuzzer.gone and reduce_budget > 0:
        until = time.monotonic() + reduce_budget
        groups = list(fuzzer.by_signature.values())
        for i, group in enumerate(groups):
            now = time.monotonic()
            if now >= until:
                break
            if group[0].request.query and (group[0].request.raw is None or group[0].request.inner is not None):
                share = (until - now) / (len(groups) - i)
                fuzzer.reduce(group[0], now + share)
    fuzzer.print_report()
    if fuzzer.report:
        fuzzer.report.close()
    return 1 if fuzzer.failures or fuzzer.prelog else 0


if __name__ == "__main__":
    sys.exit(main())
