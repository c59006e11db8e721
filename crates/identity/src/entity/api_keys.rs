use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A key that lets a program use one workspace through the API. The key itself is shown only
/// when it is created.
#[platform::object(name = "ApiKey", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    /// The key's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[object(skip)]
    pub workspace_id: Uuid,
    #[object(skip)]
    pub created_by: Uuid,
    /// What the key is for, 1 to 100 characters.
    pub name: String,
    /// The key's first characters, to tell keys apart.
    #[object(name = "prefix")]
    pub key_prefix: String,
    #[object(skip)]
    #[serde(skip)]
    pub key_hash: String,
    #[object(skip)]
    pub scopes: Vec<String>,
    /// When the key stops working, if ever.
    pub expires_at: Option<DateTimeWithTimeZone>,
    #[object(skip)]
    pub is_active: bool,
    /// When the key was revoked.
    pub revoked_at: Option<DateTimeWithTimeZone>,
    /// Requests allowed per hour.
    pub rate_limit: i32,
    #[object(skip)]
    #[serde(skip)]
    pub window_started_at: DateTimeWithTimeZone,
    #[object(skip)]
    #[serde(skip)]
    pub window_count: i32,
    /// Requests made with this key, ever.
    pub usage_count: i64,
    /// When the key was last used.
    pub last_used_at: Option<DateTimeWithTimeZone>,
    /// When the key was created.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
