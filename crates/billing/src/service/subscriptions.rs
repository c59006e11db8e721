//! Customers, subscriptions and their invoices, for Stripe, Whop, PhonePe and manual plans.
//!
//! - One billing customer per workspace, holding the providers' customer ids; owners and
//!   admins only read it (and provider ids on other rows).
//! - Several subscriptions per workspace: at most one *gates* the plan (a plan tier, never an
//!   add-on). Whenever the gating subscription is made, changed or ended, the workspace's plan
//!   columns (tier, status, plan type, limits, monthly budget) follow in the same transaction:
//!   a database trigger calls `tenancy.apply_plan` (see `docs/billing.md` for the status map).
//!   A new plan subscription takes the gate from the previous one.
//! - Cancel (owners and admins) sets `cancel_at_period_end` and keeps the status until
//!   `current_period_end`; resume before then clears it; at the period's end the subscription
//!   is CANCELED with `ended_at` set (the provider's webhook, or [`end_due`] for every provider).
//! - Trials: the status is TRIALING until `trial_end`, with the price's trial length.

use chrono::{DateTime, Utc};
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::{RequestContext, Role};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use super::payments::provider_error;
use super::values::required_key;
use super::{Backend, audit};
use crate::entity::{
    BillingProvider, BillingSubscriptionStatus, CatalogueProvider, PriceType, SubscriptionInvoiceStatus, SubscriptionPlan, customers,
    prices, subscription_invoices, subscriptions,
};
use crate::error::{BillingError, Result};
use crate::providers::CheckoutRequest;

platform::child_list! {
    /// A subscription's invoices, latest period first.
    pub SubscriptionInvoices = subscription_invoices::Entity, by SubscriptionId, order [BillingPeriodStart desc, Id desc];
}

/// Owners and admins manage billing and see provider ids.
pub async fn is_billing_admin(ctx: &RequestContext, workspace_id: Uuid) -> bool {
    ctx.role_in(workspace_id).await.is_ok_and(|role| role >= Role::Admin)
}

/// The workspace's billing customer (owners and admins).
pub async fn get_customer(ctx: &RequestContext, workspace_id: Uuid) -> Result<Option<customers::Model>> {
    ctx.require_role(workspace_id, Role::Admin).await?;
    let select = in_workspace::<customers::Entity>(ctx, workspace_id).await?;
    Ok(platform::rows::one(ctx.db(), select).await?)
}

/// A subscription by id; another tenant's is answered as missing.
pub async fn get_subscription(ctx: &RequestContext, id: Uuid) -> Result<subscriptions::Model> {
    find::<subscriptions::Entity>(ctx, id).await?.ok_or(BillingError::SubscriptionNotFound { field: "id" })
}

/// An invoice by id; another tenant's is answered as missing.
pub async fn get_invoice(ctx: &RequestContext, id: Uuid) -> Result<subscription_invoices::Model> {
    find::<subscription_invoices::Entity>(ctx, id).await?.ok_or(BillingError::InvoiceNotFound)
}

/// Filters on the subscription list; empty matches everything.
#[derive(Debug, Clone, Default)]
pub struct SubscriptionFilter {
    pub statuses: Vec<BillingSubscriptionStatus>,
}

/// A workspace's subscriptions, newest first.
pub async fn list_subscriptions(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: SubscriptionFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<subscriptions::Model>> {
    let mut select = in_workspace::<subscriptions::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(subscriptions::Column::Status.is_in(filter.statuses));
    }
    use subscriptions::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |s| (s.created_at, s.id), with_total).await?)
}

/// Filters on the invoice list; empty matches everything.
#[derive(Debug, Clone, Default)]
pub struct InvoiceFilter {
    pub statuses: Vec<SubscriptionInvoiceStatus>,
    pub subscription_id: Option<Uuid>,
}

/// A workspace's invoices, newest first.
pub async fn list_invoices(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: InvoiceFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<subscription_invoices::Model>> {
    let mut select = in_workspace::<subscription_invoices::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(subscription_invoices::Column::Status.is_in(filter.statuses));
    }
    if let Some(id) = filter.subscription_id {
        select = select.filter(subscription_invoices::Column::SubscriptionId.eq(id));
    }
    use subscription_invoices::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |s| (s.created_at, s.id), with_total).await?)
}

/// The subscription an owner or admin may change, locked in `tx`.
async fn for_change(ctx: &RequestContext, tx: &DatabaseTransaction, id: Uuid) -> Result<subscriptions::Model> {
    let seen = find::<subscriptions::Entity>(ctx, id).await?.ok_or(BillingError::SubscriptionNotFound { field: "id" })?;
    ctx.require_role(seen.workspace_id, Role::Admin).await?;
    let select = subscriptions::Entity::find()
        .filter(subscriptions::Column::Id.eq(id))
        .filter(subscriptions::Column::WorkspaceId.eq(seen.workspace_id))
        .lock_exclusive();
    platform::rows::one(tx, select).await?.ok_or(BillingError::SubscriptionNotFound { field: "id" })
}

/// Cancels a subscription at the end of its period (owners and admins): the provider is told
/// first, then the row; the status stays until the period ends.
pub async fn cancel_subscription(ctx: &RequestContext, backend: &Backend, id: Uuid, now: DateTime<Utc>) -> Result<subscriptions::Model> {
    set_cancel(ctx, backend, id, true, now).await
}

/// Takes back a cancellation before the period ends (owners and admins).
pub async fn resume_subscription(ctx: &RequestContext, backend: &Backend, id: Uuid, now: DateTime<Utc>) -> Result<subscriptions::Model> {
    set_cancel(ctx, backend, id, false, now).await
}

async fn set_cancel(ctx: &RequestContext, backend: &Backend, id: Uuid, cancel: bool, now: DateTime<Utc>) -> Result<subscriptions::Model> {
    let tx = backend.begin().await?;
    let sub = for_change(ctx, &tx, id).await?;
    if !sub.status.is_live() || sub.current_period_end.with_timezone(&Utc) <= now {
        return Err(BillingError::InvalidState {
            field: "id",
            message: "only a live subscription whose period has not ended can be canceled or resumed".into(),
        });
    }
    if sub.cancel_at_period_end == cancel {
        let message =
            if cancel { "the subscription is already canceled at the end of its period" } else { "the subscription is not canceled" };
        return Err(BillingError::InvalidState { field: "id", message: message.into() });
    }
    if let Some(provider_id) = sub.provider_subscription_id.as_deref() {
        match sub.provider {
            BillingProvider::Stripe => {
                let stripe = backend.providers.stripe.clone().ok_or(BillingError::ProviderNotConfigured { provider: "Stripe" })?;
                stripe.cancel_at_period_end(provider_id, cancel).await.map_err(|e| provider_error("Stripe", e))?;
            }
            BillingProvider::Whop => {
                let whop = backend.providers.whop.clone().ok_or(BillingError::ProviderNotConfigured { provider: "Whop" })?;
                whop.cancel_at_period_end(provider_id, cancel).await.map_err(|e| provider_error("Whop", e))?;
            }
            // PhonePe renews by collecting each period; stopping is ours alone.
            BillingProvider::Phonepe | BillingProvider::Manual => {}
        }
    }
    let before = platform::write::snapshot(&sub);
    let mut changed: subscriptions::ActiveModel = sub.clone().into();
    changed.cancel_at_period_end = Set(cancel);
    changed.canceled_at = Set(cancel.then(|| now.fixed_offset()));
    changed.cancel_at = Set(cancel.then_some(sub.current_period_end));
    let after = changed.update(&tx).await?;
    let changes = platform::audit::diff(&before, &platform::write::snapshot(&after));
    audit(&tx, ctx, after.workspace_id, "billing_subscription", after.id, AuditAction::Update, changes).await?;
    tx.commit().await?;
    Ok(after)
}

/// Ends every subscription canceled at the end of a period that is over: CANCELED, `ended_at`
/// at the period's end (the workspace falls back to the free plan by the trigger).
pub async fn end_due(backend: &Backend, now: DateTime<Utc>) -> Result<u64> {
    let tx = backend.begin().await?;
    let due = subscriptions::Entity::find()
        .filter(subscriptions::Column::CancelAtPeriodEnd.eq(true))
        .filter(subscriptions::Column::CurrentPeriodEnd.lte(now))
        .filter(subscriptions::Column::Status.is_in([
            BillingSubscriptionStatus::Trialing,
            BillingSubscriptionStatus::Active,
            BillingSubscriptionStatus::PastDue,
        ]))
        .lock_exclusive();
    let due = platform::rows::all(&tx, due).await?;
    let ended = due.len() as u64;
    for sub in due {
        let end = sub.current_period_end;
        let mut changed: subscriptions::ActiveModel = sub.into();
        changed.status = Set(BillingSubscriptionStatus::Canceled);
        changed.ended_at = Set(Some(end));
        changed.update(&tx).await?;
    }
    tx.commit().await?;
    Ok(ended)
}

/// A subscription as a provider describes it, for [`upsert`].
#[derive(Debug, Clone)]
pub struct ProviderSubscription {
    pub provider: BillingProvider,
    pub provider_subscription_id: String,
    pub status: BillingSubscriptionStatus,
    /// The catalogue price, when the provider's price is in it.
    pub price: Option<prices::Model>,
    pub quantity: i32,
    pub cancel_at_period_end: bool,
    pub current_period_start: DateTime<Utc>,
    pub current_period_end: DateTime<Utc>,
    pub trial_start: Option<DateTime<Utc>>,
    pub trial_end: Option<DateTime<Utc>>,
    pub cancel_at: Option<DateTime<Utc>>,
    pub canceled_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub metadata: Value,
}

/// Makes or updates a provider's subscription in a workspace (a webhook's effect), as a plan
/// subscription that gates the workspace's plan: its tier comes from the price's product
/// (`metadata.plan`, `starter` when it names none), its limits from the product's metadata.
pub async fn upsert(
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    customer_id: Option<Uuid>,
    input: ProviderSubscription,
) -> Result<subscriptions::Model> {
    let existing = subscriptions::Entity::find()
        .filter(subscriptions::Column::Provider.eq(input.provider))
        .filter(subscriptions::Column::ProviderSubscriptionId.eq(input.provider_subscription_id.as_str()))
        .filter(subscriptions::Column::WorkspaceId.eq(workspace_id))
        .lock_exclusive();
    let existing = platform::rows::one(tx, existing).await?;
    // A Stripe subscription that has ended stays ended: Stripe never reactivates one (a new
    // subscription has a new id), so an update delivered after the deletion is a late copy
    // of an older state and must not bring the plan back.
    if let Some(ended) = existing
        .as_ref()
        .filter(|e| e.provider == BillingProvider::Stripe && e.status == BillingSubscriptionStatus::Canceled && e.ended_at.is_some())
    {
        return Ok(ended.clone());
    }
    let product = match &input.price {
        Some(price) => platform::rows::one(tx, crate::entity::products::Entity::find_by_id(price.product_id)).await?,
        None => None,
    };
    let meta = product.as_ref().map(|p| p.metadata.clone()).unwrap_or(Value::Null);
    let plan = meta.get("plan").and_then(Value::as_str).and_then(|p| match p {
        "free" => Some(SubscriptionPlan::Free),
        "starter" => Some(SubscriptionPlan::Starter),
        "growth" => Some(SubscriptionPlan::Growth),
        "enterprise" => Some(SubscriptionPlan::Enterprise),
        _ => None,
    });
    let limit = |name: &str| meta.get(name).and_then(super::values::metadata_count).and_then(|n| i32::try_from(n).ok()).filter(|n| *n >= 0);
    let ended_at = match (input.status, input.ended_at) {
        (BillingSubscriptionStatus::Canceled, None) => Some(Utc::now()),
        (_, ended) => ended,
    };
    let fixed = |t: Option<DateTime<Utc>>| t.map(|t| t.fixed_offset());
    let mut row = match existing.clone() {
        Some(existing) => existing.into(),
        None => {
            // The gate moves to the new plan subscription.
            subscriptions::Entity::update_many()
                .col_expr(subscriptions::Column::GatesPlan, false.into())
                .filter(subscriptions::Column::WorkspaceId.eq(workspace_id))
                .filter(subscriptions::Column::GatesPlan.eq(true))
                .exec(tx)
                .await?;
            subscriptions::ActiveModel {
                id: Set(Uuid::now_v7()),
                workspace_id: Set(workspace_id),
                provider: Set(input.provider),
                provider_subscription_id: Set(Some(input.provider_subscription_id.clone())),
                gates_plan: Set(true),
                ..Default::default()
            }
        }
    };
    row.customer_id = Set(customer_id.or(existing.as_ref().and_then(|e| e.customer_id)));
    row.price_id = Set(input.price.as_ref().map(|p| p.id));
    row.plan = Set(Some(plan.unwrap_or(SubscriptionPlan::Starter)));
    row.status = Set(input.status);
    row.quantity = Set(input.quantity.max(1));
    row.amount_minor = Set(input.price.as_ref().map(|p| p.unit_amount));
    row.currency = Set(input.price.as_ref().map_or_else(|| "usd".into(), |p| p.currency.clone()));
    row.cancel_at_period_end = Set(input.cancel_at_period_end);
    row.current_period_start = Set(input.current_period_start.fixed_offset());
    row.current_period_end = Set(input.current_period_end.max(input.current_period_start).fixed_offset());
    row.trial_start = Set(fixed(input.trial_start));
    row.trial_end = Set(fixed(input.trial_end.map(|end| input.trial_start.map_or(end, |start| end.max(start)))));
    row.cancel_at = Set(fixed(input.cancel_at));
    row.canceled_at = Set(fixed(input.canceled_at));
    row.ended_at = Set(fixed(ended_at));
    row.creator_limit = Set(limit("creator_limit"));
    row.user_limit = Set(limit("user_limit"));
    row.voice_model_limit = Set(limit("voice_model_limit"));
    row.storage_limit_gb = Set(limit("storage_limit_gb"));
    row.metadata = Set(input.metadata);
    let saved = if existing.is_some() { row.update(tx).await? } else { row.insert(tx).await? };
    Ok(saved)
}

/// The workspace's billing customer, made or given a provider id (a webhook's effect).
pub async fn link_customer(
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    stripe: Option<&str>,
    whop: Option<&str>,
) -> Result<customers::Model> {
    let existing = customers::Entity::find().filter(customers::Column::WorkspaceId.eq(workspace_id)).lock_exclusive();
    let mut row: customers::ActiveModel = match platform::rows::one(tx, existing).await? {
        Some(found) => found.into(),
        None => customers::ActiveModel { id: Set(Uuid::now_v7()), workspace_id: Set(workspace_id), ..Default::default() },
    };
    if let Some(id) = stripe {
        row.stripe_customer_id = Set(Some(id.to_owned()));
    }
    if let Some(id) = whop {
        row.whop_customer_id = Set(Some(id.to_owned()));
    }
    let saved = if row.id.is_unchanged() { row.update(tx).await? } else { row.insert(tx).await? };
    Ok(saved)
}

/// The workspace a provider's customer id belongs to.
pub async fn workspace_of_customer(tx: &DatabaseTransaction, stripe: Option<&str>, whop: Option<&str>) -> Result<Option<(Uuid, Uuid)>> {
    let mut select = customers::Entity::find();
    select = match (stripe, whop) {
        (Some(id), _) => select.filter(customers::Column::StripeCustomerId.eq(id)),
        (None, Some(id)) => select.filter(customers::Column::WhopCustomerId.eq(id)),
        (None, None) => return Ok(None),
    };
    let found = platform::rows::all(tx, select).await?;
    Ok(match found.as_slice() {
        [one] => Some((one.workspace_id, one.id)),
        _ => None,
    })
}

/// An invoice as Stripe describes it.
#[derive(Debug, Clone)]
pub struct ProviderInvoice {
    pub stripe_invoice_id: String,
    pub amount: i64,
    pub currency: String,
    pub status: SubscriptionInvoiceStatus,
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
    pub payment_intent_id: Option<String>,
    pub hosted_invoice_url: Option<String>,
}

/// Records an invoice of a subscription, or its new status (a webhook's effect); the
/// subscription keeps the latest invoice's page.
pub async fn upsert_invoice(
    tx: &DatabaseTransaction,
    sub: &subscriptions::Model,
    input: ProviderInvoice,
) -> Result<subscription_invoices::Model> {
    let existing = subscription_invoices::Entity::find()
        .filter(subscription_invoices::Column::StripeInvoiceId.eq(input.stripe_invoice_id.as_str()))
        .filter(subscription_invoices::Column::WorkspaceId.eq(sub.workspace_id))
        .lock_exclusive();
    let existing = platform::rows::one(tx, existing).await?;
    let is_new = existing.is_none();
    let mut row: subscription_invoices::ActiveModel = match existing {
        Some(found) => found.into(),
        None => subscription_invoices::ActiveModel {
            id: Set(Uuid::now_v7()),
            workspace_id: Set(sub.workspace_id),
            subscription_id: Set(sub.id),
            stripe_invoice_id: Set(Some(input.stripe_invoice_id.clone())),
            ..Default::default()
        },
    };
    row.amount = Set(input.amount.max(0));
    row.currency = Set(input.currency);
    row.status = Set(input.status);
    row.billing_period_start = Set(input.period_start.fixed_offset());
    row.billing_period_end = Set(input.period_end.max(input.period_start).fixed_offset());
    row.payment_intent_id = Set(input.payment_intent_id);
    row.hosted_invoice_url = Set(input.hosted_invoice_url.clone());
    let saved = if is_new { row.insert(tx).await? } else { row.update(tx).await? };
    if input.hosted_invoice_url.is_some() {
        let mut changed: subscriptions::ActiveModel = sub.clone().into();
        changed.latest_invoice_url = Set(input.hosted_invoice_url);
        changed.update(tx).await?;
    }
    Ok(saved)
}

/// A subscription by its provider id, in whichever workspace it is.
pub async fn by_provider_id(tx: &DatabaseTransaction, provider: BillingProvider, id: &str) -> Result<Option<subscriptions::Model>> {
    let select = subscriptions::Entity::find()
        .filter(subscriptions::Column::Provider.eq(provider))
        .filter(subscriptions::Column::ProviderSubscriptionId.eq(id))
        .lock_exclusive();
    let found = platform::rows::all(tx, select).await?;
    Ok(match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

/// A Stripe Checkout session for a recurring Stripe price (owners and admins): the
/// subscription itself arrives through Stripe's webhooks.
pub async fn start_checkout(
    ctx: &RequestContext,
    backend: &Backend,
    workspace_id: Uuid,
    price_id: Uuid,
    urls: (String, String),
    idempotency_key: &str,
) -> Result<String> {
    ctx.require_role(workspace_id, Role::Admin).await?;
    let key = required_key(idempotency_key, "idempotencyKey")?;
    for (url, field) in [(&urls.0, "successUrl"), (&urls.1, "cancelUrl")] {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 2000 {
            return Err(BillingError::InvalidUrl { field });
        }
    }
    let price = platform::rows::one(ctx.db(), prices::Entity::find_by_id(price_id))
        .await?
        .ok_or(BillingError::PriceNotFound { field: "priceId" })?;
    let Some(provider_price) = price
        .provider_price_id
        .clone()
        .filter(|_| price.provider == CatalogueProvider::Stripe && price.price_type == PriceType::Recurring && price.active)
    else {
        return Err(BillingError::InvalidState {
            field: "priceId",
            message: "only an active recurring Stripe price starts a checkout".into(),
        });
    };
    let stripe = backend.providers.stripe.clone().ok_or(BillingError::ProviderNotConfigured { provider: "Stripe" })?;
    let customer = platform::rows::one(ctx.db(), in_workspace::<customers::Entity>(ctx, workspace_id).await?)
        .await?
        .and_then(|c| c.stripe_customer_id);
    let request = CheckoutRequest {
        price: provider_price,
        customer,
        workspace_id: workspace_id.to_string(),
        trial_period_days: price.trial_period_days,
        success_url: urls.0,
        cancel_url: urls.1,
        idempotency_key: format!("{workspace_id}:{key}"),
    };
    let session = stripe.create_checkout_session(request).await.map_err(|e| provider_error("Stripe", e))?;
    Ok(session.url)
}

/// What a provider's metadata caches for the paywall (004: the plan's nickname and amount).
pub fn paywall_cache(nickname: Option<&str>, amount: Option<i64>, currency: &str) -> Value {
    json!({ "nickname": nickname, "amount": amount, "currency": currency })
}
