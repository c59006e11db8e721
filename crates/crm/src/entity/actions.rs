use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ActionState, ActionType};

/// A move the user makes, due on a day: a message, a follow-up, a call to prepare.
#[platform::object(name = "Action", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "actions")]
pub struct Model {
    /// The action's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the action belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who owns the action.
    pub user_id: Uuid,
    /// The id of the lead the action is about, if any.
    #[object(name = "leadId")]
    pub person_id: Option<Uuid>,
    /// What kind of move this is.
    pub action_type: ActionType,
    /// Where the action stands.
    pub state: ActionState,
    /// What to do, up to 2,000 characters.
    pub description: Option<String>,
    /// The day the action is due, in its owner's time zone.
    pub due_date: Date,
    /// When the action was completed (DONE or REPLIED); kept when it is archived.
    pub completed_at: Option<DateTimeWithTimeZone>,
    /// When the person replied (the action became REPLIED).
    pub replied_at: Option<DateTimeWithTimeZone>,
    /// The day a snoozed action comes back as NEW (set only while SNOOZED).
    pub snooze_until: Option<Date>,
    /// Free notes, up to 10,000 characters.
    pub notes: Option<String>,
    /// True when the system made the action (a plan, a follow-up rule, an AI worker) rather
    /// than the user.
    pub auto_created: bool,
    /// When the action was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the action last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
