// The printed table, from meta.json and runs.jsonl. Also a command, to print it again:
//   node bench/lib/report.mjs bench/results/<time>

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SHAPES } from "./queries.mjs";

const SHORT = { a: "50 leads by created_at, each with its first 10 actions", b: "one lead with its first 10 actions", c: "`{ viewer { id } }`" };

/** A Markdown table, padded so it reads in a terminal too. */
function table(head, rows, right = []) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? "")));
  const width = head.map((_, i) => Math.max(...cells.map((r) => r[i].length), 3));
  const line = (r) => "| " + r.map((c, i) => (right.includes(i) ? c.padStart(width[i]) : c.padEnd(width[i]))).join(" | ") + " |";
  const rule = "| " + width.map((w, i) => (right.includes(i) ? "-".repeat(w - 1) + ":" : "-".repeat(w))).join(" | ") + " |";
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n") + "\n";
}

const num = (x, digits) => (x == null || Number.isNaN(x) ? "–" : x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const rps = (x) => num(x, x < 100 ? 1 : 0);
const ms = (x) => num(x, x < 10 ? 2 : 1);
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const maxOf = (xs) => (xs.length ? Math.max(...xs) : null);
/** "min–max" over rounds (one value when they agree at the shown precision). */
function range(xs, f) {
  const s = xs.filter((x) => x != null && !Number.isNaN(x));
  if (!s.length) return "–";
  const lo = f(Math.min(...s));
  const hi = f(Math.max(...s));
  return lo === hi ? lo : `${lo}–${hi}`;
}

export function render(meta, records) {
  const http = records.filter((r) => r.kind === "http");
  const bench = records.filter((r) => r.kind === "pgbench" && !r.error);
  const out = [];
  const d = meta.data;
  out.push(`Mosaic and PostGraphile side by side: one sitting, one database, the same row-level security`);
  out.push(
    `mosaic: ${meta.mosaic.binary} (${meta.mosaic.version}; scope ${meta.mosaic.sealedScope ? "sealed" : "unsealed: a build before tenancy.scope_key"}); ` +
      `PostGraphile ${meta.postgraphile.version} (${meta.postgraphile.preset}, NODE_ENV=production, ${meta.postgraphile.node}); ` +
      `PostgreSQL ${meta.postgres}; ${meta.pool} connections each`,
  );
  out.push(
    `data: ${d.tenants} tenants × ${num(d.leadsPerTenant, 0)} leads and ${num(d.actionsPerTenant, 0)} actions (${num(d.leads, 0)} leads, ${num(d.actions, 0)} actions in all); ` +
      `${meta.wrk}, ${meta.config.duration} s runs after ${meta.config.warmup} s of warm-up, ${meta.config.rounds} round(s), the two servers taking turns (who goes first alternates)`,
  );
  out.push(`machine: ${meta.host.cpus} CPUs, load average ${meta.host.loadavg} at the start; load generator, servers and Postgres share it`);
  out.push("");

  // Side by side.
  const groups = [];
  for (const r of http) {
    let g = groups.find((g) => g.shape === r.shape && g.clients === r.clients);
    if (!g) groups.push((g = { shape: r.shape, clients: r.clients, mosaic: [], postgraphile: [] }));
    g[r.server].push(r);
  }
  const rows = groups.map((g) => {
    const M = g.mosaic;
    const P = g.postgraphile;
    const ratios = M.map((m) => {
      const p = P.find((p) => p.round === m.round);
      return p ? m.rps / p.rps : null;
    });
    const pick = (rs, k) => rs.map((r) => r[k]);
    return [
      SHORT[g.shape] ?? SHAPES[g.shape]?.label,
      g.clients,
      range(pick(M, "rps"), rps),
      range(pick(P, "rps"), rps),
      range(ratios, (x) => num(x, 1)) + "×",
      `${range(pick(M, "p50"), ms)} / ${range(pick(P, "p50"), ms)}`,
      `${range(pick(M, "p99"), ms)} / ${range(pick(P, "p99"), ms)}`,
      `${ms(median(pick(M, "serverCpuMsPerReq")))} / ${ms(median(pick(P, "serverCpuMsPerReq")))}`,
      `${ms(median(pick(M, "pgCpuMsPerReq")))} / ${ms(median(pick(P, "pgCpuMsPerReq")))}`,
      `${num(maxOf(pick(M, "peakRssMiB")), 0)} / ${num(maxOf(pick(P, "peakRssMiB")), 0)}`,
    ];
  });
  out.push("Side by side (a range is min–max over the rounds; the ratio is Mosaic / PostGraphile within each round; CPU is the median over the rounds):");
  out.push("");
  out.push(
    table(
      ["query", "clients", "Mosaic req/s", "PostGraphile req/s", "ratio", "p50 ms M / P", "p99 ms M / P", "server CPU ms/req M / P", "Postgres CPU ms/req M / P", "peak RSS MiB M / P"],
      rows,
      [1, 2, 3, 4],
    ),
  );

  // The pgbench ceiling.
  out.push("");
  if (meta.capture?.statements) {
    const st = meta.capture.statements;
    out.push(
      `The pgbench ceiling: the ${st.length} statements of one Mosaic request of shape a, captured from the server log, replayed in one transaction ` +
        `(the same role and scope${meta.mosaic.sealedScope ? ", sealed" : ""}) as ${meta.pgbench.user}, ${meta.config.clients} clients, no HTTP and no GraphQL:`,
    );
    st.forEach((s, i) => out.push(`  ${i + 1}. ${s.sql}${s.sql.length >= 160 ? "…" : ""} (${s.rows} row${s.rows === 1 ? "" : "s"})`));
    const pst = meta.capture.postgraphile ?? [];
    out.push(`PostGraphile runs ${pst.length} statements for the same request:`);
    pst.forEach((s, i) => out.push(`  ${i + 1}. ${s.sql}${s.sql.length >= 160 ? "…" : ""}`));
    for (const [mode, command] of Object.entries(meta.pgbench.commands ?? {})) out.push(`${mode}: ${command}`);
    out.push("");
    const mosaicA = http.filter((r) => r.server === "mosaic" && r.shape === "a" && r.clients === meta.config.clients);
    const ofRound = (round) => mosaicA.find((r) => r.round === round);
    const brows = [];
    for (const mode of [...new Set(bench.map((b) => b.mode))]) {
      const runs = bench.filter((b) => b.mode === mode);
      for (const b of runs) {
        const m = ofRound(b.round);
        brows.push([mode, b.round, rps(b.tps), ms(b.latencyMs), ms(b.pgCpuMsPerTx), m ? rps(m.rps) : "–", m ? ms(m.pgCpuMsPerReq) : "–", m ? num((100 * m.rps) / b.tps, 0) + "%" : "–"]);
      }
      if (runs.length > 1) {
        const fracs = runs.map((b) => (ofRound(b.round) ? (100 * ofRound(b.round).rps) / b.tps : null));
        brows.push([
          mode,
          "all",
          range(runs.map((b) => b.tps), rps),
          range(runs.map((b) => b.latencyMs), ms),
          ms(median(runs.map((b) => b.pgCpuMsPerTx))),
          range(mosaicA.map((r) => r.rps), rps),
          ms(median(mosaicA.map((r) => r.pgCpuMsPerReq))),
          range(fracs, (x) => num(x, 0) + "%"),
        ]);
      }
    }
    out.push(
      table(
        ["pgbench -M", "round", "pgbench tx/s", "pgbench latency ms", "Postgres CPU ms/tx", `Mosaic shape a × ${meta.config.clients} req/s`, "its Postgres CPU ms/req", "Mosaic / ceiling"],
        brows,
        [2, 3, 4, 5, 6, 7],
      ),
    );
    const errs = records.filter((r) => r.kind === "pgbench" && r.error);
    if (errs.length) out.push(`pgbench failed in ${errs.length} run(s): ${errs[0].error}`);
  } else {
    out.push(`The pgbench ceiling: not measured (${meta.capture?.error ?? "no capture"})`);
  }

  // Every run.
  out.push("");
  out.push(
    "Every run (CPU per request: the server's process, all of Postgres's processes, and the load generator; cores: CPU seconds per second; peak RSS: the server's VmHWM since it started):",
  );
  out.push("");
  out.push(
    table(
      ["round", "query", "clients", "server", "req/s", "p50 ms", "p90 ms", "p99 ms", "server CPU ms/req", "Postgres CPU ms/req", "wrk CPU ms/req", "server cores", "Postgres cores", "Postgres processes +/−", "peak RSS MiB", "errors"],
      http.map((r) => [
        r.round,
        r.shape,
        r.clients,
        r.server,
        rps(r.rps),
        ms(r.p50),
        ms(r.p90),
        ms(r.p99),
        ms(r.serverCpuMsPerReq),
        ms(r.pgCpuMsPerReq),
        ms(r.wrkCpuMsPerReq),
        num(r.serverCpuCores, 2),
        num(r.pgCpuCores, 2),
        r.pgProcesses ? `+${r.pgProcesses.started} / −${r.pgProcesses.ended}` : "",
        num(r.peakRssMiB, 1),
        r.non2xx || r.socketErrors || !r.spotOk ? `non-2xx ${r.non2xx}, socket ${r.socketErrors}${r.spotOk ? "" : ", WRONG ANSWER after the run"}` : "0",
      ]),
      [0, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    ),
  );
  out.push(`Queries: a = ${SHAPES.a.label}; b = ${SHAPES.b.label}; c = ${SHAPES.c.label}.`);
  return out.join("\n") + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node bench/lib/report.mjs <results folder>\n");
    process.exit(2);
  }
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "meta.json"), "utf8"));
  const records = fs.readFileSync(path.join(dir, "runs.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  process.stdout.write(render(meta, records));
}
