//! The rules of billing: plain async functions, one module a concern, each documenting its
//! rules.
//!
//! Reads run in the request's transaction, starting from `platform::tenancy`, so another
//! tenant's row is answered exactly like a missing one and row-level security checks again.
//! Writes never run as the request role, which may only read billing's tables: the service
//! checks the viewer's role in the request, then does the change in a transaction of its own as
//! the worker role ([`Backend::begin`]), where it locks what it changes, and records the audit
//! entry in the same transaction. Webhooks and jobs use the same functions.

pub mod catalogue;
pub mod credits;
pub mod orders;
pub mod payments;
pub mod subscriptions;
pub mod usage;
pub mod values;

use std::sync::Arc;

use platform::ApiError;
use platform::audit::{AuditAction, AuditEntry};
use platform::context::RequestContext;
use platform::db::begin_worker;
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

use crate::config::BillingConfig;
use crate::providers::Providers;

/// What billing's services run with: the worker's pool, the providers, the settings.
#[derive(Clone)]
pub struct Backend {
    /// Connections that log in as `mosaic_jobs`; work runs as `mosaic_worker`.
    pub db: DatabaseConnection,
    pub providers: Providers,
    pub config: Arc<BillingConfig>,
}

impl Backend {
    pub fn new(db: DatabaseConnection, providers: Providers, config: BillingConfig) -> Self {
        Self { db, providers, config: Arc::new(config) }
    }

    /// A transaction as the worker role, for one change.
    pub async fn begin(&self) -> Result<DatabaseTransaction, ApiError> {
        Ok(begin_worker(&self.db).await?)
    }
}

/// Records a change a viewer made in the audit log, in the worker transaction that makes it.
pub async fn audit(
    tx: &DatabaseTransaction,
    ctx: &RequestContext,
    workspace_id: Uuid,
    entity_type: &str,
    entity_id: Uuid,
    action: AuditAction,
    changes: serde_json::Value,
) -> Result<(), ApiError> {
    let entry = AuditEntry { workspace_id, entity_type, entity_id, action, changes, provenance: None };
    platform::audit::record(tx, ctx.viewer()?, entry).await?;
    Ok(())
}
