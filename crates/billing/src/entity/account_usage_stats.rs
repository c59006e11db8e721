use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A workspace's activity counters for one day (seed 002); they only grow.
#[platform::object(name = "AccountUsageStat")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "account_usage_stats")]
pub struct Model {
    /// The row's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace counted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The day (UTC).
    pub stat_date: Date,
    /// Projects created.
    pub projects_created: i32,
    /// Content pieces added.
    pub content_pieces_added: i32,
    /// Scripts generated.
    pub scripts_generated: i32,
    /// Voice generations.
    pub voice_generations: i32,
    /// Avatar generations.
    pub avatar_generations: i32,
    /// Credits used.
    pub total_credits_used: i32,
    /// Storage used at the day's last count, in GB, a decimal string.
    #[sea_orm(select_as = "text", save_as = "numeric")]
    pub storage_used_gb: String,
    /// When the day was first counted.
    pub created_at: DateTimeWithTimeZone,
    /// When it was last counted.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
