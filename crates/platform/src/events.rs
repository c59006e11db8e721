//! Change events from Postgres LISTEN/NOTIFY, so that every gateway replica sees every change.
//!
//! Tables that feed subscriptions call `tenancy.notify_change()` in a trigger, which sends
//! `{topic, op, id, workspace_id, user_id}` on the `mosaic_events` channel after commit. One
//! listener connection per process fans the events out to subscribers.

use std::time::Duration;

use sea_orm::sqlx::postgres::PgListener;
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
