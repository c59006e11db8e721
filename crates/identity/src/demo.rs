//! Identity's demo data for `mosaic seed`, and signing a person in by email for `mosaic token`.

use platform::db::begin_worker;
use platform::domain::{Demo, Services};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use uuid::Uuid;

use crate::entity::users;
use crate::error::IdentityError;
use crate::service::api_keys::{ApiKeyScope, NewApiKey};

pub const DEMO_EMAIL: &str = "demo@mosaic.dev";

/// Finds the user with `email`, creating them and their personal workspace if missing.
pub async fn ensure_user(db: &DatabaseConnection, email: &str) -> Result<users::Model, IdentityError> {
    let tx = begin_worker(db).await?;
    let existing = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id FROM users WHERE lower(email) = lower($1)",
            [email.into()],
        ))
        .await?;
    let id = match existing {
        Some(row) => row.try_get::<Uuid>("", "id")?,
        None => Uuid::now_v7(),
    };
    let signed_in = crate::service::users::provision(&tx, id, Some(email)).await?;
    crate::service::users::touch_login(&tx, id).await?;
    tx.commit().await?;
    Ok(signed_in.user)
}

/// Identity's demo: the demo user, a team workspace `acme` with a second member, two flags,
/// and a read-only API key (its secret shown to no one); what the domains' demo data is made
/// for.
pub async fn seed(services: &Services) -> Result<Demo, IdentityError> {
    let db = &services.db;
    let demo = ensure_user(db, DEMO_EMAIL).await?;
    let teammate = ensure_user(db, "sam@mosaic.dev").await?;
    let tx = begin_worker(db).await?;
    let statements: [(&str, Vec<sea_orm::Value>); 5] = [
        (
            "INSERT INTO workspaces (name, slug, created_by, plan_type, user_limit) VALUES ('Acme Marketing', 'acme', $1, 'team', 10) \
             ON CONFLICT (slug) DO NOTHING",
            vec![demo.id.into()],
        ),
        (
            "INSERT INTO workspace_members (workspace_id, user_id, role) SELECT id, $1, 'owner' FROM workspaces WHERE slug = 'acme' \
             ON CONFLICT DO NOTHING",
            vec![demo.id.into()],
        ),
        (
            "INSERT INTO workspace_members (workspace_id, user_id, role) SELECT id, $1, 'member' FROM workspaces WHERE slug = 'acme' \
             ON CONFLICT DO NOTHING",
            vec![teammate.id.into()],
        ),
        (
            "INSERT INTO feature_flags (name, description, is_enabled, rules) VALUES \
             ('daily-plan-v2', 'The new daily plan layout', true, '{\"percentage\": 50}') ON CONFLICT (name) DO NOTHING",
            vec![],
        ),
        (
            "INSERT INTO feature_flags (name, description, is_enabled, rules) VALUES \
             ('ai-weekly-summary', 'Language-model weekly summaries', false, '{}') ON CONFLICT (name) DO NOTHING",
            vec![],
        ),
    ];
    for (sql, values) in statements {
        exec(&tx, sql, values).await?;
    }
    let workspace_id: Uuid = tx
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT id FROM workspaces WHERE slug = 'acme'"))
        .await?
        .ok_or_else(|| platform::ApiError::internal("the acme workspace is missing"))?
        .try_get("", "id")?;
    tx.commit().await?;

    let request = services.request_as(demo.id, &demo.email).await?;
    let one = platform::pagination::PageArgs { first: Some(1), ..Default::default() };
    if crate::service::api_keys::list(&request, workspace_id, &one, false).await?.edges.is_empty() {
        let key = NewApiKey { name: "Reporting export (demo)".into(), scopes: vec![ApiKeyScope::Read], expires_at: None, rate_limit: None };
        crate::service::api_keys::create(&request, workspace_id, key).await?;
    }
    request.commit().await?;
    Ok(Demo { user_id: demo.id, email: demo.email, teammate_id: teammate.id, workspace_id })
}

async fn exec<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await.map(|_| ())
}
