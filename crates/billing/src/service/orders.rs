//! Orders (seed 001): catalogue products priced when the order is made, in integer minor
//! units of one currency.
//!
//! - Each item's `unit_price` is its product's `base_price` at that moment; later price
//!   changes do not touch the order (rule 5).
//! - `discount_amount` is the product's volume discount for the quantity: the highest tier
//!   whose `min_quantity` the quantity reaches, `percent_off` of `quantity × unit_price`,
//!   rounded half up to the minor unit (rule 6); `subtotal = quantity × unit_price −
//!   discount_amount`, and the order's `total_amount` is the sum of its subtotals (rule 4).
//! - An order is PENDING until its payment: PENDING → PAID | FAILED, PAID → REFUNDED, nothing
//!   else (rule 7; a trigger refuses any other change). Payments move it: Stripe's payment
//!   intents and checkout sessions, PhonePe's status check.
//! - The same idempotency key again answers the first order when the items are the same, and
//!   is refused otherwise.
//! - Members and above order; viewers read.

use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::write::advisory_lock;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use serde_json::{Value, json};
use uuid::Uuid;

use super::values::{currency, idempotency_key, line, tiers};
use super::{Backend, audit};
use crate::entity::{OrderStatus, order_items, orders, products};
use crate::error::{BillingError, Result};

platform::child_list! {
    /// An order's items, in the order they were given.
    pub OrderItems = order_items::Entity, by OrderId, order [CreatedAt asc, Id asc];
}

/// The most items one order holds, and the most units of one item.
pub const MAX_ITEMS: usize = 50;
pub const MAX_QUANTITY: i32 = 10_000;

/// One item to order.
#[derive(Debug, Clone, PartialEq)]
pub struct NewItem {
    pub product_id: Uuid,
    pub quantity: i32,
    pub content_bundle_id: Option<Uuid>,
    pub options: Option<Value>,
}

/// An order to make.
#[derive(Debug, Clone, Default)]
pub struct NewOrder {
    pub business_id: Option<Uuid>,
    /// The order's currency; the first product's when omitted.
    pub currency: Option<String>,
    pub items: Vec<NewItem>,
    pub metadata: Option<Value>,
    pub idempotency_key: Option<String>,
}

/// An order by id; another tenant's is answered as missing.
pub async fn get_order(ctx: &RequestContext, id: Uuid) -> Result<orders::Model> {
    find::<orders::Entity>(ctx, id).await?.ok_or(BillingError::OrderNotFound { field: "id" })
}

/// Makes a PENDING order priced from the catalogue (see the module).
pub async fn create_order(ctx: &RequestContext, backend: &Backend, workspace_id: Uuid, input: NewOrder) -> Result<orders::Model> {
    ctx.require_writer(workspace_id).await?;
    let user_id = ctx.viewer()?.user_id;
    let key = idempotency_key(input.idempotency_key.as_deref(), "idempotencyKey")?;
    if input.items.is_empty() || input.items.len() > MAX_ITEMS {
        return Err(BillingError::ItemCount { max: MAX_ITEMS });
    }
    for (index, item) in input.items.iter().enumerate() {
        if !(1..=MAX_QUANTITY).contains(&item.quantity) {
            return Err(BillingError::ItemQuantity { index, max: MAX_QUANTITY });
        }
        if item.options.as_ref().is_some_and(|o| !o.is_object()) {
            return Err(BillingError::ItemOptionsNotObject { index });
        }
    }
    let metadata = match input.metadata {
        None | Some(Value::Null) => json!({}),
        Some(Value::Object(map)) => Value::Object(map),
        Some(_) => return Err(BillingError::NotAnObject { field: "metadata" }),
    };
    let wanted_currency = match input.currency.as_deref() {
        Some(text) => Some(
            currency(text)
                .ok_or(BillingError::InvalidAmount { field: "currency", message: "a currency is a three-letter ISO 4217 code".into() })?,
        ),
        None => None,
    };

    let tx = backend.begin().await?;
    if let Some(key) = &key {
        advisory_lock(&tx, &format!("order:{workspace_id}:{key}")).await?;
        let first = orders::Entity::find()
            .filter(orders::Column::WorkspaceId.eq(workspace_id))
            .filter(orders::Column::IdempotencyKey.eq(key.as_str()));
        if let Some(first) = platform::rows::one(&tx, first).await? {
            let items = platform::rows::all(
                &tx,
                order_items::Entity::find()
                    .filter(order_items::Column::OrderId.eq(first.id))
                    .filter(order_items::Column::WorkspaceId.eq(workspace_id))
                    .order_by_asc(order_items::Column::CreatedAt)
                    .order_by_asc(order_items::Column::Id),
            )
            .await?;
            let same = items.len() == input.items.len()
                && items.iter().zip(&input.items).all(|(had, asked)| {
                    had.product_id == asked.product_id && had.quantity == asked.quantity && had.content_bundle_id == asked.content_bundle_id
                })
                && first.business_id == input.business_id;
            return if same { Ok(first) } else { Err(BillingError::IdempotencyKeyReused { field: "idempotencyKey" }) };
        }
    }
    // The products, as the catalogue holds them now.
    let ids: Vec<Uuid> = input.items.iter().map(|i| i.product_id).collect();
    let found = platform::rows::all(&tx, products::Entity::find().filter(products::Column::Id.is_in(ids))).await?;
    let mut priced = Vec::with_capacity(input.items.len());
    let mut order_currency = wanted_currency;
    let mut total: i64 = 0;
    for (index, item) in input.items.iter().enumerate() {
        let product = found.iter().find(|p| p.id == item.product_id).ok_or(BillingError::ItemProductNotFound { index })?;
        if !product.active {
            return Err(BillingError::ItemProductInactive { index });
        }
        let unit_price = product.base_price.ok_or(BillingError::ItemProductUnpriced { index })?;
        let currency = order_currency.get_or_insert_with(|| product.currency.clone());
        if *currency != product.currency {
            return Err(BillingError::ItemCurrencyMismatch { index });
        }
        let (_, discount, subtotal) = line(unit_price, item.quantity, &tiers(&product.volume_discounts))
            .ok_or(BillingError::ItemQuantity { index, max: MAX_QUANTITY })?;
        total = total.checked_add(subtotal).ok_or(BillingError::ItemQuantity { index, max: MAX_QUANTITY })?;
        priced.push((item, unit_price, discount, subtotal));
    }
    let order = orders::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(Some(user_id)),
        business_id: Set(input.business_id),
        status: Set(OrderStatus::Pending),
        total_amount: Set(total),
        currency: Set(order_currency.unwrap_or_else(|| "usd".into())),
        metadata: Set(metadata),
        idempotency_key: Set(key),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    for (index, (item, unit_price, discount, subtotal)) in priced.into_iter().enumerate() {
        // One savepoint an item, so a missing content bundle names its item.
        let one = tx.begin().await?;
        order_items::ActiveModel {
            id: Set(Uuid::now_v7()),
            workspace_id: Set(workspace_id),
            order_id: Set(order.id),
            product_id: Set(item.product_id),
            quantity: Set(item.quantity),
            unit_price: Set(unit_price),
            discount_amount: Set(discount),
            subtotal: Set(subtotal),
            content_bundle_id: Set(item.content_bundle_id),
            options: Set(item.options.clone().unwrap_or_else(|| json!({}))),
            ..Default::default()
        }
        .insert(&one)
        .await
        .map_err(|e| BillingError::from(e).at_item(index))?;
        one.commit().await?;
    }
    audit(&tx, ctx, workspace_id, "order", order.id, AuditAction::Create, platform::write::snapshot(&order)).await?;
    tx.commit().await?;
    Ok(order)
}

/// Moves an order along its flow in a worker transaction (payments and webhooks); a step the
/// flow does not have is refused (INVALID_STATE), and asking for the status it has changes
/// nothing. `payment` sets what the provider said.
pub async fn move_order(tx: &DatabaseTransaction, order: orders::Model, to: OrderStatus, payment: Payment) -> Result<orders::Model> {
    // The same status again: a repeat, or news about the payment of a pending order (a failed
    // attempt) that is recorded without a transition.
    let news = payment.intent.is_some() || payment.status.is_some() || payment.method.is_some();
    if order.status == to && !news {
        return Ok(order);
    }
    let allowed = order.status == to
        || matches!(
            (order.status, to),
            (OrderStatus::Pending, OrderStatus::Paid)
                | (OrderStatus::Pending, OrderStatus::Failed)
                | (OrderStatus::Paid, OrderStatus::Refunded)
        );
    if !allowed {
        return Err(BillingError::InvalidState {
            field: "status",
            message: format!("an order that is {:?} cannot become {:?}", order.status, to),
        });
    }
    let mut changed: orders::ActiveModel = order.into();
    changed.status = Set(to);
    if let Some(intent) = payment.intent {
        changed.payment_intent_id = Set(Some(intent));
    }
    if let Some(status) = payment.status {
        changed.payment_status = Set(Some(status));
    }
    if let Some(method) = payment.method {
        changed.payment_method = Set(Some(method));
    }
    Ok(changed.update(tx).await?)
}

/// What a provider said about an order's payment.
#[derive(Debug, Clone, Default)]
pub struct Payment {
    pub intent: Option<String>,
    pub status: Option<String>,
    pub method: Option<String>,
}

/// An order by id for a webhook (the worker sees every workspace), locked.
pub async fn lock_order(tx: &DatabaseTransaction, workspace_id: Uuid, id: Uuid) -> Result<Option<orders::Model>> {
    use sea_orm::QuerySelect;
    let select =
        orders::Entity::find().filter(orders::Column::Id.eq(id)).filter(orders::Column::WorkspaceId.eq(workspace_id)).lock_exclusive();
    Ok(platform::rows::one(tx, select).await?)
}

/// Filters on the order list; empty matches everything.
#[derive(Debug, Clone, Default)]
pub struct OrderFilter {
    pub statuses: Vec<OrderStatus>,
    pub business_id: Option<Uuid>,
}

/// A workspace's orders, newest first.
pub async fn list_orders(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: OrderFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<orders::Model>> {
    let mut select = in_workspace::<orders::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(orders::Column::Status.is_in(filter.statuses));
    }
    if let Some(business) = filter.business_id {
        select = select.filter(orders::Column::BusinessId.eq(business));
    }
    use orders::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |o| (o.created_at, o.id), with_total).await?)
}
