//! Change events from Postgres LISTEN/NOTIFY, so that every gateway replica sees every change.
//!
//! Tables that feed subscriptions call `tenancy.notify_change()` in a trigger, which sends
//! `{topic, op, id, workspace_id, user_id}` on the `mosaic_events` channel after commit. One
//! listener connection per process fans the events out to subscribers.

use std::time::Duration;

use sea_orm::sqlx::postgres::PgListener;

use crate::context::{Credential, Viewer};
use crate::error::ApiError;
use futures_util::{Stream, StreamExt};
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

/// What the listener hears: a change, or that its connection dropped, so changes made until
/// it is back are never heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    Change(ChangeEvent),
    Lost,
}

#[derive(Clone)]
pub struct EventHub {
    sender: broadcast::Sender<Heard>,
    listener: std::sync::Arc<tokio::task::AbortHandle>,
}

impl EventHub {
    /// Starts listening on `url` in the background, reconnecting when the connection drops
    /// (and telling every subscriber that it did).
    pub fn listen(url: String) -> Self {
        let (sender, _) = broadcast::channel(1024);
        let tx = sender.clone();
        let listening = tokio::spawn(async move {
            let mut listening = false;
            loop {
                if let Err(error) = pump(&url, &tx, &mut listening).await
                    && listening
                {
                    tracing::warn!(%error, "the change listener lost its connection; reconnecting");
                    // No subscriber is not an error.
                    let _ = tx.send(Heard::Lost);
                    listening = false;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
        Self { sender, listener: std::sync::Arc::new(listening.abort_handle()) }
    }

    /// Stops listening, before the database is closed at shutdown (so that no lost
    /// connection is reported for it).
    pub fn stop(&self) {
        self.listener.abort();
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Heard> {
        self.sender.subscribe()
    }
}

/// Listens until the connection drops; `listening` tells whether a connection was made (a
/// failed attempt to reconnect has nothing more to report).
async fn pump(url: &str, tx: &broadcast::Sender<Heard>, listening: &mut bool) -> Result<(), sea_orm::sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    if !*listening {
        tracing::info!("the change listener is connected");
    }
    *listening = true;
    loop {
        // `try_recv` answers `None` when the connection dropped (`recv` would reconnect
        // silently, and nobody would know of the changes missed in between).
        let Some(notification) = listener.try_recv().await? else {
            return Err(sea_orm::sqlx::Error::PoolClosed);
        };
        match serde_json::from_str::<ChangeEvent>(notification.payload()) {
            Ok(event) => {
                let _ = tx.send(Heard::Change(event));
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

/// The change events of one subscription: the process-wide hub's stream.
pub fn change_stream(ctx: &async_graphql::Context<'_>) -> Result<tokio_stream::wrappers::BroadcastStream<Heard>, ApiError> {
    let hub = ctx.data::<EventHub>().map_err(|_| ApiError::Internal("event hub missing".into()))?;
    Ok(tokio_stream::wrappers::BroadcastStream::new(hub.subscribe()))
}

/// Whether the subscription's viewer is a member of `workspace_id` now. Read on the pool (a
/// subscription has no request transaction) through `tenancy.is_member`, by the viewer's own
/// id.
pub async fn is_member(ctx: &async_graphql::Context<'_>, user_id: Uuid, workspace_id: Uuid) -> Result<bool, ApiError> {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let pool = ctx.data::<crate::db::Pool>().map_err(|_| ApiError::Internal("database pool missing".into()))?;
    let row = pool
        .0
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT tenancy.is_member($1, $2) AS member",
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

/// Whether `event` changes whether `viewer`'s credential holds: their API key revoked,
/// deleted, or given another expiry (a client subscribes again, and is checked again).
pub fn ends_credential(event: &ChangeEvent, viewer: &Viewer) -> bool {
    match viewer.credential {
        Credential::ApiKey { key_id, .. } => event.topic == "api_keys" && event.id == Some(key_id),
        Credential::Token => false,
    }
}

/// The change events a subscription of `viewer` hears, for as long as it may: until their
/// API key is revoked or expires, and, with `workspace`, until they leave that workspace.
///
/// When changes may have been missed (the listener lost the database, or this subscription
/// fell too far behind), the stream ends with an `UNAVAILABLE` error: the client subscribes
/// again, once the database is back, and refetches what it shows.
pub fn guarded(
    events: tokio_stream::wrappers::BroadcastStream<Heard>,
    viewer: &Viewer,
    workspace: Option<Uuid>,
) -> impl Stream<Item = Result<ChangeEvent, ApiError>> + use<> {
    let who = viewer.clone();
    let expiry = match viewer.credential {
        Credential::ApiKey { expires_at: Some(at), .. } => (at - chrono::Utc::now()).to_std().unwrap_or_default(),
        _ => std::time::Duration::MAX,
    };
    // A key that expires while the stream is open ends it then (no event marks the moment).
    let expired = Box::pin(async move {
        if expiry < std::time::Duration::from_secs(100 * 365 * 86_400) {
            tokio::time::sleep(expiry).await;
        } else {
            std::future::pending::<()>().await;
        }
    });
    let heard = events.map(|heard| match heard {
        Ok(Heard::Change(event)) => Ok(event),
        Ok(Heard::Lost) => Err(ApiError::Unavailable("the database went away and changes may have been missed; subscribe again".into())),
        Err(_lagged) => Err(ApiError::Unavailable("this subscription fell behind and missed changes; subscribe again".into())),
    });
    // The error is the stream's last item: it ends as soon as it is sent.
    let until_missed = futures_util::stream::unfold((heard, false), |(mut heard, ended)| async move {
        if ended {
            return None;
        }
        let item = heard.next().await?;
        let missed = item.is_err();
        Some((item, (heard, missed)))
    });
    until_missed
        .take_while(move |item| {
            let holds = item
                .as_ref()
                .map_or(true, |event| !ends_credential(event, &who) && workspace.is_none_or(|ws| !ends_membership(event, who.user_id, ws)));
            async move { holds }
        })
        .take_until(expired)
}

/// What happened to a row.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOp {
    /// It was created.
    Insert,
    /// It changed.
    Update,
    /// It was deleted.
    Delete,
}

impl ChangeOp {
    fn of(op: &str) -> Option<Self> {
        Some(match op {
            "insert" => Self::Insert,
            "update" => Self::Update,
            "delete" => Self::Delete,
            _ => return None,
        })
    }
}

/// Whose rows a subscription hears about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The viewer's own rows (`user_id` is the viewer).
    Own,
    /// Every row of the workspace.
    Anyone,
}

/// The changes of `topic` rows in `workspace_id` (the viewer's own, or anyone's), as
/// `(id, op)`, until the viewer leaves the workspace. A workspace they are not in, or another
/// than an API key's own, is answered as a missing one.
pub async fn workspace_changes(
    ctx: &async_graphql::Context<'_>,
    topic: &'static str,
    workspace_id: Uuid,
    whose: Whose,
) -> Result<impl Stream<Item = Result<(Uuid, ChangeOp), ApiError>> + use<>, ApiError> {
    let viewer = subscription_viewer(ctx)?;
    if let Credential::ApiKey { workspace_id: key_workspace, .. } = viewer.credential
        && key_workspace != workspace_id
    {
        return Err(ApiError::NotFound("workspace"));
    }
    let user_id = viewer.user_id;
    // Listen first, then check: a removal in between still ends the stream.
    let events = change_stream(ctx)?;
    if !is_member(ctx, user_id, workspace_id).await? {
        return Err(ApiError::NotFound("workspace"));
    }
    Ok(guarded(events, &viewer, Some(workspace_id)).filter_map(move |heard| {
        let change = match heard {
            Ok(event) => change_of(&event, topic, workspace_id, (whose == Whose::Own).then_some(user_id)).map(Ok),
            Err(missed) => Some(Err(missed)),
        };
        async move { change }
    }))
}

/// `event` as a change of a `topic` row in `workspace_id` (of `owner`, when given), or `None`.
pub fn change_of(event: &ChangeEvent, topic: &str, workspace_id: Uuid, owner: Option<Uuid>) -> Option<(Uuid, ChangeOp)> {
    if event.topic != topic || event.workspace_id != Some(workspace_id) || owner.is_some_and(|o| event.user_id != Some(o)) {
        return None;
    }
    Some((event.id?, ChangeOp::of(&event.op)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(topic: &str, op: &str, user: Uuid, workspace: Uuid) -> ChangeEvent {
        ChangeEvent { topic: topic.into(), op: op.into(), id: Some(Uuid::from_u128(7)), workspace_id: Some(workspace), user_id: Some(user) }
    }

    #[test]
    fn only_the_topics_rows_in_the_workspace_pass_and_of_the_owner_when_asked() {
        let (me, other, ws, ws2) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3), Uuid::from_u128(4));
        let id = Uuid::from_u128(7);
        assert_eq!(change_of(&event("actions", "insert", me, ws), "actions", ws, Some(me)), Some((id, ChangeOp::Insert)));
        assert_eq!(change_of(&event("actions", "delete", me, ws), "actions", ws, Some(me)), Some((id, ChangeOp::Delete)));
        assert_eq!(change_of(&event("daily_plans", "update", me, ws), "daily_plans", ws, Some(me)), Some((id, ChangeOp::Update)));
        assert_eq!(change_of(&event("actions", "insert", other, ws), "actions", ws, Some(me)), None);
        assert_eq!(change_of(&event("actions", "insert", other, ws), "actions", ws, None), Some((id, ChangeOp::Insert)));
        assert_eq!(change_of(&event("actions", "insert", me, ws2), "actions", ws, Some(me)), None);
        assert_eq!(change_of(&event("leads", "insert", me, ws), "actions", ws, Some(me)), None);
        assert_eq!(change_of(&event("actions", "truncate", me, ws), "actions", ws, Some(me)), None);
    }
}
