//! Businesses: the profiles content is made for. Everything else in the domain belongs to a
//! business and goes when it goes (the database cascades every foreign key; the polymorphic
//! references, flow links, versions and managed URLs, all stay within one business).
//!
//! Free texts are trimmed; a blank optional text clears it; lists drop blank items.

use platform::RequestContext;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::{optional_text, required_text};
use platform::write::{Edit, create};
use sea_orm::{ActiveValue, ColumnTrait, DatabaseTransaction, QueryFilter, Set};
use serde_json::Value;
use uuid::Uuid;

use super::item::{ContentOrder, ordered_page};
use super::values::{WebUrl, json_object, json_objects, text_list};
use crate::entity::businesses;
use crate::error::{ContentError, Result};

/// A business's profile fields; `None` leaves a field as it is (on creation: its default).
#[derive(Debug, Clone, Default)]
pub struct BusinessProfile {
    pub name: Option<String>,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub business_type: Option<String>,
    pub primary_product: Option<String>,
    pub core_offer_description: Option<String>,
    pub audience_demographics: Option<Value>,
    pub audience_psychographics: Option<Value>,
    pub audience_job_role: Option<String>,
    pub audience_pain_points: Option<Vec<String>>,
    pub audience_desired_outcomes: Option<Vec<String>>,
    pub primary_topics: Option<Vec<String>>,
    pub tone_of_voice: Option<String>,
    pub brand_keywords: Option<Vec<String>>,
    pub competitors: Option<Vec<String>>,
    pub primary_cta: Option<String>,
    pub awareness_stage: Option<String>,
    pub promotions: Option<Value>,
    pub social_platforms: Option<Vec<String>>,
    pub platform_preferences: Option<Value>,
    pub competitor_social_accounts: Option<Vec<String>>,
    pub blog_style: Option<String>,
    pub content_upgrade_type: Option<String>,
    pub email_tone: Option<String>,
    pub email_frequency: Option<String>,
    pub list_building_goals: Option<Vec<String>>,
    pub primary_content_goal: Option<String>,
    pub revenue_targets: Option<String>,
}

/// Sets the given fields of `profile` on `model`, each validated.
fn apply(model: &mut businesses::ActiveModel, profile: BusinessProfile) -> Result<()> {
    let required = |v: Option<String>, field, max| v.map(|s| required_text(&s, field, max)).transpose();
    let optional = |v: Option<String>, field, max| v.map(|s| optional_text(Some(&s), field, max)).transpose();
    let list = |v: Option<Vec<String>>, field, items, len| v.map(|l| text_list(l, field, items, len)).transpose();
    let object = |v: Option<Value>, field| v.map(|j| json_object(j, field)).transpose();
    macro_rules! set {
        ($($field:ident = $value:expr;)*) => { $( if let Some(v) = $value { model.$field = Set(v); } )* };
    }
    set! {
        name = required(profile.name, "name", 200)?;
        industry = required(profile.industry, "industry", 200)?;
        business_type = required(profile.business_type, "businessType", 200)?;
        primary_product = required(profile.primary_product, "primaryProduct", 200)?;
        core_offer_description = required(profile.core_offer_description, "coreOfferDescription", 10_000)?;
        website = profile.website.map(|w| WebUrl::optional(Some(&w), "website")).transpose()?;
        audience_demographics = object(profile.audience_demographics, "audienceDemographics")?;
        audience_psychographics = object(profile.audience_psychographics, "audiencePsychographics")?;
        platform_preferences = object(profile.platform_preferences, "platformPreferences")?;
        promotions = profile.promotions.map(|p| json_objects(p, "promotions")).transpose()?;
        audience_job_role = optional(profile.audience_job_role, "audienceJobRole", 200)?;
        tone_of_voice = optional(profile.tone_of_voice, "toneOfVoice", 1000)?;
        primary_cta = optional(profile.primary_cta, "primaryCta", 1000)?;
        awareness_stage = optional(profile.awareness_stage, "awarenessStage", 1000)?;
        blog_style = optional(profile.blog_style, "blogStyle", 1000)?;
        content_upgrade_type = optional(profile.content_upgrade_type, "contentUpgradeType", 1000)?;
        email_tone = optional(profile.email_tone, "emailTone", 1000)?;
        email_frequency = optional(profile.email_frequency, "emailFrequency", 1000)?;
        primary_content_goal = optional(profile.primary_content_goal, "primaryContentGoal", 1000)?;
        revenue_targets = optional(profile.revenue_targets, "revenueTargets", 1000)?;
        audience_pain_points = list(profile.audience_pain_points, "audiencePainPoints", 100, 1000)?;
        audience_desired_outcomes = list(profile.audience_desired_outcomes, "audienceDesiredOutcomes", 100, 1000)?;
        primary_topics = list(profile.primary_topics, "primaryTopics", 100, 200)?;
        brand_keywords = list(profile.brand_keywords, "brandKeywords", 100, 200)?;
        competitors = list(profile.competitors, "competitors", 100, 200)?;
        social_platforms = list(profile.social_platforms, "socialPlatforms", 50, 100)?;
        competitor_social_accounts = list(profile.competitor_social_accounts, "competitorSocialAccounts", 100, 2048)?;
        list_building_goals = list(profile.list_building_goals, "listBuildingGoals", 100, 1000)?;
    }
    Ok(())
}

/// Adds a business to a workspace; `name`, `industry`, `businessType`, `primaryProduct` and
/// `coreOfferDescription` are required.
pub async fn create_business(ctx: &RequestContext, workspace_id: Uuid, profile: BusinessProfile) -> Result<businesses::Model> {
    ctx.require_writer(workspace_id).await?;
    let mut model = businesses::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        ..Default::default()
    };
    apply(&mut model, profile)?;
    let missing = [
        (matches!(model.name, ActiveValue::NotSet), "name", 200),
        (matches!(model.industry, ActiveValue::NotSet), "industry", 200),
        (matches!(model.business_type, ActiveValue::NotSet), "businessType", 200),
        (matches!(model.primary_product, ActiveValue::NotSet), "primaryProduct", 200),
        (matches!(model.core_offer_description, ActiveValue::NotSet), "coreOfferDescription", 10_000),
    ];
    if let Some((_, field, max)) = missing.into_iter().find(|(unset, _, _)| *unset) {
        return Err(ContentError::TextRequired { field, max });
    }
    create::<businesses::Entity, _>(ctx, workspace_id, model, None).await
}

/// Changes a business's profile.
pub async fn update_business(ctx: &RequestContext, id: Uuid, profile: BusinessProfile) -> Result<businesses::Model> {
    let edit = business_for_write(ctx, id).await?;
    let mut model = edit.edit();
    apply(&mut model, profile)?;
    edit.save(model).await
}

/// Deletes a business and everything that belongs to it.
pub async fn delete_business(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    business_for_write(ctx, id).await?.delete::<ContentError>().await?;
    Ok(id)
}

/// A business by id; another tenant's is answered as missing.
pub async fn get_business(ctx: &RequestContext, id: Uuid) -> Result<businesses::Model> {
    find::<businesses::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "business"))
}

/// The business `business_id` of `workspace_id`, read in `tx`, or NOT_FOUND on `field`.
pub async fn check_business(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    business_id: Uuid,
    field: &'static str,
) -> Result<()> {
    let select = in_workspace::<businesses::Entity>(ctx, workspace_id).await?.filter(businesses::Column::Id.eq(business_id));
    match platform::rows::one(tx, select).await? {
        Some(_) => Ok(()),
        None => Err(ContentError::not_found(field, "business")),
    }
}

async fn business_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, businesses::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "business"))
}

/// Filters on the business list; `None` matches everything.
#[derive(Debug, Clone, Default)]
pub struct BusinessFilter {
    /// A case-insensitive part of the name.
    pub name_contains: Option<String>,
    pub user_id: Option<Uuid>,
}

/// A workspace's businesses, one keyset page at a time.
pub async fn list_businesses(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: BusinessFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<businesses::Model>> {
    use businesses::Column as C;
    let mut select = in_workspace::<businesses::Entity>(ctx, workspace_id).await?;
    if let Some(text) = filter.name_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Name.ilike(contains_pattern(text)));
    }
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
