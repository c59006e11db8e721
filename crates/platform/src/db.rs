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

/// Who a transaction runs for; what row-level security sees.
#[derive(Debug, Clone, Default)]
pub struct DbScope {
    pub user_id: Option<Uuid>,
    /// An API key narrows a request to its workspace…
    pub key_workspace: Option<Uuid>,
    /// …and caps the role it acts with.
    pub role_cap: Option<Role>,
}

/// Begins a request's transaction as `mosaic_app` for `scope`, and reads the memberships of
/// its user (none without one) in the same statement: one round trip, and
/// `workspace(slug:)` needs no statement of its own.
pub async fn begin_request(db: &DatabaseConnection, scope: &DbScope) -> Result<(DatabaseTransaction, Vec<Membership>), DbErr> {
    let tx = db.begin().await?;
    let rows = tx.query_all_raw(scope_statement("mosaic_app", scope)).await?;
    let memberships = rows.iter().map(membership).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect();
    Ok((tx, memberships))
}

/// Begins a transaction for background work as `mosaic_worker`.
pub async fn begin_worker(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let tx = db.begin().await?;
    tx.query_all_raw(scope_statement("mosaic_worker", &DbScope::default())).await?;
    Ok(tx)
}

pub(crate) fn scope_statement(role: &str, scope: &DbScope) -> Statement {
    let text = |v: Option<String>| v.unwrap_or_default();
    Statement::from_sql_and_values(
        DbBackend::Postgres,
        BEGIN_WITH_MEMBERSHIPS,
        [
            role.into(),
            text(scope.user_id.map(|u| u.to_string())).into(),
            text(scope.key_workspace.map(|u| u.to_string())).into(),
            text(scope.role_cap.map(|r| r.as_sql().to_string())).into(),
        ],
    )
}

/// Whether the database answers and every migration has run: what `/readyz` reports.
pub async fn ready(db: &DatabaseConnection, expected_migrations: usize) -> bool {
    let check = async {
        let row = db
            .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT count(*)::bigint AS n FROM seaql_migrations"))
            .await
            .ok()??;
        let n: i64 = row.try_get("", "n").ok()?;
        Some(n as usize >= expected_migrations)
    };
    tokio::time::timeout(Duration::from_secs(2), check).await.ok().flatten().unwrap_or(false)
}

/// The pool, for the few resolvers that must work outside the request's transaction (staff
/// maintenance as the worker role, subscriptions). The gateway puts it into the schema's data.
#[derive(Clone)]
pub struct Pool(pub DatabaseConnection);
