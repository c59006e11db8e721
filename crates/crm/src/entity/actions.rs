use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ActionState, ActionType};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "actions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub person_id: Option<Uuid>,
    pub action_type: ActionType,
    pub state: ActionState,
    pub description: Option<String>,
    pub due_date: Date,
    pub completed_at: Option<DateTimeWithTimeZone>,
    pub replied_at: Option<DateTimeWithTimeZone>,
    pub snooze_until: Option<Date>,
    pub notes: Option<String>,
    pub auto_created: bool,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
