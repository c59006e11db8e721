use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One recorded change.
#[platform::object(name = "AuditLog", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "audit_logs")]
pub struct Model {
    /// The entry's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    #[object(skip)]
    pub workspace_id: Uuid,
    #[object(skip)]
    pub actor_id: Option<Uuid>,
    /// The API key the change was made with, if any.
    pub api_key_id: Option<Uuid>,
    /// The kind of thing changed, e.g. `workspace_member`, `lead`.
    pub entity_type: String,
    /// The id of the thing changed.
    pub entity_id: Uuid,
    /// `create`, `update` or `delete`.
    pub action: String,
    /// New values on create, `{field: {from, to}}` on update, the old values on delete.
    pub changes: Json,
    /// True when an AI worker made the change.
    pub ai_generated: bool,
    /// The model the AI worker used.
    pub ai_model: Option<String>,
    /// The prompt the AI worker was given.
    pub ai_prompt: Option<String>,
    /// When the change was made.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
