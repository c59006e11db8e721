//! The subscription root, fed by Postgres LISTEN/NOTIFY (see `platform::events`).

use async_graphql::{Context, Enum, MergedSubscription, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::events::EventHub;
use platform::{ApiError, Viewer};
use tokio_stream::wrappers::BroadcastStream;
use uuid::Uuid;

/// The viewer of a graphql-ws connection, authenticated once at `connection_init`.
#[derive(Clone)]
pub struct SubscriptionViewer(pub Option<Viewer>);

pub fn viewer_of(ctx: &Context<'_>) -> Result<Viewer> {
    ctx.data_opt::<SubscriptionViewer>()
        .and_then(|v| v.0.clone())
        .ok_or_else(|| ApiError::Unauthenticated("send a token or API key in the connection_init payload".into()).into())
}

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
    async fn membership_changed(&self, ctx: &Context<'_>) -> Result<impl Stream<Item = MembershipChange> + use<>> {
        let viewer = viewer_of(ctx)?;
        let hub = ctx.data::<EventHub>()?;
        let events = BroadcastStream::new(hub.subscribe());
        Ok(events.filter_map(move |event| {
            let change = event.ok().filter(|e| e.topic == "workspace_members" && e.user_id == Some(viewer.user_id)).and_then(|e| {
                let kind = match e.op.as_str() {
                    "insert" => MembershipChangeKind::Added,
                    "update" => MembershipChangeKind::RoleChanged,
                    _ => MembershipChangeKind::Removed,
                };
                e.workspace_id.map(|workspace_id| MembershipChange { workspace_id, kind })
            });
            async move { change }
        }))
    }
}

#[derive(MergedSubscription, Default)]
pub struct Subscription(MembershipSubscription);
