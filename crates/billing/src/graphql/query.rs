use async_graphql::{Context, InputObject, Object, Result};
use platform::RequestContext;
use platform::error::found;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use uuid::Uuid;

use crate::entity::{ProductType, ai_models, orders, payments, products, subscription_invoices, subscriptions};
use crate::service;

/// Billing's root query fields: the catalogue, and single objects by id (another tenant's id is
/// answered exactly like a missing one: `null`).
#[derive(Default)]
pub struct BillingQuery;

/// Narrows the product list; omitted fields match every product.
#[derive(InputObject, Default)]
pub struct ProductFilter {
    /// Only products that are (or are not) for sale now.
    pub active: Option<bool>,
    /// Only content bundles of these kinds.
    pub types: Option<Vec<ProductType>>,
    /// A case-insensitive part of the name.
    pub search: Option<String>,
}

#[Object]
impl BillingQuery {
    /// The catalogue's products, by name (any signed-in user).
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn products(
        &self,
        ctx: &Context<'_>,
        filter: Option<ProductFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<products::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::catalogue::ProductFilter { active: f.active, types: f.types.unwrap_or_default(), name_contains: f.search };
        let page = service::catalogue::list_products(request, filter, &PageArgs::new(after, before, first, last), wants_total(ctx)).await?;
        Ok(connection(page))
    }

    /// A product by id.
    async fn product(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<products::Model>> {
        found(service::catalogue::get_product(RequestContext::of(ctx)?, id).await)
    }

    /// The AI models agents may call and what a call costs, by name; only active ones unless
    /// `includeInactive`.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn ai_models(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_inactive: bool,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<ai_models::Model>> {
        let request = RequestContext::of(ctx)?;
        let page = service::catalogue::list_models(request, include_inactive, &PageArgs::new(after, before, first, last), wants_total(ctx))
            .await?;
        Ok(connection(page))
    }

    /// An AI model by id.
    async fn ai_model(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<ai_models::Model>> {
        found(service::catalogue::get_model(RequestContext::of(ctx)?, id).await)
    }

    /// An order by id.
    async fn order(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<orders::Model>> {
        found(service::orders::get_order(RequestContext::of(ctx)?, id).await)
    }

    /// A PhonePe payment by id.
    async fn payment(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<payments::Model>> {
        found(service::payments::get_payment(RequestContext::of(ctx)?, id).await)
    }

    /// A subscription by id.
    async fn billing_subscription(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<subscriptions::Model>> {
        found(service::subscriptions::get_subscription(RequestContext::of(ctx)?, id).await)
    }

    /// A subscription invoice by id.
    async fn subscription_invoice(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<subscription_invoices::Model>> {
        found(service::subscriptions::get_invoice(RequestContext::of(ctx)?, id).await)
    }
}
