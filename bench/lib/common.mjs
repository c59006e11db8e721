// Helpers shared by the bench scripts: the npm dependencies (installed by run.sh into a cache
// folder, not next to these files), tokens, the scope seal, /proc readings.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** `require` that resolves from the cache folder run.sh installed the dependencies into. */
export function depsRequire() {
  const deps = process.env.BENCH_DEPS;
  if (!deps) throw new Error("BENCH_DEPS is not set (run bench/run.sh)");
  return createRequire(path.join(deps, "package.json"));
}

export function env(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === "") {
    if (fallback === undefined) throw new Error(`${name} is not set`);
    return fallback;
  }
  return v;
}

/** An HS256 JWT as Mosaic mints them (`sub` = user id, `email`, `exp`). */
export function mintToken(secret, userId, email, ttlSeconds = 24 * 3600) {
  const now = Math.floor(Date.now() / 1000);
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const head = enc({ alg: "HS256", typ: "JWT" });
  const body = enc({ sub: userId, email, iat: now, exp: now + ttlSeconds });
  const sig = crypto.createHmac("sha256", secret).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

/** Verifies an HS256 JWT (the algorithm is fixed, never read from the token); returns its claims. */
export function verifyToken(secret, token) {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("malformed token");
  const [head, body, sig] = parts;
  const expected = crypto.createHmac("sha256", secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw new Error("bad signature");
  const header = JSON.parse(Buffer.from(head, "base64url").toString("utf8"));
  if (header.alg !== "HS256") throw new Error("unexpected alg");
  const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== "number" || claims.exp + 30 < now) throw new Error("expired");
  if (typeof claims.nbf === "number" && claims.nbf - 30 > now) throw new Error("not valid yet");
  if (typeof claims.sub !== "string" || !/^[0-9a-f-]{36}$/i.test(claims.sub)) throw new Error("`sub` is not a user id");
  return claims;
}

/** The seal of a request's scope, as `tenancy.scope_sealed()` checks it: HMAC-SHA-256 of
 * `user|key_workspace|role_cap` under the key in `tenancy.scope_key`, in hex. */
export function seal(key, user, keyWorkspace = "", roleCap = "") {
  return crypto.createHmac("sha256", key).update(`${user}|${keyWorkspace}|${roleCap}`).digest("hex");
}

/** The JWT secret Mosaic uses: the trimmed text of `<data>/jwt_secret`, as bytes. */
export function readJwtSecret(dataDir) {
  return Buffer.from(fs.readFileSync(path.join(dataDir, "jwt_secret"), "utf8").trim(), "utf8");
}

/** Whether the database has the sealed scope (migration 0006), and its key when it has. */
export async function readScopeKey(client) {
  const { rows } = await client.query("SELECT to_regclass('tenancy.scope_key') IS NOT NULL AS sealed");
  if (!rows[0].sealed) return null;
  const key = await client.query("SELECT key FROM tenancy.scope_key");
  return key.rows[0].key; // a Buffer of 32 bytes
}

// ---- /proc ----------------------------------------------------------------------------------

/** utime + stime of a process (all its threads) and cutime + cstime (its children that exited
 * and were waited for), in clock ticks, and its parent; null when gone. */
export function procStat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]), childTicks: Number(rest[13]) + Number(rest[14]) };
  } catch {
    return null;
  }
}

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM), 0 when unreadable. */
export function procStatusKiB(pid, field) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(field + ":"));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** The postmaster of a data folder (line 1 of postmaster.pid) and its port (line 4). */
export function postmaster(pgdata) {
  const lines = fs.readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/**
 * CPU ticks Postgres has spent so far: the postmaster's own, those of every process it forked that
 * still runs (backends, background workers), and those of the ones that exited (the postmaster
 * waits for them, so the kernel adds them to its cutime and cstime). The difference of two
 * readings is exact even when connections come and go in between (pgbench's do, and a server
 * may close a connection whose request was cut off when wrk stops). A child reaped while the
 * children are being read would be missed, so the reading is taken again until the postmaster's
 * figures are the same before and after it.
 */
export function postgresTicks(postmasterPid, detail) {
  for (let attempt = 0; ; attempt++) {
    const first = procStat(postmasterPid);
    if (!first) return NaN;
    let sum = first.ticks + first.childTicks;
    detail?.clear();
    for (const name of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const st = procStat(name);
      if (st && st.ppid === postmasterPid) {
        sum += st.ticks;
        detail?.set(Number(name), st.ticks);
      }
    }
    const last = procStat(postmasterPid);
    if ((last && last.childTicks === first.childTicks) || attempt >= 20) {
      if (detail) detail.set("postmaster", first.ticks).set("exited", first.childTicks);
      return sum;
    }
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** POST a GraphQL request; returns the parsed JSON body (and the HTTP status). */
export async function gql(url, token, query, variables = {}) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 300)}` }] };
  }
  return { status: res.status, body };
}

// ---- children -------------------------------------------------------------------------------

let current = null;
/** The child running now (wrk or pgbench), for the signal handler. */
export const currentChild = () => current;

export function run(cmd, args, childEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    current = child;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e) => {
      current = null;
      reject(e);
    });
    child.on("close", (code) => {
      current = null;
      resolve({ code, stdout, stderr });
    });
  });
}
