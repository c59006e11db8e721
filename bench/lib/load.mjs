// Loads the data set into the embedded database, as the cluster's owner, in SQL:
// TENANTS workspaces, each with one owner (a user of its own), LEADS leads and, per lead, 0 to 19
// actions following a fixed cycle of 20 counts that averages 6 (so 10,000 leads have exactly
// 60,000 actions). Everything is deterministic but the uuidv7 ids.
//
// Also makes `bench_pg.viewer()`, the PostGraphile counterpart of Mosaic's `viewer`, and writes
// the tenants (ids, a lead with 19 actions, a token for the owner) to TENANTS_FILE.
//
// env: OWNER_URL, MOSAIC_DATA_DIR (for jwt_secret), TENANTS, LEADS, TENANTS_FILE, BENCH_DEPS

import fs from "node:fs";
import { depsRequire, env, mintToken, readJwtSecret } from "./common.mjs";

const pg = depsRequire()("pg");

// Actions per lead, by the lead's position modulo 20: 0 to 19, 120 per 20 leads (6 on average).
export const ACTIONS_CYCLE = [0, 19, 3, 12, 1, 8, 2, 10, 5, 0, 7, 14, 0, 4, 6, 9, 1, 11, 2, 6];
const BASE = "2026-01-01 00:00:00+00";

const tenants = Number(env("TENANTS", "21"));
const leads = Number(env("LEADS", "10000"));
const started = Date.now();
const log = (msg) => process.stderr.write(`[load ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

const client = new pg.Client({ connectionString: env("OWNER_URL") });
await client.connect();
// No triggers for the bulk rows (actions_notify would send a NOTIFY per row, 1.26 M of them, to
// the server's change listener) and no foreign-key checks: the rows are made consistent.
await client.query("SET session_replication_role = replica");
await client.query("SET synchronous_commit = off");
await client.query("SET maintenance_work_mem = '256MB'");

const exists = await client.query("SELECT count(*)::int AS n FROM workspaces WHERE slug LIKE 'bench-%'");
if (exists.rows[0].n > 0) throw new Error("the database already holds bench tenants: use a fresh data folder");

await client.query(
  `INSERT INTO users (email, full_name, first_name, last_name, timezone, created_at, updated_at)
   SELECT format('bench-%s@bench.mosaic.test', t), format('Bench Owner %s', t), 'Bench', format('Owner %s', t), 'UTC',
          timestamptz '${BASE}', timestamptz '${BASE}'
   FROM generate_series(1, $1::int) t`,
  [tenants],
);
await client.query(
  `INSERT INTO workspaces (name, slug, created_by, plan_type, created_at, updated_at)
   SELECT format('Bench tenant %s', t), format('bench-%s', t), u.id, 'team', timestamptz '${BASE}', timestamptz '${BASE}'
   FROM generate_series(1, $1::int) t JOIN users u ON u.email = format('bench-%s@bench.mosaic.test', t)`,
  [tenants],
);
await client.query(
  `INSERT INTO workspace_members (workspace_id, user_id, role)
   SELECT w.id, w.created_by, 'owner' FROM workspaces w WHERE w.slug LIKE 'bench-%'`,
);
const ws = (
  await client.query(
    `SELECT w.id, w.slug, w.created_by AS user_id, u.email
     FROM workspaces w JOIN users u ON u.id = w.created_by
     WHERE w.slug LIKE 'bench-%' ORDER BY substr(w.slug, 7)::int`,
  )
).rows;
log(`${ws.length} tenants, each with its owner`);

for (const [n, w] of ws.entries()) {
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO leads (workspace_id, user_id, name, url, notes, status, snooze_until, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, 'Lead ' || i, 'https://example.com/leads/' || i,
            CASE WHEN i % 3 = 0 THEN 'Met at the conference' END,
            CASE WHEN i % 11 = 5 THEN 'SNOOZED' WHEN i % 7 = 3 THEN 'ARCHIVED' ELSE 'ACTIVE' END::lead_status,
            CASE WHEN i % 11 = 5 THEN date '2030-01-01' END,
            timestamptz '${BASE}' + i * interval '1 second', timestamptz '${BASE}' + i * interval '1 second'
     FROM generate_series(0, $3::int - 1) i`,
    [w.id, w.user_id, leads],
  );
  await client.query(
    `INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date,
                          completed_at, replied_at, snooze_until, created_at, updated_at)
     SELECT l.workspace_id, l.user_id, l.id,
            (enum_range(NULL::action_type))[1 + (x.n + k) % 7],
            s.state,
            'Step ' || k || ' for ' || l.name,
            (l.created_at + k * interval '1 day')::date,
            CASE WHEN s.state IN ('DONE', 'REPLIED') THEN l.created_at + k * interval '1 hour' END,
            CASE WHEN s.state = 'REPLIED' THEN l.created_at + k * interval '1 hour' END,
            CASE WHEN s.state = 'SNOOZED' THEN date '2030-01-01' END,
            l.created_at + k * interval '1 millisecond', l.created_at + k * interval '1 millisecond'
     FROM leads l
     CROSS JOIN LATERAL (SELECT extract(epoch FROM l.created_at - timestamptz '${BASE}')::int AS n) x
     CROSS JOIN LATERAL generate_series(0, ($2::int[])[1 + x.n % 20] - 1) k
     CROSS JOIN LATERAL (SELECT (ARRAY['NEW', 'SENT', 'DONE', 'NEW', 'ARCHIVED', 'REPLIED', 'SNOOZED', 'NEW'])[1 + (x.n + k) % 8]::action_state AS state) s
     WHERE l.workspace_id = $1::uuid`,
    [w.id, ACTIONS_CYCLE],
  );
  await client.query("COMMIT");
  if (n === 0 || (n + 1) % 5 === 0 || n + 1 === ws.length) log(`tenant ${n + 1}/${ws.length} loaded`);
}

// What PostGraphile answers `{ viewer { id } }` with: the viewer's row, through row-level security.
await client.query("CREATE SCHEMA bench_pg");
await client.query(
  `CREATE FUNCTION bench_pg.viewer() RETURNS public.users LANGUAGE sql STABLE AS
   $$ SELECT u.* FROM public.users u WHERE u.id = tenancy.current_user_id() $$`,
);
await client.query(
  "COMMENT ON FUNCTION bench_pg.viewer() IS E'@name currentUser\\nThe signed-in user (bench/: what Mosaic answers `viewer` with).'",
);
await client.query("COMMENT ON SCHEMA bench_pg IS 'bench/: what PostGraphile serves beside the public schema'");
await client.query("GRANT USAGE ON SCHEMA bench_pg TO mosaic_app");
await client.query("GRANT EXECUTE ON FUNCTION bench_pg.viewer() TO mosaic_app");

await client.query("RESET session_replication_role");
log("vacuum and analyze");
await client.query("VACUUM (ANALYZE) users, workspaces, workspace_members, leads, actions");
await client.query("CHECKPOINT");

// Per tenant: the lead at position 1 (19 actions) for the one-lead query, and the counts.
const secret = readJwtSecret(env("MOSAIC_DATA_DIR"));
const out = [];
for (const w of ws) {
  const lead = await client.query(
    "SELECT id FROM leads WHERE workspace_id = $1 AND created_at = timestamptz '" + BASE + "' + interval '1 second'",
    [w.id],
  );
  const counts = await client.query(
    "SELECT (SELECT count(*) FROM leads WHERE workspace_id = $1)::int AS leads, (SELECT count(*) FROM actions WHERE workspace_id = $1)::int AS actions",
    [w.id],
  );
  out.push({
    slug: w.slug,
    workspaceId: w.id,
    userId: w.user_id,
    email: w.email,
    leadId: lead.rows[0]?.id ?? null,
    leads: counts.rows[0].leads,
    actions: counts.rows[0].actions,
    token: mintToken(secret, w.user_id, w.email),
  });
}
await client.end();
fs.writeFileSync(env("TENANTS_FILE"), JSON.stringify(out, null, 1));
log(`done: ${out.length} tenants of ${out[0]?.leads} leads and ${out[0]?.actions} actions`);
