//! PhonePe payments in INR (seed 000), in paise.
//!
//! - A payment is for a PENDING order in INR (its total), a subscription billed in INR (one
//!   period's amount), or a given amount: exactly one of them.
//! - `gst_amount = amount × the GST rate` (18 % by default, `MOSAIC_GST_PERCENT`), rounded half
//!   up to the paisa; `total_amount = amount + gst_amount`, at least ₹1.00 (rule 1).
//! - The merchant transaction id is `MT` and 32 hex digits (under 38 characters of letters and
//!   digits, as PhonePe asks, rule 2): derived from the workspace and the idempotency key when
//!   one is given, so the same key again answers the first payment (with its pay page) and
//!   PhonePe never sees a second transaction; random otherwise.
//! - A payment is PENDING until PhonePe's status API confirms it: the callback is only a hint,
//!   checked with its `X-VERIFY`, and money is believed from the status check alone. PENDING →
//!   COMPLETED (with `completed_at`) | FAILED; COMPLETED → REFUNDED; a final payment never
//!   changes, so a repeated callback does nothing (rule 3). A completed payment marks its order
//!   PAID, a failed one FAILED.

use chrono::Utc;
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::values::{decimal, gst, idempotency_key};
use super::{Backend, audit, orders};
use crate::entity::{OrderStatus, PaymentStatus, payments, subscriptions};
use crate::error::{BillingError, Result};
use crate::providers::{PayRequest, PhonePeStatus, ProviderError};

/// What a payment is for.
#[derive(Debug, Clone, Default)]
pub struct NewPayment {
    pub order_id: Option<Uuid>,
    pub subscription_id: Option<Uuid>,
    /// Rupees as a decimal string (`"999.00"`), when neither an order nor a subscription.
    pub amount: Option<String>,
    pub idempotency_key: Option<String>,
}

/// A payment started, with the page to send the payer to.
#[derive(Debug, Clone)]
pub struct Started {
    pub payment: payments::Model,
    pub redirect_url: Option<String>,
}

/// The merchant transaction id of a payment (see the module).
pub fn merchant_transaction_id(workspace_id: Uuid, key: Option<&str>) -> String {
    match key {
        Some(key) => format!("MT{}", &hex::encode(Sha256::digest(format!("{workspace_id}|{key}").as_bytes()))[..32]),
        None => format!("MT{}", Uuid::now_v7().simple()),
    }
}

/// A payment by id; another tenant's is answered as missing.
pub async fn get_payment(ctx: &RequestContext, id: Uuid) -> Result<payments::Model> {
    find::<payments::Entity>(ctx, id).await?.ok_or(BillingError::PaymentNotFound)
}

/// Starts a PhonePe payment (members and above): see the module.
pub async fn create_payment(ctx: &RequestContext, backend: &Backend, workspace_id: Uuid, input: NewPayment) -> Result<Started> {
    ctx.require_writer(workspace_id).await?;
    let user_id = ctx.viewer()?.user_id;
    let key = idempotency_key(input.idempotency_key.as_deref(), "idempotencyKey")?;
    let targets = [input.order_id.is_some(), input.subscription_id.is_some(), input.amount.is_some()];
    match targets.iter().filter(|t| **t).count() {
        1 => {}
        0 => {
            return Err(BillingError::InvalidAmount {
                field: "amount",
                message: "give the order, the subscription or the amount to pay".into(),
            });
        }
        _ => return Err(BillingError::PaymentTargetConflict),
    }
    // The amount, read in the request (another tenant's order or subscription is missing).
    let amount = if let Some(order_id) = input.order_id {
        let order = find::<crate::entity::orders::Entity>(ctx, order_id)
            .await?
            .filter(|o| o.workspace_id == workspace_id)
            .ok_or(BillingError::OrderNotFound { field: "orderId" })?;
        if order.currency != "inr" {
            return Err(BillingError::PaymentCurrency { currency: order.currency.to_uppercase() });
        }
        if order.status != OrderStatus::Pending {
            return Err(BillingError::InvalidState { field: "orderId", message: "only a PENDING order can be paid".into() });
        }
        order.total_amount
    } else if let Some(subscription_id) = input.subscription_id {
        let sub = find::<subscriptions::Entity>(ctx, subscription_id)
            .await?
            .filter(|s| s.workspace_id == workspace_id)
            .ok_or(BillingError::SubscriptionNotFound { field: "subscriptionId" })?;
        match (sub.currency.as_str(), sub.amount_minor) {
            ("inr", Some(amount)) => amount,
            _ => {
                return Err(BillingError::InvalidState {
                    field: "subscriptionId",
                    message: "only a subscription billed in INR is paid through PhonePe".into(),
                });
            }
        }
    } else {
        let text = input.amount.as_deref().unwrap_or_default();
        let paise = decimal(text, 2).and_then(|p| i64::try_from(p).ok()).filter(|p| *p <= 10_000_000_000);
        paise.ok_or(BillingError::InvalidAmount {
            field: "amount",
            message: "an amount is rupees with at most two decimals, up to ₹100,000,000".into(),
        })?
    };
    let gst_amount = gst(amount, backend.config.gst_rate);
    let total = amount + gst_amount;
    if total < 100 {
        return Err(BillingError::InvalidAmount { field: "amount", message: "PhonePe takes at least ₹1.00 (100 paise)".into() });
    }
    let Some(phonepe) = backend.providers.phonepe.clone() else {
        return Err(BillingError::ProviderNotConfigured { provider: "PhonePe" });
    };
    let merchant_id = merchant_transaction_id(workspace_id, key.as_deref());

    let tx = backend.begin().await?;
    platform::write::advisory_lock(&tx, &format!("payment:{merchant_id}")).await?;
    let first = payments::Entity::find()
        .filter(payments::Column::PhonepeMerchantTransactionId.eq(merchant_id.as_str()))
        .filter(payments::Column::WorkspaceId.eq(workspace_id));
    if let Some(first) = platform::rows::one(&tx, first).await? {
        let same = first.amount == amount && first.order_id == input.order_id && first.subscription_id == input.subscription_id;
        return if same {
            Ok(Started { redirect_url: first.redirect_url.clone(), payment: first })
        } else {
            Err(BillingError::IdempotencyKeyReused { field: "idempotencyKey" })
        };
    }
    let payment = payments::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(Some(user_id)),
        order_id: Set(input.order_id),
        subscription_id: Set(input.subscription_id),
        amount: Set(amount),
        gst_amount: Set(gst_amount),
        total_amount: Set(total),
        currency: Set("inr".into()),
        status: Set(PaymentStatus::Pending),
        phonepe_merchant_transaction_id: Set(merchant_id.clone()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    // PhonePe last: if it refuses, nothing was kept.
    let redirect_url = phonepe
        .pay(PayRequest { merchant_transaction_id: merchant_id, amount: total, merchant_user_id: format!("U{}", user_id.simple()) })
        .await
        .map_err(|e| provider_error("PhonePe", e))?;
    let mut changed: payments::ActiveModel = payment.into();
    changed.redirect_url = Set(Some(redirect_url.clone()));
    let payment = changed.update(&tx).await?;
    audit(&tx, ctx, workspace_id, "payment", payment.id, AuditAction::Create, platform::write::snapshot(&payment)).await?;
    tx.commit().await?;
    Ok(Started { payment, redirect_url: Some(redirect_url) })
}

/// A provider's refusal as a payload error, its outage as an internal one (logged).
pub fn provider_error(provider: &'static str, error: ProviderError) -> BillingError {
    match error {
        ProviderError::Refused(message) => BillingError::ProviderRefused { provider, message },
        ProviderError::Unavailable(detail) => BillingError::Api(platform::ApiError::Internal(format!("{provider}: {detail}"))),
    }
}

/// What a status check did to a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    /// It moved to this status (and its order along with it).
    Moved(PaymentStatus),
    /// PhonePe has not settled it yet: the callback is answered 5xx, so PhonePe sends it again.
    Pending,
    /// Nothing changed: already final, or an amount that does not match.
    Unchanged(&'static str),
}

/// Applies PhonePe's status of a payment, in `tx` (the callback's worker transaction): see the
/// module. The payment is found by its merchant transaction id, in whichever workspace it is.
pub async fn settle(tx: &DatabaseTransaction, merchant_transaction_id: &str, status: &PhonePeStatus) -> Result<(Option<Uuid>, Settled)> {
    let select =
        payments::Entity::find().filter(payments::Column::PhonepeMerchantTransactionId.eq(merchant_transaction_id)).lock_exclusive();
    let found = platform::rows::all(tx, select).await?;
    let [payment] = found.as_slice() else {
        return Ok((None, Settled::Unchanged("no single payment has this merchant transaction id")));
    };
    let payment = payment.clone();
    let workspace_id = Some(payment.workspace_id);
    if payment.status != PaymentStatus::Pending {
        return Ok((workspace_id, Settled::Unchanged("the payment is final")));
    }
    let to = match status.code.as_str() {
        "PAYMENT_SUCCESS" if status.amount == payment.total_amount => PaymentStatus::Completed,
        "PAYMENT_SUCCESS" => return Ok((workspace_id, Settled::Unchanged("PhonePe's amount differs from the payment's"))),
        "PAYMENT_ERROR" | "PAYMENT_DECLINED" | "TIMED_OUT" | "TRANSACTION_NOT_FOUND" | "PAYMENT_CANCELLED" => PaymentStatus::Failed,
        _ => return Ok((workspace_id, Settled::Pending)),
    };
    let order_id = payment.order_id;
    let mut changed: payments::ActiveModel = payment.clone().into();
    changed.status = Set(to);
    changed.phonepe_transaction_id = Set(status.transaction_id.clone());
    changed.payment_method = Set(status.payment_method.clone());
    if to == PaymentStatus::Completed {
        changed.completed_at = Set(Some(Utc::now().fixed_offset()));
    }
    changed.update(tx).await?;
    if let Some(order_id) = order_id
        && let Some(order) = orders::lock_order(tx, payment.workspace_id, order_id).await?
        && order.status == OrderStatus::Pending
    {
        let order_to = if to == PaymentStatus::Completed { OrderStatus::Paid } else { OrderStatus::Failed };
        let said = orders::Payment { intent: None, status: Some(status.code.clone()), method: status.payment_method.clone() };
        orders::move_order(tx, order, order_to, said).await?;
    }
    Ok((workspace_id, Settled::Moved(to)))
}

/// Filters on the payment list; empty matches everything.
#[derive(Debug, Clone, Default)]
pub struct PaymentFilter {
    pub statuses: Vec<PaymentStatus>,
}

/// A workspace's payments, newest first.
pub async fn list_payments(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: PaymentFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<payments::Model>> {
    let mut select = in_workspace::<payments::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(payments::Column::Status.is_in(filter.statuses));
    }
    use payments::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |p| (p.created_at, p.id), with_total).await?)
}
