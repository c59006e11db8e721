//! The catalogue: products (plans, credit packs, seed 001's content bundles), their prices and
//! the AI models, global and read by every signed-in user. Stripe's and Whop's products and
//! prices arrive through their webhooks (`crate::webhooks`); Mosaic's own are staff's.

use platform::RequestContext;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::search::contains_pattern;
use platform::text::{optional_text, required_text};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use super::Backend;
use super::values::{currency, decimal, format_decimal, tiers};
use crate::entity::{AiModelProvider, AiModelType, CatalogueProvider, PriceInterval, PriceType, ProductType, ai_models, prices, products};
use crate::error::{BillingError, Result};

/// Filters on the product list; `None` and empty lists match everything.
#[derive(Debug, Clone, Default)]
pub struct ProductFilter {
    pub active: Option<bool>,
    pub types: Vec<ProductType>,
    pub name_contains: Option<String>,
}

/// The catalogue's products, by name.
pub async fn list_products(
    ctx: &RequestContext,
    filter: ProductFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<products::Model>> {
    ctx.viewer()?;
    let mut select = products::Entity::find();
    if let Some(active) = filter.active {
        select = select.filter(products::Column::Active.eq(active));
    }
    if !filter.types.is_empty() {
        select = select.filter(products::Column::ProductType.is_in(filter.types));
    }
    if let Some(text) = filter.name_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(products::Column::Name.ilike(contains_pattern(text)));
    }
    use products::Column as C;
    let keyset = Keyset { sort: C::Name, id: C::Id, descending: false };
    Ok(keyset_page(ctx.db(), select, keyset, args, |p| (p.name.clone(), p.id), with_total).await?)
}

/// A product by id.
pub async fn get_product(ctx: &RequestContext, id: Uuid) -> Result<products::Model> {
    ctx.viewer()?;
    let select = products::Entity::find_by_id(id);
    platform::rows::one(ctx.db(), select).await?.ok_or(BillingError::ProductNotFound { field: "id" })
}

/// A price by id.
pub async fn get_price(ctx: &RequestContext, id: Uuid, field: &'static str) -> Result<prices::Model> {
    ctx.viewer()?;
    platform::rows::one(ctx.db(), prices::Entity::find_by_id(id)).await?.ok_or(BillingError::PriceNotFound { field })
}

/// The AI models by name: only the active ones
/// unless `include_inactive`.
pub async fn list_models(
    ctx: &RequestContext,
    include_inactive: bool,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<ai_models::Model>> {
    ctx.viewer()?;
    let mut select = ai_models::Entity::find();
    if !include_inactive {
        select = select.filter(ai_models::Column::IsActive.eq(true));
    }
    use ai_models::Column as C;
    let keyset = Keyset { sort: C::Name, id: C::Id, descending: false };
    Ok(keyset_page(ctx.db(), select, keyset, args, |m| (m.name.clone(), m.id), with_total).await?)
}

/// An AI model by id.
pub async fn get_model(ctx: &RequestContext, id: Uuid) -> Result<ai_models::Model> {
    ctx.viewer()?;
    platform::rows::one(ctx.db(), ai_models::Entity::find_by_id(id)).await?.ok_or(BillingError::ModelNotFound { field: "id" })
}

// Staff's writes ------------------------------------------------------------------------------
//
// Staff write Mosaic's own (`internal`) products and prices and the AI models, as the credit
// mutations do: the viewer is checked to be staff in the request, then the change runs in a
// worker transaction ([`Backend::begin`]). Every value is checked here first, so a bad one is a
// payload error naming its field and nothing is written; the table's constraints say the same
// by name (`crate::error`). Stripe's and Whop's entries are theirs: their webhooks write them,
// staff may not (INVALID_STATE). The catalogue is global, so the audit log (one workspace a
// row) does not record these changes.

/// The longest description staff may give.
pub const MAX_DESCRIPTION: usize = 2_000;

/// A product's fields as staff give them: `None` keeps the current value (on create, the
/// column's default). A blank description or time period clears it.
#[derive(Debug, Clone, Default)]
pub struct ProductFields {
    pub name: Option<String>,
    pub description: Option<String>,
    pub product_type: Option<ProductType>,
    pub content_count: Option<i32>,
    pub time_period: Option<String>,
    pub base_price: Option<i64>,
    pub currency: Option<String>,
    pub volume_discounts: Option<Value>,
    pub metadata: Option<Value>,
    pub active: Option<bool>,
}

/// A price's fields as staff give them: `None` keeps the current value (on create: the
/// product's currency, interval count 1, no trial, active). The interval is cleared when the
/// type becomes ONE_TIME.
#[derive(Debug, Clone, Default)]
pub struct PriceFields {
    pub description: Option<String>,
    pub unit_amount: Option<i64>,
    pub currency: Option<String>,
    pub price_type: Option<PriceType>,
    pub interval: Option<PriceInterval>,
    pub interval_count: Option<i32>,
    pub trial_period_days: Option<i32>,
    pub metadata: Option<Value>,
    pub active: Option<bool>,
}

/// An AI model's fields as staff give them: `None` keeps the current value. The credit cost is
/// an exact decimal string of at most four decimals, above zero.
#[derive(Debug, Clone, Default)]
pub struct ModelFields {
    pub name: Option<String>,
    pub provider: Option<AiModelProvider>,
    pub openrouter_id: Option<String>,
    pub description: Option<String>,
    pub credit_cost: Option<String>,
    pub model_type: Option<AiModelType>,
    pub max_context_tokens: Option<i32>,
    pub active: Option<bool>,
}

fn at_least<T: PartialOrd + std::fmt::Display>(value: T, min: T, field: &'static str) -> Result<T> {
    if value >= min { Ok(value) } else { Err(BillingError::InvalidAmount { field, message: format!("{field} must be at least {min}") }) }
}

fn currency_of(text: &str) -> Result<String> {
    currency(text).ok_or(BillingError::InvalidAmount { field: "currency", message: "a currency is a three-letter ISO 4217 code".into() })
}

fn object(value: Value, field: &'static str) -> Result<Value> {
    match value {
        Value::Null => Ok(json!({})),
        Value::Object(map) => Ok(Value::Object(map)),
        _ => Err(BillingError::NotAnObject { field }),
    }
}

/// Volume discount tiers, read with the parser orders use ([`tiers`]): every tier must read,
/// from a whole `min_quantity` of 1 or more, `percent_off` above 0 and at most 100 with at
/// most two decimals.
pub fn volume_discounts(value: Value) -> Result<Value> {
    let value = if value.is_null() { json!([]) } else { value };
    let given = value.as_array().map(Vec::len);
    let read = tiers(&value);
    let fine = read.iter().all(|t| t.min_quantity >= 1 && t.percent_off.0 > 0);
    if given != Some(read.len()) || !fine {
        return Err(BillingError::InvalidTiers);
    }
    Ok(value)
}

/// Staff's new internal product.
pub async fn create_product(ctx: &RequestContext, backend: &Backend, fields: ProductFields) -> Result<products::Model> {
    ctx.require_staff().await?;
    let row = products::ActiveModel {
        id: Set(Uuid::now_v7()),
        provider: Set(CatalogueProvider::Internal),
        provider_product_id: Set(None),
        name: Set(String::new()),
        description: Set(None),
        image: Set(None),
        active: Set(true),
        metadata: Set(json!({})),
        product_type: Set(None),
        content_count: Set(None),
        time_period: Set(None),
        features: Set(json!([])),
        base_price: Set(None),
        currency: Set("usd".into()),
        volume_discounts: Set(json!([])),
        ..Default::default()
    };
    let row = product_row(row, fields)?;
    let tx = backend.begin().await?;
    let created = row.insert(&tx).await?;
    tx.commit().await?;
    Ok(created)
}

/// Staff's change to an internal product; a Stripe or Whop product is INVALID_STATE.
pub async fn update_product(ctx: &RequestContext, backend: &Backend, id: Uuid, fields: ProductFields) -> Result<products::Model> {
    ctx.require_staff().await?;
    let tx = backend.begin().await?;
    let select = products::Entity::find_by_id(id).lock_exclusive();
    let current = platform::rows::one(&tx, select).await?.ok_or(BillingError::ProductNotFound { field: "id" })?;
    if current.provider != CatalogueProvider::Internal {
        return Err(not_ours("id", "product"));
    }
    let row = product_row(current.into(), fields)?;
    let updated = row.update(&tx).await?;
    tx.commit().await?;
    Ok(updated)
}

fn not_ours(field: &'static str, what: &str) -> BillingError {
    BillingError::InvalidState {
        field,
        message: format!("this {what} is synced from its provider, whose webhooks change it; staff change Mosaic's own only"),
    }
}

/// The row with staff's fields, checked: the same rules as the table's constraints.
fn product_row(mut row: products::ActiveModel, f: ProductFields) -> Result<products::ActiveModel> {
    if let Some(name) = f.name.as_deref() {
        row.name = Set(required_text(name, "name", 200)?);
    }
    if let Some(description) = f.description.as_deref() {
        row.description = Set(optional_text(Some(description), "description", MAX_DESCRIPTION)?);
    }
    if let Some(kind) = f.product_type {
        row.product_type = Set(Some(kind));
    }
    if let Some(n) = f.content_count {
        row.content_count = Set(Some(at_least(n, 1, "contentCount")?));
    }
    if let Some(period) = f.time_period.as_deref() {
        row.time_period = Set(optional_text(Some(period), "timePeriod", 100)?);
    }
    if let Some(amount) = f.base_price {
        row.base_price = Set(Some(at_least(amount, 0, "basePrice")?));
    }
    if let Some(text) = f.currency.as_deref() {
        row.currency = Set(currency_of(text)?);
    }
    if let Some(value) = f.volume_discounts {
        row.volume_discounts = Set(volume_discounts(value)?);
    }
    if let Some(value) = f.metadata {
        row.metadata = Set(object(value, "metadata")?);
    }
    if let Some(active) = f.active {
        row.active = Set(active);
    }
    // A content bundle has all four of type, contentCount, timePeriod and basePrice; a plan or
    // a credit pack none (products_bundle_fields).
    let bundle = [
        ("type", row.product_type.as_ref().is_some()),
        ("contentCount", row.content_count.as_ref().is_some()),
        ("timePeriod", row.time_period.as_ref().is_some()),
        ("basePrice", row.base_price.as_ref().is_some()),
    ];
    if bundle.iter().any(|(_, set)| *set)
        && let Some((field, _)) = bundle.iter().find(|(_, set)| !*set)
    {
        return Err(BillingError::BundleFields { field });
    }
    Ok(row)
}

/// Staff's new price of an internal product.
pub async fn create_price(ctx: &RequestContext, backend: &Backend, product_id: Uuid, fields: PriceFields) -> Result<prices::Model> {
    ctx.require_staff().await?;
    let tx = backend.begin().await?;
    let product = platform::rows::one(&tx, products::Entity::find_by_id(product_id))
        .await?
        .ok_or(BillingError::ProductNotFound { field: "productId" })?;
    if product.provider != CatalogueProvider::Internal {
        return Err(not_ours("productId", "product"));
    }
    if fields.unit_amount.is_none() {
        return Err(BillingError::InvalidAmount { field: "unitAmount", message: "unitAmount is required".into() });
    }
    let row = prices::ActiveModel {
        id: Set(Uuid::now_v7()),
        product_id: Set(product.id),
        provider: Set(CatalogueProvider::Internal),
        provider_price_id: Set(None),
        description: Set(None),
        unit_amount: Set(0),
        currency: Set(product.currency),
        price_type: Set(PriceType::OneTime),
        interval: Set(None),
        interval_count: Set(1),
        trial_period_days: Set(0),
        active: Set(true),
        metadata: Set(json!({})),
        ..Default::default()
    };
    let created = price_row(row, fields)?.insert(&tx).await?;
    tx.commit().await?;
    Ok(created)
}

/// Staff's change to an internal price; a Stripe or Whop price is INVALID_STATE.
pub async fn update_price(ctx: &RequestContext, backend: &Backend, id: Uuid, fields: PriceFields) -> Result<prices::Model> {
    ctx.require_staff().await?;
    let tx = backend.begin().await?;
    let select = prices::Entity::find_by_id(id).lock_exclusive();
    let current = platform::rows::one(&tx, select).await?.ok_or(BillingError::PriceNotFound { field: "id" })?;
    if current.provider != CatalogueProvider::Internal {
        return Err(not_ours("id", "price"));
    }
    let updated = price_row(current.into(), fields)?.update(&tx).await?;
    tx.commit().await?;
    Ok(updated)
}

fn price_row(mut row: prices::ActiveModel, f: PriceFields) -> Result<prices::ActiveModel> {
    if let Some(description) = f.description.as_deref() {
        row.description = Set(optional_text(Some(description), "description", MAX_DESCRIPTION)?);
    }
    if let Some(amount) = f.unit_amount {
        row.unit_amount = Set(at_least(amount, 0, "unitAmount")?);
    }
    if let Some(text) = f.currency.as_deref() {
        row.currency = Set(currency_of(text)?);
    }
    if let Some(kind) = f.price_type {
        row.price_type = Set(kind);
        if kind == PriceType::OneTime {
            row.interval = Set(None);
        }
    }
    if let Some(interval) = f.interval {
        row.interval = Set(Some(interval));
    }
    if let Some(n) = f.interval_count {
        row.interval_count = Set(at_least(n, 1, "intervalCount")?);
    }
    if let Some(days) = f.trial_period_days {
        row.trial_period_days = Set(at_least(days, 0, "trialPeriodDays")?);
    }
    if let Some(value) = f.metadata {
        row.metadata = Set(object(value, "metadata")?);
    }
    if let Some(active) = f.active {
        row.active = Set(active);
    }
    // A recurring price has an interval, a one-time price none (prices_interval_iff_recurring).
    let recurring = *row.price_type.as_ref() == PriceType::Recurring;
    if recurring != row.interval.as_ref().is_some() {
        return Err(BillingError::IntervalIffRecurring);
    }
    Ok(row)
}

/// Staff's new AI model: its name, OpenRouter id and credit cost are checked as on update.
pub async fn create_model(
    ctx: &RequestContext,
    backend: &Backend,
    kind: (AiModelProvider, AiModelType),
    fields: ModelFields,
) -> Result<ai_models::Model> {
    ctx.require_staff().await?;
    let row = ai_models::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(String::new()),
        provider: Set(kind.0),
        openrouter_id: Set(String::new()),
        description: Set(None),
        logo_key: Set(None),
        credit_cost: Set(String::new()),
        model_type: Set(kind.1),
        max_context_tokens: Set(None),
        supports_text: Set(true),
        supports_images: Set(false),
        supports_audio: Set(false),
        is_active: Set(true),
        ..Default::default()
    };
    let row = model_row(row, fields)?;
    let tx = backend.begin().await?;
    let id = row.id.as_ref().to_owned();
    row.insert(&tx).await?;
    let created = platform::rows::one(&tx, ai_models::Entity::find_by_id(id)).await?.ok_or(BillingError::ModelNotFound { field: "id" })?;
    tx.commit().await?;
    Ok(created)
}

/// Staff's change to an AI model.
pub async fn update_model(ctx: &RequestContext, backend: &Backend, id: Uuid, fields: ModelFields) -> Result<ai_models::Model> {
    ctx.require_staff().await?;
    let tx = backend.begin().await?;
    let select = ai_models::Entity::find_by_id(id).lock_exclusive();
    let current = platform::rows::one(&tx, select).await?.ok_or(BillingError::AiModelNotFound)?;
    model_row(current.into(), fields)?.update(&tx).await?;
    let updated = platform::rows::one(&tx, ai_models::Entity::find_by_id(id)).await?.ok_or(BillingError::AiModelNotFound)?;
    tx.commit().await?;
    Ok(updated)
}

fn model_row(mut row: ai_models::ActiveModel, f: ModelFields) -> Result<ai_models::ActiveModel> {
    if let Some(name) = f.name.as_deref() {
        row.name = Set(required_text(name, "name", 200)?);
    }
    if let Some(provider) = f.provider {
        row.provider = Set(provider);
    }
    if let Some(id) = f.openrouter_id.as_deref() {
        row.openrouter_id = Set(required_text(id, "openrouterId", 200)?);
    }
    if let Some(description) = f.description.as_deref() {
        row.description = Set(optional_text(Some(description), "description", MAX_DESCRIPTION)?);
    }
    if let Some(cost) = f.credit_cost.as_deref() {
        row.credit_cost = Set(credit_cost(cost)?);
    }
    if let Some(kind) = f.model_type {
        row.model_type = Set(kind);
    }
    if let Some(tokens) = f.max_context_tokens {
        row.max_context_tokens = Set(Some(at_least(tokens, 1, "maxContextTokens")?));
    }
    if let Some(active) = f.active {
        row.is_active = Set(active);
    }
    Ok(row)
}

/// A credit cost: an exact decimal of at most four decimals, above zero and below 10⁸
/// (`numeric(12, 4)`), written back with four decimals (`"0.5"` is `"0.5000"`).
pub fn credit_cost(text: &str) -> Result<String> {
    match decimal(text, 4) {
        Some(v) if v > 0 && v < 10_i128.pow(12) => Ok(format_decimal(v, 4)),
        _ => Err(BillingError::InvalidCreditCost),
    }
}
