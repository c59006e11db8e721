//! Billing's subscriptions, fed by Postgres LISTEN/NOTIFY (`platform::events`): orders are
//! realtime (seed 001). Each event is small, an id and what happened to it.

use async_graphql::{Context, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::ApiError;
use platform::events::{ChangeOp, Whose, workspace_changes};
use uuid::Uuid;

/// An order of the workspace was created or changed (paid, failed, refunded).
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct OrderChange {
    /// The order's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: ChangeOp,
}

/// Billing's subscriptions.
#[derive(Default)]
pub struct BillingSubscriptionRoot;

#[Subscription]
impl BillingSubscriptionRoot {
    /// Fires when any order of the workspace is created or changes. An API key hears only
    /// about its own workspace. The stream ends when the viewer leaves the workspace, and with
    /// `UNAVAILABLE` when changes may have been missed (subscribe again).
    async fn order_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<OrderChange, ApiError>> + use<>> {
        let changes = workspace_changes(ctx, "orders", workspace_id, Whose::Anyone).await?;
        Ok(changes.map(move |change| change.map(|(id, op)| OrderChange { id, workspace_id, op })))
    }
}
