//! The viewer's own subscription, fed by Postgres LISTEN/NOTIFY (see `platform::events`); the
//! domains' subscriptions are merged with it in `schema`.

use async_graphql::{Context, Enum, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::events::{change_stream, guarded, subscription_viewer};
use platform::{ApiError, Credential};
use uuid::Uuid;

#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipChangeKind {
    Added,
    RoleChanged,
    Removed,
}

/// The viewer's membership of a workspace changed.
#[derive(SimpleObject, Debug, Clone)]
pub struct MembershipChange {
    pub workspace_id: Uuid,
    pub kind: MembershipChangeKind,
}

#[derive(Default)]
pub struct MembershipSubscription;

#[Subscription]
impl MembershipSubscription {
    /// Fires when the viewer is added to a workspace, removed from one, or their role changes.
    /// With an API key, the stream ends when the key is revoked or expires; it ends with
    /// `UNAVAILABLE` when changes may have been missed (subscribe again).
    async fn membership_changed(&self, ctx: &Context<'_>) -> Result<impl Stream<Item = Result<MembershipChange, ApiError>> + use<>> {
        let viewer = subscription_viewer(ctx)?;
        let events = guarded(change_stream(ctx)?, &viewer, None);
        Ok(events.filter_map(move |heard| {
            let event = match heard {
                Ok(event) => event,
                Err(missed) => return futures_util::future::ready(Some(Err(missed))),
            };
            // An API key only ever hears about its own workspace.
            let in_scope = |ws: Option<Uuid>| match &viewer.credential {
                Credential::ApiKey { workspace_id, .. } => ws == Some(*workspace_id),
                Credential::Token => true,
            };
            let change = Some(event)
                .filter(|e| e.topic == "workspace_members" && e.user_id == Some(viewer.user_id) && in_scope(e.workspace_id))
                .and_then(|e| {
                    let kind = match e.op.as_str() {
                        "insert" => MembershipChangeKind::Added,
                        "update" => MembershipChangeKind::RoleChanged,
                        _ => MembershipChangeKind::Removed,
                    };
                    e.workspace_id.map(|workspace_id| MembershipChange { workspace_id, kind })
                });
            futures_util::future::ready(change.map(Ok))
        }))
    }
}
