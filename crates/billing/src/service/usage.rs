//! Usage (seeds 000 and 002): agent usage per workspace, user and day, the monthly budget,
//! daily activity counters, API call logs and storage.
//!
//! - Recording adds to the day's row in one statement (`INSERT … ON CONFLICT DO UPDATE`), so
//!   concurrent recordings of the same day sum exactly; `cost_usd` keeps six decimals; the
//!   per-agent breakdown adds the same way.
//! - The monthly budget is the workspace's (`budget_limit_monthly`, 10.00 USD on the free
//!   plan): once the month's cost (UTC calendar month, every user of the workspace) reaches it,
//!   further agent work is refused with LIMIT_EXCEEDED.
//! - Activity counters only grow; API call logs are only appended.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use platform::RequestContext;
use platform::billing::{Activity, AgentUsage, ApiCall, BudgetStatus, Plan};
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::in_workspace;
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, QueryFilter, Statement};
use uuid::Uuid;

use super::values::{decimal, format_decimal};
use crate::entity::{account_usage_stats, api_usage_logs, usage_records};
use crate::error::{BillingError, Result};

/// Adds agent usage to the user's row of `date` (see the module).
pub async fn record_agent_usage<C: ConnectionTrait>(db: &C, workspace_id: Uuid, date: NaiveDate, usage: &AgentUsage) -> Result<()> {
    let cost = decimal(&usage.cost_usd, 6)
        .filter(|c| *c <= 9_999_999_999)
        .ok_or(BillingError::InvalidAmount { field: "costUsd", message: "a cost is US dollars with at most six decimals".into() })?;
    if usage.tokens < 0 {
        return Err(BillingError::InvalidCount { field: "tokens", max: i64::MAX });
    }
    let agent = platform::text::required_text(&usage.agent, "agent", 100)?;
    let cost = format_decimal(cost, 6);
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO usage_records (workspace_id, user_id, date, tokens_used, cost_usd, agent_usage) \
         VALUES ($1, $2, $3, $4, $5::numeric, jsonb_build_object($6::text, jsonb_build_object('tokens', $4::bigint, 'cost_usd', $5::text))) \
         ON CONFLICT (workspace_id, user_id, date) DO UPDATE SET \
           tokens_used = usage_records.tokens_used + EXCLUDED.tokens_used, \
           cost_usd = usage_records.cost_usd + EXCLUDED.cost_usd, \
           agent_usage = usage_records.agent_usage || jsonb_build_object($6::text, jsonb_build_object( \
             'tokens', coalesce((usage_records.agent_usage -> $6::text ->> 'tokens')::bigint, 0) + $4::bigint, \
             'cost_usd', (coalesce((usage_records.agent_usage -> $6::text ->> 'cost_usd')::numeric, 0) + $5::numeric)::numeric(16, 6)::text))",
        [workspace_id.into(), usage.user_id.into(), date.into(), usage.tokens.into(), cost.into(), agent.into()],
    ))
    .await?;
    Ok(())
}

/// The first day of `now`'s month (UTC).
pub fn month_start(now: DateTime<Utc>) -> NaiveDate {
    now.date_naive().with_day(1).unwrap_or(now.date_naive())
}

/// The workspace's plan, as billing last wrote it.
pub async fn plan<C: ConnectionTrait>(db: &C, workspace_id: Uuid) -> Result<Option<Plan>> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT subscription_tier, subscription_status, plan_type, creator_limit, user_limit, voice_model_limit, storage_limit_gb, budget_limit_monthly \
             FROM tenancy.billing_plan($1)",
            [workspace_id.into()],
        ))
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Plan {
        tier: row.try_get_by_index(0)?,
        status: row.try_get_by_index(1)?,
        plan_type: row.try_get_by_index(2)?,
        creator_limit: row.try_get_by_index(3)?,
        user_limit: row.try_get_by_index(4)?,
        voice_model_limit: row.try_get_by_index(5)?,
        storage_limit_gb: row.try_get_by_index(6)?,
        budget_limit_monthly: row.try_get_by_index(7)?,
    }))
}

/// Where the workspace stands against its monthly budget as of `now`.
pub async fn budget<C: ConnectionTrait>(db: &C, workspace_id: Uuid, now: DateTime<Utc>) -> Result<BudgetStatus> {
    let plan = plan(db, workspace_id).await?.ok_or(BillingError::Api(platform::ApiError::NotFound("workspace")))?;
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT coalesce(sum(cost_usd), 0)::numeric(16, 6)::text FROM usage_records WHERE workspace_id = $1 AND date >= $2",
            [workspace_id.into(), month_start(now).into()],
        ))
        .await?;
    let spent: String = match row {
        Some(row) => row.try_get_by_index(0)?,
        None => "0.000000".into(),
    };
    let spent_micros = decimal(&spent, 6).unwrap_or(0);
    let limit_micros = decimal(&plan.budget_limit_monthly, 6).unwrap_or(0);
    Ok(BudgetStatus { limit_usd: plan.budget_limit_monthly, spent_usd: spent, allows_more: spent_micros < limit_micros })
}

/// The budget, refusing once spent (LIMIT_EXCEEDED).
pub async fn check_budget<C: ConnectionTrait>(db: &C, workspace_id: Uuid, now: DateTime<Utc>) -> Result<BudgetStatus> {
    let status = budget(db, workspace_id, now).await?;
    if !status.allows_more {
        return Err(BillingError::BudgetExceeded { budget: status.limit_usd });
    }
    Ok(status)
}

/// Appends an API call to the log.
pub async fn log_api_call<C: ConnectionTrait>(db: &C, workspace_id: Uuid, call: &ApiCall) -> Result<()> {
    let service = platform::text::required_text(&call.service_name, "serviceName", 100)?;
    let endpoint = platform::text::optional_text(call.endpoint.as_deref(), "endpoint", 255)?;
    let request_type = platform::text::optional_text(call.request_type.as_deref(), "requestType", 50)?;
    let counts = [call.tokens_used, call.credits_cost, call.response_time_ms];
    if counts.iter().flatten().any(|n| *n < 0) || call.status_code.is_some_and(|s| !(100..=599).contains(&s)) {
        return Err(BillingError::InvalidCount { field: "statusCode", max: 599 });
    }
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO api_usage_logs (workspace_id, user_id, service_name, endpoint, request_type, tokens_used, credits_cost, response_time_ms, status_code, error_message) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        [
            workspace_id.into(),
            call.user_id.into(),
            service.into(),
            endpoint.into(),
            request_type.into(),
            call.tokens_used.into(),
            call.credits_cost.into(),
            call.response_time_ms.into(),
            call.status_code.into(),
            call.error_message.clone().into(),
        ],
    ))
    .await?;
    Ok(())
}

/// Adds to the day's activity counters.
pub async fn count_activity<C: ConnectionTrait>(db: &C, workspace_id: Uuid, date: NaiveDate, a: &Activity) -> Result<()> {
    let counts =
        [a.projects_created, a.content_pieces_added, a.scripts_generated, a.voice_generations, a.avatar_generations, a.credits_used];
    if counts.iter().any(|n| *n < 0) {
        return Err(BillingError::InvalidCount { field: "activity", max: i64::from(i32::MAX) });
    }
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO account_usage_stats AS s (workspace_id, stat_date, projects_created, content_pieces_added, scripts_generated, voice_generations, avatar_generations, total_credits_used, storage_used_gb) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce((SELECT round((storage_used_mb / 1024)::numeric, 2) FROM user_credits WHERE workspace_id = $1), 0)) \
         ON CONFLICT (workspace_id, stat_date) DO UPDATE SET \
           projects_created = s.projects_created + EXCLUDED.projects_created, \
           content_pieces_added = s.content_pieces_added + EXCLUDED.content_pieces_added, \
           scripts_generated = s.scripts_generated + EXCLUDED.scripts_generated, \
           voice_generations = s.voice_generations + EXCLUDED.voice_generations, \
           avatar_generations = s.avatar_generations + EXCLUDED.avatar_generations, \
           total_credits_used = s.total_credits_used + EXCLUDED.total_credits_used, \
           storage_used_gb = EXCLUDED.storage_used_gb",
        [
            workspace_id.into(),
            date.into(),
            a.projects_created.into(),
            a.content_pieces_added.into(),
            a.scripts_generated.into(),
            a.voice_generations.into(),
            a.avatar_generations.into(),
            a.credits_used.into(),
        ],
    ))
    .await?;
    Ok(())
}

/// Changes the storage a workspace uses, never below zero.
pub async fn adjust_storage<C: ConnectionTrait>(db: &C, workspace_id: Uuid, delta_mb: f64) -> Result<()> {
    if !delta_mb.is_finite() {
        return Err(BillingError::InvalidAmount { field: "deltaMb", message: "a storage change is a finite number of MB".into() });
    }
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO user_credits AS c (workspace_id, storage_used_mb) VALUES ($1, greatest($2::float8, 0)) \
         ON CONFLICT (workspace_id) DO UPDATE SET storage_used_mb = greatest(c.storage_used_mb + $2::float8, 0)",
        [workspace_id.into(), delta_mb.into()],
    ))
    .await?;
    Ok(())
}

/// Filters on the usage list; `None` matches everything.
#[derive(Debug, Clone, Default)]
pub struct UsageFilter {
    pub user_id: Option<Uuid>,
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
}

/// A workspace's usage records, latest day first.
pub async fn list_usage(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: UsageFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<usage_records::Model>> {
    if let (Some(from), Some(to)) = (filter.date_from, filter.date_to)
        && to < from
    {
        return Err(BillingError::InvalidDateRange { field: "dateTo" });
    }
    let mut select = in_workspace::<usage_records::Entity>(ctx, workspace_id).await?;
    if let Some(user) = filter.user_id {
        select = select.filter(usage_records::Column::UserId.eq(user));
    }
    if let Some(from) = filter.date_from {
        select = select.filter(usage_records::Column::Date.gte(from));
    }
    if let Some(to) = filter.date_to {
        select = select.filter(usage_records::Column::Date.lte(to));
    }
    use usage_records::Column as C;
    let keyset = Keyset { sort: C::Date, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |r| (r.date.0, r.id), with_total).await?)
}

/// A workspace's daily activity counters, latest day first.
pub async fn list_stats(
    ctx: &RequestContext,
    workspace_id: Uuid,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<account_usage_stats::Model>> {
    let select = in_workspace::<account_usage_stats::Entity>(ctx, workspace_id).await?;
    use account_usage_stats::Column as C;
    let keyset = Keyset { sort: C::StatDate, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |r| (r.stat_date.0, r.id), with_total).await?)
}

/// A workspace's API call log, newest first.
pub async fn list_api_calls(
    ctx: &RequestContext,
    workspace_id: Uuid,
    service: Option<String>,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<api_usage_logs::Model>> {
    let mut select = in_workspace::<api_usage_logs::Entity>(ctx, workspace_id).await?;
    if let Some(service) = service {
        select = select.filter(api_usage_logs::Column::ServiceName.eq(service));
    }
    use api_usage_logs::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |r| (r.created_at, r.id), with_total).await?)
}

/// The viewer's workspace budget, for `Workspace.budget`.
pub async fn get_budget(ctx: &RequestContext, workspace_id: Uuid, now: DateTime<Utc>) -> Result<BudgetStatus> {
    ctx.role_in(workspace_id).await?;
    budget(ctx.db(), workspace_id, now).await
}
