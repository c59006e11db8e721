use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::CapacityLevel;

/// A user's plan for one day: a fast win first, then the actions that matter most, as many as
/// the day's free time allows.
#[platform::object(name = "DailyPlan", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "daily_plans")]
pub struct Model {
    /// The plan's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the plan belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user the plan is for.
    pub user_id: Uuid,
    /// The day the plan is for.
    pub date: Date,
    /// The focus of the week: the previous week's summary's `nextWeekFocus`, if there is one.
    pub focus_statement: Option<String>,
    /// How much the day holds, from its free minutes.
    pub capacity: CapacityLevel,
    /// The day's free minutes, from the latest successful calendar sync of that day.
    pub free_minutes: Option<i32>,
    /// When the plan was generated.
    pub generated_at: DateTimeWithTimeZone,
    /// When the plan was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the plan last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
