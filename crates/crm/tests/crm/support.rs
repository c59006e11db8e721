//! Factories: people with a personal workspace, request sessions, leads and actions.
#![allow(dead_code)]

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use crm::CrmError;
use crm::entity::{ActionType, actions, leads};
use crm::service;
use platform::directory::Directory;
pub use platform::testing::{Person, exec, person, scalar_i64};
use platform::testing::{TestDatabase, fresh_database};
use platform::{ApiError, RequestContext};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

pub const KEYS: &str = "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

pub async fn database() -> TestDatabase {
    fresh_database::<migration::Migrator>().await
}

/// Identity's port, as the gateway wires it.
pub fn directory() -> Arc<dyn Directory> {
    Arc::new(identity::IdentityDirectory)
}

/// Adds `who` to `workspace_id` with `role` (`"member"`, `"viewer"`…).
pub async fn join(db: &DatabaseConnection, who: &Person, workspace_id: Uuid, role: &str) {
    let role = platform::Role::from_sql(role).unwrap_or_else(|| panic!("no role {role}"));
    platform::testing::join(db, who, workspace_id, role).await;
}

/// What requests' scopes are sealed with on the database `db` (the owner's connection).
pub async fn seal(db: &DatabaseConnection) -> platform::db::ScopeSeal {
    platform::db::ScopeSeal::read(db).await.expect("the scope key")
}

/// One request of a person, as the gateway makes it (see `platform::testing::Session`).
pub struct Session(platform::testing::Session);

impl Session {
    pub async fn open(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::open(db, &seal(db).await, who, directory()).await)
    }

    /// A request of `who` whose transaction runs as the worker role: only the services' own
    /// scoping stands between `who` and another tenant's rows.
    pub async fn without_row_security(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::without_row_security(db, &seal(db).await, who, directory()).await)
    }

    /// Commits the request's transaction, as the gateway does after a successful request.
    pub async fn commit(self) {
        self.0.commit().await;
    }
}

impl std::ops::Deref for Session {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.0
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
