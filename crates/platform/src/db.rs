//! The connection pool and the transactions requests and workers run in.
//!
//! No request or worker runs as the role it logs in with: every transaction switches to
//! `mosaic_app` (requests) or `mosaic_worker` (background work) with `set_config(…, true)`,
//! which lasts until the transaction ends. Row-level security then sees the user.

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement, TransactionTrait,
};
use uuid::Uuid;

use crate::secret::Secret;
use crate::tenancy::{BEGIN_WITH_MEMBERSHIPS, Membership, Role, membership};

pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // Dates as text are then always `YYYY-MM-DD`, which the JSON Postgres writes for
        // GraphQL relies on (`platform::one_pass`), whatever the server's own setting.
        .map_sqlx_postgres_opts(|pg| pg.options([("datestyle", "ISO, YMD")]));
    Database::connect(options).await
}

/// The two roles the server logs in as (`migration/src/sql/0005_roles.sql`): requests run on
/// `mosaic_api` connections, which can become `mosaic_app` and nothing else; background work
/// runs on `mosaic_jobs` connections, which can become `mosaic_worker` and nothing else.
pub const API_LOGIN: &str = "mosaic_api";
pub const JOBS_LOGIN: &str = "mosaic_jobs";

/// The connections a server runs on: one pool for requests, one for background work.
#[derive(Clone)]
pub struct Pools {
    /// As `mosaic_api`: every request's transaction.
    pub requests: DatabaseConnection,
    /// As `mosaic_jobs`: sign-in provisioning, API key checks, jobs, webhooks, subscriptions'
    /// membership checks.
    pub jobs: DatabaseConnection,
    /// Where the change listener connects (as `mosaic_jobs`).
    pub listen_url: String,
    /// What requests' scopes are sealed with.
    pub seal: ScopeSeal,
}

/// The key a request's scope (its user, an API key's workspace and role cap) is sealed with
/// (`migration/src/sql/0006_sealed_scope.sql`): the settings that carry the scope can be
/// changed by any statement of the transaction, but without this key no statement can make
/// a seal that matches, and an unsealed scope has no user. Read once at start, by the owner.
#[derive(Clone)]
pub struct ScopeSeal(Secret<Vec<u8>>);

impl ScopeSeal {
    /// Reads the key, as the owner of the tables (no login role may).
    pub async fn read(owner: &DatabaseConnection) -> Result<Self, DbErr> {
        let row = owner
            .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT key FROM tenancy.scope_key"))
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("tenancy.scope_key has no key".into()))?;
        Ok(Self(Secret::new(row.try_get("", "key")?)))
    }

    /// The seal of a scope: HMAC-SHA-256 of `user|key_workspace|role_cap` (each `''` when
    /// none), in hex, as `tenancy.scope_sealed()` computes it.
    fn sign(&self, user: &str, key_workspace: &str, role_cap: &str) -> String {
        use hmac::Mac;
        let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(self.0.expose()) else {
            // HMAC takes keys of any length; an empty seal matches nothing.
            return String::new();
        };
        mac.update(format!("{user}|{key_workspace}|{role_cap}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// `url` with its user replaced by `user` and its password by `password` (none when `None`):
/// how the login roles' URLs are made from the owner's when they are not given.
pub fn login_url(url: &str, user: &str, password: Option<&str>) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    match password {
        Some(p) => format!("{scheme}://{user}:{p}@{host}"),
        None => format!("{scheme}://{user}@{host}"),
    }
}

/// The password in a URL, if it has one.
pub fn url_password(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let userinfo = rest.rsplit_once('@')?.0;
    userinfo.split_once(':').map(|(_, p)| p).filter(|p| !p.is_empty())
}

impl Pools {
    /// The background work's pool size.
    pub const JOBS: u32 = 4;

    /// Connects both pools: `requests` connections for requests, a few for background work.
    pub async fn connect(api_url: &str, jobs_url: &str, requests: u32, seal: ScopeSeal) -> Result<Self, DbErr> {
        Ok(Self {
            requests: connect(api_url, requests).await?,
            jobs: connect(jobs_url, Self::JOBS).await?,
            listen_url: jobs_url.to_owned(),
            seal,
        })
    }
}

/// Who a transaction runs for; what row-level security sees.
#[derive(Debug, Clone, Default)]
pub struct DbScope {
    pub user_id: Option<Uuid>,
    /// An API key narrows a request to its workspace…
    pub key_workspace: Option<Uuid>,
    /// …and caps the role it acts with.
    pub role_cap: Option<Role>,
    /// The transaction only reads (a batch of queries): Postgres refuses any write in it, and
    /// it ends with a rollback the pool sends with the connection's next statement, not a
    /// commit of its own round trip.
    pub read_only: bool,
}

/// Begins a request's transaction as `mosaic_app` for `scope`, and reads the memberships of
/// its user (none without one) in the same statement: one round trip, and
/// `workspace(slug:)` needs no statement of its own.
pub async fn begin_request(
    db: &DatabaseConnection,
    seal: &ScopeSeal,
    scope: &DbScope,
) -> Result<(DatabaseTransaction, Vec<Membership>), DbErr> {
    let tx = db.begin().await?;
    let rows = tx.query_all_raw(scope_statement("mosaic_app", scope, Some(seal))).await?;
    let memberships = rows.iter().map(membership).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect();
    Ok((tx, memberships))
}

/// Begins a transaction for background work as `mosaic_worker`.
pub async fn begin_worker(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let tx = db.begin().await?;
    tx.query_all_raw(scope_statement("mosaic_worker", &DbScope::default(), None)).await?;
    Ok(tx)
}

/// The statement that begins a transaction as `role` in `scope`, sealed with `seal` (the
/// worker's scope has no user, and no seal).
pub(crate) fn scope_statement(role: &str, scope: &DbScope, seal: Option<&ScopeSeal>) -> Statement {
    let user = scope.user_id.map(|u| u.to_string()).unwrap_or_default();
    let key_workspace = scope.key_workspace.map(|u| u.to_string()).unwrap_or_default();
    let role_cap = scope.role_cap.map(|r| r.as_sql().to_string()).unwrap_or_default();
    let sealed = seal.map(|s| s.sign(&user, &key_workspace, &role_cap)).unwrap_or_default();
    Statement::from_sql_and_values(
        DbBackend::Postgres,
        BEGIN_WITH_MEMBERSHIPS,
        [role.into(), user.into(), key_workspace.into(), role_cap.into(), sealed.into(), scope.read_only.into()],
    )
}

/// Whether the database answers and every migration has run: what `/readyz` reports.
pub async fn ready(db: &DatabaseConnection, expected_migrations: usize) -> bool {
    let check = async {
        let row =
            db.query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT tenancy.migrations_applied() AS n")).await.ok()??;
        let n: i64 = row.try_get("", "n").ok()?;
        Some(n as usize >= expected_migrations)
    };
    tokio::time::timeout(Duration::from_secs(2), check).await.ok().flatten().unwrap_or(false)
}

/// The pool, for the few resolvers that must work outside the request's transaction (staff
/// maintenance as the worker role, subscriptions). The gateway puts it into the schema's data.
#[derive(Clone)]
pub struct Pool(pub DatabaseConnection);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_urls_swap_the_user_and_keep_the_rest() {
        let owner = "postgres://owner:s3cret@db.internal:5432/mosaic?sslmode=require";
        assert_eq!(login_url(owner, API_LOGIN, None), "postgres://mosaic_api@db.internal:5432/mosaic?sslmode=require");
        assert_eq!(login_url(owner, JOBS_LOGIN, Some("pw")), "postgres://mosaic_jobs:pw@db.internal:5432/mosaic?sslmode=require");
        assert_eq!(login_url("postgresql://app@127.0.0.1:5/x", API_LOGIN, None), "postgresql://mosaic_api@127.0.0.1:5/x");
        assert_eq!(url_password(owner), Some("s3cret"));
        assert_eq!(url_password("postgres://app@h/x"), None);
    }
}
