use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A person who can sign in.
#[platform::object(name = "User")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// The user's id (the `sub` of their tokens).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Their email address.
    pub email: String,
    pub full_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub avatar_url: Option<String>,
    /// IANA time zone name, e.g. `America/New_York`; days (streaks, plans) are counted in it.
    pub timezone: String,
    /// False for a deactivated account, which can no longer sign in.
    pub is_active: bool,
    #[object(skip)]
    pub is_staff: bool,
    pub last_login_at: Option<DateTimeWithTimeZone>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
