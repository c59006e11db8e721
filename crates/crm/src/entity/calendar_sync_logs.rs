use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "calendar_sync_logs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub calendar_connection_id: Uuid,
    /// `sync`, `refresh_token` or `fetch_freebusy`.
    pub operation: String,
    /// `success` or `error`.
    pub status: String,
    pub error_message: Option<String>,
    pub sync_date: Option<Date>,
    pub free_minutes: Option<i32>,
    pub metadata: Option<Json>,
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
