use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{BillingCycle, BillingProvider, BillingSubscriptionStatus, PlanType, SubscriptionAddon, SubscriptionPlan};

/// A subscription (seeds 000, 001, 003 and 004's billing_subscriptions, merged): a plan, which
/// may set the workspace's plan (`gatesPlan`), or an add-on module. Provider ids are shown to
/// owners and admins only.
#[platform::object(name = "BillingSubscription", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "subscriptions")]
pub struct Model {
    /// The subscription's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace subscribed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who subscribed.
    pub user_id: Option<Uuid>,
    /// The workspace's billing customer.
    pub customer_id: Option<Uuid>,
    /// Who bills it.
    pub provider: BillingProvider,
    #[object(skip)]
    pub provider_subscription_id: Option<String>,
    /// The catalogue price subscribed to.
    pub price_id: Option<Uuid>,
    /// Whether this subscription sets the workspace's plan (at most one per workspace does).
    pub gates_plan: bool,
    /// A plan subscription's tier.
    pub plan: Option<SubscriptionPlan>,
    /// An add-on subscription's module.
    pub addon_type: Option<SubscriptionAddon>,
    /// Where it stands.
    pub status: BillingSubscriptionStatus,
    /// How many seats or units.
    pub quantity: i32,
    /// What one period costs, in minor units of `currency`.
    pub amount_minor: Option<i64>,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    /// How often it bills.
    pub billing_cycle: Option<BillingCycle>,
    /// True once canceled: it ends at `currentPeriodEnd` unless resumed before.
    pub cancel_at_period_end: bool,
    /// When the current period began.
    pub current_period_start: DateTimeWithTimeZone,
    /// When the current period ends (the renewal, or the end after a cancel).
    pub current_period_end: DateTimeWithTimeZone,
    /// When the trial began.
    pub trial_start: Option<DateTimeWithTimeZone>,
    /// When the trial ends.
    pub trial_end: Option<DateTimeWithTimeZone>,
    /// When the provider will cancel it.
    pub cancel_at: Option<DateTimeWithTimeZone>,
    /// When it was canceled.
    pub canceled_at: Option<DateTimeWithTimeZone>,
    /// When it ended.
    pub ended_at: Option<DateTimeWithTimeZone>,
    /// The kind of account the plan is for; null means the free plan's (individual).
    pub plan_type: Option<PlanType>,
    /// Creators the plan allows; null means the free plan's.
    pub creator_limit: Option<i32>,
    /// Users the plan allows; null means the free plan's.
    pub user_limit: Option<i32>,
    /// Voice models the plan allows; null means the free plan's.
    pub voice_model_limit: Option<i32>,
    /// Storage the plan allows, in GB; null means the free plan's.
    pub storage_limit_gb: Option<i32>,
    /// The monthly AI budget in USD, a decimal string; null means the free plan's (10.00).
    #[sea_orm(select_as = "text", save_as = "numeric")]
    pub budget_limit_monthly: Option<String>,
    /// An add-on's features, a list.
    pub features: Json,
    /// An add-on's usage limits.
    pub usage_limits: Json,
    /// An add-on's usage so far.
    pub current_usage: Json,
    #[object(skip)]
    pub latest_invoice_url: Option<String>,
    /// Cached facts for the paywall: the plan's nickname, its amount.
    pub metadata: Json,
    /// When the subscription was made.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
