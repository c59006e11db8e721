//! Factories: people with a personal workspace, request sessions, leads and actions.
#![allow(dead_code)]

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use crm::CrmError;
use crm::entity::{ActionType, actions, leads};
use crm::service;
use platform::db::{DbScope, begin_request, begin_worker};
use platform::testing::{TestDatabase, fresh_database};
use platform::{ApiError, Credential, RequestContext, Viewer};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement};
use uuid::Uuid;

pub const KEYS: &str = "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

pub async fn database() -> TestDatabase {
    fresh_database::<migration::Migrator>().await
}

/// A user and their personal workspace (where they are the owner).
#[derive(Debug, Clone)]
pub struct Person {
    pub user_id: Uuid,
    pub email: String,
    pub workspace_id: Uuid,
}

pub async fn exec<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> Result<u64, DbErr> {
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await.map(|r| r.rows_affected())
}

pub async fn scalar_i64<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> i64 {
    let row = db.query_one_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await.unwrap().unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// Makes a user in `timezone` with a personal workspace, as the worker role.
pub async fn person(db: &DatabaseConnection, name: &str, timezone: &str) -> Person {
    let user_id = Uuid::now_v7();
    let workspace_id = Uuid::now_v7();
    let email = format!("{name}@example.com");
    let tx = begin_worker(db).await.unwrap();
    exec(
        &tx,
        "INSERT INTO users (id, email, full_name, timezone) VALUES ($1, $2, $3, $4)",
        vec![user_id.into(), email.clone().into(), name.into(), timezone.into()],
    )
    .await
    .unwrap();
    let slug = format!("{name}-{}", &workspace_id.simple().to_string()[24..]);
    exec(
        &tx,
        "INSERT INTO workspaces (id, name, slug, is_personal, created_by) VALUES ($1, $2, $3, true, $4)",
        vec![workspace_id.into(), format!("{name}'s workspace").into(), slug.into(), user_id.into()],
    )
    .await
    .unwrap();
    exec(
        &tx,
        "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')",
        vec![workspace_id.into(), user_id.into()],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    Person { user_id, email, workspace_id }
}

/// Adds `who` to `workspace_id` with `role`.
pub async fn join(db: &DatabaseConnection, who: &Person, workspace_id: Uuid, role: &str) {
    let tx = begin_worker(db).await.unwrap();
    exec(
        &tx,
        "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3::workspace_role)",
        vec![workspace_id.into(), who.user_id.into(), role.into()],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// One request of `who`: a transaction as `mosaic_app` for them, and its context.
pub struct Session {
    pub ctx: RequestContext,
    tx: Arc<DatabaseTransaction>,
}

impl Session {
    pub async fn open(db: &DatabaseConnection, who: &Person) -> Self {
        let tx = Arc::new(begin_request(db, &DbScope { user_id: Some(who.user_id), ..Default::default() }).await.unwrap());
        let viewer = Viewer { user_id: who.user_id, email: who.email.clone(), credential: Credential::Token };
        let ctx = RequestContext::new(Some(viewer), Arc::clone(&tx));
        Self { ctx, tx }
    }

    /// A request of `who` whose transaction runs as the worker role, which row-level security
    /// lets see every workspace: only the services' own scoping stands between `who` and
    /// another tenant's rows.
    pub async fn without_row_security(db: &DatabaseConnection, who: &Person) -> Self {
        let tx = Arc::new(begin_worker(db).await.unwrap());
        let viewer = Viewer { user_id: who.user_id, email: who.email.clone(), credential: Credential::Token };
        let ctx = RequestContext::new(Some(viewer), Arc::clone(&tx));
        Self { ctx, tx }
    }

    /// Commits the request's transaction, as the gateway does after a successful request.
    pub async fn commit(self) {
        let Self { ctx, tx } = self;
        drop(ctx);
        let tx = Arc::try_unwrap(tx).unwrap_or_else(|_| panic!("the transaction is still shared"));
        tx.commit().await.unwrap();
    }
}

impl std::ops::Deref for Session {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.ctx
    }
}

pub async fn lead(s: &Session, workspace_id: Uuid, name: &str) -> leads::Model {
    let input = service::leads::NewLead { name: name.into(), url: format!("https://linkedin.com/in/{name}"), notes: None };
    service::leads::create_lead(s, workspace_id, input).await.unwrap()
}

pub fn new_action(action_type: ActionType, due_date: NaiveDate) -> service::actions::NewAction {
    service::actions::NewAction { action_type, person_id: None, description: None, due_date, notes: None, auto_created: false }
}

pub async fn action(s: &Session, workspace_id: Uuid, action_type: ActionType, due_date: NaiveDate) -> actions::Model {
    service::actions::create_action(s, workspace_id, new_action(action_type, due_date)).await.unwrap()
}

/// Today in UTC, and `n` days from it.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

pub fn days_from_today(n: i64) -> NaiveDate {
    today() + chrono::Duration::days(n)
}

/// Noon (UTC) of `day`: an instant on that day in UTC.
pub fn noon(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(12, 0, 0).unwrap().and_utc()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The instant of a local wall-clock time in `tz`.
pub fn local(tz: &str, wall: &str) -> DateTime<Utc> {
    let tz: chrono_tz::Tz = tz.parse().unwrap();
    let naive = NaiveDateTime::parse_from_str(wall, "%Y-%m-%d %H:%M").unwrap();
    tz.from_local_datetime(&naive).single().unwrap().with_timezone(&Utc)
}

pub fn is_not_found_workspace(e: &CrmError) -> bool {
    matches!(e, CrmError::Api(ApiError::NotFound("workspace")))
}
