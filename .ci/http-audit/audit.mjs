#!/usr/bin/env node
// GraphQL over HTTP conformance audit: graphql-http's `auditServer` (the spec's MUST, SHOULD
// and MAY checks) against a running server.
//
//   node audit.mjs http://127.0.0.1:8080/graphql      (or AUDIT_URL=... node audit.mjs)
//
// Every result is printed as `ok`, `error` (a MUST not met), `warn` (a SHOULD not met) or
// `notice` (a MAY not taken). The exit status is 1 when any MUST or SHOULD is not met, 0 when
// all are, 2 when the audit could not run (bad arguments, server unreachable).
//
// MAY checks (`notice`) do not fail the run by default: they are optional in the spec, and
// the server refuses GraphQL over GET on purpose (every GET check is a MAY). Set
// AUDIT_STRICT=1 (or pass --strict) to fail on them too.
// AUDIT_ALLOW=ID,ID (audit ids such as 22EB) names results that are reported but do not fail.
// AUDIT_TIMEOUT_MS (default 10000) bounds each request.
import { auditServer } from 'graphql-http';

const args = process.argv.slice(2);
const strict = args.includes('--strict') || process.env.AUDIT_STRICT === '1';
const url = args.find((a) => !a.startsWith('--')) || process.env.AUDIT_URL;
const allowed = new Set(
  (process.env.AUDIT_ALLOW || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const timeoutMs = Number(process.env.AUDIT_TIMEOUT_MS || 10000);

if (!url) {
  console.error('usage: node audit.mjs URL   (or AUDIT_URL=URL), e.g. http://127.0.0.1:8080/graphql');
  process.exit(2);
}
try {
  new URL(url);
} catch {
  console.error(`not a URL: ${url}`);
  process.exit(2);
}

// Node's own fetch, each request bounded in time.
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });

let results;
try {
  results = await auditServer({ url, fetchFn });
} catch (err) {
  const cause = err && err.cause ? ` (${err.cause.code || err.cause.message || err.cause})` : '';
  console.error(`the audit could not run against ${url}: ${err && err.message ? err.message : err}${cause}`);
  process.exit(2);
}

async function describe(response) {
  if (!response) return '';
  const type = response.headers.get('content-type') ?? '(none)';
  let body;
  try {
    body = await response.text();
  } catch {
    body = '(body already read by the check)';
  }
  if (body.length > 300) body = `${body.slice(0, 300)}…`;
  return `HTTP ${response.status}, content-type: ${type}, body: ${body}`;
}

const fails = (r) => r.status !== 'ok' && !allowed.has(r.id) && (r.status !== 'notice' || strict);
const counts = { ok: 0, error: 0, warn: 0, notice: 0 };
let failed = 0;

console.log(`GraphQL over HTTP audit (graphql-http auditServer) of ${url}`);
for (const r of results) {
  counts[r.status] = (counts[r.status] || 0) + 1;
  const failing = fails(r);
  if (failing) failed += 1;
  const mark = r.status === 'ok' ? '' : failing ? '' : allowed.has(r.id) ? ' (allowed)' : ' (MAY: not failing)';
  console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}${mark}`);
  if (r.status !== 'ok') {
    console.log(`         reason: ${r.reason}`);
    const detail = await describe(r.response);
    if (detail) console.log(`         got: ${detail}`);
  }
}

console.log(
  `\n${results.length} audits: ${counts.ok} ok, ${counts.error} error (MUST), ${counts.warn} warn (SHOULD), ${counts.notice} notice (MAY)${strict ? ' [strict]' : ''}`,
);
console.log(`http-audit: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
