//! Deterministic providers: what they answer depends only on what they were asked and on what
//! a test told them, and they remember every call. For tests and local demos, never for money.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use super::{CheckoutRequest, CheckoutSession, PayRequest, PhonePeApi, PhonePeStatus, ProviderError, StripeApi, WhopApi};

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn digest(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))[..24].to_owned()
}

/// A Stripe that makes sessions named after their idempotency key and records cancellations.
#[derive(Default)]
pub struct FakeStripe {
    /// `(subscription, cancel)` for every cancellation asked, in order.
    pub cancellations: Mutex<Vec<(String, bool)>>,
    /// Subscriptions it refuses to touch (as if Stripe no longer knew them).
    pub unknown: Mutex<Vec<String>>,
}

#[async_trait]
impl StripeApi for FakeStripe {
    async fn create_checkout_session(&self, request: CheckoutRequest) -> Result<CheckoutSession, ProviderError> {
        let id = format!("cs_test_{}", digest(&format!("{}|{}|{}", request.idempotency_key, request.workspace_id, request.price)));
        Ok(CheckoutSession { url: format!("https://checkout.stripe.test/c/pay/{id}"), id })
    }

    async fn cancel_at_period_end(&self, subscription: &str, cancel: bool) -> Result<(), ProviderError> {
        if lock(&self.unknown).iter().any(|s| s == subscription) {
            return Err(ProviderError::Refused(format!("No such subscription: '{subscription}'")));
        }
        lock(&self.cancellations).push((subscription.to_owned(), cancel));
        Ok(())
    }
}

/// A Whop that records cancellations.
#[derive(Default)]
pub struct FakeWhop {
    pub cancellations: Mutex<Vec<(String, bool)>>,
}

#[async_trait]
impl WhopApi for FakeWhop {
    async fn cancel_at_period_end(&self, membership: &str, cancel: bool) -> Result<(), ProviderError> {
        lock(&self.cancellations).push((membership.to_owned(), cancel));
        Ok(())
    }
}

/// A PhonePe whose transactions stay PAYMENT_PENDING until a test settles them.
#[derive(Default)]
pub struct FakePhonePe {
    states: Mutex<HashMap<String, PhonePeStatus>>,
}

impl FakePhonePe {
    /// Settles a transaction as PhonePe would: `code` is `PAYMENT_SUCCESS`, `PAYMENT_ERROR`…
    pub fn settle(&self, merchant_transaction_id: &str, code: &str) {
        let mut states = lock(&self.states);
        let amount = states.get(merchant_transaction_id).map_or(0, |s| s.amount);
        states.insert(
            merchant_transaction_id.to_owned(),
            PhonePeStatus {
                code: code.to_owned(),
                transaction_id: Some(format!("T{}", digest(merchant_transaction_id))),
                amount,
                payment_method: Some("UPI".into()),
            },
        );
    }

    /// Every merchant transaction id paid so far.
    pub fn paid(&self) -> Vec<String> {
        lock(&self.states).keys().cloned().collect()
    }
}

#[async_trait]
impl PhonePeApi for FakePhonePe {
    async fn pay(&self, request: PayRequest) -> Result<String, ProviderError> {
        if request.amount < 100 {
            return Err(ProviderError::Refused("amount must be at least 100 paise".into()));
        }
        lock(&self.states).insert(
            request.merchant_transaction_id.clone(),
            PhonePeStatus { code: "PAYMENT_PENDING".into(), transaction_id: None, amount: request.amount, payment_method: None },
        );
        Ok(format!("https://mercury.phonepe.test/transact/{}", request.merchant_transaction_id))
    }

    async fn status(&self, merchant_transaction_id: &str) -> Result<PhonePeStatus, ProviderError> {
        lock(&self.states)
            .get(merchant_transaction_id)
            .cloned()
            .ok_or_else(|| ProviderError::Refused(format!("no transaction {merchant_transaction_id}")))
    }
}
