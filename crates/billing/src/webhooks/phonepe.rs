//! `POST /webhooks/phonepe`: PhonePe's payment callback, `{"response": "<base64 JSON>"}` with
//! `X-VERIFY: sha256(response + salt key)###salt index`. The callback only says which
//! transaction to look at: what the payment becomes comes from PhonePe's status API, asked
//! through [`crate::providers::PhonePeApi`] inside the delivery's transaction. The event id is
//! `<merchant transaction id>:<code>`: a repeat changes nothing. While the status check still
//! says pending, the callback answers 5xx (nothing kept but the attempt), so PhonePe sends it
//! again, and it takes effect once PhonePe has settled the payment.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sea_orm::DatabaseTransaction;
use serde_json::Value;
use uuid::Uuid;

use super::{Event, Refusal, WebhookState, deliver, header};
use crate::entity::WebhookProvider;
use crate::error::{BillingError, Result};
use crate::service::Backend;
use crate::service::payments::{Settled, provider_error, settle};

/// The route.
pub async fn receive(State(state): State<WebhookState>, headers: HeaderMap, body: Bytes) -> Response {
    match verified(&state, &headers, &body) {
        Ok(event) => deliver(&state.backend, event).await.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

fn verified(state: &WebhookState, headers: &HeaderMap, body: &[u8]) -> std::result::Result<Event, Refusal> {
    let settings = state.backend.config.phonepe.as_ref().ok_or(Refusal::NotConfigured)?;
    if state.backend.providers.phonepe.is_none() {
        return Err(Refusal::NotConfigured);
    }
    let x_verify = header(headers, "x-verify").ok_or(Refusal::Malformed("X-VERIFY is missing"))?;
    let envelope: Value = serde_json::from_slice(body).map_err(|_| Refusal::Malformed("the body is not JSON"))?;
    let response = envelope["response"].as_str().ok_or(Refusal::Malformed("the body has no response"))?;
    super::signatures::verify_phonepe(settings.salt_key.expose(), &settings.salt_index, x_verify, response)?;
    let decoded = STANDARD.decode(response).map_err(|_| Refusal::Malformed("the response is not base64"))?;
    let payload: Value = serde_json::from_slice(&decoded).map_err(|_| Refusal::Malformed("the response is not JSON"))?;
    let merchant_transaction = payload["data"]["merchantTransactionId"]
        .as_str()
        .filter(|m| !m.is_empty() && m.len() <= 64)
        .ok_or(Refusal::Malformed("no merchantTransactionId"))?;
    let code = payload["code"].as_str().filter(|c| c.len() <= 64).unwrap_or("UNKNOWN");
    Ok(Event { provider: WebhookProvider::Phonepe, id: format!("{merchant_transaction}:{code}"), kind: code.to_owned(), payload })
}

/// The callback's effect: the status check, then the payment (and its order) as it says.
pub async fn apply(backend: &Backend, tx: &DatabaseTransaction, event: &Event) -> Result<Option<Uuid>> {
    let merchant_transaction = event.payload["data"]["merchantTransactionId"].as_str().unwrap_or_default();
    let phonepe = backend.providers.phonepe.clone().ok_or(BillingError::ProviderNotConfigured { provider: "PhonePe" })?;
    let status = phonepe.status(merchant_transaction).await.map_err(|e| provider_error("PhonePe", e))?;
    let (workspace, settled) = settle(tx, merchant_transaction, &status).await?;
    match settled {
        Settled::Pending => {
            Err(BillingError::Api(platform::ApiError::Internal(format!("PhonePe has not settled {merchant_transaction} yet"))))
        }
        Settled::Unchanged(why) => {
            tracing::info!(%merchant_transaction, code = %status.code, why, "PhonePe callback changed nothing");
            Ok(workspace)
        }
        Settled::Moved(_) => Ok(workspace),
    }
}
