//! Change events from Postgres LISTEN/NOTIFY, so that every gateway replica sees every change.
//!
//! Tables that feed subscriptions call `tenancy.notify_change()` in a trigger, which sends
//! `{topic, op, id, workspace_id, user_id}` on the `mosaic_events` channel after commit. One
//! listener connection per process fans the events out to subscribers.

use std::time::Duration;

use sea_orm::sqlx::postgres::PgListener;

use crate::context::Viewer;
use crate::error::ApiError;
use serde::Deserialize;
use tokio::sync::broadcast;
use uuid::Uuid;

pub const CHANNEL: &str = "mosaic_events";

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ChangeEvent {
    /// The table that changed.
    pub topic: String,
    /// `insert`, `update` or `delete`.
    pub op: String,
    pub id: Option<Uuid>,
    pub workspace_id: Option<Uuid>,
    pub user_id: Option<Uuid>,
}

#[derive(Clone)]
pub struct EventHub {
    sender: broadcast::Sender<ChangeEvent>,
}

impl EventHub {
    /// Starts listening on `url` in the background, reconnecting when the connection drops.
    pub fn listen(url: String) -> Self {
        let (sender, _) = broadcast::channel(1024);
        let hub = Self { sender };
        let tx = hub.sender.clone();
        tokio::spawn(async move {
            loop {
                if let Err(error) = pump(&url, &tx).await {
                    tracing::warn!(%error, "event listener lost its connection; reconnecting");
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        });
        hub
    }

    pub fn subscribe(&self) -> broadcast::Receiver<ChangeEvent> {
        self.sender.subscribe()
    }
}

async fn pump(url: &str, tx: &broadcast::Sender<ChangeEvent>) -> Result<(), sea_orm::sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    loop {
        let notification = listener.recv().await?;
        match serde_json::from_str::<ChangeEvent>(notification.payload()) {
            Ok(event) => {
                // No subscriber is not an error.
                let _ = tx.send(event);
            }
            Err(error) => tracing::warn!(%error, "unreadable change event"),
        }
    }
}

/// The viewer of a graphql-ws connection, authenticated once at `connection_init` by the
/// gateway and put into the connection's data.
#[derive(Clone)]
pub struct SubscriptionViewer(pub Option<Viewer>);

/// The signed-in viewer of a subscription, or `UNAUTHENTICATED`.
pub fn subscription_viewer(ctx: &async_graphql::Context<'_>) -> Result<Viewer, ApiError> {
    ctx.data_opt::<SubscriptionViewer>()
        .and_then(|v| v.0.clone())
        .ok_or_else(|| ApiError::Unauthenticated("send a token or API key in the connection_init payload".into()))
}

/// The change events of one subscription: the process-wide hub's stream, lagging events dropped.
pub fn change_stream(ctx: &async_graphql::Context<'_>) -> Result<tokio_stream::wrappers::BroadcastStream<ChangeEvent>, ApiError> {
    let hub = ctx.data::<EventHub>().map_err(|_| ApiError::Internal("event hub missing".into()))?;
    Ok(tokio_stream::wrappers::BroadcastStream::new(hub.subscribe()))
}

/// Whether the subscription's viewer is a member of `workspace_id` now. Read on the pool (a
/// subscription has no request transaction), by the viewer's own id, so it needs no policy.
pub async fn is_member(ctx: &async_graphql::Context<'_>, user_id: Uuid, workspace_id: Uuid) -> Result<bool, ApiError> {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let pool = ctx.data::<crate::db::Pool>().map_err(|_| ApiError::Internal("database pool missing".into()))?;
    let row = pool
        .0
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT EXISTS (SELECT 1 FROM workspace_members WHERE user_id = $1 AND workspace_id = $2) AS member",
            [user_id.into(), workspace_id.into()],
        ))
        .await
        .map_err(ApiError::internal)?;
    Ok(row.and_then(|r| r.try_get::<bool>("", "member").ok()).unwrap_or(false))
}

/// Whether `event` takes `user_id` out of `workspace_id`: a subscription to that workspace
/// ends there.
pub fn ends_membership(event: &ChangeEvent, user_id: Uuid, workspace_id: Uuid) -> bool {
    event.topic == "workspace_members" && event.op == "delete" && event.user_id == Some(user_id) && event.workspace_id == Some(workspace_id)
}
