use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{ContentItemType, ConversionGoal, PublicationStatus};

/// A long-form post with its SEO data. In the content flow its next item is a content upgrade
/// or an email sequence.
#[platform::object(name = "BlogPost", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "blog_posts")]
pub struct Model {
    /// The post's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the post belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the post.
    pub user_id: Uuid,
    /// The business the post is for.
    pub business_id: Uuid,
    /// The bundle the post belongs to, if any (of the same business).
    pub bundle_id: Option<Uuid>,
    /// The title, 1 to 200 characters. Every change writes a version.
    pub title: String,
    /// The body, 1 to 100,000 characters. Every change writes a version.
    pub content: String,
    /// Where the post stands.
    pub status: PublicationStatus,
    /// When it was published (set while PUBLISHED).
    pub published_at: Option<DateTimeWithTimeZone>,
    /// The SEO description, up to 500 characters.
    pub meta_description: Option<String>,
    /// SEO keywords.
    pub keywords: Vec<String>,
    /// Minutes to read it.
    pub estimated_reading_time: Option<i32>,
    /// The main call to action, up to 200 characters.
    pub primary_cta: Option<String>,
    /// Its performance counts, as a JSON object (`clicks`, `shares`, `comments`,
    /// `conversions` make its A/B engagement score).
    pub performance_metrics: Json,
    /// True for a variant in an A/B group (the group's original is false).
    pub is_variant: bool,
    /// The A/B group: the id of the group's original post.
    pub variant_group_id: Option<Uuid>,
    /// Whether it won its group (null until a winner is declared).
    pub is_winner: Option<bool>,
    /// The engagement lead over the runner-up that declaring a winner needs (the original's
    /// counts for the group).
    pub winning_threshold: Option<i32>,
    /// The type of the next item in the content flow.
    pub next_action_type: Option<ContentItemType>,
    /// The id of the next item in the content flow.
    pub next_action_id: Option<Uuid>,
    /// The type of the previous item in the content flow.
    pub previous_action_type: Option<ContentItemType>,
    /// The id of the previous item in the content flow.
    pub previous_action_id: Option<Uuid>,
    /// What the post is meant to make its reader do: LEAD_MAGNET (the default), SALE or SHARE.
    pub conversion_goal: ConversionGoal,
    /// The call to action's text, up to 200 characters.
    pub cta_text: Option<String>,
    /// The call to action's link: an `https://` or `http://` URL.
    pub cta_url: Option<String>,
    /// When the post was created.
    pub created_at: DateTimeWithTimeZone,
    /// When the post last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
