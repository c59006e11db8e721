//! The content domain's subscriptions, one per realtime table of the seed (content bundles,
//! social posts, blog posts, email sequences, ESP integrations), fed by Postgres LISTEN/NOTIFY
//! (`platform::events`). Each event is small, an id and what happened to it: a client
//! refetches what it needs. Every member hears about every row of the workspace.

use async_graphql::{Context, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::ApiError;
use platform::events::{ChangeOp, Whose, workspace_changes};
use uuid::Uuid;

/// A row of a workspace's content was created, changed or deleted.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct ContentChange {
    /// The row's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: ChangeOp,
}

/// The content domain's subscriptions.
#[derive(Default)]
pub struct ContentSubscription;

async fn changes(
    ctx: &Context<'_>,
    topic: &'static str,
    workspace_id: Uuid,
) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
    let changes = workspace_changes(ctx, topic, workspace_id, Whose::Anyone).await?;
    Ok(changes.map(move |change| change.map(|(id, op)| ContentChange { id, workspace_id, op })))
}

#[Subscription]
impl ContentSubscription {
    /// Fires when a content bundle of the workspace is created, changed or deleted. The stream
    /// ends when the viewer leaves the workspace, and with `UNAVAILABLE` when changes may have
    /// been missed (subscribe again).
    async fn content_bundle_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
        changes(ctx, "content_bundles", workspace_id).await
    }

    /// Fires when a social post of the workspace is created, changed or deleted. The stream
    /// ends when the viewer leaves the workspace, and with `UNAVAILABLE` when changes may have
    /// been missed (subscribe again).
    async fn social_post_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
        changes(ctx, "social_posts", workspace_id).await
    }

    /// Fires when a blog post of the workspace is created, changed or deleted. The stream ends
    /// when the viewer leaves the workspace, and with `UNAVAILABLE` when changes may have been
    /// missed (subscribe again).
    async fn blog_post_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
        changes(ctx, "blog_posts", workspace_id).await
    }

    /// Fires when an email sequence of the workspace is created, changed or deleted (adding,
    /// moving or removing emails changes its `totalEmails`). The stream ends when the viewer
    /// leaves the workspace, and with `UNAVAILABLE` when changes may have been missed.
    async fn email_sequence_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
        changes(ctx, "email_sequences", workspace_id).await
    }

    /// Fires when an ESP integration of the workspace is connected, changed (a sync, say) or
    /// disconnected; the event never carries credentials. The stream ends when the viewer
    /// leaves the workspace, and with `UNAVAILABLE` when changes may have been missed.
    async fn esp_integration_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: Uuid,
    ) -> Result<impl Stream<Item = Result<ContentChange, ApiError>> + use<>> {
        changes(ctx, "esp_integrations", workspace_id).await
    }
}
