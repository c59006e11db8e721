use async_graphql::{Context, Object, Result};
use platform::RequestContext;
use uuid::Uuid;

use super::found;
use super::types::{Action, CalendarConnection, ContentPrompt, DailyPlan, Lead, WeeklySummary};
use crate::service;

/// The CRM's root query fields: single objects by id. Another tenant's id is answered exactly
/// like a missing one: `null`.
#[derive(Default)]
pub struct CrmQuery;

#[Object]
impl CrmQuery {
    /// A lead by id.
    async fn lead(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<Lead>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::leads::get_lead(request, id).await)?.map(Lead))
    }

    /// An action by id.
    async fn action(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<Action>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::actions::get_action(request, id).await)?.map(Action))
    }

    /// A daily plan by id, with its items. (`Workspace.dailyPlan(date)` finds the viewer's plan
    /// of a day.)
    async fn daily_plan_by_id(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<DailyPlan>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::plans::get_daily_plan_by_id(request, id).await)?.map(DailyPlan::from))
    }

    /// A weekly summary by id.
    async fn weekly_summary(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<WeeklySummary>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::summaries::get_weekly_summary(request, id).await)?.map(WeeklySummary))
    }

    /// A content prompt by id.
    async fn content_prompt(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<ContentPrompt>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::prompts::get_content_prompt(request, id).await)?.map(ContentPrompt))
    }

    /// A calendar connection by id (never its tokens).
    async fn calendar_connection(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<CalendarConnection>> {
        let request = RequestContext::of(ctx)?;
        Ok(found(service::calendar::get_calendar_connection(request, id).await)?.map(CalendarConnection))
    }
}
