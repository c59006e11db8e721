//! The calls billing makes to its providers, behind traits: Stripe (checkout sessions,
//! cancellations), Whop (cancellations) and PhonePe (pay, status). [`fake`] has deterministic
//! implementations for tests and demos; no test touches the network. A provider that is not
//! set up is `None` in [`Providers`], and what needs it answers
//! `BillingError::ProviderNotConfigured`.

pub mod fake;

use std::sync::Arc;

use async_trait::async_trait;

/// Why a provider call did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderError {
    /// The provider answered and said no (a payload error for the user).
    Refused(String),
    /// The provider could not be reached or answered nonsense (logged, answered INTERNAL).
    Unavailable(String),
}

/// A Stripe Checkout session to start a subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutRequest {
    /// Stripe's price id (`price_…`).
    pub price: String,
    /// The workspace's Stripe customer, when it has one.
    pub customer: Option<String>,
    /// Our workspace id, as `client_reference_id` and in the subscription's metadata, so its
    /// webhooks find the workspace.
    pub workspace_id: String,
    pub trial_period_days: i32,
    pub success_url: String,
    pub cancel_url: String,
    /// Stripe's `Idempotency-Key`.
    pub idempotency_key: String,
}

/// A checkout session made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutSession {
    pub id: String,
    pub url: String,
}

#[async_trait]
pub trait StripeApi: Send + Sync {
    async fn create_checkout_session(&self, request: CheckoutRequest) -> Result<CheckoutSession, ProviderError>;
    /// Sets (or clears) `cancel_at_period_end` on a subscription (`sub_…`).
    async fn cancel_at_period_end(&self, subscription: &str, cancel: bool) -> Result<(), ProviderError>;
}

#[async_trait]
pub trait WhopApi: Send + Sync {
    /// Cancels a membership at the end of its period (or resumes it).
    async fn cancel_at_period_end(&self, membership: &str, cancel: bool) -> Result<(), ProviderError>;
}

/// A PhonePe pay request (`POST /pg/v1/pay`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayRequest {
    pub merchant_transaction_id: String,
    /// In paise.
    pub amount: i64,
    /// Who pays, as PhonePe's `merchantUserId`.
    pub merchant_user_id: String,
}

/// PhonePe's word on a transaction, from its status API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhonePeStatus {
    /// `PAYMENT_SUCCESS`, `PAYMENT_ERROR`, `PAYMENT_PENDING`, `PAYMENT_DECLINED`…
    pub code: String,
    pub transaction_id: Option<String>,
    /// In paise.
    pub amount: i64,
    /// `UPI`, `CARD`, `NETBANKING`…
    pub payment_method: Option<String>,
}

#[async_trait]
pub trait PhonePeApi: Send + Sync {
    /// Starts a payment; answers the page to send the payer to.
    async fn pay(&self, request: PayRequest) -> Result<String, ProviderError>;
    /// Asks PhonePe where a transaction stands: what billing believes, not the callback.
    async fn status(&self, merchant_transaction_id: &str) -> Result<PhonePeStatus, ProviderError>;
}

/// The providers this server calls; `None` when one is not set up.
#[derive(Clone, Default)]
pub struct Providers {
    pub stripe: Option<Arc<dyn StripeApi>>,
    pub whop: Option<Arc<dyn WhopApi>>,
    pub phonepe: Option<Arc<dyn PhonePeApi>>,
}
