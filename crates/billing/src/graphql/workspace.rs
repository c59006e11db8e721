//! Billing's fields on `Workspace`: its customer, subscriptions, invoices, orders, payments,
//! credits, usage and budget.

use async_graphql::{Context, InputObject, Object, Result};
use chrono::Utc;
use platform::RequestContext;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use platform::scalars::Date;
use uuid::Uuid;

use super::types::MonthlyBudget;
use crate::entity::{
    BillingSubscriptionStatus, OrderStatus, PaymentStatus, SubscriptionInvoiceStatus, account_usage_stats, api_usage_logs, customers,
    orders, payments, subscription_invoices, subscriptions, usage_records, user_credits,
};
use crate::service;

/// Billing's fields of `Workspace`; the gateway merges them into it.
pub struct BillingWorkspaceFields {
    workspace_id: Uuid,
}

impl BillingWorkspaceFields {
    pub fn new(workspace_id: Uuid) -> Self {
        Self { workspace_id }
    }
}

/// Narrows the subscription list.
#[derive(InputObject, Default)]
pub struct BillingSubscriptionFilter {
    /// Only subscriptions in one of these statuses.
    pub statuses: Option<Vec<BillingSubscriptionStatus>>,
}

/// Narrows the invoice list.
#[derive(InputObject, Default)]
pub struct SubscriptionInvoiceFilter {
    /// Only invoices in one of these statuses.
    pub statuses: Option<Vec<SubscriptionInvoiceStatus>>,
    /// Only this subscription's invoices.
    pub subscription_id: Option<Uuid>,
}

/// Narrows the order list.
#[derive(InputObject, Default)]
pub struct OrderFilter {
    /// Only orders in one of these statuses.
    pub statuses: Option<Vec<OrderStatus>>,
    /// Only orders for this business.
    pub business_id: Option<Uuid>,
}

/// Narrows the payment list.
#[derive(InputObject, Default)]
pub struct PaymentFilter {
    /// Only payments in one of these statuses.
    pub statuses: Option<Vec<PaymentStatus>>,
}

/// Narrows the usage list.
#[derive(InputObject, Default)]
pub struct UsageRecordFilter {
    /// Only this user's usage.
    pub user_id: Option<Uuid>,
    /// Only days from this one.
    pub date_from: Option<Date>,
    /// Only days up to this one.
    pub date_to: Option<Date>,
}

#[Object]
impl BillingWorkspaceFields {
    /// The workspace's billing customer at the providers (owners and admins; `FORBIDDEN`
    /// below); null until billing was set up.
    async fn billing_customer(&self, ctx: &Context<'_>) -> Result<Option<customers::Model>> {
        Ok(service::subscriptions::get_customer(RequestContext::of(ctx)?, self.workspace_id).await?)
    }

    /// The workspace's subscriptions, newest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn billing_subscriptions(
        &self,
        ctx: &Context<'_>,
        filter: Option<BillingSubscriptionFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<subscriptions::Model>> {
        let request = RequestContext::of(ctx)?;
        let filter = service::subscriptions::SubscriptionFilter { statuses: filter.unwrap_or_default().statuses.unwrap_or_default() };
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::subscriptions::list_subscriptions(request, self.workspace_id, filter, &args, wants_total(ctx)).await?))
    }

    /// The workspace's subscription invoices, newest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn subscription_invoices(
        &self,
        ctx: &Context<'_>,
        filter: Option<SubscriptionInvoiceFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<subscription_invoices::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::subscriptions::InvoiceFilter { statuses: f.statuses.unwrap_or_default(), subscription_id: f.subscription_id };
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::subscriptions::list_invoices(request, self.workspace_id, filter, &args, wants_total(ctx)).await?))
    }

    /// The workspace's orders, newest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn orders(
        &self,
        ctx: &Context<'_>,
        filter: Option<OrderFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<orders::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::orders::OrderFilter { statuses: f.statuses.unwrap_or_default(), business_id: f.business_id };
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::orders::list_orders(request, self.workspace_id, filter, &args, wants_total(ctx)).await?))
    }

    /// The workspace's PhonePe payments, newest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn payments(
        &self,
        ctx: &Context<'_>,
        filter: Option<PaymentFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<payments::Model>> {
        let request = RequestContext::of(ctx)?;
        let filter = service::payments::PaymentFilter { statuses: filter.unwrap_or_default().statuses.unwrap_or_default() };
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::payments::list_payments(request, self.workspace_id, filter, &args, wants_total(ctx)).await?))
    }

    /// The workspace's credits: the balance and its ledger (`transactions`); null when it
    /// never had any.
    async fn credits(&self, ctx: &Context<'_>) -> Result<Option<user_credits::Model>> {
        Ok(service::credits::get_credits(RequestContext::of(ctx)?, self.workspace_id).await?)
    }

    /// Agent usage by user and day (UTC), latest day first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn usage_records(
        &self,
        ctx: &Context<'_>,
        filter: Option<UsageRecordFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<usage_records::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter =
            service::usage::UsageFilter { user_id: f.user_id, date_from: f.date_from.map(Into::into), date_to: f.date_to.map(Into::into) };
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::usage::list_usage(request, self.workspace_id, filter, &args, wants_total(ctx)).await?))
    }

    /// Activity counters by day (UTC), latest day first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn account_usage_stats(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<account_usage_stats::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::usage::list_stats(request, self.workspace_id, &args, wants_total(ctx)).await?))
    }

    /// Metered calls to outside services, newest first; only `serviceName`'s when given.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn api_usage_logs(
        &self,
        ctx: &Context<'_>,
        service_name: Option<String>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<api_usage_logs::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        Ok(connection(service::usage::list_api_calls(request, self.workspace_id, service_name, &args, wants_total(ctx)).await?))
    }

    /// The month so far against the workspace's AI budget.
    async fn monthly_budget(&self, ctx: &Context<'_>) -> Result<MonthlyBudget> {
        Ok(service::usage::get_budget(RequestContext::of(ctx)?, self.workspace_id, Utc::now()).await?.into())
    }
}
