use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A user's CRM counters in a workspace (the seed keeps them on `users`).
#[platform::object(name = "CrmStats")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "crm_user_stats")]
pub struct Model {
    /// The workspace the counters are for.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user the counters are for.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Consecutive days with a completed action (DONE or REPLIED), in the user's time zone,
    /// ending today or yesterday; 0 once a whole day passed without one.
    pub streak_count: i32,
    /// The last day (in the user's time zone) with a completed action.
    pub last_action_date: Option<Date>,
    /// Whether the user has an active calendar connection in the workspace.
    pub calendar_connected: bool,
    #[object(skip)]
    pub created_at: DateTimeWithTimeZone,
    #[object(skip)]
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
