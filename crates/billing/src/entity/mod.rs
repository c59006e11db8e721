//! Billing's tables: each model is also its GraphQL object (`#[platform::object]`), following
//! `migration/src/sql/0008_billing.sql`. `webhook_events` is not in the schema.

pub mod account_usage_stats;
pub mod ai_models;
pub mod api_usage_logs;
pub mod credit_transactions;
pub mod customers;
pub mod enums;
pub mod order_items;
pub mod orders;
pub mod payments;
pub mod prices;
pub mod products;
pub mod subscription_invoices;
pub mod subscriptions;
pub mod usage_records;
pub mod user_credits;
pub mod webhook_events;

pub use enums::{
    AiModelProvider, AiModelType, BillingCycle, BillingProvider, BillingSubscriptionStatus, CatalogueProvider, CreditTransactionType,
    OrderStatus, PaymentStatus, PlanType, PriceInterval, PriceType, ProductType, SubscriptionAddon, SubscriptionInvoiceStatus,
    SubscriptionPlan, WebhookProvider,
};
