//! The CRM's subscriptions, fed by Postgres LISTEN/NOTIFY (`platform::events`). Each event is
//! small, an id and what happened to it: a client refetches what it needs.

use async_graphql::{Context, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::ApiError;
use platform::events::{ChangeOp, Whose, workspace_changes};
use uuid::Uuid;

/// One of the viewer's actions was created, changed or deleted.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct ActionChange {
    /// The action's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: ChangeOp,
}

/// One of the viewer's daily plans was created, changed or deleted (a plan generated again
/// for the same day is a DELETE of the old one and an INSERT of the new one).
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct DailyPlanChange {
    /// The plan's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: ChangeOp,
}

/// The CRM's subscriptions.
#[derive(Default)]
pub struct CrmSubscription;

#[Subscription]
impl CrmSubscription {
    /// Fires when one of the viewer's own actions in the workspace is created, changed or
    /// deleted. An API key hears only about its own workspace. The stream ends when the viewer
    /// leaves the workspace, and with `UNAVAILABLE` when changes may have been missed (subscribe
    /// again).
    async fn action_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ActionChange, ApiError>> + use<>> {
        let changes = workspace_changes(ctx, "actions", workspace_id, Whose::Own).await?;
        Ok(changes.map(move |change| change.map(|(id, op)| ActionChange { id, workspace_id, op })))
    }

    /// Fires when one of the viewer's own daily plans in the workspace is created, changed or
    /// deleted. An API key hears only about its own workspace. The stream ends when the viewer
    /// leaves the workspace, and with `UNAVAILABLE` when changes may have been missed (subscribe
    /// again).
    async fn daily_plan_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<DailyPlanChange, ApiError>> + use<>> {
        let changes = workspace_changes(ctx, "daily_plans", workspace_id, Whose::Own).await?;
        Ok(changes.map(move |change| change.map(|(id, op)| DailyPlanChange { id, workspace_id, op })))
    }
}
