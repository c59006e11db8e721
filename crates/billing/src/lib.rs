//! Billing (every seed's money, credits and usage): the catalogue (products with seed 001's
//! bundles, prices, AI models), customers and subscriptions for Stripe, Whop, PhonePe and manual
//! plans, invoices, orders, PhonePe payments in INR with GST, the credit ledger, usage and the
//! monthly budget, and the providers' signed webhooks. `docs/billing.md` has every rule and
//! every choice where the seeds are silent.
//!
//! - The rules live in [`service`], one module a concern, each documenting its own; [`graphql`]
//!   is the thin layer over them; [`webhooks`] are the HTTP routes; [`ports`] implements the
//!   traits other domains call (`platform::billing`).
//! - Money is integer minor units with a currency; nothing is ever a float.
//! - Requests only read billing's tables: every change runs in a transaction of its own as the
//!   worker role, after the service has checked the viewer's role (see [`service`]).
//! - Provider calls are behind traits ([`providers`]), with deterministic fakes for tests;
//!   provider secrets come from the environment ([`config`]).

pub mod config;
mod demo;
pub mod entity;
pub mod error;
pub mod graphql;
pub mod ports;
pub mod providers;
pub mod service;
pub mod webhooks;

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use platform::ApiError;
use platform::billing::{CreditLedger, Entitlements, ModelCatalog, MonthlyBudget, PlanLimits, UsageRecorder};
use platform::domain::{Demo, Domain, Grant, Job, Services};
use uuid::Uuid;

pub use error::BillingError;
pub use graphql::{BillingMutation, BillingQuery, BillingSubscriptionRoot, BillingWorkspaceFields};

use crate::config::BillingConfig;
use crate::providers::Providers;
use crate::service::Backend;

/// Billing as the gateway sees it.
pub struct Billing;

/// The settings, read from the environment once: by `Domain::check_settings` when the server
/// starts (a bad one stops it there), or by the first use. Unusable settings never reach a
/// running server; a test assembling billing without the check gets every provider off.
fn read_settings() -> &'static Result<BillingConfig, config::ConfigError> {
    static SETTINGS: OnceLock<Result<BillingConfig, config::ConfigError>> = OnceLock::new();
    SETTINGS.get_or_init(BillingConfig::from_env)
}

fn settings() -> BillingConfig {
    read_settings().clone().unwrap_or_default()
}

/// The backend the server runs billing with: the jobs' pool, the providers set up (no outbound
/// client is built in yet: see `docs/billing.md`), the settings.
pub fn backend(services: &Services) -> Backend {
    Backend::new(services.db.clone(), Providers::default(), settings())
}

/// Puts billing's backend and its ports into a schema's data (the gateway through
/// [`Domain::data`], tests with a backend of their own).
pub fn with_backend<Q, M, S>(builder: async_graphql::SchemaBuilder<Q, M, S>, backend: Backend) -> async_graphql::SchemaBuilder<Q, M, S> {
    let ports = Arc::new(ports::Ports { backend: backend.clone() });
    builder
        .data(backend)
        .data(Arc::clone(&ports) as Arc<dyn PlanLimits>)
        .data(Arc::clone(&ports) as Arc<dyn CreditLedger>)
        .data(Arc::clone(&ports) as Arc<dyn UsageRecorder>)
        .data(Arc::clone(&ports) as Arc<dyn MonthlyBudget>)
        .data(Arc::clone(&ports) as Arc<dyn ModelCatalog>)
        .data(ports as Arc<dyn Entitlements>)
}

/// Billing's tenant tables: requests read them, the worker writes them.
const TENANT_TABLES: &[&str] = &[
    "customers",
    "subscriptions",
    "subscription_invoices",
    "orders",
    "order_items",
    "payments",
    "user_credits",
    "usage_records",
    "account_usage_stats",
];

impl Domain for Billing {
    type Query = BillingQuery;
    type Mutation = BillingMutation;
    type Subscription = BillingSubscriptionRoot;
    type WorkspaceFields = BillingWorkspaceFields;

    fn workspace_fields(workspace_id: Uuid) -> BillingWorkspaceFields {
        BillingWorkspaceFields::new(workspace_id)
    }

    fn tables() -> &'static [&'static str] {
        &[
            "products",
            "prices",
            "ai_models",
            "customers",
            "subscriptions",
            "subscription_invoices",
            "orders",
            "order_items",
            "payments",
            "webhook_events",
            "user_credits",
            "credit_transactions",
            "usage_records",
            "api_usage_logs",
            "account_usage_stats",
        ]
    }

    /// The catalogues, and `webhook_events` (its key, one row per provider event, holds no
    /// workspace: the workspace is known only once the event is read).
    fn reference_tables() -> &'static [&'static str] {
        &["products", "prices", "ai_models", "webhook_events"]
    }

    /// Requests read the tenant tables and write none; staff write the catalogues (row-level
    /// security lets only them); the ledger and the API call log are append-only even for the
    /// worker; webhook events are the worker's alone.
    fn grants() -> Vec<Grant> {
        let mut grants: Vec<Grant> = ["products", "prices", "ai_models"].into_iter().map(Grant::read_write).collect();
        grants.extend(TENANT_TABLES.iter().map(|table| Grant { table, app: "SELECT", worker: Grant::ALL }));
        grants.push(Grant { table: "credit_transactions", app: "SELECT", worker: "SELECT,INSERT" });
        grants.push(Grant { table: "api_usage_logs", app: "SELECT", worker: "SELECT,INSERT" });
        grants.push(Grant { table: "webhook_events", app: "", worker: Grant::ALL });
        grants
    }

    fn data<Q, M, S>(builder: async_graphql::SchemaBuilder<Q, M, S>, services: &Services) -> async_graphql::SchemaBuilder<Q, M, S> {
        with_backend(builder, backend(services))
    }

    fn seed<'a>(services: &'a Services, demo: &'a Demo) -> BoxFuture<'a, Result<(), ApiError>> {
        Box::pin(demo::seed(services, demo))
    }

    fn jobs() -> Vec<Job> {
        vec![Job { name: "billing upkeep", run: upkeep }]
    }

    fn check_settings() -> Result<(), String> {
        match read_settings() {
            Ok(_) => Ok(()),
            Err(e) => Err(format!("{}: expected {}", e.name, e.expected)),
        }
    }

    fn routes(services: &Services) -> axum::Router {
        webhooks::router(backend(services))
    }
}

/// The scheduled work: monthly credit resets, and subscriptions canceled at a period's end
/// that is over.
fn upkeep(services: &Services, now: DateTime<Utc>) -> BoxFuture<'_, Result<String, ApiError>> {
    Box::pin(async move {
        let backend = backend(services);
        let reset = service::credits::reset_due(&backend, now).await.map_err(ApiError::internal)?;
        let ended = service::subscriptions::end_due(&backend, now).await.map_err(ApiError::internal)?;
        Ok(format!("credit balances reset: {reset}, subscriptions ended: {ended}"))
    })
}
