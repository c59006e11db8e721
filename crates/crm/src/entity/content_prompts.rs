use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ContentPromptStatus, ContentPromptType};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "content_prompts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub weekly_summary_id: Option<Uuid>,
    #[sea_orm(column_name = "type")]
    pub prompt_type: ContentPromptType,
    pub content: String,
    pub status: ContentPromptStatus,
    pub saved_at: DateTimeWithTimeZone,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
