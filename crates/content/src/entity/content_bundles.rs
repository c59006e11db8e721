use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::ContentBundleStatus;

/// A bundle of generated content for a business, usually for a period ("Q1 2024"): its social
/// posts, blog posts and email sequences. Billing's orders point at bundles.
#[platform::object(name = "ContentBundle", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "content_bundles")]
pub struct Model {
    /// The bundle's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the bundle belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the bundle.
    pub user_id: Uuid,
    /// The business the bundle is for.
    pub business_id: Uuid,
    /// The bundle's name, 1 to 200 characters.
    pub name: String,
    /// Where the bundle stands.
    pub status: ContentBundleStatus,
    /// The day the bundle was generated (by default the day it was created).
    pub generation_date: Date,
    /// The period the bundle covers, e.g. `Q1 2024` (1 to 100 characters).
    pub time_period: String,
    /// When the bundle was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the bundle last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
