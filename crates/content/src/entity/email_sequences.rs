use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ContentItemType, ConversionGoal, EmailSequenceStatus, SequenceGoal};

/// A series of emails (a nurture, onboarding, sales or retention sequence). In the content
/// flow its next item is a blog post or a content upgrade.
#[platform::object(name = "EmailSequence", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "email_sequences")]
pub struct Model {
    /// The sequence's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the sequence belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the sequence.
    pub user_id: Uuid,
    /// The business the sequence is for.
    pub business_id: Uuid,
    /// The bundle the sequence belongs to, if any (of the same business).
    pub bundle_id: Option<Uuid>,
    /// The sequence's name (the seed's `sequence_name`), 1 to 200 characters. Every change
    /// writes a version.
    pub name: String,
    /// A description, up to 10,000 characters. Every change writes a version.
    pub description: Option<String>,
    /// What the sequence is for (the seed's `sequence_type` too).
    pub sequence_goal: SequenceGoal,
    /// How many positions the sequence has (variants share their original's position).
    pub total_emails: i32,
    /// Where the sequence stands.
    pub status: EmailSequenceStatus,
    /// The type of the next item in the content flow.
    pub next_action_type: Option<ContentItemType>,
    /// The id of the next item in the content flow.
    pub next_action_id: Option<Uuid>,
    /// The type of the previous item in the content flow.
    pub previous_action_type: Option<ContentItemType>,
    /// The id of the previous item in the content flow.
    pub previous_action_id: Option<Uuid>,
    /// What the sequence is meant to make its reader do: SALE (the default), REFERRAL or TESTIMONIAL.
    pub conversion_goal: ConversionGoal,
    /// When the sequence was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the sequence last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
