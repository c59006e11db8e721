use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{CalendarConnectionStatus, CalendarProvider};

/// A user's connected calendar (Google or Outlook), read for free time. Its OAuth tokens are
/// stored encrypted and never leave the server: they are neither in the schema nor in the
/// audit log.
#[platform::object(name = "CalendarConnection", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "calendar_connections")]
pub struct Model {
    /// The connection's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the connection belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user whose calendar this is.
    pub user_id: Uuid,
    /// The calendar service.
    pub provider: CalendarProvider,
    #[object(skip)]
    #[serde(rename = "has_refresh_token", serialize_with = "platform::secret::serialize_presence")]
    pub refresh_token: Option<String>,
    #[object(skip)]
    #[serde(rename = "has_access_token", serialize_with = "platform::secret::serialize_presence")]
    pub access_token: Option<String>,
    /// When the current access token expires, if the provider said.
    pub expires_at: Option<DateTimeWithTimeZone>,
    /// The provider's calendar identifier, e.g. `primary`.
    pub calendar_id: String,
    /// Where the connection stands.
    pub status: CalendarConnectionStatus,
    /// When the calendar last synced successfully.
    pub last_sync_at: Option<DateTimeWithTimeZone>,
    /// Why the last sync failed (status ERROR or EXPIRED).
    pub error_message: Option<String>,
    /// When the calendar was first connected.
    pub created_at: DateTimeWithTimeZone,
    /// When the connection last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
