use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{CalendarSyncOperation, CalendarSyncStatus};

/// One sync of a calendar connection.
#[platform::object(name = "CalendarSyncLog", audit = "calendar_sync_log")]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "calendar_sync_logs")]
pub struct Model {
    /// The log's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    #[object(skip)]
    pub workspace_id: Uuid,
    #[object(skip)]
    pub user_id: Uuid,
    /// The connection that synced.
    pub calendar_connection_id: Uuid,
    /// What the sync did.
    pub operation: CalendarSyncOperation,
    /// How it ended.
    pub status: CalendarSyncStatus,
    /// Why it failed.
    pub error_message: Option<String>,
    /// The day a free/busy read was for.
    pub sync_date: Option<Date>,
    /// The free minutes a free/busy read found (0 to 1440).
    pub free_minutes: Option<i32>,
    #[object(skip)]
    pub metadata: Option<Json>,
    /// When the sync happened.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
