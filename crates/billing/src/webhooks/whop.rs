//! `POST /webhooks/whop`: Whop's events, verified as Standard Webhooks (`webhook-id`,
//! `webhook-timestamp`, `webhook-signature`), the `webhook-id` being the event's id.
//!
//! | event | effect |
//! |---|---|
//! | `membership.went_valid`, `membership.updated`, `membership.cancel_at_period_end_changed` | makes or updates the membership as a subscription (the workspace from `metadata.workspace_id` or the Whop customer) |
//! | `membership.went_invalid` | the subscription is CANCELED |
//! | `payment.succeeded` / `payment.failed` | the order of `metadata.order_id`: PAID or FAILED |

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde_json::Value;
use uuid::Uuid;

use super::{Event, Refusal, WebhookState, deliver, header, now, time, uuid};
use crate::entity::{BillingProvider, BillingSubscriptionStatus, CatalogueProvider, OrderStatus, WebhookProvider, prices};
use crate::error::{BillingError, Result};
use crate::service::{orders as order_service, subscriptions};

/// The route.
pub async fn receive(State(state): State<WebhookState>, headers: HeaderMap, body: Bytes) -> Response {
    match verified(&state, &headers, &body) {
        Ok(event) => deliver(&state.backend, event).await.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

fn verified(state: &WebhookState, headers: &HeaderMap, body: &[u8]) -> std::result::Result<Event, Refusal> {
    let settings = state.backend.config.whop.as_ref().ok_or(Refusal::NotConfigured)?;
    let id = header(headers, "webhook-id").filter(|id| id.len() <= 255).ok_or(Refusal::Malformed("webhook-id is missing"))?;
    let timestamp = header(headers, "webhook-timestamp").ok_or(Refusal::Malformed("webhook-timestamp is missing"))?;
    let signature = header(headers, "webhook-signature").ok_or(Refusal::Malformed("webhook-signature is missing"))?;
    super::signatures::verify_standard(settings.webhook_secret.expose(), id, timestamp, signature, body, now())?;
    let payload: Value = serde_json::from_slice(body).map_err(|_| Refusal::Malformed("the body is not JSON"))?;
    let kind = payload["type"]
        .as_str()
        .or_else(|| payload["action"].as_str())
        .filter(|k| k.len() <= 255)
        .ok_or(Refusal::Malformed("the event has no type"))?;
    Ok(Event { provider: WebhookProvider::Whop, id: id.to_owned(), kind: kind.to_owned(), payload })
}

fn failed(why: &str) -> BillingError {
    BillingError::Api(platform::ApiError::Internal(why.to_owned()))
}

/// A membership's status in the merged set: an invalid membership is canceled; Whop's own
/// words map onto the set's; an unknown status is never guessed (a paying one least of all):
/// the delivery fails and Whop retries it.
fn membership_status(data: &Value, invalid: bool) -> Result<BillingSubscriptionStatus, BillingError> {
    if invalid {
        return Ok(BillingSubscriptionStatus::Canceled);
    }
    Ok(match data["status"].as_str() {
        // `membership.went_valid` without a status: valid is active.
        None => BillingSubscriptionStatus::Active,
        Some("expired" | "completed") => BillingSubscriptionStatus::Canceled,
        Some("unresolved") => BillingSubscriptionStatus::PastDue,
        Some("drafted") => BillingSubscriptionStatus::Incomplete,
        Some(other) => BillingSubscriptionStatus::parse(other).ok_or_else(|| failed("the membership's status is not one billing knows"))?,
    })
}

fn text(value: &Value) -> Option<&str> {
    value.as_str().filter(|s| !s.is_empty())
}

/// The event's effect.
pub async fn apply(tx: &DatabaseTransaction, event: &Event) -> Result<Option<Uuid>> {
    let data = &event.payload["data"];
    match event.kind.as_str() {
        "membership.went_valid" | "membership.updated" | "membership.cancel_at_period_end_changed" => membership(tx, data, false).await,
        "membership.went_invalid" => membership(tx, data, true).await,
        "payment.succeeded" => payment(tx, data, OrderStatus::Paid).await,
        "payment.failed" => payment(tx, data, OrderStatus::Failed).await,
        _ => Ok(None),
    }
}

async fn membership(tx: &DatabaseTransaction, data: &Value, invalid: bool) -> Result<Option<Uuid>> {
    let whop_user = text(&data["user_id"]).or_else(|| text(&data["user"]["id"]));
    let (workspace_id, customer) = match uuid(&data["metadata"]["workspace_id"]) {
        Some(ws) => (ws, None),
        None => subscriptions::workspace_of_customer(tx, None, whop_user)
            .await?
            .map(|(ws, c)| (ws, Some(c)))
            .ok_or_else(|| failed("the membership names no workspace we know"))?,
    };
    let customer = match (customer, whop_user) {
        (Some(c), _) => Some(c),
        (None, Some(user)) => Some(subscriptions::link_customer(tx, workspace_id, None, Some(user)).await?.id),
        (None, None) => None,
    };
    let id = text(&data["id"]).ok_or_else(|| failed("the membership has no id"))?;
    let price = match text(&data["plan_id"]).or_else(|| text(&data["plan"]["id"])) {
        Some(plan) => {
            platform::rows::one(
                tx,
                prices::Entity::find()
                    .filter(prices::Column::Provider.eq(CatalogueProvider::Whop))
                    .filter(prices::Column::ProviderPriceId.eq(plan)),
            )
            .await?
        }
        None => None,
    };
    let status = membership_status(data, invalid)?;
    let start = time(&data["renewal_period_start"]).unwrap_or_else(chrono::Utc::now);
    let end = time(&data["renewal_period_end"]).unwrap_or(start);
    let input = subscriptions::ProviderSubscription {
        provider: BillingProvider::Whop,
        provider_subscription_id: id.to_owned(),
        status,
        price,
        quantity: 1,
        cancel_at_period_end: data["cancel_at_period_end"].as_bool().unwrap_or(false),
        current_period_start: start,
        current_period_end: end,
        trial_start: None,
        trial_end: None,
        cancel_at: None,
        canceled_at: None,
        ended_at: None,
        metadata: serde_json::json!({}),
    };
    subscriptions::upsert(tx, workspace_id, customer, input).await?;
    Ok(Some(workspace_id))
}

async fn payment(tx: &DatabaseTransaction, data: &Value, to: OrderStatus) -> Result<Option<Uuid>> {
    let (Some(workspace_id), Some(order_id)) = (uuid(&data["metadata"]["workspace_id"]), uuid(&data["metadata"]["order_id"])) else {
        return Ok(None);
    };
    let order = order_service::lock_order(tx, workspace_id, order_id)
        .await?
        .ok_or_else(|| failed("the payment's order is not in its workspace"))?;
    if order.status == OrderStatus::Pending {
        let said = order_service::Payment { intent: None, status: text(&data["status"]).map(str::to_owned), method: Some("whop".into()) };
        order_service::move_order(tx, order, to, said).await?;
    }
    Ok(Some(workspace_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memberships_status_is_mapped_and_never_guessed() {
        let status = |s: Value, invalid| membership_status(&serde_json::json!({ "status": s }), invalid).ok();
        assert_eq!(status(Value::Null, false), Some(BillingSubscriptionStatus::Active));
        assert_eq!(status("trialing".into(), false), Some(BillingSubscriptionStatus::Trialing));
        assert_eq!(status("expired".into(), false), Some(BillingSubscriptionStatus::Canceled));
        assert_eq!(status("unresolved".into(), false), Some(BillingSubscriptionStatus::PastDue));
        assert_eq!(status("active".into(), true), Some(BillingSubscriptionStatus::Canceled));
        assert_eq!(status("something_new".into(), false), None);
    }
}
