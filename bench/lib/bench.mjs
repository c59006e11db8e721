// Drives the two running servers: checks they answer the same rows (and that row-level security
// holds for PostGraphile), warms both up, captures Mosaic's statements for the pgbench ceiling,
// runs the alternating rounds with wrk, and prints the table. Started by run.sh, which owns the
// processes; everything this script learns goes to RESULTS (meta.json, runs.jsonl, table.txt).

import { execFileSync, execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { currentChild, depsRequire, env, gql, postgresTicks, procStat, procStatusKiB, readScopeKey, run, sleep } from "./common.mjs";
import { captureStatements, runPgbench, summarise, writePgbenchScript } from "./capture.mjs";
import { SHAPES, rowsOf } from "./queries.mjs";
import { render } from "./report.mjs";

const pg = depsRequire()("pg");

process.on("SIGTERM", () => stopNow(143));
process.on("SIGINT", () => stopNow(130));
function stopNow(code) {
  currentChild()?.kill("SIGTERM");
  process.exit(code);
}

const cfg = {
  duration: Number(env("DURATION", "10")),
  rounds: Number(env("ROUNDS", "3")),
  warmup: Number(env("WARMUP", "3")),
  clients: Number(env("CLIENTS", "16")),
  clientsA: env("CLIENTS_A", "1 16 64").split(/\s+/).filter(Boolean).map(Number),
  pgbenchModes: env("PGBENCH_MODES", "simple prepared").split(/\s+/).filter(Boolean),
  results: env("RESULTS"),
  work: env("WORK"),
  benchDir: env("BENCH_DIR"),
  postmasterPid: Number(env("PM_PID")),
  pgPort: Number(env("PG_PORT")),
};
const clockTicks = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;
const tenants = JSON.parse(fs.readFileSync(env("TENANTS_FILE"), "utf8"));
const servers = {
  mosaic: { name: "mosaic", url: env("MOSAIC_URL"), pid: Number(env("MOSAIC_PID")) },
  postgraphile: { name: "postgraphile", url: env("PGL_URL"), pid: Number(env("PGL_PID")) },
};
const say = (msg) => process.stderr.write(`  ${msg}\n`);
const runsFile = path.join(cfg.results, "runs.jsonl");
const record = (r) => fs.appendFileSync(runsFile, JSON.stringify(r) + "\n");
fs.writeFileSync(runsFile, "");

// ---- what is being compared ---------------------------------------------------------------------
const owner = new pg.Client({ connectionString: env("OWNER_URL") });
await owner.connect();
const sealed = (await readScopeKey(owner)) != null;
const loginUser = (await owner.query("SELECT 1 FROM pg_roles WHERE rolname = 'mosaic_api'")).rowCount ? "mosaic_api" : "app";
const ownerCounts = (await owner.query("SELECT (SELECT count(*) FROM leads)::int AS leads, (SELECT count(*) FROM actions)::int AS actions")).rows[0];
const pgVersion = (await owner.query("SHOW server_version")).rows[0].server_version;
await owner.end();
const version = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"] }).toString().trim().split("\n")[0];
  } catch (e) {
    return (e.stdout?.toString() || e.stderr?.toString() || "?").trim().split("\n")[0];
  }
};
const meta = {
  startedAt: new Date().toISOString(),
  host: { cpus: os.cpus().length, loadavg: os.loadavg().map((l) => l.toFixed(2)).join(" "), kernel: os.release() },
  mosaic: { binary: env("MOSAIC_BIN"), version: version(env("MOSAIC_BIN"), ["--version"]), sealedScope: sealed },
  postgraphile: {
    version: JSON.parse(fs.readFileSync(path.join(env("BENCH_DEPS"), "node_modules/postgraphile/package.json"), "utf8")).version,
    preset: "PostGraphileAmberPreset",
    node: version(env("NODE_BIN"), ["--version"]),
  },
  postgres: pgVersion,
  wrk: version("wrk", ["--version"]).split(" ").slice(0, 2).join(" "),
  pool: Number(env("POOL_SIZE", "16")),
  data: { tenants: tenants.length, leadsPerTenant: tenants[0].leads, actionsPerTenant: tenants[0].actions, ...ownerCounts },
  config: { ...cfg, results: undefined, work: undefined, benchDir: undefined, postmasterPid: undefined, pgPort: undefined },
  pgbench: { user: loginUser, modes: cfg.pgbenchModes, commands: {} },
};

// ---- 1. the same rows from both -----------------------------------------------------------------
function fail(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(1);
}
function firstDifference(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return `${at || "answer"}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${at}${Array.isArray(a) ? `[${k}]` : `.${k}`}`);
    if (d) return d;
  }
  return `${at}: differ`;
}
async function ask(server, shape, tenant, token = tenant.token) {
  const q = SHAPES[shape][server];
  const { status, body } = await gql(servers[server].url, token, q.query, q.variables(tenant));
  if (status !== 200 || body.errors) fail(`${server} answered shape ${shape} for ${tenant.slug} with HTTP ${status}: ${JSON.stringify(body).slice(0, 500)}`);
  return q.normalise(body.data);
}

process.stderr.write("checking that both servers return the same rows\n");
const expected = {};
for (const shape of Object.keys(SHAPES)) {
  for (const t of tenants) {
    const m = await ask("mosaic", shape, t);
    const p = await ask("postgraphile", shape, t);
    const diff = firstDifference(m, p);
    if (diff) fail(`shape ${shape}, ${t.slug}: Mosaic and PostGraphile differ at ${diff}`);
    if (shape === "a" && (m?.length !== Math.min(50, t.leads) || !m.some((l) => l.actions.length === 10)))
      fail(`shape a for ${t.slug}: ${m?.length} leads, expected ${Math.min(50, t.leads)} with some of 10 actions`);
    if (shape === "b" && m?.actions?.length !== 10) fail(`shape b for ${t.slug}: the lead should show 10 actions, got ${JSON.stringify(m).slice(0, 200)}`);
    if (shape === "c" && m !== t.userId) fail(`shape c for ${t.slug}: viewer ${m}, expected ${t.userId}`);
    if (t === tenants[0]) expected[shape] = m;
  }
  say(`shape ${shape} (${SHAPES[shape].label}): same answer for all ${tenants.length} tenants, ${rowsOf(expected[shape])} row(s) each for ${tenants[0].slug}`);
}
meta.rows = Object.fromEntries(Object.entries(expected).map(([s, v]) => [s, rowsOf(v)]));

// ---- 2. row-level security holds for PostGraphile (and Mosaic) ------------------------------------
process.stderr.write("checking row-level security through PostGraphile\n");
{
  const [a, b] = tenants;
  const pgl = async (token, query, variables) => {
    const { status, body } = await gql(servers.postgraphile.url, token, query, variables);
    if (status !== 200 || body.errors) fail(`PostGraphile: ${query} answered HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.data;
  };
  const counts = "{ allLeads { totalCount } allActions { totalCount } allWorkspaces { totalCount } allUsers { totalCount } allWorkspaceMembers { totalCount } }";
  const seen = await pgl(a.token, counts);
  const got = [seen.allLeads.totalCount, seen.allActions.totalCount, seen.allWorkspaces.totalCount, seen.allUsers.totalCount, seen.allWorkspaceMembers.totalCount];
  const want = [a.leads, a.actions, 1, 1, 1];
  if (JSON.stringify(got) !== JSON.stringify(want))
    fail(`PostGraphile as ${a.slug}'s owner sees leads/actions/workspaces/users/members ${got.join("/")}, expected ${want.join("/")} (the database holds ${ownerCounts.leads} leads)`);
  say(`${a.slug}'s token sees ${got[0]} of the database's ${ownerCounts.leads} leads and ${got[1]} of its ${ownerCounts.actions} actions, 1 workspace, 1 user`);
  const anonymous = await pgl(null, "{ allLeads { totalCount } allWorkspaces { totalCount } currentUser { rowId } }");
  if (anonymous.allLeads.totalCount !== 0 || anonymous.allWorkspaces.totalCount !== 0 || anonymous.currentUser !== null)
    fail(`PostGraphile without a token sees ${JSON.stringify(anonymous)}`);
  say("no token: no leads, no workspace, no current user");
  if (b) {
    const other = await pgl(a.token, "query($w: UUID!, $l: UUID!) { workspaceByRowId(rowId: $w) { rowId } leadByRowIdAndWorkspaceId(rowId: $l, workspaceId: $w) { rowId } }", {
      w: b.workspaceId,
      l: b.leadId,
    });
    if (other.workspaceByRowId !== null || other.leadByRowIdAndWorkspaceId !== null) fail(`PostGraphile shows ${a.slug} rows of ${b.slug}: ${JSON.stringify(other)}`);
    const { body } = await gql(servers.mosaic.url, a.token, "query($w: UUID!, $l: UUID!) { workspace(id: $w) { id } lead(id: $l) { id } }", { w: b.workspaceId, l: b.leadId });
    if (body.data?.workspace !== null || body.data?.lead !== null) fail(`Mosaic shows ${a.slug} rows of ${b.slug}: ${JSON.stringify(body)}`);
    say(`${a.slug}'s token asking for ${b.slug}'s workspace and lead: null from both servers`);
  }
  say(`scope: ${sealed ? "sealed (app.scope_seal checked by tenancy.current_user_id())" : "unsealed: this database predates tenancy.scope_key, so no seal is set"}`);
}

// ---- 3. the requests wrk sends --------------------------------------------------------------------
const requestFile = (server, shape) => path.join(cfg.work, `${server}-${shape}.requests`);
for (const server of Object.keys(servers)) {
  for (const shape of Object.keys(SHAPES)) {
    const q = SHAPES[shape][server];
    const lines = tenants.map((t) => `${t.token}\t${JSON.stringify({ query: q.query, variables: q.variables(t) })}`);
    fs.writeFileSync(requestFile(server, shape), lines.join("\n") + "\n");
  }
}

async function drive(server, shape, clients, seconds) {
  const s = servers[server];
  const dB = new Map();
  const t0 = performance.now();
  const pgBefore = postgresTicks(cfg.postmasterPid, dB);
  const before = procStat(s.pid)?.ticks ?? 0;
  const waited = procStat(process.pid).childTicks; // wrk's CPU lands here once it exits
  const args = [`-t${Math.min(2, clients)}`, `-c${clients}`, `-d${seconds}s`, "--timeout", "10s", "-s", path.join(cfg.benchDir, "lib/wrk.lua"), s.url];
  const { code, stdout, stderr } = await run("wrk", args, { ...process.env, BENCH_REQUESTS: requestFile(server, shape) });
  await sleep(300); // connections whose requests wrk cut off are closed now, not while we read
  const after = procStat(s.pid)?.ticks ?? NaN;
  const wrkTicks = procStat(process.pid).childTicks - waited;
  const dA = new Map();
  const pgAfter = postgresTicks(cfg.postmasterPid, dA);
  const window = (performance.now() - t0) / 1000; // what the CPU readings span: the run and the pause after it
  // Postgres processes that started and ended during the run (connections opened and closed).
  const pids = (m) => [...m.keys()].filter((k) => typeof k === "number");
  const pgProcesses = { started: pids(dA).filter((k) => !dB.has(k)).length, ended: pids(dB).filter((k) => !dA.has(k)).length };
  const line = stdout.split("\n").find((l) => l.startsWith("WRK "));
  if (code !== 0 || !line) fail(`wrk failed for ${server} shape ${shape} (exit ${code}): ${(stderr + stdout).trim().slice(-500)}`);
  const w = JSON.parse(line.slice(4));
  // One request after the run: the server still answers this shape right.
  const q = SHAPES[shape][server];
  const check = await gql(s.url, tenants[0].token, q.query, q.variables(tenants[0]));
  const spotOk = check.status === 200 && !check.body.errors && JSON.stringify(q.normalise(check.body.data)) === JSON.stringify(expected[shape]);
  const secs = w.duration_us / 1e6;
  const ms = (ticks) => (w.requests ? ((ticks / clockTicks) * 1000) / w.requests : null);
  return {
    server,
    shape,
    clients,
    seconds: secs,
    requests: w.requests,
    rps: w.requests / secs,
    p50: w.p50_us / 1000,
    p90: w.p90_us / 1000,
    p99: w.p99_us / 1000,
    max: w.max_us / 1000,
    non2xx: w.non_2xx,
    socketErrors: w.connect_errors + w.read_errors + w.write_errors + w.timeouts,
    serverCpuMsPerReq: ms(after - before),
    pgCpuMsPerReq: ms(pgAfter - pgBefore),
    wrkCpuMsPerReq: ms(wrkTicks),
    serverCpuCores: (after - before) / clockTicks / window,
    pgCpuCores: (pgAfter - pgBefore) / clockTicks / window,
    wrkCpuCores: wrkTicks / clockTicks / window,
    peakRssMiB: procStatusKiB(s.pid, "VmHWM") / 1024,
    rssMiB: procStatusKiB(s.pid, "VmRSS") / 1024,
    spotOk,
    pgProcesses,
    loadavg: os.loadavg()[0],
  };
}

// ---- 4. warm-up ----------------------------------------------------------------------------------
if (cfg.warmup > 0) {
  process.stderr.write(`warming up: each server, each shape, ${cfg.clients} clients, ${cfg.warmup} s\n`);
  for (const shape of Object.keys(SHAPES)) for (const server of Object.keys(servers)) await drive(server, shape, cfg.clients, cfg.warmup);
}

// ---- 5. the statements of one request of shape a; Mosaic's become the pgbench script ------------
process.stderr.write("capturing the statements of one request of shape a from each server\n");
const pgbenchScript = path.join(cfg.results, "pgbench-shape-a.sql");
let capture = null;
try {
  const t = tenants[0];
  const body = (server) => ({ query: SHAPES.a[server].query, variables: SHAPES.a[server].variables(t) });
  const got = await captureStatements({
    ownerUrl: env("OWNER_URL"),
    pgdata: env("PGDATA"),
    token: t.token,
    userId: t.userId,
    requests: Object.values(servers).map((s) => ({ name: s.name, url: s.url, body: body(s.name) })),
  });
  const pglStatements = summarise(got.postgraphile.kept);
  say(`postgraphile: ${pglStatements.length} statements per request`);
  pglStatements.forEach((s, i) => say(`  ${i + 1}. ${s.sql}${s.sql.length >= 160 ? "…" : ""}`));
  const mosaicStatements = await writePgbenchScript({ kept: got.mosaic.kept, query: SHAPES.a.mosaic.query, scriptFile: pgbenchScript, loginUser, port: cfg.pgPort });
  say(`mosaic: ${mosaicStatements.length} statements per request, written to ${pgbenchScript}`);
  mosaicStatements.forEach((s, i) => say(`  ${i + 1}. ${s.sql}${s.sql.length >= 160 ? "…" : ""}  → ${s.rows} row(s) replayed as ${loginUser}`));
  if (got.mosaic.skipped) say(`  (${got.mosaic.skipped} catalogue look-up(s) of the driver left out)`);
  capture = { statements: mosaicStatements, skipped: got.mosaic.skipped, script: pgbenchScript, postgraphile: pglStatements };
  meta.capture = capture;
} catch (e) {
  say(`could not capture the statements: ${e.message}`);
  meta.capture = { error: e.message };
}
fs.writeFileSync(path.join(cfg.results, "meta.json"), JSON.stringify(meta, null, 1));

// ---- 6. rounds -------------------------------------------------------------------------------------
const plan = [...cfg.clientsA.map((c) => ["a", c]), ["b", cfg.clients], ["c", cfg.clients]];
const fmt = (r) =>
  `${r.server.padEnd(12)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
  `CPU/req ${r.serverCpuMsPerReq?.toFixed(2)} + pg ${r.pgCpuMsPerReq?.toFixed(2)} ms  peak ${r.peakRssMiB.toFixed(0)} MiB` +
  (r.non2xx || r.socketErrors || !r.spotOk ? `  ERRORS non-2xx ${r.non2xx} socket ${r.socketErrors} spot ${r.spotOk ? "ok" : "WRONG"}` : "");
for (let round = 1; round <= cfg.rounds; round++) {
  process.stderr.write(`round ${round}/${cfg.rounds} (${cfg.duration} s runs)\n`);
  const order = round % 2 === 1 ? ["mosaic", "postgraphile"] : ["postgraphile", "mosaic"];
  for (const [shape, clients] of plan) {
    for (const server of order) {
      const r = { kind: "http", round, ...(await drive(server, shape, clients, cfg.duration)) };
      record(r);
      say(`${shape} × ${String(clients).padStart(2)}  ${fmt(r)}`);
    }
    if (shape === "a" && clients === cfg.clients && capture) {
      for (const mode of cfg.pgbenchModes) {
        try {
          const b = await runPgbench({
            pgBin: env("PG_BIN"),
            port: cfg.pgPort,
            user: loginUser,
            script: pgbenchScript,
            clients: cfg.clients,
            seconds: cfg.duration,
            mode,
            postmasterPid: cfg.postmasterPid,
            clockTicks,
          });
          record({ kind: "pgbench", round, mode, clients: cfg.clients, ...b });
          meta.pgbench.commands[mode] = b.command;
          say(
            `a × ${String(cfg.clients).padStart(2)}  ${`pgbench -M ${mode}`.padEnd(19)} ${b.tps.toFixed(0).padStart(6)} tx/s   latency ${b.latencyMs} ms  ` +
              `Postgres CPU/tx ${b.pgCpuMsPerTx?.toFixed(2)} ms${b.failed ? `  FAILED ${b.failed}` : ""}`,
          );
        } catch (e) {
          say(`pgbench -M ${mode}: ${e.message}`);
          record({ kind: "pgbench", round, mode, error: e.message });
        }
      }
    }
  }
}
fs.writeFileSync(path.join(cfg.results, "meta.json"), JSON.stringify(meta, null, 1));

// ---- 7. the table -----------------------------------------------------------------------------------
const records = fs.readFileSync(runsFile, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const table = render(meta, records);
fs.writeFileSync(path.join(cfg.results, "table.txt"), table);
process.stdout.write("\n" + table);
const bad = records.filter((r) => r.kind === "http" && (r.non2xx || r.socketErrors || !r.spotOk));
if (bad.length) {
  process.stderr.write(`bench: ${bad.length} run(s) had errors (see the errors column)\n`);
  process.exit(1);
}
