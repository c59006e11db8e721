//! Daily upkeep across every tenant (the seed's cron functions): meant for a worker
//! transaction (`platform::db::begin_worker`), whose role row-level security lets see every
//! workspace. Nothing here is audited: no person makes these changes.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use platform::days::local_date;
use platform::directory::Directory;
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter, QuerySelect, Statement, Value,
};
use uuid::Uuid;

use crate::entity::{ActionState, LeadStatus, actions, calendar_sync_logs, leads};
use crate::error::Result;

/// How long DONE actions stay DONE, and how long sync logs are kept.
pub const RETENTION_DAYS: i64 = 90;

/// What one maintenance run changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MaintenanceReport {
    /// Snoozed leads whose day came in their owner's time zone (the seed's
    /// `auto_unsnooze_items`), now ACTIVE.
    pub leads_unsnoozed: u64,
    /// Snoozed actions whose day came in their owner's time zone, now NEW.
    pub actions_unsnoozed: u64,
    /// DONE actions completed more than 90 days before `today` (`auto_archive_old_actions`), now ARCHIVED.
    pub actions_archived: u64,
    /// Calendar sync logs older than 90 days, deleted.
    pub sync_logs_deleted: u64,
}

/// Runs the daily upkeep as of `now`. A snooze ends when its day has begun where its owner
/// lives (the users' `timezone`, UTC when unknown); the 90-day rules cut off at UTC midnight.
pub async fn run_maintenance(directory: &dyn Directory, db: &DatabaseTransaction, now: DateTime<Utc>) -> Result<MaintenanceReport> {
    let days = owners_today(directory, db, now).await?;
    let leads_unsnoozed = unsnooze(db, "leads", "status", "ACTIVE", &days).await?;
    let actions_unsnoozed = unsnooze(db, "actions", "state", "NEW", &days).await?;
    let today = now.date_naive();
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
    tracing::info!(?report, %now, "crm maintenance");
    Ok(report)
}

/// Today's date where each owner of a snooze that may have ended lives: (owner, their
/// today). Only snoozes ending by tomorrow in UTC can have ended somewhere (no zone is a whole
/// day ahead), so only their owners are asked about.
async fn owners_today(directory: &dyn Directory, db: &DatabaseTransaction, now: DateTime<Utc>) -> Result<Vec<(Uuid, NaiveDate)>> {
    let horizon = now.date_naive() + Duration::days(1);
    let mut owners: BTreeSet<Uuid> = BTreeSet::new();
    owners.extend(
        leads::Entity::find()
            .select_only()
            .column(leads::Column::UserId)
            .distinct()
            .filter(leads::Column::Status.eq(LeadStatus::Snoozed))
            .filter(leads::Column::SnoozeUntil.lte(horizon))
            .into_tuple::<Uuid>()
            .all(db)
            .await?,
    );
    owners.extend(
        actions::Entity::find()
            .select_only()
            .column(actions::Column::UserId)
            .distinct()
            .filter(actions::Column::State.eq(ActionState::Snoozed))
            .filter(actions::Column::SnoozeUntil.lte(horizon))
            .into_tuple::<Uuid>()
            .all(db)
            .await?,
    );
    if owners.is_empty() {
        return Ok(Vec::new());
    }
    let owners: Vec<Uuid> = owners.into_iter().collect();
    let zones = directory.time_zones(db, &owners).await?;
    Ok(owners.into_iter().map(|owner| (owner, local_date(zones.get(&owner).copied().unwrap_or(chrono_tz::Tz::UTC), now))).collect())
}

/// Brings back the snoozed rows of `table` whose day has come for their owner: `column`
/// (`status` or `state`) from SNOOZED to `back`, in one statement for every owner.
async fn unsnooze<C: ConnectionTrait>(db: &C, table: &str, column: &str, back: &str, days: &[(Uuid, NaiveDate)]) -> Result<u64> {
    if days.is_empty() {
        return Ok(0);
    }
    let mut values: Vec<Value> = Vec::with_capacity(days.len() * 2);
    let mut rows = Vec::with_capacity(days.len());
    for (owner, day) in days {
        values.push((*owner).into());
        values.push((*day).into());
        rows.push(format!("(${}::uuid, ${}::date)", values.len() - 1, values.len()));
    }
    // `table`, `column` and `back` are this module's own constants, never input.
    let sql = format!(
        "UPDATE {table} t SET {column} = '{back}', snooze_until = NULL \
         FROM (VALUES {}) AS o(user_id, today) \
         WHERE t.user_id = o.user_id AND t.{column} = 'SNOOZED' AND t.snooze_until <= o.today",
        rows.join(", ")
    );
    Ok(db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await?.rows_affected())
}
