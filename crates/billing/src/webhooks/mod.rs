//! The providers' webhooks: `POST /webhooks/stripe`, `/webhooks/whop` and `/webhooks/phonepe`,
//! registered through `Billing::routes`, run as the worker role on the jobs' connections.
//!
//! What every delivery gets (rule 25, 26):
//! - A missing header, a bad signature or a timestamp outside the tolerance answers 400 or 401
//!   and stores nothing; a provider that is not set up answers 503.
//! - A verified event is stored once per (provider, event id) **in the same transaction as its
//!   effect**: a repeated delivery, however many arrive at once, waits for the first and
//!   answers 200 having changed nothing.
//! - A failed effect rolls back whole and answers 500, so the provider retries; the failure is
//!   kept (the event with `processed_at` NULL, its `attempts` and `error`), and the next
//!   delivery processes it again.

pub mod phonepe;
pub mod signatures;
pub mod stripe;
pub mod whop;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, Statement};
use serde_json::Value;
use uuid::Uuid;

use crate::entity::WebhookProvider;
use crate::error::{BillingError, Result};
use crate::service::Backend;

/// What the webhook routes run with.
#[derive(Clone)]
pub struct WebhookState {
    pub backend: Arc<Backend>,
}

/// The three routes.
pub fn router(backend: Backend) -> Router {
    let state = WebhookState { backend: Arc::new(backend) };
    Router::new()
        .route("/webhooks/stripe", post(stripe::receive))
        .route("/webhooks/whop", post(whop::receive))
        .route("/webhooks/phonepe", post(phonepe::receive))
        .with_state(state)
}

/// Why a delivery was refused before anything was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// 503: the provider's secrets are not set.
    NotConfigured,
    /// 400: a required header is missing or malformed, or the body is not the provider's JSON.
    Malformed(&'static str),
    /// 401: no signature matches, or the timestamp is outside the tolerance.
    Unauthorized(&'static str),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Self::NotConfigured => (StatusCode::SERVICE_UNAVAILABLE, "this provider is not set up on this server").into_response(),
            Self::Malformed(why) => (StatusCode::BAD_REQUEST, why).into_response(),
            Self::Unauthorized(why) => (StatusCode::UNAUTHORIZED, why).into_response(),
        }
    }
}

/// How a verified delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// 200: the event took effect now.
    Processed,
    /// 200: the event had taken effect already; nothing changed.
    Duplicate,
    /// 500: the effect failed and was rolled back; the provider retries.
    Failed,
}

impl IntoResponse for Delivered {
    fn into_response(self) -> Response {
        match self {
            Self::Processed => (StatusCode::OK, "processed").into_response(),
            Self::Duplicate => (StatusCode::OK, "already processed").into_response(),
            Self::Failed => (StatusCode::INTERNAL_SERVER_ERROR, "not processed; retry").into_response(),
        }
    }
}

/// A verified event, ready to be stored and applied.
#[derive(Debug, Clone)]
pub struct Event {
    pub provider: WebhookProvider,
    pub id: String,
    pub kind: String,
    pub payload: Value,
}

/// Stores `event` and applies its effect in one worker transaction, once (see the module).
pub async fn deliver(backend: &Backend, event: Event) -> Delivered {
    match deliver_once(backend, &event).await {
        Ok(delivered) => delivered,
        Err(error) => {
            let detail = match &error {
                BillingError::Api(api) => api.for_the_log(),
                other => other.message(),
            };
            tracing::warn!(provider = ?event.provider, event = %event.id, kind = %event.kind, %detail, "webhook effect failed");
            if let Err(e) = record_failure(backend, &event, &detail).await {
                tracing::error!(error = ?e, "could not record the webhook's failure");
            }
            Delivered::Failed
        }
    }
}

/// The event's effect, in `tx`; answers the workspace it was about, when known.
async fn effect(backend: &Backend, tx: &DatabaseTransaction, event: &Event) -> Result<Option<Uuid>> {
    match event.provider {
        WebhookProvider::Stripe => stripe::apply(tx, event).await,
        WebhookProvider::Whop => whop::apply(tx, event).await,
        WebhookProvider::Phonepe => phonepe::apply(backend, tx, event).await,
    }
}

fn provider_label(provider: WebhookProvider) -> &'static str {
    match provider {
        WebhookProvider::Stripe => "stripe",
        WebhookProvider::Whop => "whop",
        WebhookProvider::Phonepe => "phonepe",
    }
}

async fn deliver_once(backend: &Backend, event: &Event) -> Result<Delivered> {
    let tx = backend.begin().await?;
    let provider = provider_label(event.provider);
    // Inserting waits for a concurrent delivery of the same event to finish; then the row is
    // there, and locked by us until we end.
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO webhook_events (provider, provider_event_id, event_type, payload) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (provider, provider_event_id) DO NOTHING",
        [provider.into(), event.id.clone().into(), event.kind.clone().into(), event.payload.clone().into()],
    ))
    .await?;
    let row = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id, processed_at IS NOT NULL AS done FROM webhook_events WHERE provider = $1 AND provider_event_id = $2 FOR UPDATE",
            [provider.into(), event.id.clone().into()],
        ))
        .await?
        .ok_or_else(|| BillingError::Api(platform::ApiError::Internal("the stored event vanished".into())))?;
    let (id, done): (Uuid, bool) = (row.try_get_by_index(0)?, row.try_get_by_index(1)?);
    if done {
        tx.commit().await?;
        return Ok(Delivered::Duplicate);
    }
    let workspace = effect(backend, &tx, event).await?;
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "UPDATE webhook_events SET processed_at = now(), attempts = attempts + 1, error = NULL, workspace_id = $2 WHERE id = $1",
        [id.into(), workspace.into()],
    ))
    .await?;
    tx.commit().await?;
    Ok(Delivered::Processed)
}

/// Keeps a failed attempt: the event unprocessed, its attempts and the last error.
async fn record_failure(backend: &Backend, event: &Event, detail: &str) -> Result<()> {
    let tx = backend.begin().await?;
    let error: String = detail.chars().take(2000).collect();
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO webhook_events (provider, provider_event_id, event_type, payload, attempts, error) VALUES ($1, $2, $3, $4, 1, $5) \
         ON CONFLICT (provider, provider_event_id) DO UPDATE SET attempts = webhook_events.attempts + 1, error = EXCLUDED.error \
         WHERE webhook_events.processed_at IS NULL",
        [
            provider_label(event.provider).into(),
            event.id.clone().into(),
            event.kind.clone().into(),
            event.payload.clone().into(),
            error.into(),
        ],
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Reads a header as text.
pub fn header<'h>(headers: &'h axum::http::HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty())
}

/// The unix time now.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A unix time from a provider's JSON.
pub fn time(value: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
    value.as_i64().and_then(|s| chrono::DateTime::from_timestamp(s, 0))
}

/// A uuid from a provider's JSON.
pub fn uuid(value: &Value) -> Option<Uuid> {
    value.as_str().and_then(|s| Uuid::parse_str(s).ok())
}
