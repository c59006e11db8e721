//! Daily upkeep across every tenant (the seed's cron functions): meant for a worker
//! transaction (`platform::db::begin_worker`), whose role row-level security lets see every
//! workspace. Nothing here is audited: no person makes these changes.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement, Value};

use super::common::local_date;
use crate::entity::{ActionState, actions, calendar_sync_logs};
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
pub async fn run_maintenance<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<MaintenanceReport> {
    let days = local_days(db, now).await?;
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

/// Today's date in each time zone the users live in: (zone name as stored, its date).
async fn local_days<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<Vec<(String, NaiveDate)>> {
    let rows = db.query_all_raw(Statement::from_string(DbBackend::Postgres, "SELECT DISTINCT timezone FROM users")).await?;
    let mut days = Vec::with_capacity(rows.len());
    for row in rows {
        let name: String = row.try_get("", "timezone")?;
        let zone = name.parse::<Tz>().unwrap_or(Tz::UTC);
        days.push((name, local_date(zone, now)));
    }
    Ok(days)
}

/// Brings back the snoozed rows of `table` whose day has come for their owner: `column`
/// (`status` or `state`) from SNOOZED to `back`, in one statement for every time zone.
async fn unsnooze<C: ConnectionTrait>(db: &C, table: &str, column: &str, back: &str, days: &[(String, NaiveDate)]) -> Result<u64> {
    if days.is_empty() {
        return Ok(0);
    }
    let mut values: Vec<Value> = Vec::with_capacity(days.len() * 2);
    let mut rows = Vec::with_capacity(days.len());
    for (zone, day) in days {
        values.push(zone.clone().into());
        values.push((*day).into());
        rows.push(format!("(${}, ${}::date)", values.len() - 1, values.len()));
    }
    // `table`, `column` and `back` are this module's own constants, never input.
    let sql = format!(
        "UPDATE {table} t SET {column} = '{back}', snooze_until = NULL \
         FROM users u, (VALUES {}) AS z(timezone, today) \
         WHERE u.id = t.user_id AND u.timezone = z.timezone AND t.{column} = 'SNOOZED' AND t.snooze_until <= z.today",
        rows.join(", ")
    );
    Ok(db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await?.rows_affected())
}
