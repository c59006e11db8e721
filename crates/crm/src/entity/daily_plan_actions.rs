use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One action of a daily plan, at its position.
#[platform::object(name = "DailyPlanItem", complex, audit = "daily_plan_action")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "daily_plan_actions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    #[object(skip)]
    pub id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    #[object(skip)]
    pub workspace_id: Uuid,
    #[object(skip)]
    pub user_id: Uuid,
    #[object(skip)]
    pub daily_plan_id: Uuid,
    /// The id of the planned action.
    pub action_id: Uuid,
    /// The action's place in the plan, from 0.
    pub position: i32,
    /// True for the fast win (position 0): a quick first move.
    pub is_fast_win: bool,
    #[object(skip)]
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
