//! Billing's enums, with the seeds' values as the columns hold them (lowercase text under a
//! CHECK) and prefixed GraphQL names where another domain could want the word: each is the
//! column's type and the GraphQL enum at once (`platform::db_enums!` maps `one_time` to
//! `ONE_TIME`).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a catalogue entry is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum CatalogueProvider {
    /// Synced from Stripe's products and prices.
    #[sea_orm(string_value = "stripe")]
    Stripe,
    /// Synced from Whop.
    #[sea_orm(string_value = "whop")]
    Whop,
    /// Mosaic's own (seed 001's content bundles, credit packs).
    #[sea_orm(string_value = "internal")]
    Internal,
}

/// What a content bundle product delivers (seed 001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ProductType {
    /// Social posts.
    #[sea_orm(string_value = "social")]
    Social,
    /// Blog posts.
    #[sea_orm(string_value = "blog")]
    Blog,
    /// Email sequences.
    #[sea_orm(string_value = "email")]
    Email,
    /// Content upgrades (lead magnets).
    #[sea_orm(string_value = "upgrade")]
    Upgrade,
}

/// Whether a price is paid once or on a schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum PriceType {
    /// Paid once.
    #[sea_orm(string_value = "one_time")]
    OneTime,
    /// Paid every `intervalCount` `interval`s.
    #[sea_orm(string_value = "recurring")]
    Recurring,
}

/// The unit of a recurring price's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum PriceInterval {
    /// Days.
    #[sea_orm(string_value = "day")]
    Day,
    /// Weeks.
    #[sea_orm(string_value = "week")]
    Week,
    /// Months.
    #[sea_orm(string_value = "month")]
    Month,
    /// Years.
    #[sea_orm(string_value = "year")]
    Year,
}

/// Who makes an AI model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum AiModelProvider {
    /// OpenAI.
    #[sea_orm(string_value = "openai")]
    Openai,
    /// Anthropic.
    #[sea_orm(string_value = "anthropic")]
    Anthropic,
    /// Google.
    #[sea_orm(string_value = "google")]
    Google,
    /// Meta.
    #[sea_orm(string_value = "meta")]
    Meta,
}

/// How an AI model is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum AiModelType {
    /// Quick answers.
    #[sea_orm(string_value = "fast")]
    Fast,
    /// The strongest models.
    #[sea_orm(string_value = "advanced")]
    Advanced,
    /// The cheapest per call.
    #[sea_orm(string_value = "affordable")]
    Affordable,
}

/// Who bills a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum BillingProvider {
    /// Stripe (seeds 001, 003, 004).
    #[sea_orm(string_value = "stripe")]
    Stripe,
    /// Whop (seed 003).
    #[sea_orm(string_value = "whop")]
    Whop,
    /// PhonePe, in INR (seed 000).
    #[sea_orm(string_value = "phonepe")]
    Phonepe,
    /// Granted by staff, billed outside the providers.
    #[sea_orm(string_value = "manual")]
    Manual,
}

/// A plan tier (seed 000); the gating subscription's tier is the workspace's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionPlan {
    /// The free tier.
    #[sea_orm(string_value = "free")]
    Free,
    /// Starter.
    #[sea_orm(string_value = "starter")]
    Starter,
    /// Growth.
    #[sea_orm(string_value = "growth")]
    Growth,
    /// Enterprise.
    #[sea_orm(string_value = "enterprise")]
    Enterprise,
}

/// An add-on module (seed 001's subscription `plan_type`); add-ons never set the workspace's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionAddon {
    /// Content optimization.
    #[sea_orm(string_value = "optimization")]
    Optimization,
    /// Scheduling.
    #[sea_orm(string_value = "scheduling")]
    Scheduling,
    /// Analytics.
    #[sea_orm(string_value = "analytics")]
    Analytics,
}

/// A subscription's state: the seeds' statuses merged with Stripe's (002's `cancelled` is
/// `canceled` here; the workspace keeps identity's spelling).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum BillingSubscriptionStatus {
    /// In its trial, until `trialEnd`.
    #[sea_orm(string_value = "trialing")]
    Trialing,
    /// Paid up.
    #[sea_orm(string_value = "active")]
    Active,
    /// The last payment failed; the plan still holds while the provider retries.
    #[sea_orm(string_value = "past_due")]
    PastDue,
    /// Ended (`endedAt` is set); the workspace is on the free plan.
    #[sea_orm(string_value = "canceled")]
    Canceled,
    /// The first payment has not completed.
    #[sea_orm(string_value = "incomplete")]
    Incomplete,
    /// The first payment never completed.
    #[sea_orm(string_value = "incomplete_expired")]
    IncompleteExpired,
    /// Retries are exhausted and payment is owed.
    #[sea_orm(string_value = "unpaid")]
    Unpaid,
    /// Paused by the provider.
    #[sea_orm(string_value = "paused")]
    Paused,
}

impl BillingSubscriptionStatus {
    /// Live statuses grant the subscription's plan (see `docs/billing.md`, the status map).
    pub fn is_live(self) -> bool {
        matches!(self, Self::Trialing | Self::Active | Self::PastDue)
    }

    /// The status of a provider's word for it (Stripe's and Whop's), `cancelled` included.
    pub fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "trialing" => Self::Trialing,
            "active" | "completed" => Self::Active,
            "past_due" => Self::PastDue,
            "canceled" | "cancelled" | "expired" => Self::Canceled,
            "incomplete" => Self::Incomplete,
            "incomplete_expired" => Self::IncompleteExpired,
            "unpaid" => Self::Unpaid,
            "paused" => Self::Paused,
            _ => return None,
        })
    }
}

/// How often a subscription bills (seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum BillingCycle {
    /// Every month.
    #[sea_orm(string_value = "monthly")]
    Monthly,
    /// Every year.
    #[sea_orm(string_value = "annual")]
    Annual,
}

/// The kind of account a plan is for (seed 002's `plan_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[graphql(name = "WorkspacePlanType")]
#[serde(rename_all = "snake_case")]
pub enum PlanType {
    /// One person.
    #[sea_orm(string_value = "individual")]
    Individual,
    /// A team.
    #[sea_orm(string_value = "team")]
    Team,
    /// An agency serving clients.
    #[sea_orm(string_value = "agency")]
    Agency,
}

/// Where a subscription invoice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionInvoiceStatus {
    /// Paid.
    #[sea_orm(string_value = "paid")]
    Paid,
    /// Issued, not paid yet.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// The payment failed.
    #[sea_orm(string_value = "failed")]
    Failed,
}

/// Where an order stands: PENDING → PAID | FAILED, PAID → REFUNDED.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Waiting for its payment.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Paid.
    #[sea_orm(string_value = "paid")]
    Paid,
    /// The payment failed (final).
    #[sea_orm(string_value = "failed")]
    Failed,
    /// Paid, then refunded (final).
    #[sea_orm(string_value = "refunded")]
    Refunded,
}

/// Where a PhonePe payment stands: PENDING → COMPLETED | FAILED, COMPLETED → REFUNDED.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// Sent to PhonePe, not confirmed.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Confirmed by PhonePe's status check.
    #[sea_orm(string_value = "completed")]
    Completed,
    /// Refused or abandoned (final).
    #[sea_orm(string_value = "failed")]
    Failed,
    /// Completed, then refunded (final).
    #[sea_orm(string_value = "refunded")]
    Refunded,
}

/// Why a workspace's credit balance changed (seed 003).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum CreditTransactionType {
    /// Credits spent (negative).
    #[sea_orm(string_value = "deduction")]
    Deduction,
    /// Credits given back (positive).
    #[sea_orm(string_value = "refund")]
    Refund,
    /// Credits bought (positive).
    #[sea_orm(string_value = "purchase")]
    Purchase,
    /// The monthly allowance restored: the balance becomes the plan's credits (either sign).
    #[sea_orm(string_value = "monthly_reset")]
    MonthlyReset,
    /// Credits given when a trial starts (positive).
    #[sea_orm(string_value = "trial_grant")]
    TrialGrant,
    /// Credits given by staff (positive).
    #[sea_orm(string_value = "bonus")]
    Bonus,
}

/// Whose webhook a stored event came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum WebhookProvider {
    /// `POST /webhooks/stripe`.
    #[sea_orm(string_value = "stripe")]
    Stripe,
    /// `POST /webhooks/whop`.
    #[sea_orm(string_value = "whop")]
    Whop,
    /// `POST /webhooks/phonepe`.
    #[sea_orm(string_value = "phonepe")]
    Phonepe,
}

platform::db_enums!(
    CatalogueProvider,
    ProductType,
    PriceType,
    PriceInterval,
    AiModelProvider,
    AiModelType,
    BillingProvider,
    SubscriptionPlan,
    SubscriptionAddon,
    BillingSubscriptionStatus,
    BillingCycle,
    PlanType,
    SubscriptionInvoiceStatus,
    OrderStatus,
    PaymentStatus,
    CreditTransactionType,
);
