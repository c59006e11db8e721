//! Everything that can go wrong in billing, each declared once with its payload code, its input
//! field and its message; constraint violations map to the same errors by name
//! ([`Constraints`]), so a statement that breaks a rule answers as the service's own check.

use platform::error::{ApiError, Constraints};
use platform::text::TextError;

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug, platform::DomainError)]
pub enum BillingError {
    #[error(Invalid, field = field, "{field} must be 1 to {max} characters")]
    TextRequired { field: &'static str, max: usize },
    #[error(Invalid, field = field, "{field} must be at most {max} characters")]
    TextTooLong { field: &'static str, max: usize },
    #[error(NotFound, field = field, "no such product")]
    ProductNotFound { field: &'static str },
    /// An order item names a product that does not exist (or is not visible).
    #[error(NotFound, path = ["input", "items", index, "productId"], "no such product")]
    ItemProductNotFound { index: usize },
    #[error(InvalidState, path = ["input", "items", index, "productId"], "that product is not for sale now")]
    ItemProductInactive { index: usize },
    #[error(Invalid, path = ["input", "items", index, "productId"], "that product has no price to order it at")]
    ItemProductUnpriced { index: usize },
    #[error(Invalid, path = ["input", "items", index, "productId"], "every item of an order must be priced in the order's currency")]
    ItemCurrencyMismatch { index: usize },
    #[error(Invalid, path = ["input", "items", index, "quantity"], "quantity must be 1 to {max}")]
    ItemQuantity { index: usize, max: i32 },
    #[error(NotFound, path = ["input", "items", index, "contentBundleId"], "no such content bundle")]
    ItemContentBundleNotFound { index: usize },
    #[error(Invalid, path = ["input", "items", index, "options"], "options must be a JSON object")]
    ItemOptionsNotObject { index: usize },
    #[error(Invalid, field = "items", "an order holds 1 to {max} items")]
    ItemCount { max: usize },
    #[error(NotFound, field = "businessId", "no such business")]
    BusinessNotFound,
    #[error(NotFound, field = field, "no such order")]
    OrderNotFound { field: &'static str },
    #[error(NotFound, field = field, "no such subscription")]
    SubscriptionNotFound { field: &'static str },
    #[error(NotFound, field = field, "no such price")]
    PriceNotFound { field: &'static str },
    #[error(NotFound, field = "id", "no such invoice")]
    InvoiceNotFound,
    #[error(NotFound, field = "id", "no such payment")]
    PaymentNotFound,
    /// The change is not allowed from the object's current state.
    #[error(InvalidState, field = field, "{message}")]
    InvalidState { field: &'static str, message: String },
    #[error(Invalid, field = field, "an idempotency key is 1 to 255 characters")]
    IdempotencyKeyInvalid { field: &'static str },
    /// The key was used before for a different request.
    #[error(AlreadyExists, field = field, "this idempotency key was already used for a different request")]
    IdempotencyKeyReused { field: &'static str },
    #[error(LimitExceeded, field = "amount", "the workspace has {balance} credits, {needed} are needed")]
    InsufficientCredits { needed: i64, balance: i64 },
    #[error(Invalid, field = field, "{field} must be a whole number from 1 to {max}")]
    InvalidCount { field: &'static str, max: i64 },
    #[error(Invalid, field = "type", "credits are granted as PURCHASE, BONUS, TRIAL_GRANT or REFUND")]
    NotAGrant,
    #[error(Invalid, field = field, "no active AI model with that id")]
    ModelNotFound { field: &'static str },
    #[error(Required, field = "amount", "give the credits to deduct, or the model and its calls")]
    DeductionUnspecified,
    #[error(Invalid, field = field, "{message}")]
    InvalidAmount { field: &'static str, message: String },
    #[error(Invalid, field = "orderId", "PhonePe takes payments in INR; this order is in {currency}")]
    PaymentCurrency { currency: String },
    #[error(Invalid, field = "orderId", "a payment is for an order, a subscription, or a given amount: only one")]
    PaymentTargetConflict,
    #[error(Invalid, field = field, "{field} must be a JSON object")]
    NotAnObject { field: &'static str },
    #[error(Invalid, field = field, "{field} must be an http(s) URL")]
    InvalidUrl { field: &'static str },
    /// A provider this needs is not set up on this server (its secrets are missing).
    #[error(InvalidState, path = ["input"], "{provider} is not set up on this server")]
    ProviderNotConfigured { provider: &'static str },
    /// The provider refused the request.
    #[error(InvalidState, path = ["input"], "{provider} refused: {message}")]
    ProviderRefused { provider: &'static str, message: String },
    #[error(LimitExceeded, path = ["input", "workspaceId"], "the workspace's monthly AI budget ({budget} USD) is spent")]
    BudgetExceeded { budget: String },
    #[error(Invalid, path = ["filter", field], "the end of the date range comes before its start")]
    InvalidDateRange { field: &'static str },
    /// A content bundle has all four of type, contentCount, timePeriod and basePrice; a plan or a
    /// credit pack none.
    #[error(Invalid, field = field, "a content bundle gives type, contentCount, timePeriod and basePrice together; other products none of them")]
    BundleFields { field: &'static str },
    #[error(
        Invalid,
        field = "volumeDiscounts",
        "volume discounts are a list of tiers, each with min_quantity (a whole number from 1) and percent_off (above 0, at most 100, two decimals at most)"
    )]
    InvalidTiers,
    #[error(Invalid, field = "interval", "a RECURRING price has an interval, a ONE_TIME price none")]
    IntervalIffRecurring,
    #[error(Invalid, field = "creditCost", "a credit cost is a decimal above 0 with at most four decimals, below 100,000,000")]
    InvalidCreditCost,
    #[error(NotFound, field = "id", "no such AI model")]
    AiModelNotFound,
    #[error(AlreadyExists, field = "openrouterId", "another AI model has this OpenRouter id")]
    OpenrouterIdTaken,
    #[error(api)]
    Api(ApiError),
}

impl From<TextError> for BillingError {
    fn from(e: TextError) -> Self {
        if e.required { Self::TextRequired { field: e.field, max: e.max } } else { Self::TextTooLong { field: e.field, max: e.max } }
    }
}

fn bug(name: &str) -> BillingError {
    BillingError::Api(ApiError::Internal(format!("constraint {name} violated")))
}

/// Billing's constraints by name. `tests/billing/constraints.rs` breaks them and checks their
/// errors; `platform::testing::assert_constraints_mapped` checks that none is missing here.
/// Most guard values only the services, the webhooks or staff write, which check them first:
/// breaking one of those is our bug, answered INTERNAL.
impl Constraints for BillingError {
    fn from_constraint(name: &str) -> Option<Self> {
        Some(match name {
            "orders_idempotency_key_length" | "credit_transactions_idempotency_key_length" => {
                Self::IdempotencyKeyInvalid { field: "idempotencyKey" }
            }
            "orders_idempotency_key" | "credit_transactions_idempotency_key" | "payments_merchant_transaction_key" => {
                Self::IdempotencyKeyReused { field: "idempotencyKey" }
            }
            "orders_metadata_object" | "credit_transactions_metadata_object" => Self::NotAnObject { field: "metadata" },
            "orders_business_fkey" => Self::BusinessNotFound,
            "order_items_content_bundle_fkey" => Self::ItemContentBundleNotFound { index: 0 },
            "order_items_product_id_fkey" => Self::ItemProductNotFound { index: 0 },
            "order_items_options_object" => Self::ItemOptionsNotObject { index: 0 },
            "order_items_quantity_positive" => Self::ItemQuantity { index: 0, max: 10_000 },
            "orders_status_transition" => {
                Self::InvalidState { field: "status", message: "an order goes PENDING → PAID or FAILED, and PAID → REFUNDED".into() }
            }
            "payments_status_transition" => Self::InvalidState {
                field: "status",
                message: "a payment goes PENDING → COMPLETED or FAILED, and COMPLETED → REFUNDED; a final payment never changes".into(),
            },
            "user_credits_balance_non_negative" | "credit_transactions_balance_non_negative" => {
                Self::InsufficientCredits { needed: 0, balance: 0 }
            }
            "payments_total_minimum" => {
                Self::InvalidAmount { field: "amount", message: "PhonePe takes at least ₹1.00 (100 paise)".into() }
            }
            "payments_one_target" => Self::PaymentTargetConflict,
            "payments_order_fkey" => Self::OrderNotFound { field: "orderId" },
            "payments_subscription_fkey" => Self::SubscriptionNotFound { field: "subscriptionId" },
            "subscriptions_price_id_fkey" => Self::PriceNotFound { field: "priceId" },
            "prices_product_id_fkey" => Self::ProductNotFound { field: "productId" },
            "products_name_length" | "ai_models_name_length" => Self::TextRequired { field: "name", max: 200 },
            // Staff's catalogue mutations check these first; the constraints say the same.
            "products_bundle_fields" => Self::BundleFields { field: "type" },
            "products_content_count_positive" => {
                Self::InvalidAmount { field: "contentCount", message: "contentCount must be at least 1".into() }
            }
            "products_base_price_non_negative" => {
                Self::InvalidAmount { field: "basePrice", message: "basePrice must be at least 0".into() }
            }
            "products_currency_format" | "prices_currency_format" => {
                Self::InvalidAmount { field: "currency", message: "a currency is a three-letter ISO 4217 code".into() }
            }
            "products_metadata_object" | "prices_metadata_object" => Self::NotAnObject { field: "metadata" },
            "products_volume_discounts_format" => Self::InvalidTiers,
            "prices_unit_amount_non_negative" => {
                Self::InvalidAmount { field: "unitAmount", message: "unitAmount must be at least 0".into() }
            }
            "prices_interval_iff_recurring" => Self::IntervalIffRecurring,
            "prices_interval_count_positive" => {
                Self::InvalidAmount { field: "intervalCount", message: "intervalCount must be at least 1".into() }
            }
            "prices_trial_period_days_non_negative" => {
                Self::InvalidAmount { field: "trialPeriodDays", message: "trialPeriodDays must be at least 0".into() }
            }
            "ai_models_openrouter_id_key" => Self::OpenrouterIdTaken,
            "ai_models_credit_cost_positive" => Self::InvalidCreditCost,
            "ai_models_max_context_tokens_positive" => {
                Self::InvalidAmount { field: "maxContextTokens", message: "maxContextTokens must be at least 1".into() }
            }
            "api_usage_logs_service_name_length" => Self::TextRequired { field: "serviceName", max: 100 },
            "api_usage_logs_endpoint_length" => Self::TextTooLong { field: "endpoint", max: 255 },
            "api_usage_logs_request_type_length" => Self::TextTooLong { field: "requestType", max: 50 },
            // Values only the services and the webhooks write, each checked first.
            "account_usage_stats_counters_non_negative"
            | "account_usage_stats_date_key"
            | "ai_models_model_type_check"
            | "ai_models_provider_check"
            | "api_usage_logs_counts_non_negative"
            | "api_usage_logs_status_code_range"
            | "credit_transactions_amount_sign"
            | "credit_transactions_type_check"
            | "customers_currency_format"
            | "customers_workspace_key"
            | "order_items_amounts_non_negative"
            | "order_items_order_fkey"
            | "order_items_subtotal_matches"
            | "orders_currency_format"
            | "orders_payment_intent_key"
            | "orders_status_check"
            | "orders_total_non_negative"
            | "payments_amounts_non_negative"
            | "payments_completed_at_matches_status"
            | "payments_currency_format"
            | "payments_merchant_transaction_format"
            | "payments_phonepe_transaction_key"
            | "payments_redirect_url_format"
            | "payments_status_check"
            | "payments_total_matches"
            | "prices_interval_check"
            | "prices_provider_check"
            | "prices_provider_id_key"
            | "prices_provider_id_present"
            | "prices_type_check"
            | "products_features_array"
            | "products_provider_check"
            | "products_provider_id_key"
            | "products_provider_id_present"
            | "products_type_check"
            | "subscription_invoices_amount_non_negative"
            | "subscription_invoices_currency_format"
            | "subscription_invoices_period_order"
            | "subscription_invoices_status_check"
            | "subscription_invoices_stripe_invoice_key"
            | "subscription_invoices_subscription_fkey"
            | "subscriptions_addon_never_gates"
            | "subscriptions_addon_type_check"
            | "subscriptions_amount_non_negative"
            | "subscriptions_billing_cycle_check"
            | "subscriptions_currency_format"
            | "subscriptions_customer_fkey"
            | "subscriptions_ended_when_canceled"
            | "subscriptions_features_array"
            | "subscriptions_gating_key"
            | "subscriptions_json_objects"
            | "subscriptions_limits_non_negative"
            | "subscriptions_period_order"
            | "subscriptions_plan_check"
            | "subscriptions_plan_or_addon"
            | "subscriptions_plan_type_check"
            | "subscriptions_provider_check"
            | "subscriptions_provider_id_key"
            | "subscriptions_provider_id_present"
            | "subscriptions_quantity_positive"
            | "subscriptions_status_check"
            | "subscriptions_trial_order"
            | "usage_records_agent_usage_object"
            | "usage_records_counts_non_negative"
            | "usage_records_user_date_key"
            | "user_credits_plan_credits_non_negative"
            | "user_credits_storage_non_negative"
            | "user_credits_subscription_fkey"
            | "user_credits_workspace_key"
            | "webhook_events_attempts_non_negative"
            | "webhook_events_provider_check"
            | "webhook_events_provider_event_key"
            | "webhook_events_workspace_id_fkey" => bug(name),
            // Rows always belong to a workspace and a user that exist; a reference to them
            // fails only when they were deleted during the request.
            name if name.ends_with("_workspace_id_fkey") || name.ends_with("_user_id_fkey") => Self::Api(ApiError::NotFound("workspace")),
            _ => return None,
        })
    }
}

impl BillingError {
    /// The error of an order item at `index` (a constraint names no index: the service that
    /// inserts items one by one puts it back).
    pub fn at_item(self, index: usize) -> Self {
        match self {
            Self::ItemContentBundleNotFound { .. } => Self::ItemContentBundleNotFound { index },
            Self::ItemProductNotFound { .. } => Self::ItemProductNotFound { index },
            Self::ItemOptionsNotObject { .. } => Self::ItemOptionsNotObject { index },
            Self::ItemQuantity { max, .. } => Self::ItemQuantity { index, max },
            other => other,
        }
    }
}

pub type Result<T, E = BillingError> = std::result::Result<T, E>;
