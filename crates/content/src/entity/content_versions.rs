use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::ContentItemType;

/// One version of a content item's texts: every edit writes one, numbered 1, 2, 3… per item,
/// and restoring a version writes a new one.
#[platform::object(name = "ContentVersion")]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "content_versions")]
pub struct Model {
    /// The version's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the version belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user on whose behalf it was written (also for an AI worker's edit).
    pub user_id: Uuid,
    /// The business of the item.
    pub business_id: Uuid,
    /// The item's type.
    pub entity_type: ContentItemType,
    /// The item's id.
    pub entity_id: Uuid,
    /// The version's number: 1 for the item as created, then one more per edit.
    pub version_number: i32,
    /// The item's versioned texts at that moment, as a JSON object text: `content` (social
    /// post), `title` and `content` (blog post), `title`, `description` and `content` (content
    /// upgrade), `name` and `description` (email sequence), `subjectLine` and `content` (email).
    pub content: String,
    /// Why the version was written (`created`, `edited`, `restored version N`, or the editor's own).
    pub reason: Option<String>,
    /// The item's metrics at that moment.
    pub performance_snapshot: Option<Json>,
    /// Who wrote it: the user's id, or `ffffffff-ffff-ffff-ffff-ffffffffffff` for an AI worker.
    pub created_by: Uuid,
    /// When the version was written.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
