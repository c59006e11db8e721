use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One email of a sequence, at a position; an A/B variant shares its original's position.
#[platform::object(name = "Email", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "emails")]
pub struct Model {
    /// The email's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the email belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the email.
    pub user_id: Uuid,
    /// The sequence it belongs to.
    pub sequence_id: Uuid,
    /// The subject line, 1 to 200 characters. Every change writes a version.
    pub subject_line: String,
    /// The body, 1 to 100,000 characters. Every change writes a version.
    pub content: String,
    /// Its place in the sequence, 1 to the sequence's `totalEmails`, without gaps.
    pub sequence_position: i32,
    /// Days after the previous email (0 or more; the first email's count from the start).
    pub delay_days: i32,
    /// Its performance counts, as a JSON object (`opens`, `clicks`, `replies` make its A/B
    /// engagement score).
    pub performance_metrics: Json,
    /// True for a variant in an A/B group (the group's original is false).
    pub is_variant: bool,
    /// The A/B group: the id of the group's original email.
    pub variant_group_id: Option<Uuid>,
    /// Whether it won its group (null until a winner is declared).
    pub is_winner: Option<bool>,
    /// The engagement lead over the runner-up that declaring a winner needs (the original's
    /// counts for the group).
    pub winning_threshold: Option<i32>,
    /// When the email was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the email last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
