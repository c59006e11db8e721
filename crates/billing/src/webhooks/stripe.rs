//! `POST /webhooks/stripe`: Stripe's events, verified with `Stripe-Signature`, and their
//! effects:
//!
//! | event | effect |
//! |---|---|
//! | `checkout.session.completed` | links the workspace (`client_reference_id`) to the Stripe customer; a paid one-off session marks its order (`metadata.order_id`) PAID, or buys a credit pack (`metadata.credit_product_id` × `metadata.quantity`) |
//! | `customer.subscription.created` / `updated` / `deleted` | makes or updates the subscription (deleted: CANCELED); the workspace's plan follows |
//! | `invoice.paid` / `invoice.payment_succeeded` / `invoice.payment_failed` | records the invoice, PAID or FAILED |
//! | `payment_intent.succeeded` / `.payment_failed` / `.canceled` | the order of `metadata.order_id` (in `metadata.workspace_id`): PAID; a failed attempt keeps it PENDING with the attempt's status; canceled: FAILED |
//! | `charge.refunded` | the order paid by that payment intent: REFUNDED once the whole charge is (`refunded: true`) |
//! | `product.*`, `price.*` | the catalogue's Stripe products and prices (deleted: inactive) |
//!
//! Anything else is stored and acknowledged. An event that names a workspace, customer,
//! subscription or product not known yet fails (500), so Stripe delivers it again later, when
//! the event it depends on has arrived.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Event, Refusal, WebhookState, deliver, header, now, time, uuid};
use crate::entity::{
    BillingProvider, BillingSubscriptionStatus, CatalogueProvider, CreditTransactionType, OrderStatus, PriceInterval, PriceType,
    SubscriptionInvoiceStatus, WebhookProvider, orders, prices, products,
};
use crate::error::{BillingError, Result};
use crate::service::values::metadata_count;
use crate::service::{credits, orders as order_service, subscriptions};

/// The route.
pub async fn receive(State(state): State<WebhookState>, headers: HeaderMap, body: Bytes) -> Response {
    match verified(&state, &headers, &body) {
        Ok(event) => deliver(&state.backend, event).await.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

fn verified(state: &WebhookState, headers: &HeaderMap, body: &[u8]) -> std::result::Result<Event, Refusal> {
    let settings = state.backend.config.stripe.as_ref().ok_or(Refusal::NotConfigured)?;
    let signature = header(headers, "stripe-signature").ok_or(Refusal::Malformed("Stripe-Signature is missing"))?;
    super::signatures::verify_stripe(settings.webhook_secret.expose(), signature, body, now())?;
    let payload: Value = serde_json::from_slice(body).map_err(|_| Refusal::Malformed("the body is not JSON"))?;
    let id = payload["id"].as_str().filter(|id| !id.is_empty() && id.len() <= 255).ok_or(Refusal::Malformed("the event has no id"))?;
    let kind = payload["type"].as_str().filter(|k| k.len() <= 255).ok_or(Refusal::Malformed("the event has no type"))?;
    Ok(Event { provider: WebhookProvider::Stripe, id: id.to_owned(), kind: kind.to_owned(), payload })
}

fn failed(why: &str) -> BillingError {
    BillingError::Api(platform::ApiError::Internal(why.to_owned()))
}

fn text(value: &Value) -> Option<&str> {
    value.as_str().filter(|s| !s.is_empty())
}

/// The event's effect.
pub async fn apply(tx: &DatabaseTransaction, event: &Event) -> Result<Option<Uuid>> {
    let object = &event.payload["data"]["object"];
    match event.kind.as_str() {
        "checkout.session.completed" => checkout_completed(tx, object).await,
        "customer.subscription.created" | "customer.subscription.updated" | "customer.subscription.deleted" => {
            subscription_changed(tx, object, event.kind.ends_with("deleted")).await
        }
        "invoice.paid" | "invoice.payment_succeeded" => invoice(tx, object, SubscriptionInvoiceStatus::Paid).await,
        "invoice.payment_failed" => invoice(tx, object, SubscriptionInvoiceStatus::Failed).await,
        "payment_intent.succeeded" => payment_intent(tx, object, OrderStatus::Paid).await,
        // A failed attempt is not the end of an intent (another card may follow): the order
        // stays pending with the attempt's status. A canceled intent is the end.
        "payment_intent.payment_failed" => payment_intent(tx, object, OrderStatus::Pending).await,
        "payment_intent.canceled" => payment_intent(tx, object, OrderStatus::Failed).await,
        "charge.refunded" => refunded(tx, object).await,
        "product.created" | "product.updated" | "product.deleted" => product(tx, object, event.kind.ends_with("deleted")).await,
        "price.created" | "price.updated" | "price.deleted" => price(tx, object, event.kind.ends_with("deleted")).await,
        _ => Ok(None),
    }
}

/// The workspace an object names (`client_reference_id` or `metadata.workspace_id`), or the
/// one its Stripe customer belongs to.
async fn workspace_of(tx: &DatabaseTransaction, object: &Value) -> Result<Option<(Uuid, Option<Uuid>)>> {
    if let Some(ws) = uuid(&object["client_reference_id"]).or_else(|| uuid(&object["metadata"]["workspace_id"])) {
        return Ok(Some((ws, None)));
    }
    Ok(subscriptions::workspace_of_customer(tx, text(&object["customer"]), None).await?.map(|(ws, customer)| (ws, Some(customer))))
}

async fn checkout_completed(tx: &DatabaseTransaction, session: &Value) -> Result<Option<Uuid>> {
    let Some((workspace_id, _)) = workspace_of(tx, session).await? else {
        return Err(failed("checkout session names no workspace we know"));
    };
    if let Some(customer) = text(&session["customer"]) {
        subscriptions::link_customer(tx, workspace_id, Some(customer), None).await?;
    }
    let paid = session["mode"] == "payment" && session["payment_status"] == "paid";
    let metadata = &session["metadata"];
    if paid && let Some(order_id) = uuid(&metadata["order_id"]) {
        let order = order_service::lock_order(tx, workspace_id, order_id)
            .await?
            .ok_or_else(|| failed("the session's order is not in its workspace"))?;
        let said = order_service::Payment {
            intent: text(&session["payment_intent"]).map(str::to_owned),
            status: Some("succeeded".into()),
            method: None,
        };
        if order.status == OrderStatus::Pending {
            order_service::move_order(tx, order, OrderStatus::Paid, said).await?;
        }
    }
    if paid && let Some(product_id) = uuid(&metadata["credit_product_id"]) {
        let product =
            platform::rows::one(tx, products::Entity::find_by_id(product_id)).await?.ok_or_else(|| failed("no such credit pack"))?;
        let per_unit =
            metadata_count(&product.metadata["credits"]).filter(|c| *c > 0).ok_or_else(|| failed("the product grants no credits"))?;
        let quantity = metadata_count(&metadata["quantity"]).unwrap_or(1);
        let session_id = text(&session["id"]).ok_or_else(|| failed("the session has no id"))?;
        let entry = credits::LedgerEntry {
            kind: CreditTransactionType::Purchase,
            credits: credits::count(per_unit.saturating_mul(quantity), "amount")?,
            user_id: None,
            reason: Some(format!("bought {quantity} × {}", product.name)),
            metadata: json!({ "stripe_checkout_session": session_id, "product_id": product.id, "quantity": quantity }),
            idempotency_key: Some(format!("stripe:{session_id}")),
        };
        credits::apply(tx, workspace_id, entry).await?;
    }
    Ok(Some(workspace_id))
}

async fn subscription_changed(tx: &DatabaseTransaction, sub: &Value, deleted: bool) -> Result<Option<Uuid>> {
    let Some((workspace_id, customer)) = workspace_of(tx, sub).await? else {
        return Err(failed("the subscription's customer is not linked to a workspace yet"));
    };
    let customer = match (customer, text(&sub["customer"])) {
        (Some(id), _) => Some(id),
        (None, Some(stripe_id)) => Some(subscriptions::link_customer(tx, workspace_id, Some(stripe_id), None).await?.id),
        (None, None) => None,
    };
    let id = text(&sub["id"]).ok_or_else(|| failed("the subscription has no id"))?;
    let item = &sub["items"]["data"][0];
    let price = match text(&item["price"]["id"]) {
        Some(price_id) => {
            let select = prices::Entity::find()
                .filter(prices::Column::Provider.eq(CatalogueProvider::Stripe))
                .filter(prices::Column::ProviderPriceId.eq(price_id));
            platform::rows::one(tx, select).await?
        }
        None => None,
    };
    let status = if deleted {
        BillingSubscriptionStatus::Canceled
    } else {
        sub["status"].as_str().and_then(BillingSubscriptionStatus::parse).ok_or_else(|| failed("unknown subscription status"))?
    };
    let start = time(&sub["current_period_start"]).or_else(|| time(&item["current_period_start"])).unwrap_or_else(chrono::Utc::now);
    let end = time(&sub["current_period_end"]).or_else(|| time(&item["current_period_end"])).unwrap_or(start);
    let amount = item["price"]["unit_amount"].as_i64();
    let currency = text(&item["price"]["currency"]).unwrap_or("usd");
    let input = subscriptions::ProviderSubscription {
        provider: BillingProvider::Stripe,
        provider_subscription_id: id.to_owned(),
        status,
        price,
        quantity: item["quantity"].as_i64().and_then(|q| i32::try_from(q).ok()).unwrap_or(1),
        cancel_at_period_end: sub["cancel_at_period_end"].as_bool().unwrap_or(false),
        current_period_start: start,
        current_period_end: end,
        trial_start: time(&sub["trial_start"]),
        trial_end: time(&sub["trial_end"]),
        cancel_at: time(&sub["cancel_at"]),
        canceled_at: time(&sub["canceled_at"]),
        ended_at: time(&sub["ended_at"]),
        metadata: subscriptions::paywall_cache(text(&item["price"]["nickname"]), amount, currency),
    };
    subscriptions::upsert(tx, workspace_id, customer, input).await?;
    Ok(Some(workspace_id))
}

async fn invoice(tx: &DatabaseTransaction, invoice: &Value, status: SubscriptionInvoiceStatus) -> Result<Option<Uuid>> {
    let sub_id = text(&invoice["subscription"]).or_else(|| text(&invoice["parent"]["subscription_details"]["subscription"]));
    let Some(sub_id) = sub_id else { return Ok(None) };
    let sub = subscriptions::by_provider_id(tx, BillingProvider::Stripe, sub_id)
        .await?
        .ok_or_else(|| failed("the invoice's subscription has not arrived yet"))?;
    let line = &invoice["lines"]["data"][0]["period"];
    let start = time(&line["start"]).or_else(|| time(&invoice["period_start"])).unwrap_or_else(chrono::Utc::now);
    let end = time(&line["end"]).or_else(|| time(&invoice["period_end"])).unwrap_or(start);
    let amount = if status == SubscriptionInvoiceStatus::Paid { invoice["amount_paid"].as_i64() } else { invoice["amount_due"].as_i64() };
    let input = subscriptions::ProviderInvoice {
        stripe_invoice_id: text(&invoice["id"]).ok_or_else(|| failed("the invoice has no id"))?.to_owned(),
        amount: amount.unwrap_or(0),
        currency: text(&invoice["currency"]).unwrap_or("usd").to_owned(),
        status,
        period_start: start,
        period_end: end,
        payment_intent_id: text(&invoice["payment_intent"]).map(str::to_owned),
        hosted_invoice_url: text(&invoice["hosted_invoice_url"]).filter(|u| u.starts_with("https://")).map(str::to_owned),
    };
    subscriptions::upsert_invoice(tx, &sub, input).await?;
    Ok(Some(sub.workspace_id))
}

async fn payment_intent(tx: &DatabaseTransaction, intent: &Value, to: OrderStatus) -> Result<Option<Uuid>> {
    let (Some(workspace_id), Some(order_id)) = (uuid(&intent["metadata"]["workspace_id"]), uuid(&intent["metadata"]["order_id"])) else {
        return Ok(None);
    };
    let order =
        order_service::lock_order(tx, workspace_id, order_id).await?.ok_or_else(|| failed("the intent's order is not in its workspace"))?;
    if order.status != OrderStatus::Pending {
        // A late failure after success, or a repeat: the flow has moved on.
        return Ok(Some(workspace_id));
    }
    let said = order_service::Payment {
        intent: text(&intent["id"]).map(str::to_owned),
        status: text(&intent["status"]).map(str::to_owned),
        method: text(&intent["payment_method_types"][0]).map(str::to_owned),
    };
    order_service::move_order(tx, order, to, said).await?;
    Ok(Some(workspace_id))
}

async fn refunded(tx: &DatabaseTransaction, charge: &Value) -> Result<Option<Uuid>> {
    let Some(intent) = text(&charge["payment_intent"]) else { return Ok(None) };
    let select = orders::Entity::find().filter(orders::Column::PaymentIntentId.eq(intent)).lock_exclusive();
    let found = platform::rows::all(tx, select).await?;
    let [order] = found.as_slice() else {
        // A refund of one of our orders whose payment has not been recorded yet (events come
        // in any order): fail, and Stripe delivers it again after the payment. A refund of
        // anything else (an invoice's charge) is not an order's.
        if uuid(&charge["metadata"]["order_id"]).is_some() {
            return Err(failed("the refunded payment is not recorded yet"));
        }
        return Ok(None);
    };
    let workspace_id = order.workspace_id;
    // `refunded` is true only once the whole charge is refunded; a partial refund leaves the
    // order paid (`amount_refunded` says how much went back).
    if order.status == OrderStatus::Paid && charge["refunded"].as_bool() == Some(true) {
        order_service::move_order(
            tx,
            order.clone(),
            OrderStatus::Refunded,
            order_service::Payment { status: Some("refunded".into()), ..Default::default() },
        )
        .await?;
    }
    Ok(Some(workspace_id))
}

async fn product(tx: &DatabaseTransaction, object: &Value, deleted: bool) -> Result<Option<Uuid>> {
    let id = text(&object["id"]).ok_or_else(|| failed("the product has no id"))?;
    let select = products::Entity::find()
        .filter(products::Column::Provider.eq(CatalogueProvider::Stripe))
        .filter(products::Column::ProviderProductId.eq(id))
        .lock_exclusive();
    let existing = platform::rows::one(tx, select).await?;
    let name: String = text(&object["name"]).unwrap_or(id).chars().take(200).collect();
    let metadata = if object["metadata"].is_object() { object["metadata"].clone() } else { json!({}) };
    let mut row: products::ActiveModel = match existing.clone() {
        Some(found) => found.into(),
        None => products::ActiveModel {
            id: Set(Uuid::now_v7()),
            provider: Set(CatalogueProvider::Stripe),
            provider_product_id: Set(Some(id.to_owned())),
            ..Default::default()
        },
    };
    row.name = Set(if name.trim().is_empty() { id.to_owned() } else { name });
    row.description = Set(text(&object["description"]).map(str::to_owned));
    row.image = Set(text(&object["images"][0]).map(str::to_owned));
    row.active = Set(!deleted && object["active"].as_bool().unwrap_or(true));
    row.metadata = Set(metadata);
    if existing.is_some() {
        row.update(tx).await?
    } else {
        row.insert(tx).await?
    };
    Ok(None)
}

async fn price(tx: &DatabaseTransaction, object: &Value, deleted: bool) -> Result<Option<Uuid>> {
    let id = text(&object["id"]).ok_or_else(|| failed("the price has no id"))?;
    let product_id = text(&object["product"]).ok_or_else(|| failed("the price names no product"))?;
    let product = products::Entity::find()
        .filter(products::Column::Provider.eq(CatalogueProvider::Stripe))
        .filter(products::Column::ProviderProductId.eq(product_id));
    let product = platform::rows::one(tx, product).await?.ok_or_else(|| failed("the price's product has not arrived yet"))?;
    let select = prices::Entity::find()
        .filter(prices::Column::Provider.eq(CatalogueProvider::Stripe))
        .filter(prices::Column::ProviderPriceId.eq(id))
        .lock_exclusive();
    let existing = platform::rows::one(tx, select).await?;
    let recurring = &object["recurring"];
    let interval = match recurring["interval"].as_str() {
        Some("day") => Some(PriceInterval::Day),
        Some("week") => Some(PriceInterval::Week),
        Some("month") => Some(PriceInterval::Month),
        Some("year") => Some(PriceInterval::Year),
        _ => None,
    };
    let price_type = if interval.is_some() { PriceType::Recurring } else { PriceType::OneTime };
    let currency =
        text(&object["currency"]).and_then(crate::service::values::currency).ok_or_else(|| failed("the price has no currency"))?;
    let mut row: prices::ActiveModel = match existing.clone() {
        Some(found) => found.into(),
        None => prices::ActiveModel {
            id: Set(Uuid::now_v7()),
            provider: Set(CatalogueProvider::Stripe),
            provider_price_id: Set(Some(id.to_owned())),
            ..Default::default()
        },
    };
    row.product_id = Set(product.id);
    row.description = Set(text(&object["nickname"]).map(str::to_owned));
    row.unit_amount = Set(object["unit_amount"].as_i64().unwrap_or(0).max(0));
    row.currency = Set(currency);
    row.price_type = Set(price_type);
    row.interval = Set(interval);
    row.interval_count = Set(recurring["interval_count"].as_i64().and_then(|n| i32::try_from(n).ok()).filter(|n| *n > 0).unwrap_or(1));
    row.trial_period_days =
        Set(recurring["trial_period_days"].as_i64().and_then(|n| i32::try_from(n).ok()).filter(|n| *n >= 0).unwrap_or(0));
    row.active = Set(!deleted && object["active"].as_bool().unwrap_or(true));
    row.metadata = Set(if object["metadata"].is_object() { object["metadata"].clone() } else { json!({}) });
    if existing.is_some() {
        row.update(tx).await?
    } else {
        row.insert(tx).await?
    };
    Ok(None)
}
