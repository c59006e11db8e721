use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A user's week in numbers, with an insight, a short narrative and a focus for next week.
#[platform::object(name = "WeeklySummary", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "weekly_summaries")]
pub struct Model {
    /// The summary's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the summary belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user the summary is about.
    pub user_id: Uuid,
    /// The Monday the week starts on.
    pub week_start_date: Date,
    /// Days of the week with at least one completed action (0 to 7).
    pub days_active: i32,
    /// Actions completed (DONE or REPLIED) during the week.
    pub actions_completed: i32,
    /// Actions that got a reply during the week.
    pub replies: i32,
    /// Calls booked during the week (reported, or counted from CALL_PREP actions).
    pub calls_booked: i32,
    /// One sentence about the week.
    pub insight_text: String,
    /// A short story of the week, when there is something to tell.
    pub narrative_summary: Option<String>,
    /// What to focus on next week; next week's daily plans show it.
    pub next_week_focus: String,
    /// When the summary was (last) generated.
    pub generated_at: DateTimeWithTimeZone,
    /// When the summary was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the summary last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
