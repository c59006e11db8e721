//! Helpers every service shares: auditing, locks, time zones and search patterns.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use platform::RequestContext;
use platform::audit::{AuditAction, AuditEntry};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter, QuerySelect, Statement};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::entity::{actions, calendar_connections, content_prompts, leads};
use crate::error::{CrmError, Result};

/// A row that belongs to a workspace.
pub(crate) trait TenantRow {
    fn workspace_id(&self) -> Uuid;
}

macro_rules! tenant_row {
    ($($model:path),*) => {
        $(impl TenantRow for $model {
            fn workspace_id(&self) -> Uuid {
                self.workspace_id
            }
        })*
    };
}

tenant_row!(leads::Model, actions::Model, calendar_connections::Model, content_prompts::Model);

/// Reads a row the viewer may change, locked for the rest of the transaction. The first read is
/// scoped to the viewer's workspaces, so another tenant's row is `missing`; then the writer check,
/// so a viewer gets FORBIDDEN; only then the lock (under row-level security a viewer's
/// `FOR UPDATE` would see nothing, and answer NOT_FOUND instead).
pub(crate) async fn row_for_write<E>(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    id_column: E::Column,
    workspace_column: E::Column,
    id: Uuid,
    missing: impl Fn() -> CrmError,
) -> Result<E::Model>
where
    E: EntityTrait,
    E::Model: TenantRow,
{
    let workspaces = ctx.workspace_ids().await?;
    let row = E::find().filter(workspace_column.is_in(workspaces)).filter(id_column.eq(id)).one(tx).await?.ok_or_else(&missing)?;
    let workspace_id = row.workspace_id();
    ctx.require_writer(workspace_id).await?;
    E::find().filter(id_column.eq(id)).filter(workspace_column.eq(workspace_id)).lock_exclusive().one(tx).await?.ok_or_else(missing)
}

/// Records one change in the audit log, in the caller's transaction.
pub(crate) async fn audit<C: ConnectionTrait>(
    db: &C,
    ctx: &RequestContext,
    workspace_id: Uuid,
    entity_type: &str,
    entity_id: Uuid,
    action: AuditAction,
    changes: Value,
) -> Result<()> {
    platform::audit::record(db, ctx.viewer()?, AuditEntry { workspace_id, entity_type, entity_id, action, changes }).await?;
    Ok(())
}

/// A row as JSON, for audit entries.
pub(crate) fn snapshot<T: Serialize>(row: &T) -> Value {
    serde_json::to_value(row).unwrap_or(Value::Null)
}

/// Takes a transaction-scoped advisory lock on `key`; it is held until the request's
/// transaction ends, so a second caller with the same key waits for the first to commit.
pub(crate) async fn advisory_xact_lock<C: ConnectionTrait>(db: &C, key: &str) -> Result<()> {
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        [key.into()],
    ))
    .await?;
    Ok(())
}

/// A user's time zone (`users.timezone`); UTC when the user is not visible or the name is not
/// an IANA zone.
pub(crate) async fn user_timezone<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<Tz> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(DbBackend::Postgres, "SELECT timezone FROM users WHERE id = $1", [user_id.into()]))
        .await?;
    let name: Option<String> = match row {
        Some(row) => row.try_get("", "timezone")?,
        None => None,
    };
    Ok(name.and_then(|n| n.parse::<Tz>().ok()).unwrap_or(Tz::UTC))
}

/// The calendar day `instant` falls on in `tz`.
pub(crate) fn local_date(tz: Tz, instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// The instant `date` begins in `tz` (the first moment that exists, across a DST gap).
pub(crate) fn start_of_day(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    (0..3)
        .find_map(|h| tz.from_local_datetime(&(midnight + chrono::Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

/// A case-insensitive substring pattern for ILIKE, with `\`, `%` and `_` taken literally.
pub(crate) fn contains_pattern(raw: &str) -> String {
    let mut pattern = String::from("%");
    for c in raw.trim().chars().take(200) {
        if matches!(c, '\\' | '%' | '_') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_patterns_take_wildcards_literally() {
        assert_eq!(contains_pattern(" ada "), "%ada%");
        assert_eq!(contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn days_begin_at_local_midnight() {
        let ny: Tz = "America/New_York".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        assert_eq!(start_of_day(ny, d).to_rfc3339(), "2026-01-15T05:00:00+00:00");
        // São Paulo had midnight DST gaps; the day then starts at 01:00.
        let sp: Tz = "America/Sao_Paulo".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2018, 11, 4).unwrap();
        assert_eq!(start_of_day(sp, gap).to_rfc3339(), "2018-11-04T03:00:00+00:00");
    }
}
