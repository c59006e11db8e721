//! The connection pool and the transactions requests and workers run in.
//!
//! The pool connects as the migration owner, but no request ever runs as it: every transaction
//! switches to `mosaic_app` (requests) or `mosaic_worker` (background work) with `set_config(…,
//! true)`, which lasts until the transaction ends. Row-level security then sees the user.

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement, TransactionTrait,
};
use uuid::Uuid;

use crate::context::{Membership, Role};

pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // Dates as text are then always `YYYY-MM-DD`, which the JSON Postgres writes for
        // GraphQL relies on (`platform::plain`), whatever the server's own setting.
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

/// Begins a request's transaction as `mosaic_app` for `scope`.
pub async fn begin_request(db: &DatabaseConnection, scope: &DbScope) -> Result<DatabaseTransaction, DbErr> {
    let tx = db.begin().await?;
    set_scope(&tx, "mosaic_app", scope).await?;
    Ok(tx)
}

/// Begins a request's transaction as `mosaic_app` for a signed-in user and reads their
/// memberships (with each workspace's slug) in the same statement: one round trip instead of
/// two on every request, and `workspace(slug:)` needs no statement of its own. (Whether the
/// read runs before or after the role switch, it returns the same rows: the user's own
/// memberships and their workspaces are visible to them under row-level security.)
pub async fn begin_request_with_memberships(
    db: &DatabaseConnection,
    scope: &DbScope,
) -> Result<(DatabaseTransaction, Vec<Membership>), DbErr> {
    let tx = db.begin().await?;
    let text = |v: Option<String>| v.unwrap_or_default();
    let rows = tx
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT m.workspace_id, m.role::text AS role, w.slug \
             FROM (SELECT set_config('role', 'mosaic_app', true) AS r, set_config('app.user_id', $1, true) AS u, \
                          set_config('app.key_workspace_id', $2, true) AS k, set_config('app.role_cap', $3, true) AS c) AS scope \
             LEFT JOIN workspace_members m ON m.user_id = nullif(scope.u, '')::uuid \
             LEFT JOIN workspaces w ON w.id = m.workspace_id",
            [
                text(scope.user_id.map(|u| u.to_string())).into(),
                text(scope.key_workspace.map(|u| u.to_string())).into(),
                text(scope.role_cap.map(|r| r.as_sql().to_string())).into(),
            ],
        ))
        .await?;
    let memberships = rows.iter().map(membership).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect();
    Ok((tx, memberships))
}

/// A row of `workspace_id`, `role` (as text) and `slug`; `None` for the empty row of a user
/// without memberships.
pub(crate) fn membership(row: &sea_orm::QueryResult) -> Result<Option<Membership>, DbErr> {
    let workspace_id: Option<Uuid> = row.try_get("", "workspace_id")?;
    let role: Option<String> = row.try_get("", "role")?;
    let slug: Option<String> = row.try_get("", "slug")?;
    Ok(match (workspace_id, role.as_deref().and_then(Role::from_sql), slug) {
        (Some(workspace_id), Some(role), Some(slug)) => Some(Membership { workspace_id, role, slug }),
        _ => None,
    })
}

/// Begins a transaction for background work as `mosaic_worker`.
pub async fn begin_worker(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let tx = db.begin().await?;
    set_scope(&tx, "mosaic_worker", &DbScope::default()).await?;
    Ok(tx)
}

async fn set_scope(tx: &DatabaseTransaction, role: &str, scope: &DbScope) -> Result<(), DbErr> {
    let text = |v: Option<String>| v.unwrap_or_default();
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT set_config('role', $1, true), set_config('app.user_id', $2, true), \
         set_config('app.key_workspace_id', $3, true), set_config('app.role_cap', $4, true)",
        [
            role.into(),
            text(scope.user_id.map(|u| u.to_string())).into(),
            text(scope.key_workspace.map(|u| u.to_string())).into(),
            text(scope.role_cap.map(|r| r.as_sql().to_string())).into(),
        ],
    ))
    .await?;
    Ok(())
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
/// maintenance as the worker role). The gateway puts it into the schema's data.
#[derive(Clone)]
pub struct Pool(pub DatabaseConnection);
