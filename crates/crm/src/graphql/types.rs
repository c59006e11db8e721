//! The fields of the CRM's objects that are not columns: related rows and nested lists, each
//! through a loader (`platform::loader`), so a page of 50 leads asking for their actions runs
//! one statement, not 50. The objects themselves are the models (`crate::entity`).

use async_graphql::{ComplexObject, Context, Result, SimpleObject};
use platform::loader::{First, by_id, children};
use platform::one_pass::PlainList;

use crate::entity::{
    ActionState, actions, calendar_connections, content_prompts, daily_plan_actions, daily_plans, leads, weekly_summaries,
};
use crate::service;
use crate::service::actions::{ActionStates, LeadActions};
use crate::service::calendar::ConnectionSyncLogs;
use crate::service::plans::PlanItems;
use crate::service::prompts::SummaryPrompts;

#[ComplexObject]
impl leads::Model {
    /// The lead's actions, oldest first: at most `first` (0 to 100), and only those in
    /// `states` when it is given.
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn actions(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 10)] first: i32,
        states: Option<Vec<ActionState>>,
    ) -> Result<PlainList<actions::Model>> {
        children::<LeadActions>(ctx, self.id, First::parse(first)?, ActionStates::new(states.unwrap_or_default())).await
    }
}

#[ComplexObject]
impl actions::Model {
    /// The lead the action is about, if any.
    async fn lead(&self, ctx: &Context<'_>) -> Result<Option<leads::Model>> {
        match self.person_id {
            Some(id) => by_id::<leads::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
}

#[ComplexObject]
impl daily_plans::Model {
    /// The plan's actions in order, the fast win at position 0.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn items(&self, ctx: &Context<'_>) -> Result<PlainList<daily_plan_actions::Model>> {
        children::<PlanItems>(ctx, self.id, First::all(), ()).await
    }
}

#[ComplexObject]
impl daily_plan_actions::Model {
    /// The action.
    async fn action(&self, ctx: &Context<'_>) -> Result<actions::Model> {
        by_id::<actions::Entity>(ctx, self.action_id).await?.ok_or_else(|| platform::ApiError::NotFound("action").into())
    }
}

#[ComplexObject]
impl weekly_summaries::Model {
    /// The content prompts made from this summary, oldest first.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn content_prompts(&self, ctx: &Context<'_>) -> Result<PlainList<content_prompts::Model>> {
        children::<SummaryPrompts>(ctx, self.id, First::all(), ()).await
    }
}

#[ComplexObject]
impl content_prompts::Model {
    /// The summary the prompt was made from, if any.
    async fn weekly_summary(&self, ctx: &Context<'_>) -> Result<Option<weekly_summaries::Model>> {
        match self.weekly_summary_id {
            Some(id) => by_id::<weekly_summaries::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
}

#[ComplexObject]
impl calendar_connections::Model {
    /// The latest sync logs, newest first: at most `first` (0 to 100). Logs are kept 90 days.
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn sync_logs(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 10)] first: i32,
    ) -> Result<PlainList<crate::entity::calendar_sync_logs::Model>> {
        children::<ConnectionSyncLogs>(ctx, self.id, First::parse(first)?, ()).await
    }
}

/// What one CRM maintenance run changed, across every workspace.
#[derive(SimpleObject, Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaintenanceReport {
    /// Snoozed leads whose day came, now ACTIVE.
    pub leads_unsnoozed: i32,
    /// Snoozed actions whose day came, now NEW.
    pub actions_unsnoozed: i32,
    /// DONE actions completed more than 90 days ago, now ARCHIVED.
    pub actions_archived: i32,
    /// Calendar sync logs older than 90 days, deleted.
    pub sync_logs_deleted: i32,
}

impl From<service::maintenance::MaintenanceReport> for MaintenanceReport {
    fn from(r: service::maintenance::MaintenanceReport) -> Self {
        let n = |v: u64| i32::try_from(v).unwrap_or(i32::MAX);
        Self {
            leads_unsnoozed: n(r.leads_unsnoozed),
            actions_unsnoozed: n(r.actions_unsnoozed),
            actions_archived: n(r.actions_archived),
            sync_logs_deleted: n(r.sync_logs_deleted),
        }
    }
}
