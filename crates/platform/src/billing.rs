//! The ports billing implements for the other domains (see `docs/billing.md`): plan limits, the
//! credit ledger, usage recording, the monthly budget, the model catalogue and entitlements.
//! A domain that needs one reads it from the schema's data (`ctx.data::<Arc<dyn CreditLedger>>()`),
//! where billing's `Domain::data` puts it; none of them runs SQL on billing's tables.
//!
//! Every call says who is calling ([`Caller`]): a request acts for its viewer, who must hold at
//! least the member role in the workspace to spend or record anything there (any role to read);
//! background work acts for the system. Spending and granting credits take an idempotency key:
//! the same key again answers the first result and changes nothing.

use async_trait::async_trait;
use uuid::Uuid;

use crate::context::RequestContext;
use crate::error::ApiError;

/// Who is calling a port.
#[derive(Clone, Copy)]
pub enum Caller<'a> {
    /// A request, for its viewer (checked against the workspace).
    Request(&'a RequestContext),
    /// Background work (a worker job), trusted.
    System,
}

/// A workspace's plan, as billing last wrote it from the subscription that gates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// `free`, `starter`, `growth` or `enterprise`.
    pub tier: String,
    /// `active`, `trialing`, `past_due` or `cancelled`.
    pub status: String,
    /// `individual`, `team` or `agency`.
    pub plan_type: String,
    pub creator_limit: i32,
    pub user_limit: i32,
    pub voice_model_limit: i32,
    pub storage_limit_gb: i32,
    /// The monthly AI budget in USD, a decimal string (`10.0000`).
    pub budget_limit_monthly: String,
}

/// The limits a workspace's plan sets.
#[async_trait]
pub trait PlanLimits: Send + Sync {
    /// The plan of `workspace_id`; `NOT_FOUND` for a workspace the caller is not in.
    async fn plan(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<Plan, ApiError>;
}

/// A change of a workspace's credit balance, as the ledger recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditChange {
    /// The ledger row.
    pub transaction_id: Uuid,
    /// Positive added, negative spent.
    pub credits: i64,
    /// The balance right after the change.
    pub balance_after: i64,
    /// True when the idempotency key had been used already and this is the first answer again.
    pub replayed: bool,
}

/// What to spend: a number of credits, or calls of an AI model at its credit cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spend {
    Credits(i64),
    /// `calls` calls of the active model with this OpenRouter id: `ceil(credit_cost × calls)`.
    ModelCalls {
        openrouter_id: String,
        calls: i64,
    },
}

/// One deduction from a workspace's credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduction {
    pub spend: Spend,
    pub reason: Option<String>,
    /// Facts kept on the ledger row (`conversation_id`, …), a JSON object.
    pub metadata: serde_json::Value,
    pub idempotency_key: String,
}

/// The credit ledger: one balance per workspace, never below zero, every change one ledger row.
#[async_trait]
pub trait CreditLedger: Send + Sync {
    /// The workspace's balance (0 when it never had credits).
    async fn balance(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<i64, ApiError>;
    /// Spends credits; `LIMIT_EXCEEDED` (and nothing written) when the balance is short.
    async fn deduct(&self, caller: Caller<'_>, workspace_id: Uuid, deduction: Deduction) -> Result<CreditChange, ApiError>;
    /// Gives credits back after work that was charged failed.
    async fn refund(
        &self,
        caller: Caller<'_>,
        workspace_id: Uuid,
        credits: i64,
        reason: &str,
        idempotency_key: &str,
    ) -> Result<CreditChange, ApiError>;
}

/// Agent work of a user on a day, for `usage_records` and the budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentUsage {
    pub user_id: Uuid,
    /// The agent, for the per-agent breakdown.
    pub agent: String,
    pub tokens: i64,
    /// What it cost in USD, a decimal string with at most six decimals.
    pub cost_usd: String,
}

/// One metered call to an outside service, for `api_usage_logs`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiCall {
    pub user_id: Option<Uuid>,
    pub service_name: String,
    pub endpoint: Option<String>,
    pub request_type: Option<String>,
    pub tokens_used: Option<i32>,
    pub credits_cost: Option<i32>,
    pub response_time_ms: Option<i32>,
    pub status_code: Option<i32>,
    pub error_message: Option<String>,
}

/// Daily activity counters of a workspace, added to `account_usage_stats`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Activity {
    pub projects_created: i32,
    pub content_pieces_added: i32,
    pub scripts_generated: i32,
    pub voice_generations: i32,
    pub avatar_generations: i32,
    pub credits_used: i32,
}

/// Usage recording: agent usage by day, API calls, activity counters, storage.
#[async_trait]
pub trait UsageRecorder: Send + Sync {
    /// Adds agent usage to today's record (UTC) of the user; concurrent calls sum exactly.
    async fn record_agent_usage(&self, caller: Caller<'_>, workspace_id: Uuid, usage: AgentUsage) -> Result<(), ApiError>;
    /// Appends an API call to the log.
    async fn log_api_call(&self, caller: Caller<'_>, workspace_id: Uuid, call: ApiCall) -> Result<(), ApiError>;
    /// Adds to today's activity counters (UTC).
    async fn count_activity(&self, caller: Caller<'_>, workspace_id: Uuid, activity: Activity) -> Result<(), ApiError>;
    /// Changes the workspace's storage used by `delta_mb` (never below zero).
    async fn adjust_storage(&self, caller: Caller<'_>, workspace_id: Uuid, delta_mb: f64) -> Result<(), ApiError>;
}

/// Where a workspace stands against its monthly AI budget (UTC calendar month).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetStatus {
    /// The budget in USD, a decimal string.
    pub limit_usd: String,
    /// Spent this month in USD, a decimal string with six decimals.
    pub spent_usd: String,
    /// Whether more agent work is allowed.
    pub allows_more: bool,
}

/// The monthly budget.
#[async_trait]
pub trait MonthlyBudget: Send + Sync {
    /// The workspace's month so far.
    async fn status(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<BudgetStatus, ApiError>;
    /// `LIMIT_EXCEEDED` when the month's spending has reached the budget: call before agent work.
    async fn check(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<BudgetStatus, ApiError>;
}

/// An AI model agents may call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelInfo {
    pub id: Uuid,
    pub name: String,
    pub openrouter_id: String,
    /// Credits per call, a decimal string.
    pub credit_cost: String,
    pub is_active: bool,
}

/// The model catalogue.
#[async_trait]
pub trait ModelCatalog: Send + Sync {
    /// The model with this OpenRouter id, active or not; `None` when unknown.
    async fn model(&self, caller: Caller<'_>, openrouter_id: &str) -> Result<Option<ModelInfo>, ApiError>;
}

/// What a workspace's subscription entitles it to: what a paywall reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entitlement {
    pub plan: Plan,
    /// Whether a paid plan is live (trialing, active or past due on a tier above free).
    pub paid: bool,
    /// Live add-on modules (`optimization`, `scheduling`, `analytics`).
    pub addons: Vec<String>,
}

/// Entitlements.
#[async_trait]
pub trait Entitlements: Send + Sync {
    async fn entitlement(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<Entitlement, ApiError>;
}
