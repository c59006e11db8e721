use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A business profile: who the content is for and how it should sound. Every other content
/// row belongs to one business, and goes when it goes.
#[platform::object(name = "Business", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "businesses")]
pub struct Model {
    /// The business's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the business belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who created the business profile (the seed's `profile_id`).
    pub user_id: Uuid,
    /// The business's name, 1 to 200 characters.
    pub name: String,
    /// Its industry, 1 to 200 characters.
    pub industry: String,
    /// Its website: an `https://` or `http://` URL.
    pub website: Option<String>,
    /// What kind of business it is (agency, SaaS, coach…), 1 to 200 characters.
    pub business_type: String,
    /// Its primary product, 1 to 200 characters.
    pub primary_product: String,
    /// What it offers, 1 to 10,000 characters.
    pub core_offer_description: String,
    /// The audience's demographics (age, gender, location, income), as a JSON object.
    pub audience_demographics: Json,
    /// The audience's psychographics (goals, values, interests), as a JSON object.
    pub audience_psychographics: Json,
    /// The audience's job role.
    pub audience_job_role: Option<String>,
    /// The audience's pain points.
    pub audience_pain_points: Vec<String>,
    /// The outcomes the audience wants.
    pub audience_desired_outcomes: Vec<String>,
    /// The topics the content covers.
    pub primary_topics: Vec<String>,
    /// The tone of voice.
    pub tone_of_voice: Option<String>,
    /// Keywords of the brand.
    pub brand_keywords: Vec<String>,
    /// Competitors.
    pub competitors: Vec<String>,
    /// The main call to action.
    pub primary_cta: Option<String>,
    /// The audience's awareness stage.
    pub awareness_stage: Option<String>,
    /// Promotions, as a JSON array of objects.
    pub promotions: Json,
    /// The social platforms it posts on.
    pub social_platforms: Vec<String>,
    /// Requirements per platform, as a JSON object keyed by platform.
    pub platform_preferences: Json,
    /// Competitors' social accounts.
    pub competitor_social_accounts: Vec<String>,
    /// The blog's style.
    pub blog_style: Option<String>,
    /// The kind of content upgrade it prefers.
    pub content_upgrade_type: Option<String>,
    /// The tone of its emails.
    pub email_tone: Option<String>,
    /// How often it emails.
    pub email_frequency: Option<String>,
    /// What its list building aims at.
    pub list_building_goals: Vec<String>,
    /// The main goal of its content.
    pub primary_content_goal: Option<String>,
    /// Its revenue targets.
    pub revenue_targets: Option<String>,
    /// When the business was added.
    pub created_at: DateTimeWithTimeZone,
    /// When the business last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
