use async_graphql::{Context, Object, Result};
use platform::RequestContext;
use platform::error::found;
use uuid::Uuid;

use crate::entity::{actions, calendar_connections, content_prompts, daily_plans, leads, weekly_summaries};
use crate::service;

/// The CRM's root query fields: single objects by id. Another tenant's id is answered exactly
/// like a missing one: `null`.
#[derive(Default)]
pub struct CrmQuery;

#[Object]
impl CrmQuery {
    /// A lead by id.
    async fn lead(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<leads::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::leads::get_lead(request, id).await)
    }

    /// An action by id.
    async fn action(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<actions::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::actions::get_action(request, id).await)
    }

    /// A daily plan by id, with its items. (`Workspace.dailyPlan(date)` finds the viewer's plan
    /// of a day.)
    async fn daily_plan_by_id(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<daily_plans::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::plans::get_daily_plan_by_id(request, id).await)
    }

    /// A weekly summary by id.
    async fn weekly_summary(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<weekly_summaries::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::summaries::get_weekly_summary(request, id).await)
    }

    /// A content prompt by id.
    async fn content_prompt(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<content_prompts::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::prompts::get_content_prompt(request, id).await)
    }

    /// A calendar connection by id (never its tokens).
    async fn calendar_connection(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<calendar_connections::Model>> {
        let request = RequestContext::of(ctx)?;
        found(service::calendar::get_calendar_connection(request, id).await)
    }
}
