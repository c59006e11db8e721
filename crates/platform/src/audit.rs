//! The audit writer every domain uses: each create, update and delete records who did what.
//! It writes in the caller's transaction, so a change and its record land together or not at all.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use serde_json::Value;
use uuid::Uuid;

use crate::context::Viewer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    Create,
    Update,
    Delete,
}

impl AuditAction {
    fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
        }
    }
}

/// A change an AI worker made: the model, and the prompt it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub model: String,
    pub prompt: Option<String>,
}

/// One change to record.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub workspace_id: Uuid,
    pub entity_type: &'a str,
    pub entity_id: Uuid,
    pub action: AuditAction,
    /// What changed: the new values on create, `{field: {from, to}}` on update, the old row on delete.
    pub changes: Value,
    /// Set when an AI worker made the change.
    pub provenance: Option<&'a Provenance>,
}

pub async fn record<C: ConnectionTrait>(db: &C, viewer: &Viewer, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    let (ai_generated, ai_model, ai_prompt) = match entry.provenance {
        Some(p) => (true, Some(p.model.clone()), p.prompt.clone()),
        None => (false, None, None),
    };
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO audit_logs (workspace_id, actor_id, api_key_id, entity_type, entity_id, action, changes, ai_generated, ai_model, ai_prompt) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        [
            entry.workspace_id.into(),
            viewer.user_id.into(),
            viewer.api_key_id().into(),
            entry.entity_type.into(),
            entry.entity_id.into(),
            entry.action.as_str().into(),
            entry.changes.into(),
            ai_generated.into(),
            ai_model.into(),
            ai_prompt.into(),
        ],
    ))
    .await?;
    Ok(())
}

/// `{field: {from, to}}` for the fields whose values differ between two JSON objects.
pub fn diff(before: &Value, after: &Value) -> Value {
    let mut changes = serde_json::Map::new();
    if let (Value::Object(b), Value::Object(a)) = (before, after) {
        for (k, new) in a {
            let old = b.get(k).unwrap_or(&Value::Null);
            if old != new && k != "updated_at" {
                changes.insert(k.clone(), serde_json::json!({ "from": old, "to": new }));
            }
        }
    }
    Value::Object(changes)
}
