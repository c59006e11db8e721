//! Social posts: the first step of the content flow. A post needs its platform and its text; a
//! SCHEDULED post needs the time it goes out; its conversion goal is WEBSITE_VISIT, LEAD_MAGNET
//! or SALE (WEBSITE_VISIT by default); its call to action links over `https://` or `http://`.
//! A post in a bundle belongs to the bundle's business. Every change of its text writes a
//! version (see [`super::versions`]); A/B variants are made by [`super::variants`].

use chrono::{DateTime, Utc};
use platform::RequestContext;
use platform::audit::Provenance;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::required_text;
use platform::write::Edit;
use sea_orm::{ColumnTrait, QueryFilter, Set};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::bundles::check_bundle;
use super::businesses::check_business;
use super::item::{ContentOrder, ContentRef, conversion_goal, cta_text, cta_url, forget_items, ordered_page};
use super::values::{at_least, json_object, text_list};
use super::versions::{Owner, Snapshot, Versioned, create_versioned, save_versioned, text};
use crate::entity::{ContentItemType, ConversionGoal, SocialPlatform, SocialPostStatus, SocialPostType, social_posts};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A bundle's social posts, oldest first.
    pub BundleSocialPosts = social_posts::Entity, by BundleId, order [CreatedAt asc, Id asc];
}

impl Versioned for social_posts::Entity {
    fn snapshot(row: &social_posts::Model) -> Snapshot {
        Snapshot {
            item: ContentRef::new(ContentItemType::SocialPost, row.id),
            owner: Owner::Business(row.business_id),
            texts: json!({ "content": row.content }),
            metrics: Some(row.engagement_metrics.clone()),
        }
    }

    fn apply_texts(model: &mut social_posts::ActiveModel, texts: &Map<String, Value>) -> Result<()> {
        model.content = Set(required_text(&text(texts, "content").unwrap_or_default(), "content", 100_000)?);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewSocialPost {
    pub business_id: Uuid,
    pub bundle_id: Option<Uuid>,
    pub platform: SocialPlatform,
    pub content: String,
    pub status: Option<SocialPostStatus>,
    pub media_prompts: Vec<String>,
    pub hashtags: Vec<String>,
    pub scheduled_for: Option<DateTime<Utc>>,
    pub post_type: Option<SocialPostType>,
    pub engagement_metrics: Option<Value>,
    pub winning_threshold: Option<i32>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<String>,
    pub cta_url: Option<String>,
}

impl NewSocialPost {
    /// A draft post of `business_id` with only its platform and text.
    pub fn new(business_id: Uuid, platform: SocialPlatform, content: &str) -> Self {
        Self {
            business_id,
            bundle_id: None,
            platform,
            content: content.into(),
            status: None,
            media_prompts: Vec::new(),
            hashtags: Vec::new(),
            scheduled_for: None,
            post_type: None,
            engagement_metrics: None,
            winning_threshold: None,
            conversion_goal: None,
            cta_text: None,
            cta_url: None,
        }
    }
}

/// Adds a social post; `provenance` when an AI worker wrote it.
pub async fn create_social_post(
    ctx: &RequestContext,
    workspace_id: Uuid,
    input: NewSocialPost,
    provenance: Option<&Provenance>,
) -> Result<social_posts::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    if let Some(bundle_id) = input.bundle_id {
        check_bundle(ctx, ctx.db(), workspace_id, bundle_id, input.business_id).await?;
    }
    let status = input.status.unwrap_or(SocialPostStatus::Draft);
    if status == SocialPostStatus::Scheduled && input.scheduled_for.is_none() {
        return Err(ContentError::ScheduledNeedsTime);
    }
    let post = social_posts::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        bundle_id: Set(input.bundle_id),
        platform: Set(input.platform),
        content: Set(required_text(&input.content, "content", 100_000)?),
        status: Set(status),
        media_prompts: Set(text_list(input.media_prompts, "mediaPrompts", 20, 4000)?),
        hashtags: Set(text_list(input.hashtags, "hashtags", 50, 100)?),
        scheduled_for: Set(input.scheduled_for.map(|t| t.fixed_offset())),
        post_type: Set(input.post_type),
        engagement_metrics: Set(json_object(input.engagement_metrics.unwrap_or_else(|| json!({})), "engagementMetrics")?),
        is_variant: Set(false),
        winning_threshold: Set(input.winning_threshold.map(|t| at_least(t, 0, "winningThreshold")).transpose()?),
        conversion_goal: Set(conversion_goal(ContentItemType::SocialPost, input.conversion_goal)?),
        cta_text: Set(cta_text(input.cta_text.as_deref())?),
        cta_url: Set(cta_url(input.cta_url.as_deref())?),
        ..Default::default()
    };
    create_versioned::<social_posts::Entity>(ctx, workspace_id, post, provenance).await
}

/// Changes to a social post; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct SocialPostChanges {
    pub platform: Option<SocialPlatform>,
    pub content: Option<String>,
    pub status: Option<SocialPostStatus>,
    pub media_prompts: Option<Vec<String>>,
    pub hashtags: Option<Vec<String>>,
    pub scheduled_for: Option<Option<DateTime<Utc>>>,
    pub post_type: Option<Option<SocialPostType>>,
    pub engagement_metrics: Option<Value>,
    pub winning_threshold: Option<Option<i32>>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<Option<String>>,
    pub cta_url: Option<Option<String>>,
    /// Why the text changed, for its version (`edited` when none).
    pub reason: Option<String>,
}

pub async fn update_social_post(
    ctx: &RequestContext,
    id: Uuid,
    changes: SocialPostChanges,
    provenance: Option<&Provenance>,
) -> Result<social_posts::Model> {
    let edit = post_for_write(ctx, id).await?;
    let current = edit.row().clone();
    let mut model = edit.edit();
    if let Some(v) = changes.platform {
        model.platform = Set(v);
    }
    if let Some(v) = &changes.content {
        model.content = Set(required_text(v, "content", 100_000)?);
    }
    if let Some(v) = changes.media_prompts {
        model.media_prompts = Set(text_list(v, "mediaPrompts", 20, 4000)?);
    }
    if let Some(v) = changes.hashtags {
        model.hashtags = Set(text_list(v, "hashtags", 50, 100)?);
    }
    let scheduled_for = match changes.scheduled_for {
        Some(v) => {
            model.scheduled_for = Set(v.map(|t| t.fixed_offset()));
            v.map(|t| t.fixed_offset())
        }
        None => current.scheduled_for,
    };
    if let Some(status) = changes.status {
        model.status = Set(status);
    }
    if changes.status.unwrap_or(current.status) == SocialPostStatus::Scheduled && scheduled_for.is_none() {
        return Err(ContentError::ScheduledNeedsTime);
    }
    if let Some(v) = changes.post_type {
        model.post_type = Set(v);
    }
    if let Some(v) = changes.engagement_metrics {
        model.engagement_metrics = Set(json_object(v, "engagementMetrics")?);
    }
    if let Some(v) = changes.winning_threshold {
        model.winning_threshold = Set(v.map(|t| at_least(t, 0, "winningThreshold")).transpose()?);
    }
    if let Some(v) = changes.conversion_goal {
        model.conversion_goal = Set(conversion_goal(ContentItemType::SocialPost, Some(v))?);
    }
    if let Some(v) = changes.cta_text {
        model.cta_text = Set(cta_text(v.as_deref())?);
    }
    if let Some(v) = changes.cta_url {
        model.cta_url = Set(cta_url(v.as_deref())?);
    }
    save_versioned(ctx, edit, model, changes.reason.as_deref(), provenance).await
}

/// Deletes a social post, its versions and managed URLs, and the links to it.
pub async fn delete_social_post(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = post_for_write(ctx, id).await?;
    let post = edit.row().clone();
    forget_items(ctx, edit.tx(), post.workspace_id, &[ContentRef::new(ContentItemType::SocialPost, id)]).await?;
    edit.remove().await?;
    edit.commit(None).await?;
    Ok(id)
}

/// A social post by id; another tenant's is answered as missing.
pub async fn get_social_post(ctx: &RequestContext, id: Uuid) -> Result<social_posts::Model> {
    find::<social_posts::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "social post"))
}

async fn post_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, social_posts::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "social post"))
}

/// Filters on the social post list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct SocialPostFilter {
    pub business_id: Option<Uuid>,
    pub bundle_id: Option<Uuid>,
    pub platforms: Vec<SocialPlatform>,
    pub statuses: Vec<SocialPostStatus>,
    pub variant_group_id: Option<Uuid>,
    /// A case-insensitive part of the text.
    pub content_contains: Option<String>,
}

/// A workspace's social posts, one keyset page at a time.
pub async fn list_social_posts(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: SocialPostFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<social_posts::Model>> {
    use social_posts::Column as C;
    let mut select = in_workspace::<social_posts::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if let Some(v) = filter.bundle_id {
        select = select.filter(C::BundleId.eq(v));
    }
    if !filter.platforms.is_empty() {
        select = select.filter(C::Platform.is_in(filter.platforms));
    }
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if let Some(v) = filter.variant_group_id {
        select = select.filter(C::VariantGroupId.eq(v));
    }
    if let Some(text) = filter.content_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Content.ilike(contains_pattern(text)));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
