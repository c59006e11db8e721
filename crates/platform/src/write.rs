//! The steps every write takes, so a domain's service writes only its rules.
//!
//! A write runs in a savepoint of the request's transaction (the gateway commits the request
//! at the end): a rule that fails after the first statement leaves nothing behind. [`create`]
//! checks the writer role, inserts and records the audit entry; [`Edit`] reads the row the
//! viewer may change (scoped to their workspaces, so another tenant's row is missing), checks
//! the writer role, locks the row for the rest of the request, and on [`Edit::save`] updates
//! it and records the audit diff. Change notifications for subscriptions are sent by the
//! tables' triggers when the request commits.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, IntoActiveModel, QueryFilter, QuerySelect,
    Statement, TransactionTrait,
};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::audit::{self, AuditAction, AuditEntry, Provenance};
use crate::context::RequestContext;
use crate::error::ApiError;
use crate::tenancy::{KeyedRow, TenantEntity, TenantRow};

/// A row as JSON, for audit entries (fields marked `#[serde(skip)]`, such as secrets, stay out).
pub fn snapshot<T: Serialize>(row: &T) -> Value {
    serde_json::to_value(row).unwrap_or(Value::Null)
}

/// Records a change of a row of `E` in the audit log, in `tx`.
pub async fn audit<E: TenantEntity>(
    tx: &DatabaseTransaction,
    ctx: &RequestContext,
    row: &E::Model,
    action: AuditAction,
    changes: Value,
    provenance: Option<&Provenance>,
) -> Result<(), ApiError> {
    let entry =
        AuditEntry { workspace_id: row.workspace_id(), entity_type: E::AUDIT_NAME, entity_id: row.id(), action, changes, provenance };
    audit::record(tx, ctx.viewer()?, entry).await?;
    Ok(())
}

/// Inserts a new row of `E` into `workspace_id` (writer role or above) and records it in the
/// audit log, in a savepoint; `provenance` says when an AI worker made it.
pub async fn create<E, Err>(
    ctx: &RequestContext,
    workspace_id: Uuid,
    row: E::ActiveModel,
    provenance: Option<&Provenance>,
) -> Result<E::Model, Err>
where
    E: TenantEntity<Model: Serialize + IntoActiveModel<E::ActiveModel>>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
    Err: From<ApiError> + From<DbErr>,
{
    ctx.require_writer(workspace_id).await?;
    let tx = ctx.db().begin().await?;
    let created = row.insert(&tx).await?;
    audit::<E>(&tx, ctx, &created, AuditAction::Create, snapshot(&created), provenance).await?;
    tx.commit().await?;
    Ok(created)
}

/// A row the viewer may change, read and locked in a savepoint of the request's transaction.
/// [`Edit::save`] and [`Edit::delete`] do the whole change; [`Edit::update`] and
/// [`Edit::remove`] do its statement, for a service with more to do in the same savepoint, and
/// [`Edit::commit`] then records the audit entry and commits. Dropping it uncommitted rolls the
/// savepoint back.
pub struct Edit<'c, E: TenantEntity> {
    ctx: &'c RequestContext,
    tx: DatabaseTransaction,
    before: E::Model,
    /// The row as the last update left it; `None` until then.
    after: Option<E::Model>,
    deleted: bool,
}

impl<'c, E> Edit<'c, E>
where
    E: TenantEntity<Model: Serialize + IntoActiveModel<E::ActiveModel>>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    /// Reads row `id` for a change: `None` when it is missing or another tenant's (the first
    /// read is scoped to the viewer's workspaces); `FORBIDDEN` for a viewer; then the lock.
    /// (Under row-level security a viewer's `FOR UPDATE` sees nothing, so the role is checked
    /// before it, or a viewer would be told NOT_FOUND.)
    pub async fn begin(ctx: &'c RequestContext, id: Uuid) -> Result<Option<Self>, ApiError> {
        let workspaces = ctx.workspace_ids().await?;
        let tx = ctx.db().begin().await?;
        let visible = E::find()
            .filter(E::workspace_column().is_in(workspaces.iter().copied()))
            .filter(E::id_column().eq(id))
            .select_only()
            .column(E::workspace_column())
            .into_tuple::<Uuid>()
            .one(&tx)
            .await?;
        let Some(workspace_id) = visible else { return Ok(None) };
        ctx.require_writer(workspace_id).await?;
        let select = E::find().filter(E::id_column().eq(id)).filter(E::workspace_column().eq(workspace_id)).lock_exclusive();
        let Some(before) = crate::rows::one(&tx, select).await? else { return Ok(None) };
        Ok(Some(Self { ctx, tx, before, after: None, deleted: false }))
    }

    /// The row as it was, locked.
    pub fn row(&self) -> &E::Model {
        &self.before
    }

    /// The savepoint, for more statements in the same change.
    pub fn tx(&self) -> &DatabaseTransaction {
        &self.tx
    }

    /// The row as an active model to set fields on.
    pub fn edit(&self) -> E::ActiveModel {
        self.after.as_ref().unwrap_or(&self.before).clone().into_active_model()
    }

    /// Updates the row in the savepoint.
    pub async fn update(&mut self, changed: E::ActiveModel) -> Result<E::Model, DbErr> {
        let after = changed.update(&self.tx).await?;
        self.after = Some(after.clone());
        Ok(after)
    }

    /// Deletes the row in the savepoint.
    pub async fn remove(&mut self) -> Result<(), DbErr> {
        E::delete_many()
            .filter(E::id_column().eq(self.before.id()))
            .filter(E::workspace_column().eq(self.before.workspace_id()))
            .exec(&self.tx)
            .await?;
        self.deleted = true;
        Ok(())
    }

    /// Records what happened in the audit log (`{field: {from, to}}` for an update, the last
    /// state for a delete; `provenance` when an AI worker made it) and commits the savepoint.
    pub async fn commit(self, provenance: Option<&Provenance>) -> Result<(), ApiError> {
        if self.deleted {
            audit::<E>(&self.tx, self.ctx, &self.before, AuditAction::Delete, snapshot(&self.before), provenance).await?;
        } else if let Some(after) = &self.after {
            let changes = audit::diff(&snapshot(&self.before), &snapshot(after));
            audit::<E>(&self.tx, self.ctx, after, AuditAction::Update, changes, provenance).await?;
        }
        self.tx.commit().await?;
        Ok(())
    }

    /// Saves the changed row, records the change and commits the savepoint.
    pub async fn save<Err: From<ApiError> + From<DbErr>>(mut self, changed: E::ActiveModel) -> Result<E::Model, Err> {
        let after = self.update(changed).await?;
        self.commit(None).await?;
        Ok(after)
    }

    /// Deletes the row, records its last state and commits the savepoint.
    pub async fn delete<Err: From<ApiError> + From<DbErr>>(mut self) -> Result<E::Model, Err> {
        self.remove().await?;
        let before = self.before.clone();
        self.commit(None).await?;
        Ok(before)
    }
}

/// Takes a transaction-scoped advisory lock on `key`: held until the request's transaction
/// ends, so a second caller with the same key waits for the first to commit.
pub async fn advisory_lock<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        [key.into()],
    ))
    .await?;
    Ok(())
}
