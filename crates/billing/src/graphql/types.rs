//! The fields of billing's objects that are not columns: related rows and nested lists through
//! loaders (one statement per batch), and provider ids, shown to owners and admins only (null
//! for everyone else).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{ComplexObject, Context, Result, SimpleObject};
use platform::loader::{First, by_id, children, global_by_id};
use platform::one_pass::PlainList;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use platform::{ApiError, RequestContext};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::entity::{
    CreditTransactionType, credit_transactions, order_items, orders, payments, prices, products, subscription_invoices, subscriptions,
    user_credits,
};
use crate::service;
use crate::service::orders::OrderItems;
use crate::service::subscriptions::{SubscriptionInvoices, is_billing_admin};

/// Whether the viewer may see `workspace_id`'s provider ids.
async fn admin(ctx: &Context<'_>, workspace_id: Uuid) -> Result<bool> {
    Ok(is_billing_admin(RequestContext::of(ctx)?, workspace_id).await)
}

/// Prices by product, one statement per batch (prices are global: no workspace to scope by).
pub struct ProductPrices(Arc<DatabaseTransaction>);

impl Loader<Uuid> for ProductPrices {
    type Value = Vec<prices::Model>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let select = prices::Entity::find()
            .filter(prices::Column::ProductId.is_in(keys.iter().copied()))
            .order_by_asc(prices::Column::UnitAmount)
            .order_by_asc(prices::Column::Id);
        let rows = platform::rows::all(self.0.as_ref(), select).await.map_err(|e| Arc::new(ApiError::from(e)))?;
        let mut found: HashMap<Uuid, Vec<prices::Model>> = HashMap::new();
        for row in rows {
            found.entry(row.product_id).or_default().push(row);
        }
        Ok(found)
    }
}

#[ComplexObject]
impl products::Model {
    /// The product's prices, cheapest first.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn prices(&self, ctx: &Context<'_>) -> Result<PlainList<prices::Model>> {
        let request = RequestContext::of(ctx)?;
        let loader = request.loader(ProductPrices);
        let rows = loader.load_one(self.id).await.map_err(|e| ApiError::Internal(format!("{e:?}")))?;
        Ok(PlainList::new(rows.unwrap_or_default().into_iter().take(First::MAX as usize).collect()))
    }
}

#[ComplexObject]
impl subscriptions::Model {
    /// The provider's subscription id (Stripe `sub_…`, Whop membership, PhonePe); owners and
    /// admins only, null for everyone else.
    async fn provider_subscription_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.provider_subscription_id.clone() } else { None })
    }
    /// The provider's page of the latest invoice; owners and admins only.
    async fn latest_invoice_url(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.latest_invoice_url.clone() } else { None })
    }
    /// The catalogue price subscribed to.
    async fn price(&self, ctx: &Context<'_>) -> Result<Option<prices::Model>> {
        match self.price_id {
            Some(id) => global_by_id::<prices::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The subscription's invoices, latest period first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn invoices(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<subscription_invoices::Model>> {
        children::<SubscriptionInvoices>(ctx, self.id, First::parse(first)?, ()).await
    }
}

#[ComplexObject]
impl subscription_invoices::Model {
    /// Stripe's invoice id (`in_…`); owners and admins only.
    async fn stripe_invoice_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.stripe_invoice_id.clone() } else { None })
    }
    /// Stripe's payment intent (`pi_…`); owners and admins only.
    async fn payment_intent_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.payment_intent_id.clone() } else { None })
    }
    /// The provider's page for the invoice; owners and admins only.
    async fn hosted_invoice_url(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.hosted_invoice_url.clone() } else { None })
    }
    /// The subscription invoiced.
    async fn subscription(&self, ctx: &Context<'_>) -> Result<Option<subscriptions::Model>> {
        by_id::<subscriptions::Entity>(ctx, self.subscription_id).await
    }
}

#[ComplexObject]
impl orders::Model {
    /// Stripe's payment intent (`pi_…`); owners and admins only.
    async fn payment_intent_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.payment_intent_id.clone() } else { None })
    }
    /// The order's items, in the order they were given.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn items(&self, ctx: &Context<'_>) -> Result<PlainList<order_items::Model>> {
        children::<OrderItems>(ctx, self.id, First::all(), ()).await
    }
}

#[ComplexObject]
impl order_items::Model {
    /// The product ordered, as the catalogue holds it now (the item keeps the price it had).
    async fn product(&self, ctx: &Context<'_>) -> Result<Option<products::Model>> {
        global_by_id::<products::Entity>(ctx, self.product_id).await
    }
}

#[ComplexObject]
impl payments::Model {
    /// PhonePe's transaction id; owners and admins only.
    async fn phonepe_transaction_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { self.phonepe_transaction_id.clone() } else { None })
    }
    /// The merchant transaction id sent to PhonePe; owners and admins only.
    async fn phonepe_merchant_transaction_id(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        Ok(if admin(ctx, self.workspace_id).await? { Some(self.phonepe_merchant_transaction_id.clone()) } else { None })
    }
    /// The order paid, if any.
    async fn order(&self, ctx: &Context<'_>) -> Result<Option<orders::Model>> {
        match self.order_id {
            Some(id) => by_id::<orders::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The subscription paid, if any.
    async fn subscription(&self, ctx: &Context<'_>) -> Result<Option<subscriptions::Model>> {
        match self.subscription_id {
            Some(id) => by_id::<subscriptions::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
}

#[ComplexObject]
impl user_credits::Model {
    /// The ledger: every change of the balance, newest first; it sums to the balance.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn transactions(
        &self,
        ctx: &Context<'_>,
        types: Option<Vec<CreditTransactionType>>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<credit_transactions::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let filter = service::credits::TransactionFilter { types: types.unwrap_or_default() };
        let page = service::credits::list_transactions(request, self.workspace_id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }
}

/// A workspace's month so far against its AI budget (UTC calendar month).
#[derive(SimpleObject, Debug, Clone)]
pub struct MonthlyBudget {
    /// The monthly budget in USD, a decimal string.
    pub limit_usd: String,
    /// Spent this month in USD, a decimal string with six decimals.
    pub spent_usd: String,
    /// Whether more agent work is allowed (false once the spending reaches the budget).
    pub allows_more: bool,
}

impl From<platform::billing::BudgetStatus> for MonthlyBudget {
    fn from(b: platform::billing::BudgetStatus) -> Self {
        Self { limit_usd: b.limit_usd, spent_usd: b.spent_usd, allows_more: b.allows_more }
    }
}
