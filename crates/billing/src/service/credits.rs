//! Credits (seed 003): one balance per workspace, never below zero, and a ledger
//! (`credit_transactions`) with exactly one row per change, holding the balance it left, so
//! that the ledger always sums to the balance.
//!
//! Every change goes through [`apply`], in a worker transaction: it locks the workspace's
//! balance row (making it the first time), so changes of one workspace happen one after the
//! other however many arrive at once; then a used idempotency key answers the first change
//! again (the same kind and amount) or is refused (anything else); then a deduction larger
//! than the balance is refused with LIMIT_EXCEEDED and nothing is written.
//!
//! | change | sign | who |
//! |---|---|---|
//! | DEDUCTION | − | staff (`deductCredits`), other domains through the `CreditLedger` port |
//! | REFUND, PURCHASE, TRIAL_GRANT, BONUS | + | staff (`grantCredits`), webhooks (PURCHASE of a credit pack) |
//! | MONTHLY_RESET | ± | the monthly job: the balance becomes the plan's credits, no rollover |
//!
//! An AI call costs `ceil(credit_cost × calls)` whole credits of an active model.

use chrono::{DateTime, Months, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::in_workspace;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter, QuerySelect, Set, Statement,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::Backend;
use super::values::call_credits;
use crate::entity::{CreditTransactionType, ai_models, credit_transactions, user_credits};
use crate::error::{BillingError, Result};

/// The most credits one change may move.
pub const MAX_CHANGE: i64 = 1_000_000;

/// One change to apply to a workspace's balance.
#[derive(Debug, Clone)]
pub struct LedgerEntry {
    pub kind: CreditTransactionType,
    /// Signed: positive adds, negative deducts.
    pub credits: i64,
    pub user_id: Option<Uuid>,
    pub reason: Option<String>,
    pub metadata: Value,
    pub idempotency_key: Option<String>,
}

/// What [`apply`] did: the ledger row, and whether it was there already (a replayed key).
#[derive(Debug, Clone)]
pub struct Applied {
    pub transaction: credit_transactions::Model,
    pub replayed: bool,
}

/// The workspace's balance row, locked for the rest of `tx` (made first if missing).
pub async fn lock_balance(tx: &DatabaseTransaction, workspace_id: Uuid, user_id: Option<Uuid>) -> Result<user_credits::Model> {
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO user_credits (workspace_id, user_id) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING",
        [workspace_id.into(), user_id.into()],
    ))
    .await?;
    let select = user_credits::Entity::find().filter(user_credits::Column::WorkspaceId.eq(workspace_id)).lock_exclusive();
    platform::rows::one(tx, select).await?.ok_or(BillingError::Api(platform::ApiError::NotFound("workspace")))
}

/// Applies one change to a workspace's balance in `tx` (a worker transaction), as the module
/// says: one ledger row, the balance it leaves, never below zero, a used key answered again.
pub async fn apply(tx: &DatabaseTransaction, workspace_id: Uuid, entry: LedgerEntry) -> Result<Applied> {
    let balance = lock_balance(tx, workspace_id, entry.user_id).await?;
    if let Some(key) = &entry.idempotency_key {
        let used = credit_transactions::Entity::find()
            .filter(credit_transactions::Column::WorkspaceId.eq(workspace_id))
            .filter(credit_transactions::Column::IdempotencyKey.eq(key.as_str()));
        if let Some(first) = platform::rows::one(tx, used).await? {
            if first.transaction_type == entry.kind && i64::from(first.credits_amount) == entry.credits {
                return Ok(Applied { transaction: first, replayed: true });
            }
            return Err(BillingError::IdempotencyKeyReused { field: "idempotencyKey" });
        }
    }
    let before = i64::from(balance.credits_balance);
    let after = before + entry.credits;
    if after < 0 {
        return Err(BillingError::InsufficientCredits { needed: -entry.credits, balance: before });
    }
    let (Ok(after32), Ok(amount32)) = (i32::try_from(after), i32::try_from(entry.credits)) else {
        return Err(BillingError::InvalidCount { field: "amount", max: i64::from(i32::MAX) - before });
    };
    let row = credit_transactions::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(entry.user_id),
        transaction_type: Set(entry.kind),
        credits_amount: Set(amount32),
        credits_balance_after: Set(after32),
        reason: Set(entry.reason),
        metadata: Set(entry.metadata),
        idempotency_key: Set(entry.idempotency_key),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    let mut changed: user_credits::ActiveModel = balance.into();
    changed.credits_balance = Set(after32);
    changed.update(tx).await?;
    Ok(Applied { transaction: row, replayed: false })
}

/// What to deduct: credits, or calls of a model.
#[derive(Debug, Clone)]
pub enum Spend {
    Credits(i64),
    ModelCalls { openrouter_id: String, calls: i64 },
}

/// A deduction, as the mutation and the port ask for it.
#[derive(Debug, Clone)]
pub struct Deduction {
    pub spend: Spend,
    pub reason: Option<String>,
    pub metadata: Value,
    pub idempotency_key: String,
}

/// The ledger entry of a deduction: its credits (a model's calls priced at their cost, the
/// model and calls kept in the metadata).
pub async fn deduction_entry<C: ConnectionTrait>(db: &C, user_id: Option<Uuid>, deduction: Deduction) -> Result<LedgerEntry> {
    let mut metadata = match deduction.metadata {
        Value::Null => json!({}),
        Value::Object(map) => Value::Object(map),
        _ => return Err(BillingError::NotAnObject { field: "metadata" }),
    };
    let credits = match deduction.spend {
        Spend::Credits(n) => count(n, "amount")?,
        Spend::ModelCalls { openrouter_id, calls } => {
            let calls = count(calls, "calls")?;
            let model = ai_models::Entity::find()
                .filter(ai_models::Column::OpenrouterId.eq(openrouter_id.as_str()))
                .filter(ai_models::Column::IsActive.eq(true));
            let model = platform::rows::one(db, model).await?.ok_or(BillingError::ModelNotFound { field: "model" })?;
            metadata["model"] = json!(model.openrouter_id);
            metadata["calls_count"] = json!(calls);
            metadata["credit_cost"] = json!(model.credit_cost);
            count(call_credits(&model.credit_cost, calls).unwrap_or(i64::MAX), "calls")?
        }
    };
    Ok(LedgerEntry {
        kind: CreditTransactionType::Deduction,
        credits: -credits,
        user_id,
        reason: deduction.reason,
        metadata,
        idempotency_key: Some(deduction.idempotency_key),
    })
}

/// A count of credits or calls: 1 to [`MAX_CHANGE`].
pub fn count(n: i64, field: &'static str) -> Result<i64> {
    if (1..=MAX_CHANGE).contains(&n) { Ok(n) } else { Err(BillingError::InvalidCount { field, max: MAX_CHANGE }) }
}

/// Deducts credits from a workspace (staff): see [`apply`].
pub async fn deduct_credits(ctx: &RequestContext, backend: &Backend, workspace_id: Uuid, deduction: Deduction) -> Result<Applied> {
    ctx.require_staff().await?;
    let tx = backend.begin().await?;
    let entry = deduction_entry(&tx, Some(ctx.viewer()?.user_id), deduction).await?;
    let applied = apply(&tx, workspace_id, entry).await?;
    audit_change(&tx, ctx, &applied).await?;
    tx.commit().await?;
    Ok(applied)
}

/// A grant: credits added for a reason other than a deduction or a reset.
#[derive(Debug, Clone)]
pub struct Grant {
    pub kind: CreditTransactionType,
    pub credits: i64,
    pub reason: Option<String>,
    pub idempotency_key: String,
}

/// Adds credits to a workspace (staff): PURCHASE, BONUS, TRIAL_GRANT or REFUND.
pub async fn grant_credits(ctx: &RequestContext, backend: &Backend, workspace_id: Uuid, grant: Grant) -> Result<Applied> {
    ctx.require_staff().await?;
    let entry = grant_entry(Some(ctx.viewer()?.user_id), grant)?;
    let tx = backend.begin().await?;
    let applied = apply(&tx, workspace_id, entry).await?;
    audit_change(&tx, ctx, &applied).await?;
    tx.commit().await?;
    Ok(applied)
}

/// The ledger entry of a grant.
pub fn grant_entry(user_id: Option<Uuid>, grant: Grant) -> Result<LedgerEntry> {
    use CreditTransactionType as T;
    if !matches!(grant.kind, T::Purchase | T::Bonus | T::TrialGrant | T::Refund) {
        return Err(BillingError::NotAGrant);
    }
    Ok(LedgerEntry {
        kind: grant.kind,
        credits: count(grant.credits, "amount")?,
        user_id,
        reason: grant.reason,
        metadata: json!({}),
        idempotency_key: Some(grant.idempotency_key),
    })
}

/// The workspace's balance; `None` when it never had credits.
pub async fn get_credits(ctx: &RequestContext, workspace_id: Uuid) -> Result<Option<user_credits::Model>> {
    let select = in_workspace::<user_credits::Entity>(ctx, workspace_id).await?;
    Ok(platform::rows::one(ctx.db(), select).await?)
}

/// Filters on the ledger; empty matches everything.
#[derive(Debug, Clone, Default)]
pub struct TransactionFilter {
    pub types: Vec<CreditTransactionType>,
}

/// A workspace's ledger, newest first.
pub async fn list_transactions(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: TransactionFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<credit_transactions::Model>> {
    let mut select = in_workspace::<credit_transactions::Entity>(ctx, workspace_id).await?;
    if !filter.types.is_empty() {
        select = select.filter(credit_transactions::Column::TransactionType.is_in(filter.types));
    }
    use credit_transactions::Column as C;
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |t| (t.created_at, t.id), with_total).await?)
}

/// Resets every balance whose `next_reset_at` has come (the monthly job, rule 19): the balance
/// becomes the plan's credits (no rollover) with one MONTHLY_RESET row, and the next reset is a
/// month later (past `now`, if the job was away for months). The key
/// `monthly_reset:<reset instant>` makes a run that is repeated change nothing twice.
pub async fn reset_due(backend: &Backend, now: DateTime<Utc>) -> Result<u64> {
    let read = backend.begin().await?;
    let due: Vec<Uuid> = user_credits::Entity::find()
        .select_only()
        .column(user_credits::Column::WorkspaceId)
        .filter(user_credits::Column::NextResetAt.lte(now))
        .into_tuple()
        .all(&read)
        .await?;
    drop(read);
    let mut reset = 0;
    for workspace_id in due {
        let tx = backend.begin().await?;
        let balance = lock_balance(&tx, workspace_id, None).await?;
        let Some(at) = balance.next_reset_at.filter(|at| at.with_timezone(&Utc) <= now) else { continue };
        let entry = LedgerEntry {
            kind: CreditTransactionType::MonthlyReset,
            credits: i64::from(balance.plan_credits) - i64::from(balance.credits_balance),
            user_id: None,
            reason: Some("monthly reset to the plan's credits".into()),
            metadata: json!({ "plan_credits": balance.plan_credits }),
            idempotency_key: Some(format!("monthly_reset:{}", at.to_rfc3339())),
        };
        apply(&tx, workspace_id, entry).await?;
        let mut next = at;
        while next.with_timezone(&Utc) <= now {
            next = next.checked_add_months(Months::new(1)).ok_or(BillingError::InvalidCount { field: "nextResetAt", max: 0 })?;
        }
        let mut changed: user_credits::ActiveModel = lock_balance(&tx, workspace_id, None).await?.into();
        changed.next_reset_at = Set(Some(next));
        changed.update(&tx).await?;
        tx.commit().await?;
        reset += 1;
    }
    Ok(reset)
}

/// Records who started a change in the audit log of its workspace.
pub async fn audit_change(tx: &DatabaseTransaction, ctx: &RequestContext, applied: &Applied) -> Result<()> {
    if applied.replayed {
        return Ok(());
    }
    let row = &applied.transaction;
    let changes = json!({ "transaction_type": row.transaction_type, "credits_amount": row.credits_amount, "credits_balance_after": row.credits_balance_after });
    super::audit(tx, ctx, row.workspace_id, "credit_transaction", row.id, AuditAction::Create, changes).await?;
    Ok(())
}
