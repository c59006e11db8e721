use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ContentItemType, ContentUpgradeType, ConversionGoal, PublicationStatus};

/// A downloadable lead magnet (checklist, template, guide…), on its own or attached to a blog
/// post. In the content flow its next item is an email sequence.
#[platform::object(name = "ContentUpgrade", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "content_upgrades")]
pub struct Model {
    /// The upgrade's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the upgrade belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the upgrade.
    pub user_id: Uuid,
    /// The business the upgrade is for.
    pub business_id: Uuid,
    /// The blog post it is attached to, if any (of the same business); an attached upgrade has
    /// a type and content.
    pub blog_post_id: Option<Uuid>,
    /// The title, 1 to 200 characters. Every change writes a version.
    pub title: String,
    /// Its kind.
    #[object(name = "type")]
    #[sea_orm(column_name = "type")]
    pub upgrade_type: Option<ContentUpgradeType>,
    /// Its text, 1 to 100,000 characters. Every change writes a version.
    pub content: Option<String>,
    /// A description, up to 10,000 characters. Every change writes a version.
    pub description: Option<String>,
    /// Where the file is: an `https://` or `http://` URL.
    pub file_url: Option<String>,
    /// Where the upgrade stands.
    pub status: PublicationStatus,
    /// Its download counts, as a JSON object.
    pub download_metrics: Json,
    /// The type of the next item in the content flow.
    pub next_action_type: Option<ContentItemType>,
    /// The id of the next item in the content flow.
    pub next_action_id: Option<Uuid>,
    /// The type of the previous item in the content flow.
    pub previous_action_type: Option<ContentItemType>,
    /// The id of the previous item in the content flow.
    pub previous_action_id: Option<Uuid>,
    /// What the upgrade is meant to make its reader do: EMAIL_SIGNUP (the default), SALE or SHARE.
    pub conversion_goal: ConversionGoal,
    /// The call to action's text, up to 200 characters.
    pub cta_text: Option<String>,
    /// The call to action's link: an `https://` or `http://` URL.
    pub cta_url: Option<String>,
    /// When the upgrade was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the upgrade last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
