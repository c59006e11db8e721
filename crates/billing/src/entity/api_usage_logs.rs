use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One metered call to an outside service (seed 002), never edited.
#[platform::object(name = "ApiUsageLog")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "api_usage_logs")]
pub struct Model {
    /// The log's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the call was for.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user the call was for.
    pub user_id: Option<Uuid>,
    /// The service called, e.g. `openrouter`.
    pub service_name: String,
    /// The endpoint called.
    pub endpoint: Option<String>,
    /// The kind of request.
    pub request_type: Option<String>,
    /// Tokens used.
    pub tokens_used: Option<i32>,
    /// Credits charged.
    pub credits_cost: Option<i32>,
    /// How long the call took.
    pub response_time_ms: Option<i32>,
    /// The HTTP status it answered.
    pub status_code: Option<i32>,
    /// What went wrong, if it failed.
    pub error_message: Option<String>,
    /// When the call was made.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
