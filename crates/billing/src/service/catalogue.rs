//! The catalogue: products (plans, credit packs, seed 001's content bundles), their prices and
//! the AI models, global and read by every signed-in user. Stripe's and Whop's products and
//! prices arrive through their webhooks (`crate::webhooks`); Mosaic's own are staff's.

use platform::RequestContext;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::search::contains_pattern;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entity::{ProductType, ai_models, prices, products};
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
