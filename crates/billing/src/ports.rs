//! Billing's side of the ports `platform::billing` defines, for the other domains: one
//! [`Ports`] value implements them all, on billing's services. A request caller must hold the
//! member role in the workspace to spend or record (any role to read); a system caller (a
//! worker job) is trusted.

use async_trait::async_trait;
use chrono::Utc;
use platform::ApiError;
use platform::billing::{
    Activity, AgentUsage, ApiCall, BudgetStatus, Caller, CreditChange, CreditLedger, Deduction, Entitlement, Entitlements, ModelCatalog,
    ModelInfo, MonthlyBudget, Plan, PlanLimits, Spend, UsageRecorder,
};
use platform::{DomainError, Role, ServiceError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entity::{BillingSubscriptionStatus, ai_models, subscriptions, user_credits};
use crate::error::BillingError;
use crate::service::{Backend, credits, usage};

/// The ports, on billing's services.
#[derive(Clone)]
pub struct Ports {
    pub backend: Backend,
}

/// A billing error as a port's caller sees it: a rule violation keeps its meaning (a short
/// balance or a spent budget is LIMIT_EXCEEDED), the rest keeps its code.
fn api(error: BillingError) -> ApiError {
    match error.into_service() {
        ServiceError::Api(api) => api,
        ServiceError::User(user) => match user.code {
            platform::UserErrorCode::LimitExceeded => ApiError::LimitExceeded(user.message),
            platform::UserErrorCode::NotFound => ApiError::NotFound("billing record"),
            _ => ApiError::BadUserInput(user.message),
        },
    }
}

async fn allowed(caller: Caller<'_>, workspace_id: Uuid, min: Role) -> Result<Option<Uuid>, ApiError> {
    match caller {
        Caller::System => Ok(None),
        Caller::Request(ctx) => {
            ctx.require_role(workspace_id, min).await?;
            Ok(Some(ctx.viewer()?.user_id))
        }
    }
}

#[async_trait]
impl PlanLimits for Ports {
    async fn plan(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<Plan, ApiError> {
        allowed(caller, workspace_id, Role::Viewer).await?;
        usage::plan(&self.backend.begin().await?, workspace_id).await.map_err(api)?.ok_or(ApiError::NotFound("workspace"))
    }
}

#[async_trait]
impl CreditLedger for Ports {
    async fn balance(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<i64, ApiError> {
        allowed(caller, workspace_id, Role::Viewer).await?;
        let tx = self.backend.begin().await?;
        let row = platform::rows::one(&tx, user_credits::Entity::find().filter(user_credits::Column::WorkspaceId.eq(workspace_id))).await?;
        Ok(row.map_or(0, |r| i64::from(r.credits_balance)))
    }

    async fn deduct(&self, caller: Caller<'_>, workspace_id: Uuid, deduction: Deduction) -> Result<CreditChange, ApiError> {
        let user = allowed(caller, workspace_id, Role::Member).await?;
        let key = crate::service::values::required_key(&deduction.idempotency_key, "idempotencyKey").map_err(api)?;
        let spend = match deduction.spend {
            Spend::Credits(n) => credits::Spend::Credits(n),
            Spend::ModelCalls { openrouter_id, calls } => credits::Spend::ModelCalls { openrouter_id, calls },
        };
        let tx = self.backend.begin().await?;
        let entry = credits::deduction_entry(
            &tx,
            user,
            credits::Deduction { spend, reason: deduction.reason, metadata: deduction.metadata, idempotency_key: key },
        )
        .await
        .map_err(api)?;
        let applied = credits::apply(&tx, workspace_id, entry).await.map_err(api)?;
        tx.commit().await?;
        Ok(change(&applied))
    }

    async fn refund(
        &self,
        caller: Caller<'_>,
        workspace_id: Uuid,
        credits: i64,
        reason: &str,
        idempotency_key: &str,
    ) -> Result<CreditChange, ApiError> {
        let user = allowed(caller, workspace_id, Role::Member).await?;
        let grant = credits::Grant {
            kind: crate::entity::CreditTransactionType::Refund,
            credits,
            reason: Some(reason.to_owned()),
            idempotency_key: crate::service::values::required_key(idempotency_key, "idempotencyKey").map_err(api)?,
        };
        let entry = credits::grant_entry(user, grant).map_err(api)?;
        let tx = self.backend.begin().await?;
        let applied = credits::apply(&tx, workspace_id, entry).await.map_err(api)?;
        tx.commit().await?;
        Ok(change(&applied))
    }
}

fn change(applied: &credits::Applied) -> CreditChange {
    CreditChange {
        transaction_id: applied.transaction.id,
        credits: i64::from(applied.transaction.credits_amount),
        balance_after: i64::from(applied.transaction.credits_balance_after),
        replayed: applied.replayed,
    }
}

#[async_trait]
impl UsageRecorder for Ports {
    async fn record_agent_usage(&self, caller: Caller<'_>, workspace_id: Uuid, agent: AgentUsage) -> Result<(), ApiError> {
        allowed(caller, workspace_id, Role::Member).await?;
        let tx = self.backend.begin().await?;
        usage::record_agent_usage(&tx, workspace_id, Utc::now().date_naive(), &agent).await.map_err(api)?;
        tx.commit().await?;
        Ok(())
    }

    async fn log_api_call(&self, caller: Caller<'_>, workspace_id: Uuid, call: ApiCall) -> Result<(), ApiError> {
        allowed(caller, workspace_id, Role::Member).await?;
        let tx = self.backend.begin().await?;
        usage::log_api_call(&tx, workspace_id, &call).await.map_err(api)?;
        tx.commit().await?;
        Ok(())
    }

    async fn count_activity(&self, caller: Caller<'_>, workspace_id: Uuid, activity: Activity) -> Result<(), ApiError> {
        allowed(caller, workspace_id, Role::Member).await?;
        let tx = self.backend.begin().await?;
        usage::count_activity(&tx, workspace_id, Utc::now().date_naive(), &activity).await.map_err(api)?;
        tx.commit().await?;
        Ok(())
    }

    async fn adjust_storage(&self, caller: Caller<'_>, workspace_id: Uuid, delta_mb: f64) -> Result<(), ApiError> {
        allowed(caller, workspace_id, Role::Member).await?;
        let tx = self.backend.begin().await?;
        usage::adjust_storage(&tx, workspace_id, delta_mb).await.map_err(api)?;
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl MonthlyBudget for Ports {
    async fn status(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<BudgetStatus, ApiError> {
        allowed(caller, workspace_id, Role::Viewer).await?;
        let tx = self.backend.begin().await?;
        usage::budget(&tx, workspace_id, Utc::now()).await.map_err(api)
    }

    async fn check(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<BudgetStatus, ApiError> {
        allowed(caller, workspace_id, Role::Viewer).await?;
        let tx = self.backend.begin().await?;
        usage::check_budget(&tx, workspace_id, Utc::now()).await.map_err(api)
    }
}

#[async_trait]
impl ModelCatalog for Ports {
    async fn model(&self, _caller: Caller<'_>, openrouter_id: &str) -> Result<Option<ModelInfo>, ApiError> {
        let tx = self.backend.begin().await?;
        let found = platform::rows::one(&tx, ai_models::Entity::find().filter(ai_models::Column::OpenrouterId.eq(openrouter_id))).await?;
        Ok(found.map(|m| ModelInfo {
            id: m.id,
            name: m.name,
            openrouter_id: m.openrouter_id,
            credit_cost: m.credit_cost,
            is_active: m.is_active,
        }))
    }
}

#[async_trait]
impl Entitlements for Ports {
    async fn entitlement(&self, caller: Caller<'_>, workspace_id: Uuid) -> Result<Entitlement, ApiError> {
        allowed(caller, workspace_id, Role::Viewer).await?;
        let tx = self.backend.begin().await?;
        let plan = usage::plan(&tx, workspace_id).await.map_err(api)?.ok_or(ApiError::NotFound("workspace"))?;
        let live = [BillingSubscriptionStatus::Trialing, BillingSubscriptionStatus::Active, BillingSubscriptionStatus::PastDue];
        let addons = subscriptions::Entity::find()
            .filter(subscriptions::Column::WorkspaceId.eq(workspace_id))
            .filter(subscriptions::Column::AddonType.is_not_null())
            .filter(subscriptions::Column::Status.is_in(live));
        let addons = platform::rows::all(&tx, addons)
            .await?
            .into_iter()
            .filter_map(|s| s.addon_type)
            .map(|a| sea_orm::ActiveEnum::to_value(&a))
            .collect();
        let paid = plan.tier != "free" && matches!(plan.status.as_str(), "active" | "trialing" | "past_due");
        Ok(Entitlement { plan, paid, addons })
    }
}
