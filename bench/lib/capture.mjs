// The pgbench ceiling: the statements one Mosaic request runs, captured from the server log
// (log_statement = all, for the time of one request), written as a pgbench script that replays
// them with the same role and sealed scope, in one transaction, as Mosaic's own login role.

import fs from "node:fs";
import path from "node:path";
import { depsRequire, gql, postgresTicks, run, sleep } from "./common.mjs";

const pg = depsRequire()("pg");

// `%m [%p] ` is the default log_line_prefix: "2026-12-02 00:31:08.123 UTC [1234] LOG:  ...".
const ENTRY = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+) \[(\d+)\] ([A-Z]+):  (.*)$/;

/** Log entries (with their continuation lines) of a piece of server.log. */
export function parseLog(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const m = ENTRY.exec(line);
    if (m) entries.push({ pid: Number(m[2]), level: m[3], text: m[4] });
    else if (entries.length && line !== "") entries[entries.length - 1].text += "\n" + line;
  }
  return entries;
}

/** The statements each backend ran, in order: { pid, sql, params: [literal…] }. */
export function statements(entries) {
  const out = [];
  for (const e of entries) {
    if (e.level === "LOG") {
      let m;
      if ((m = /^statement: ([\s\S]*)$/.exec(e.text))) out.push({ pid: e.pid, sql: m[1], params: [] });
      else if ((m = /^execute(?: fetch from)? [^:]*: ([\s\S]*)$/.exec(e.text))) out.push({ pid: e.pid, sql: m[1], params: [] });
    } else if (e.level === "DETAIL" && e.text.startsWith("Parameters: ")) {
      const last = [...out].reverse().find((s) => s.pid === e.pid);
      if (last) {
        for (const p of e.text.slice(12).matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) last.params[Number(p[1]) - 1] = p[2];
      }
    }
  }
  return out;
}

/** A statement with its parameters written in as literals (untyped, as pgbench sends them). */
export function inline(stmt) {
  return stmt.sql.replace(/\$(\d+)\b/g, (whole, n) => stmt.params[Number(n) - 1] ?? whole);
}

/** The transaction of the request whose scope names `userId`: BEGIN … COMMIT on its backend.
 * Mosaic sets the scope with `set_config('app.user_id', $2, true)`, PostGraphile with
 * `set_config(el->>0, el->>1, true) from json_array_elements($1::json)`: either way, the first
 * statement calling set_config with the user id among its parameters. */
export function requestTransaction(all, userId) {
  const scopeAt = all.findIndex((s) => /set_config\(/.test(s.sql) && (s.params.some((p) => p?.includes(userId)) || s.sql.includes(userId)));
  if (scopeAt < 0) return null;
  const pid = all[scopeAt].pid;
  const mine = all.map((s, i) => ({ ...s, i })).filter((s) => s.pid === pid);
  const at = mine.findIndex((s) => s.i === scopeAt);
  let begin = at;
  while (begin > 0 && !/^\s*BEGIN\b/i.test(mine[begin].sql)) begin--;
  let end = at;
  while (end < mine.length - 1 && !/^\s*(COMMIT|ROLLBACK)\b/i.test(mine[end].sql)) end++;
  return mine.slice(begin, end + 1);
}

// Catalogue look-ups a driver makes the first time a connection meets a type are not the request's.
const isCatalogue = (s) => /\bpg_catalog\.pg_type\b|\bFROM pg_type\b/i.test(s.sql);
const short = (sql) => sql.replace(/\s+/g, " ").slice(0, 160);

/** The part of a file after byte `from`. */
function readFrom(file, from) {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - from));
    fs.readSync(fd, buf, 0, buf.length, from);
    return buf.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * With log_statement = all for a moment, sends one request to each server (`requests`:
 * [{ name, url, body }], all for the user `userId` with `token`) and returns the statements of
 * each request's transaction, read from the server log.
 */
export async function captureStatements({ ownerUrl, pgdata, token, userId, requests }) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const logFile = path.join(pgdata, "server.log");
  const slices = [];
  try {
    await owner.query("ALTER SYSTEM SET log_statement = 'all'");
    await owner.query("SELECT pg_reload_conf()");
    await sleep(1500); // backends read the new setting before their next statement
    for (const r of requests) {
      const from = fs.statSync(logFile).size;
      const answer = await gql(r.url, token, r.body.query, r.body.variables);
      await sleep(500);
      if (answer.status !== 200 || answer.body.errors) throw new Error(`${r.name}: the captured request failed: ${JSON.stringify(answer.body).slice(0, 300)}`);
      slices.push({ name: r.name, text: readFrom(logFile, from) });
    }
  } finally {
    await owner.query("ALTER SYSTEM RESET log_statement");
    await owner.query("SELECT pg_reload_conf()");
    await owner.end();
  }
  const out = {};
  for (const { name, text } of slices) {
    const tx = requestTransaction(statements(parseLog(text)), userId);
    if (!tx) throw new Error(`${name}: no statement of the request was found in server.log (was log_statement picked up?)`);
    out[name] = { kept: tx.filter((s) => !isCatalogue(s)), skipped: tx.filter(isCatalogue).length };
  }
  return out;
}

/**
 * Writes Mosaic's captured statements (`kept`) as a pgbench script, parameters written in, and
 * replays them once through node-postgres as `loginUser`, to know they run under the login role
 * with the same scope and what each returns.
 */
export async function writePgbenchScript({ kept, query, scriptFile, loginUser, port }) {
  const sql = kept.map(inline);
  const header = [
    `-- The statements of one Mosaic request, captured from server.log (log_statement = all),`,
    `-- parameters written in as literals; replayed by: pgbench -n -f <this file> as ${loginUser}.`,
    `-- Request: ${JSON.stringify(query)}`,
  ];
  fs.writeFileSync(scriptFile, header.join("\n") + "\n" + sql.map((s) => s.trimEnd().replace(/;\s*$/, "") + ";").join("\n") + "\n");
  const replay = new pg.Client({ host: "127.0.0.1", port, user: loginUser, database: "mosaic" });
  await replay.connect();
  const rows = [];
  try {
    for (const s of sql) rows.push((await replay.query(s)).rowCount ?? 0);
  } finally {
    await replay.end().catch(() => {});
  }
  const scopeAt = sql.findIndex((s) => /set_config\('app\.user_id'/.test(s));
  if (!rows.some((n, i) => i > scopeAt && n > 0))
    throw new Error(`replayed as ${loginUser}, the request's statements return no rows: its scope (or the seal) did not take`);
  return kept.map((s, i) => ({ sql: short(s.sql), rows: rows[i] }));
}

/** The statements of a request, shortened for the report. */
export const summarise = (kept) => kept.map((s) => ({ sql: short(s.sql) }));

/** Runs pgbench on the script; returns transactions per second and Postgres CPU per transaction. */
export async function runPgbench({ pgBin, port, user, script, clients, seconds, mode, postmasterPid, clockTicks }) {
  const args = ["-n", "-c", String(clients), "-j", String(Math.min(2, clients)), "-T", String(seconds), "-M", mode, "-f", script, "-h", "127.0.0.1", "-p", String(port), "-U", user, "mosaic"];
  const childEnv = { ...process.env, PGAPPNAME: "bench-pgbench", LC_ALL: "C" };
  delete childEnv.LD_LIBRARY_PATH;
  const before = postgresTicks(postmasterPid);
  const { code, stdout, stderr } = await run(path.join(pgBin, "pgbench"), args, childEnv);
  await sleep(300); // pgbench's backends end with it
  const after = postgresTicks(postmasterPid);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  const done = /number of transactions actually processed: (\d+)/.exec(stdout);
  const failed = /number of failed transactions: (\d+)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  if (code !== 0 || !tps) throw new Error(`pgbench failed (exit ${code}): ${(stderr || stdout).trim().slice(-600)}`);
  const transactions = Number(done?.[1] ?? 0);
  return {
    command: `pgbench ${args.join(" ")}`,
    tps: Number(tps[1]),
    transactions,
    failed: Number(failed?.[1] ?? 0),
    latencyMs: latency ? Number(latency[1]) : null,
    pgCpuMsPerTx: transactions ? ((after - before) / clockTicks / transactions) * 1000 : null,
  };
}
