use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::ContentItemType;

/// A link used in a content item, tracked: `GET /r/{id}` counts a click and redirects to its
/// effective link (the URL with its UTM parameters).
#[platform::object(name = "ManagedUrl", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "managed_urls")]
pub struct Model {
    /// The URL's id (the `{id}` of its `/r/{id}` link).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the URL belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who added it.
    pub user_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The type of the item the URL appears in.
    pub source_type: ContentItemType,
    /// The id of the item the URL appears in.
    pub source_id: Uuid,
    /// The destination: an `https://` or `http://` URL.
    pub url: String,
    /// The UTM parameters (`utm_source`, `utm_medium`, `utm_campaign`, `utm_term`,
    /// `utm_content`), as a JSON object of strings.
    pub utm_params: Option<Json>,
    /// How many times `/r/{id}` was followed.
    pub click_count: i64,
    /// When the link checker last looked at it.
    pub last_checked_at: Option<DateTimeWithTimeZone>,
    /// Whether the destination answered at the last check; `/r/{id}` answers 410 Gone while
    /// it is false.
    pub is_valid: bool,
    /// When the URL was added.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
