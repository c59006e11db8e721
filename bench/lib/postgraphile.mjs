// PostGraphile 5 (Amber preset, production) on the database Mosaic serves, with the same
// row-level security as Mosaic's requests.
//
// It connects as the owner of the tables (as PostGraphile's docs set it up), 16 connections, and
// every request's transaction switches role and scope with `pgSettings` (PostGraphile runs
// `select set_config(k, v, true) ...` after `begin`):
//   role = mosaic_app, app.user_id = the JWT's `sub`, app.key_workspace_id = '', app.role_cap = '',
//   app.scope_seal = HMAC-SHA-256 of `user||` under tenancy.scope_key's key (read once here, as
//   the owner; left out when the database predates the sealed scope).
// The JWT is checked with the secret Mosaic uses (HS256, `exp`), in the `grafast.context` callback.
// A request without a token runs as mosaic_app with no user: row-level security gives it nothing.
//
// env: OWNER_URL, MOSAIC_DATA_DIR, PGL_PORT, POOL_SIZE, BENCH_DEPS; NODE_ENV=production

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { depsRequire, env, readJwtSecret, readScopeKey, seal, verifyToken } from "./common.mjs";

const require = depsRequire();
const pg = require("pg");
const { postgraphile } = require("postgraphile");
const { PostGraphileAmberPreset } = require("postgraphile/presets/amber");
const { makePgService } = require("postgraphile/adaptors/pg");
const { grafserv } = require("postgraphile/grafserv/node");

const ownerUrl = env("OWNER_URL");
const port = Number(env("PGL_PORT"));
const poolSize = Number(env("POOL_SIZE", "16"));
const secret = readJwtSecret(env("MOSAIC_DATA_DIR"));

const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
const scopeKey = await readScopeKey(owner);
await owner.end();

function pgSettingsFor(authorization) {
  let user = "";
  if (authorization) {
    const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!m) throw new Error("use `Authorization: Bearer <token>`");
    user = verifyToken(secret, m[1]).sub;
  }
  const settings = { role: "mosaic_app", "app.user_id": user, "app.key_workspace_id": "", "app.role_cap": "" };
  if (scopeKey) settings["app.scope_seal"] = seal(scopeKey, user);
  return settings;
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: ownerUrl,
      schemas: ["public", "bench_pg"],
      // Idle connections stay open, as Mosaic's do (sqlx closes them after 10 minutes; pg's
      // default is 10 s, which would reconnect at the start of every PostGraphile run).
      poolConfig: { max: poolSize, idleTimeoutMillis: 0 },
      pubsub: false,
    }),
  ],
  grafast: {
    explain: false,
    context(requestContext) {
      const authorization = requestContext.http?.getHeader("authorization");
      return { pgSettings: pgSettingsFor(authorization) };
    },
  },
  grafserv: { graphiql: false, watch: false, websockets: false, graphqlPath: "/graphql" },
};

const pgl = postgraphile(preset);
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
const server = http.createServer();
server.keepAliveTimeout = 60_000;
await serv.addTo(server);
server.listen(port, "127.0.0.1", () => {
  process.stderr.write(
    `postgraphile ${postgraphileVersion()} on http://127.0.0.1:${port}/graphql, pool ${poolSize}, ` +
      `scope ${scopeKey ? "sealed" : "unsealed (the database predates tenancy.scope_key)"}\n`,
  );
});

function postgraphileVersion() {
  const file = path.join(env("BENCH_DEPS"), "node_modules", "postgraphile", "package.json");
  return JSON.parse(fs.readFileSync(file, "utf8")).version;
}

const stop = () => {
  server.close();
  Promise.resolve(pgl.release()).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
