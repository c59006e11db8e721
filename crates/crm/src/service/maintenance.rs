//! Daily upkeep across every tenant (the seed's cron functions): meant for a worker
//! transaction (`platform::db::begin_worker`), whose role row-level security lets see every
//! workspace. Nothing here is audited: no person makes these changes.

use chrono::{NaiveDate, NaiveTime};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entity::{ActionState, LeadStatus, actions, calendar_sync_logs, leads};
use crate::error::Result;

/// How long DONE actions stay DONE, and how long sync logs are kept.
pub const RETENTION_DAYS: i64 = 90;

/// What one maintenance run changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MaintenanceReport {
    /// Snoozed leads whose day came (the seed's `auto_unsnooze_items`), now ACTIVE.
    pub leads_unsnoozed: u64,
    /// Snoozed actions whose day came, now NEW.
    pub actions_unsnoozed: u64,
    /// DONE actions completed more than 90 days before `today` (`auto_archive_old_actions`), now ARCHIVED.
    pub actions_archived: u64,
    /// Calendar sync logs older than 90 days, deleted.
    pub sync_logs_deleted: u64,
}

/// Runs the daily upkeep as of `today` (UTC midnight is the cut-off for the 90-day rules).
pub async fn run_maintenance<C: ConnectionTrait>(db: &C, today: NaiveDate) -> Result<MaintenanceReport> {
    let leads_unsnoozed = leads::Entity::update_many()
        .col_expr(leads::Column::Status, LeadStatus::Active.as_enum())
        .col_expr(leads::Column::SnoozeUntil, Expr::value(Option::<NaiveDate>::None))
        .filter(leads::Column::Status.eq(LeadStatus::Snoozed))
        .filter(leads::Column::SnoozeUntil.lte(today))
        .exec(db)
        .await?
        .rows_affected;
    let actions_unsnoozed = actions::Entity::update_many()
        .col_expr(actions::Column::State, ActionState::New.as_enum())
        .col_expr(actions::Column::SnoozeUntil, Expr::value(Option::<NaiveDate>::None))
        .filter(actions::Column::State.eq(ActionState::Snoozed))
        .filter(actions::Column::SnoozeUntil.lte(today))
        .exec(db)
        .await?
        .rows_affected;
    let cutoff = (today - chrono::Duration::days(RETENTION_DAYS)).and_time(NaiveTime::MIN).and_utc();
    let actions_archived = actions::Entity::update_many()
        .col_expr(actions::Column::State, ActionState::Archived.as_enum())
        .filter(actions::Column::State.eq(ActionState::Done))
        .filter(actions::Column::CompletedAt.is_not_null())
        .filter(actions::Column::CompletedAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected;
    let sync_logs_deleted =
        calendar_sync_logs::Entity::delete_many().filter(calendar_sync_logs::Column::CreatedAt.lt(cutoff)).exec(db).await?.rows_affected;
    let report = MaintenanceReport { leads_unsnoozed, actions_unsnoozed, actions_archived, sync_logs_deleted };
    tracing::info!(?report, %today, "crm maintenance");
    Ok(report)
}
