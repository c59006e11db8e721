//! The CRM's fields on `Workspace`: its lists (Relay connections with a filter) and the
//! viewer's own plan and counters.

use async_graphql::{Context, Enum, InputObject, Object, Result};
use platform::RequestContext;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use platform::scalars::Date;
use uuid::Uuid;

use crate::entity::{
    ActionState, ActionType, CalendarConnectionStatus, CalendarProvider, ContentPromptStatus, ContentPromptType, LeadStatus, actions,
    calendar_connections, content_prompts, crm_user_stats, daily_plans, leads, weekly_summaries,
};
use crate::service;

/// The CRM's fields of `Workspace`; the gateway merges them into it.
pub struct CrmWorkspaceFields {
    workspace_id: Uuid,
}

impl CrmWorkspaceFields {
    pub fn new(workspace_id: Uuid) -> Self {
        Self { workspace_id }
    }
}

/// Narrows the lead list; omitted fields match every lead.
#[derive(InputObject, Default)]
pub struct LeadFilter {
    /// Only leads in one of these statuses.
    pub statuses: Option<Vec<LeadStatus>>,
    /// Only this user's leads.
    pub user_id: Option<Uuid>,
    /// A case-insensitive part of the name.
    pub search: Option<String>,
}

/// How the lead list is sorted.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeadOrder {
    /// Newest first.
    #[default]
    CreatedAtDesc,
    /// Oldest first.
    CreatedAtAsc,
    /// Most recently changed first.
    UpdatedAtDesc,
    /// By name, A to Z.
    NameAsc,
}

impl From<LeadOrder> for service::leads::LeadOrder {
    fn from(order: LeadOrder) -> Self {
        match order {
            LeadOrder::CreatedAtDesc => Self::CreatedAtDesc,
            LeadOrder::CreatedAtAsc => Self::CreatedAtAsc,
            LeadOrder::UpdatedAtDesc => Self::UpdatedAtDesc,
            LeadOrder::NameAsc => Self::NameAsc,
        }
    }
}

/// Narrows the action list; omitted fields match every action.
#[derive(InputObject, Default)]
pub struct ActionFilter {
    /// Only actions in one of these states.
    pub states: Option<Vec<ActionState>>,
    /// Only actions of one of these types.
    pub types: Option<Vec<ActionType>>,
    /// Only actions due on or after this day.
    pub due_from: Option<Date>,
    /// Only actions due on or before this day.
    pub due_to: Option<Date>,
    /// Only actions about this lead.
    pub lead_id: Option<Uuid>,
    /// Only this user's actions.
    pub user_id: Option<Uuid>,
    /// A case-insensitive part of the description.
    pub search: Option<String>,
}

/// How the action list is sorted.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActionOrder {
    /// Soonest due first.
    #[default]
    DueDateAsc,
    /// Latest due first.
    DueDateDesc,
    /// Newest first.
    CreatedAtDesc,
    /// Oldest first.
    CreatedAtAsc,
    /// Most recently changed first.
    UpdatedAtDesc,
}

impl From<ActionOrder> for service::actions::ActionOrder {
    fn from(order: ActionOrder) -> Self {
        match order {
            ActionOrder::DueDateAsc => Self::DueDateAsc,
            ActionOrder::DueDateDesc => Self::DueDateDesc,
            ActionOrder::CreatedAtDesc => Self::CreatedAtDesc,
            ActionOrder::CreatedAtAsc => Self::CreatedAtAsc,
            ActionOrder::UpdatedAtDesc => Self::UpdatedAtDesc,
        }
    }
}

/// Narrows the daily plan list; omitted fields match every plan.
#[derive(InputObject, Default)]
pub struct DailyPlanFilter {
    /// Only this user's plans.
    pub user_id: Option<Uuid>,
    /// Only plans for this day or later.
    pub date_from: Option<Date>,
    /// Only plans for this day or earlier.
    pub date_to: Option<Date>,
}

/// Narrows the weekly summary list; omitted fields match every summary.
#[derive(InputObject, Default)]
pub struct WeeklySummaryFilter {
    /// Only this user's summaries.
    pub user_id: Option<Uuid>,
}

/// Narrows the content prompt list; omitted fields match every prompt.
#[derive(InputObject, Default)]
pub struct ContentPromptFilter {
    /// Only prompts in one of these statuses.
    pub statuses: Option<Vec<ContentPromptStatus>>,
    /// Only prompts of one of these types.
    pub types: Option<Vec<ContentPromptType>>,
    /// Only prompts made from this summary.
    pub weekly_summary_id: Option<Uuid>,
    /// Only this user's prompts.
    pub user_id: Option<Uuid>,
}

/// Narrows the calendar connection list; omitted fields match every connection.
#[derive(InputObject, Default)]
pub struct CalendarConnectionFilter {
    /// Only connections in one of these statuses.
    pub statuses: Option<Vec<CalendarConnectionStatus>>,
    /// Only connections to one of these providers.
    pub providers: Option<Vec<CalendarProvider>>,
    /// Only this user's connections.
    pub user_id: Option<Uuid>,
}

#[Object]
impl CrmWorkspaceFields {
    /// The workspace's leads (CRM), newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn leads(
        &self,
        ctx: &Context<'_>,
        filter: Option<LeadFilter>,
        order_by: Option<LeadOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<leads::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::leads::LeadFilter { statuses: f.statuses.unwrap_or_default(), user_id: f.user_id, name_contains: f.search };
        let order = order_by.unwrap_or_default().into();
        let page = service::leads::list_leads(request, self.workspace_id, filter, order, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The workspace's actions (CRM), soonest due first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn actions(
        &self,
        ctx: &Context<'_>,
        filter: Option<ActionFilter>,
        order_by: Option<ActionOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<actions::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::actions::ActionFilter {
            states: f.states.unwrap_or_default(),
            types: f.types.unwrap_or_default(),
            due_from: f.due_from.map(Into::into),
            due_to: f.due_to.map(Into::into),
            person_id: f.lead_id,
            user_id: f.user_id,
            description_contains: f.search,
        };
        let order = order_by.unwrap_or_default().into();
        let page = service::actions::list_actions(request, self.workspace_id, filter, order, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The viewer's daily plan for `date` (by default the viewer's today, in their time zone)
    /// in this workspace; null when none was generated.
    async fn daily_plan(&self, ctx: &Context<'_>, date: Option<Date>) -> Result<Option<daily_plans::Model>> {
        let request = RequestContext::of(ctx)?;
        let date = match date {
            Some(date) => date.into(),
            None => service::plans::viewer_today(request).await?,
        };
        Ok(service::plans::get_daily_plan(request, self.workspace_id, date).await?)
    }

    /// The workspace's daily plans, latest day first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn daily_plans(
        &self,
        ctx: &Context<'_>,
        filter: Option<DailyPlanFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<daily_plans::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter =
            service::plans::PlanFilter { user_id: f.user_id, date_from: f.date_from.map(Into::into), date_to: f.date_to.map(Into::into) };
        let page = service::plans::list_daily_plans(request, self.workspace_id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The workspace's weekly summaries, latest week first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn weekly_summaries(
        &self,
        ctx: &Context<'_>,
        filter: Option<WeeklySummaryFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<weekly_summaries::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::summaries::SummaryFilter { user_id: f.user_id };
        let page = service::summaries::list_weekly_summaries(request, self.workspace_id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The workspace's content prompts, newest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn content_prompts(
        &self,
        ctx: &Context<'_>,
        filter: Option<ContentPromptFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<content_prompts::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::prompts::PromptFilter {
            statuses: f.statuses.unwrap_or_default(),
            types: f.types.unwrap_or_default(),
            weekly_summary_id: f.weekly_summary_id,
            user_id: f.user_id,
        };
        let page = service::prompts::list_content_prompts(request, self.workspace_id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The workspace's calendar connections, oldest first. Tokens are never shown.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn calendar_connections(
        &self,
        ctx: &Context<'_>,
        filter: Option<CalendarConnectionFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<calendar_connections::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::calendar::ConnectionFilter {
            statuses: f.statuses.unwrap_or_default(),
            providers: f.providers.unwrap_or_default(),
            user_id: f.user_id,
        };
        let page = service::calendar::list_calendar_connections(request, self.workspace_id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// The viewer's CRM counters in this workspace: streak, last action day, calendar.
    async fn crm_stats(&self, ctx: &Context<'_>) -> Result<crm_user_stats::Model> {
        let request = RequestContext::of(ctx)?;
        let user_id = request.viewer()?.user_id;
        Ok(service::stats::user_stats(request, self.workspace_id, user_id).await?)
    }
}
