use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ContentPromptStatus, ContentPromptType};

/// A draft post the user saved, usually made from a weekly summary.
#[platform::object(name = "ContentPrompt", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "content_prompts")]
pub struct Model {
    /// The prompt's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the prompt belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who saved the prompt.
    pub user_id: Uuid,
    /// The id of the summary the prompt was made from, if any.
    pub weekly_summary_id: Option<Uuid>,
    /// The kind of post.
    #[sea_orm(column_name = "type")]
    #[object(name = "type")]
    pub prompt_type: ContentPromptType,
    /// The draft, 1 to 10,000 characters.
    pub content: String,
    /// Where the prompt stands; only a DRAFT's content can change.
    pub status: ContentPromptStatus,
    /// When the prompt was saved.
    pub saved_at: DateTimeWithTimeZone,
    /// When the prompt was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the prompt last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
