use sea_orm::entity::prelude::*;

use super::{CalendarConnectionStatus, CalendarProvider};

/// A calendar connection. The token columns hold `platform::crypto` ciphertexts; `Debug` shows
/// them, but they are never the tokens themselves and never leave the service layer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "calendar_connections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub provider: CalendarProvider,
    pub refresh_token: Option<String>,
    pub access_token: Option<String>,
    pub expires_at: Option<DateTimeWithTimeZone>,
    pub calendar_id: String,
    pub status: CalendarConnectionStatus,
    pub last_sync_at: Option<DateTimeWithTimeZone>,
    pub error_message: Option<String>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
