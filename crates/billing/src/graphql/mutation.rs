use async_graphql::{Context, InputObject, Json, Object, Result, SimpleObject};
use chrono::Utc;
use platform::RequestContext;
use platform::error::{UserError, into_payload};
use uuid::Uuid;

use super::backend;
use crate::entity::{
    AiModelProvider, AiModelType, CreditTransactionType, PriceInterval, PriceType, ProductType, ai_models, credit_transactions, orders,
    payments, prices, products, subscriptions,
};
use crate::service;

/// Billing's mutations. Each takes one `input` and answers a payload: the changed object, or
/// the rule violations (`errors`) the user can fix. Those that move money or credits take an
/// idempotency key: the same key again answers the first result and changes nothing.
#[derive(Default)]
pub struct BillingMutation;

/// One item to order.
#[derive(InputObject)]
pub struct OrderItemInput {
    /// The product, active and with a base price.
    pub product_id: Uuid,
    /// How many, 1 to 10,000.
    #[graphql(default = 1)]
    pub quantity: i32,
    /// The content bundle the item is for, in the same workspace.
    pub content_bundle_id: Option<Uuid>,
    /// Product-specific options, a JSON object.
    pub options: Option<Json<serde_json::Value>>,
}

/// A new order (members and above), priced from the catalogue now, PENDING until paid.
#[derive(InputObject)]
pub struct CreateOrderInput {
    /// The workspace ordering.
    pub workspace_id: Uuid,
    /// The business (content) it is for, in the same workspace.
    pub business_id: Option<Uuid>,
    /// ISO 4217 code; the first product's when omitted. Every product must be priced in it.
    pub currency: Option<String>,
    /// 1 to 50 items.
    pub items: Vec<OrderItemInput>,
    /// Free facts, a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// The same key again answers the first order (1 to 255 characters).
    pub idempotency_key: Option<String>,
}

/// The order a mutation made, or why it could not.
#[derive(SimpleObject)]
pub struct OrderPayload {
    /// The order.
    pub order: Option<orders::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// A PhonePe payment in INR (members and above): for an order, a subscription, or an amount.
#[derive(InputObject)]
pub struct CreatePaymentInput {
    /// The workspace paying.
    pub workspace_id: Uuid,
    /// A PENDING order in INR: the payment is its total plus GST.
    pub order_id: Option<Uuid>,
    /// A subscription billed in INR: one period's amount plus GST.
    pub subscription_id: Option<Uuid>,
    /// Otherwise the amount in rupees before GST, a decimal string (`"999.00"`).
    pub amount: Option<String>,
    /// The same key again answers the first payment and its pay page (1 to 255 characters).
    pub idempotency_key: Option<String>,
}

/// The payment a mutation started, or why it could not.
#[derive(SimpleObject)]
pub struct PaymentPayload {
    /// The payment, PENDING until PhonePe confirms it.
    pub payment: Option<payments::Model>,
    /// PhonePe's page to send the payer to.
    pub redirect_url: Option<String>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// A subscription to cancel at the end of its period, or to resume (owners and admins).
#[derive(InputObject)]
pub struct SubscriptionChangeInput {
    /// The subscription.
    pub id: Uuid,
}

/// The subscription a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct BillingSubscriptionPayload {
    /// The subscription as it is now.
    pub billing_subscription: Option<subscriptions::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// A Stripe Checkout session for a plan (owners and admins).
#[derive(InputObject)]
pub struct CreateCheckoutSessionInput {
    /// The workspace subscribing.
    pub workspace_id: Uuid,
    /// An active recurring Stripe price of the catalogue.
    pub price_id: Uuid,
    /// Where Stripe sends the payer after paying, http(s).
    pub success_url: String,
    /// Where Stripe sends the payer who gives up, http(s).
    pub cancel_url: String,
    /// Stripe's idempotency key (1 to 255 characters).
    pub idempotency_key: String,
}

/// The checkout a mutation started, or why it could not.
#[derive(SimpleObject)]
pub struct CheckoutSessionPayload {
    /// Stripe's page to send the payer to; the subscription arrives through Stripe's webhooks.
    pub url: Option<String>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// Credits added to a workspace (platform staff).
#[derive(InputObject)]
pub struct GrantCreditsInput {
    /// The workspace credited.
    pub workspace_id: Uuid,
    /// 1 to 1,000,000 credits.
    pub amount: i64,
    /// PURCHASE, BONUS, TRIAL_GRANT or REFUND.
    #[graphql(name = "type")]
    pub kind: CreditTransactionType,
    /// Why, for people.
    pub reason: Option<String>,
    /// The same key again answers the first grant (1 to 255 characters).
    pub idempotency_key: String,
}

/// Credits spent by a workspace (platform staff; workers use billing's ledger port): a number
/// of credits, or calls of an AI model at its credit cost.
#[derive(InputObject)]
pub struct DeductCreditsInput {
    /// The workspace charged.
    pub workspace_id: Uuid,
    /// 1 to 1,000,000 credits.
    pub amount: Option<i64>,
    /// Instead: an active AI model's OpenRouter id…
    pub model: Option<String>,
    /// …and how many calls (1 to 1,000,000); each costs the model's credit cost, the total
    /// rounded up to whole credits.
    pub calls: Option<i64>,
    /// Why, for people.
    pub reason: Option<String>,
    /// Facts to keep on the ledger row (`conversation_id`…), a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// The same key again answers the first deduction (1 to 255 characters).
    pub idempotency_key: String,
}

/// The ledger row a credit mutation wrote (or, for a repeated key, had written).
#[derive(SimpleObject)]
pub struct CreditTransactionPayload {
    /// The ledger row: its amount and the balance it left.
    pub credit_transaction: Option<credit_transactions::Model>,
    /// True when the idempotency key had been used and this is the first answer again.
    pub replayed: bool,
    /// Rule violations the user can fix (LIMIT_EXCEEDED when the balance is short); empty on success.
    pub errors: Vec<UserError>,
}

/// A new product of Mosaic's own (platform staff): a plan, a credit pack, or a content bundle
/// (type, contentCount, timePeriod and basePrice together).
#[derive(InputObject)]
pub struct CreateProductInput {
    /// 1 to 200 characters.
    pub name: String,
    /// What it is, for people (at most 2,000 characters).
    pub description: Option<String>,
    /// A content bundle's kind.
    #[graphql(name = "type")]
    pub kind: Option<ProductType>,
    /// How many pieces of content the bundle delivers, 1 or more.
    pub content_count: Option<i32>,
    /// The bundle's period, e.g. `1 year` (at most 100 characters).
    pub time_period: Option<String>,
    /// The bundle's list price in minor units of `currency`, 0 or more.
    pub base_price: Option<i64>,
    /// ISO 4217 code, any case; `usd` when omitted.
    pub currency: Option<String>,
    /// Volume discount tiers, `[{"min_quantity": 10, "percent_off": 15}]`, read as orders read them.
    pub volume_discounts: Option<Json<serde_json::Value>>,
    /// Free facts (`credits` of a credit pack…), a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// Whether it can be bought now; true when omitted.
    pub active: Option<bool>,
}

/// A change to a product of Mosaic's own (platform staff); omitted fields keep their value, a
/// blank description or time period clears it. Stripe's and Whop's products are INVALID_STATE.
#[derive(InputObject)]
pub struct UpdateProductInput {
    /// The product.
    pub id: Uuid,
    /// 1 to 200 characters.
    pub name: Option<String>,
    /// What it is, for people (at most 2,000 characters).
    pub description: Option<String>,
    /// A content bundle's kind.
    #[graphql(name = "type")]
    pub kind: Option<ProductType>,
    /// How many pieces of content the bundle delivers, 1 or more.
    pub content_count: Option<i32>,
    /// The bundle's period, e.g. `1 year`.
    pub time_period: Option<String>,
    /// The bundle's list price in minor units of `currency`, 0 or more.
    pub base_price: Option<i64>,
    /// ISO 4217 code, any case.
    pub currency: Option<String>,
    /// Volume discount tiers, read as orders read them.
    pub volume_discounts: Option<Json<serde_json::Value>>,
    /// Free facts, a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// Whether it can be bought now.
    pub active: Option<bool>,
}

/// The product a mutation wrote, or why it could not.
#[derive(SimpleObject)]
pub struct ProductPayload {
    /// The product as it is now.
    pub product: Option<products::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// A new price of a product of Mosaic's own (platform staff).
#[derive(InputObject)]
pub struct CreatePriceInput {
    /// The product, of Mosaic's own.
    pub product_id: Uuid,
    /// The amount in minor units of `currency`, 0 or more.
    pub unit_amount: i64,
    /// ISO 4217 code, any case; the product's when omitted.
    pub currency: Option<String>,
    /// One-time or recurring.
    #[graphql(name = "type")]
    pub kind: PriceType,
    /// A recurring price's period unit (only for RECURRING, and required there).
    pub interval: Option<PriceInterval>,
    /// How many intervals one period lasts, 1 or more; 1 when omitted.
    pub interval_count: Option<i32>,
    /// Days of trial before the first charge, 0 or more; 0 when omitted.
    pub trial_period_days: Option<i32>,
    /// What the price is, for people.
    pub description: Option<String>,
    /// Free facts, a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// Whether it can be bought now; true when omitted.
    pub active: Option<bool>,
}

/// A change to a price of Mosaic's own (platform staff); omitted fields keep their value.
/// Stripe's and Whop's prices are INVALID_STATE.
#[derive(InputObject)]
pub struct UpdatePriceInput {
    /// The price.
    pub id: Uuid,
    /// The amount in minor units of `currency`, 0 or more.
    pub unit_amount: Option<i64>,
    /// ISO 4217 code, any case.
    pub currency: Option<String>,
    /// One-time (which clears the interval) or recurring.
    #[graphql(name = "type")]
    pub kind: Option<PriceType>,
    /// A recurring price's period unit.
    pub interval: Option<PriceInterval>,
    /// How many intervals one period lasts, 1 or more.
    pub interval_count: Option<i32>,
    /// Days of trial before the first charge, 0 or more.
    pub trial_period_days: Option<i32>,
    /// What the price is, for people; blank clears it.
    pub description: Option<String>,
    /// Free facts, a JSON object.
    pub metadata: Option<Json<serde_json::Value>>,
    /// Whether it can be bought now.
    pub active: Option<bool>,
}

/// The price a mutation wrote, or why it could not.
#[derive(SimpleObject)]
pub struct PricePayload {
    /// The price as it is now.
    pub price: Option<prices::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// A new AI model agents may call (platform staff).
#[derive(InputObject)]
pub struct CreateAiModelInput {
    /// Its display name, 1 to 200 characters.
    pub name: String,
    /// Who makes it.
    pub provider: AiModelProvider,
    /// Its OpenRouter id, e.g. `openai/gpt-4o-mini`; no other model may have it.
    pub openrouter_id: String,
    /// Credits one call costs: an exact decimal string above 0 with at most four decimals (`"0.5"`).
    pub credit_cost: String,
    /// How it is offered.
    pub model_type: AiModelType,
    /// A marketing description.
    pub description: Option<String>,
    /// The context window in tokens, 1 or more.
    pub max_context_tokens: Option<i32>,
    /// Whether agents may call it now; true when omitted.
    pub is_active: Option<bool>,
}

/// A change to an AI model (platform staff); omitted fields keep their value.
#[derive(InputObject)]
pub struct UpdateAiModelInput {
    /// The model.
    pub id: Uuid,
    /// Its display name, 1 to 200 characters.
    pub name: Option<String>,
    /// Who makes it.
    pub provider: Option<AiModelProvider>,
    /// Its OpenRouter id; no other model may have it.
    pub openrouter_id: Option<String>,
    /// Credits one call costs, an exact decimal string above 0 with at most four decimals.
    pub credit_cost: Option<String>,
    /// How it is offered.
    pub model_type: Option<AiModelType>,
    /// A marketing description; blank clears it.
    pub description: Option<String>,
    /// The context window in tokens, 1 or more.
    pub max_context_tokens: Option<i32>,
    /// Whether agents may call it now.
    pub is_active: Option<bool>,
}

/// The AI model a mutation wrote, or why it could not.
#[derive(SimpleObject)]
pub struct AiModelPayload {
    /// The model as it is now.
    pub ai_model: Option<ai_models::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

fn credit_payload(result: crate::error::Result<service::credits::Applied>) -> Result<CreditTransactionPayload> {
    let (applied, errors) = into_payload(result)?;
    let replayed = applied.as_ref().is_some_and(|a| a.replayed);
    Ok(CreditTransactionPayload { credit_transaction: applied.map(|a| a.transaction), replayed, errors })
}

#[Object]
impl BillingMutation {
    /// Orders catalogue products; see `CreateOrderInput`.
    async fn create_order(&self, ctx: &Context<'_>, input: CreateOrderInput) -> Result<OrderPayload> {
        let request = RequestContext::of(ctx)?;
        let order = service::orders::NewOrder {
            business_id: input.business_id,
            currency: input.currency,
            items: input
                .items
                .into_iter()
                .map(|i| service::orders::NewItem {
                    product_id: i.product_id,
                    quantity: i.quantity,
                    content_bundle_id: i.content_bundle_id,
                    options: i.options.map(|o| o.0),
                })
                .collect(),
            metadata: input.metadata.map(|m| m.0),
            idempotency_key: input.idempotency_key,
        };
        let (order, errors) = into_payload(service::orders::create_order(request, backend(ctx)?, input.workspace_id, order).await)?;
        Ok(OrderPayload { order, errors })
    }

    /// Starts a PhonePe payment; see `CreatePaymentInput`.
    async fn create_payment(&self, ctx: &Context<'_>, input: CreatePaymentInput) -> Result<PaymentPayload> {
        let request = RequestContext::of(ctx)?;
        let what = service::payments::NewPayment {
            order_id: input.order_id,
            subscription_id: input.subscription_id,
            amount: input.amount,
            idempotency_key: input.idempotency_key,
        };
        let (started, errors) = into_payload(service::payments::create_payment(request, backend(ctx)?, input.workspace_id, what).await)?;
        Ok(match started {
            Some(s) => PaymentPayload { payment: Some(s.payment), redirect_url: s.redirect_url, errors },
            None => PaymentPayload { payment: None, redirect_url: None, errors },
        })
    }

    /// Cancels a live subscription at the end of its period (owners and admins): the status
    /// stays until `currentPeriodEnd`, then it is CANCELED and the workspace goes back to the
    /// free plan.
    async fn cancel_subscription(&self, ctx: &Context<'_>, input: SubscriptionChangeInput) -> Result<BillingSubscriptionPayload> {
        let request = RequestContext::of(ctx)?;
        let result = service::subscriptions::cancel_subscription(request, backend(ctx)?, input.id, Utc::now()).await;
        let (billing_subscription, errors) = into_payload(result)?;
        Ok(BillingSubscriptionPayload { billing_subscription, errors })
    }

    /// Takes back a cancellation before the period ends (owners and admins).
    async fn resume_subscription(&self, ctx: &Context<'_>, input: SubscriptionChangeInput) -> Result<BillingSubscriptionPayload> {
        let request = RequestContext::of(ctx)?;
        let result = service::subscriptions::resume_subscription(request, backend(ctx)?, input.id, Utc::now()).await;
        let (billing_subscription, errors) = into_payload(result)?;
        Ok(BillingSubscriptionPayload { billing_subscription, errors })
    }

    /// Starts a Stripe Checkout for a plan; see `CreateCheckoutSessionInput`.
    async fn create_checkout_session(&self, ctx: &Context<'_>, input: CreateCheckoutSessionInput) -> Result<CheckoutSessionPayload> {
        let request = RequestContext::of(ctx)?;
        let urls = (input.success_url, input.cancel_url);
        let result = service::subscriptions::start_checkout(
            request,
            backend(ctx)?,
            input.workspace_id,
            input.price_id,
            urls,
            &input.idempotency_key,
        )
        .await;
        let (url, errors) = into_payload(result)?;
        Ok(CheckoutSessionPayload { url, errors })
    }

    /// Adds credits to a workspace (platform staff); see `GrantCreditsInput`.
    async fn grant_credits(&self, ctx: &Context<'_>, input: GrantCreditsInput) -> Result<CreditTransactionPayload> {
        let request = RequestContext::of(ctx)?;
        let grant = service::credits::Grant {
            kind: input.kind,
            credits: input.amount,
            reason: input.reason,
            idempotency_key: input.idempotency_key,
        };
        credit_payload(
            async {
                let key = service::values::required_key(&grant.idempotency_key, "idempotencyKey")?;
                service::credits::grant_credits(
                    request,
                    backend(ctx)?,
                    input.workspace_id,
                    service::credits::Grant { idempotency_key: key, ..grant },
                )
                .await
            }
            .await,
        )
    }

    /// Spends a workspace's credits (platform staff); LIMIT_EXCEEDED, with nothing written,
    /// when the balance is short.
    async fn deduct_credits(&self, ctx: &Context<'_>, input: DeductCreditsInput) -> Result<CreditTransactionPayload> {
        let request = RequestContext::of(ctx)?;
        credit_payload(
            async {
                let key = service::values::required_key(&input.idempotency_key, "idempotencyKey")?;
                let spend = match (input.amount, input.model, input.calls) {
                    (Some(n), None, None) => service::credits::Spend::Credits(n),
                    (None, Some(model), calls) => service::credits::Spend::ModelCalls { openrouter_id: model, calls: calls.unwrap_or(1) },
                    _ => return Err(crate::error::BillingError::DeductionUnspecified),
                };
                let deduction = service::credits::Deduction {
                    spend,
                    reason: input.reason,
                    metadata: input.metadata.map_or(serde_json::Value::Null, |m| m.0),
                    idempotency_key: key,
                };
                service::credits::deduct_credits(request, backend(ctx)?, input.workspace_id, deduction).await
            }
            .await,
        )
    }

    /// Adds a product of Mosaic's own to the catalogue (platform staff); see `CreateProductInput`.
    async fn create_product(&self, ctx: &Context<'_>, input: CreateProductInput) -> Result<ProductPayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::ProductFields {
            name: Some(input.name),
            description: input.description,
            product_type: input.kind,
            content_count: input.content_count,
            time_period: input.time_period,
            base_price: input.base_price,
            currency: input.currency,
            volume_discounts: input.volume_discounts.map(|j| j.0),
            metadata: input.metadata.map(|j| j.0),
            active: input.active,
        };
        let (product, errors) = into_payload(service::catalogue::create_product(request, backend(ctx)?, fields).await)?;
        Ok(ProductPayload { product, errors })
    }

    /// Changes a product of Mosaic's own (platform staff); see `UpdateProductInput`.
    async fn update_product(&self, ctx: &Context<'_>, input: UpdateProductInput) -> Result<ProductPayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::ProductFields {
            name: input.name,
            description: input.description,
            product_type: input.kind,
            content_count: input.content_count,
            time_period: input.time_period,
            base_price: input.base_price,
            currency: input.currency,
            volume_discounts: input.volume_discounts.map(|j| j.0),
            metadata: input.metadata.map(|j| j.0),
            active: input.active,
        };
        let (product, errors) = into_payload(service::catalogue::update_product(request, backend(ctx)?, input.id, fields).await)?;
        Ok(ProductPayload { product, errors })
    }

    /// Adds a price to a product of Mosaic's own (platform staff); see `CreatePriceInput`.
    async fn create_price(&self, ctx: &Context<'_>, input: CreatePriceInput) -> Result<PricePayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::PriceFields {
            description: input.description,
            unit_amount: Some(input.unit_amount),
            currency: input.currency,
            price_type: Some(input.kind),
            interval: input.interval,
            interval_count: input.interval_count,
            trial_period_days: input.trial_period_days,
            metadata: input.metadata.map(|j| j.0),
            active: input.active,
        };
        let (price, errors) = into_payload(service::catalogue::create_price(request, backend(ctx)?, input.product_id, fields).await)?;
        Ok(PricePayload { price, errors })
    }

    /// Changes a price of Mosaic's own (platform staff); see `UpdatePriceInput`.
    async fn update_price(&self, ctx: &Context<'_>, input: UpdatePriceInput) -> Result<PricePayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::PriceFields {
            description: input.description,
            unit_amount: input.unit_amount,
            currency: input.currency,
            price_type: input.kind,
            interval: input.interval,
            interval_count: input.interval_count,
            trial_period_days: input.trial_period_days,
            metadata: input.metadata.map(|j| j.0),
            active: input.active,
        };
        let (price, errors) = into_payload(service::catalogue::update_price(request, backend(ctx)?, input.id, fields).await)?;
        Ok(PricePayload { price, errors })
    }

    /// Adds an AI model agents may call (platform staff); see `CreateAiModelInput`.
    async fn create_ai_model(&self, ctx: &Context<'_>, input: CreateAiModelInput) -> Result<AiModelPayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::ModelFields {
            name: Some(input.name),
            provider: None,
            openrouter_id: Some(input.openrouter_id),
            description: input.description,
            credit_cost: Some(input.credit_cost),
            model_type: None,
            max_context_tokens: input.max_context_tokens,
            active: input.is_active,
        };
        let kind = (input.provider, input.model_type);
        let (ai_model, errors) = into_payload(service::catalogue::create_model(request, backend(ctx)?, kind, fields).await)?;
        Ok(AiModelPayload { ai_model, errors })
    }

    /// Changes an AI model (platform staff); see `UpdateAiModelInput`.
    async fn update_ai_model(&self, ctx: &Context<'_>, input: UpdateAiModelInput) -> Result<AiModelPayload> {
        let request = RequestContext::of(ctx)?;
        let fields = service::catalogue::ModelFields {
            name: input.name,
            provider: input.provider,
            openrouter_id: input.openrouter_id,
            description: input.description,
            credit_cost: input.credit_cost,
            model_type: input.model_type,
            max_context_tokens: input.max_context_tokens,
            active: input.is_active,
        };
        let (ai_model, errors) = into_payload(service::catalogue::update_model(request, backend(ctx)?, input.id, fields).await)?;
        Ok(AiModelPayload { ai_model, errors })
    }
}
