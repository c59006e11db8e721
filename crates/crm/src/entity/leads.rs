use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::LeadStatus;

/// A person the user works: a prospect, a client, someone to keep warm.
#[platform::object(name = "Lead", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "leads")]
pub struct Model {
    /// The lead's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the lead belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who owns the lead.
    pub user_id: Uuid,
    /// The person's name, 1 to 200 characters.
    pub name: String,
    /// Their primary link: an `https://`, `http://` or `mailto:` URL (a LinkedIn profile, a CRM
    /// record, an email address).
    pub url: String,
    /// Free notes, up to 10,000 characters.
    pub notes: Option<String>,
    /// Where the lead stands.
    pub status: LeadStatus,
    /// The day a snoozed lead comes back (set only while SNOOZED).
    pub snooze_until: Option<Date>,
    /// When the lead was added.
    pub created_at: DateTimeWithTimeZone,
    /// When the lead last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
