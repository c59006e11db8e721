//! Blog posts: a title and a body, with SEO data; PUBLISHED sets `publishedAt` when it is not
//! given. Their conversion goal is LEAD_MAGNET (the default), SALE or SHARE; their call to
//! action links over `https://` or `http://`. A post in a bundle belongs to the bundle's
//! business. Every change of the title or body writes a version.

use chrono::{DateTime, Utc};
use platform::RequestContext;
use platform::audit::Provenance;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::{optional_text, required_text};
use platform::write::Edit;
use sea_orm::{ColumnTrait, QueryFilter, Set};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::bundles::check_bundle;
use super::businesses::check_business;
use super::item::{ContentOrder, ContentRef, conversion_goal, cta_text, cta_url, forget_items, ordered_page};
use super::values::{at_least, json_object, text_list};
use super::versions::{Owner, Snapshot, Versioned, create_versioned, save_versioned, text};
use crate::entity::{ContentItemType, ConversionGoal, PublicationStatus, blog_posts, content_upgrades};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A bundle's blog posts, oldest first.
    pub BundleBlogPosts = blog_posts::Entity, by BundleId, order [CreatedAt asc, Id asc];
}

impl Versioned for blog_posts::Entity {
    fn snapshot(row: &blog_posts::Model) -> Snapshot {
        Snapshot {
            item: ContentRef::new(ContentItemType::BlogPost, row.id),
            owner: Owner::Business(row.business_id),
            texts: json!({ "title": row.title, "content": row.content }),
            metrics: Some(row.performance_metrics.clone()),
        }
    }

    fn apply_texts(model: &mut blog_posts::ActiveModel, texts: &Map<String, Value>) -> Result<()> {
        model.title = Set(required_text(&text(texts, "title").unwrap_or_default(), "title", 200)?);
        model.content = Set(required_text(&text(texts, "content").unwrap_or_default(), "content", 100_000)?);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewBlogPost {
    pub business_id: Uuid,
    pub bundle_id: Option<Uuid>,
    pub title: String,
    pub content: String,
    pub status: Option<PublicationStatus>,
    pub published_at: Option<DateTime<Utc>>,
    pub meta_description: Option<String>,
    pub keywords: Vec<String>,
    pub estimated_reading_time: Option<i32>,
    pub primary_cta: Option<String>,
    pub performance_metrics: Option<Value>,
    pub winning_threshold: Option<i32>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<String>,
    pub cta_url: Option<String>,
}

impl NewBlogPost {
    /// A draft post of `business_id` with only its title and body.
    pub fn new(business_id: Uuid, title: &str, content: &str) -> Self {
        Self {
            business_id,
            bundle_id: None,
            title: title.into(),
            content: content.into(),
            status: None,
            published_at: None,
            meta_description: None,
            keywords: Vec::new(),
            estimated_reading_time: None,
            primary_cta: None,
            performance_metrics: None,
            winning_threshold: None,
            conversion_goal: None,
            cta_text: None,
            cta_url: None,
        }
    }
}

/// Adds a blog post; `provenance` when an AI worker wrote it.
pub async fn create_blog_post(
    ctx: &RequestContext,
    workspace_id: Uuid,
    input: NewBlogPost,
    provenance: Option<&Provenance>,
) -> Result<blog_posts::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    if let Some(bundle_id) = input.bundle_id {
        check_bundle(ctx, ctx.db(), workspace_id, bundle_id, input.business_id).await?;
    }
    let status = input.status.unwrap_or(PublicationStatus::Draft);
    let published_at = match (status, input.published_at) {
        (_, Some(at)) => Some(at.fixed_offset()),
        (PublicationStatus::Published, None) => Some(Utc::now().fixed_offset()),
        _ => None,
    };
    let post = blog_posts::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        bundle_id: Set(input.bundle_id),
        title: Set(required_text(&input.title, "title", 200)?),
        content: Set(required_text(&input.content, "content", 100_000)?),
        status: Set(status),
        published_at: Set(published_at),
        meta_description: Set(optional_text(input.meta_description.as_deref(), "metaDescription", 500)?),
        keywords: Set(text_list(input.keywords, "keywords", 50, 100)?),
        estimated_reading_time: Set(input.estimated_reading_time.map(|m| at_least(m, 0, "estimatedReadingTime")).transpose()?),
        primary_cta: Set(optional_text(input.primary_cta.as_deref(), "primaryCta", 200)?),
        performance_metrics: Set(json_object(input.performance_metrics.unwrap_or_else(|| json!({})), "performanceMetrics")?),
        is_variant: Set(false),
        winning_threshold: Set(input.winning_threshold.map(|t| at_least(t, 0, "winningThreshold")).transpose()?),
        conversion_goal: Set(conversion_goal(ContentItemType::BlogPost, input.conversion_goal)?),
        cta_text: Set(cta_text(input.cta_text.as_deref())?),
        cta_url: Set(cta_url(input.cta_url.as_deref())?),
        ..Default::default()
    };
    create_versioned::<blog_posts::Entity>(ctx, workspace_id, post, provenance).await
}

/// Changes to a blog post; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct BlogPostChanges {
    pub title: Option<String>,
    pub content: Option<String>,
    pub status: Option<PublicationStatus>,
    pub published_at: Option<Option<DateTime<Utc>>>,
    pub meta_description: Option<Option<String>>,
    pub keywords: Option<Vec<String>>,
    pub estimated_reading_time: Option<Option<i32>>,
    pub primary_cta: Option<Option<String>>,
    pub performance_metrics: Option<Value>,
    pub winning_threshold: Option<Option<i32>>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<Option<String>>,
    pub cta_url: Option<Option<String>>,
    /// Why the texts changed, for their version (`edited` when none).
    pub reason: Option<String>,
}

pub async fn update_blog_post(
    ctx: &RequestContext,
    id: Uuid,
    changes: BlogPostChanges,
    provenance: Option<&Provenance>,
) -> Result<blog_posts::Model> {
    let edit = post_for_write(ctx, id).await?;
    let current = edit.row().clone();
    let mut model = edit.edit();
    if let Some(v) = &changes.title {
        model.title = Set(required_text(v, "title", 200)?);
    }
    if let Some(v) = &changes.content {
        model.content = Set(required_text(v, "content", 100_000)?);
    }
    let mut published_at = current.published_at;
    if let Some(v) = changes.published_at {
        published_at = v.map(|t| t.fixed_offset());
    }
    if let Some(status) = changes.status {
        model.status = Set(status);
        if status == PublicationStatus::Published && published_at.is_none() {
            published_at = Some(Utc::now().fixed_offset());
        }
    }
    if changes.status.unwrap_or(current.status) == PublicationStatus::Published && published_at.is_none() {
        return Err(ContentError::PublishedNeedsTime);
    }
    model.published_at = Set(published_at);
    if let Some(v) = changes.meta_description {
        model.meta_description = Set(optional_text(v.as_deref(), "metaDescription", 500)?);
    }
    if let Some(v) = changes.keywords {
        model.keywords = Set(text_list(v, "keywords", 50, 100)?);
    }
    if let Some(v) = changes.estimated_reading_time {
        model.estimated_reading_time = Set(v.map(|m| at_least(m, 0, "estimatedReadingTime")).transpose()?);
    }
    if let Some(v) = changes.primary_cta {
        model.primary_cta = Set(optional_text(v.as_deref(), "primaryCta", 200)?);
    }
    if let Some(v) = changes.performance_metrics {
        model.performance_metrics = Set(json_object(v, "performanceMetrics")?);
    }
    if let Some(v) = changes.winning_threshold {
        model.winning_threshold = Set(v.map(|t| at_least(t, 0, "winningThreshold")).transpose()?);
    }
    if let Some(v) = changes.conversion_goal {
        model.conversion_goal = Set(conversion_goal(ContentItemType::BlogPost, Some(v))?);
    }
    if let Some(v) = changes.cta_text {
        model.cta_text = Set(cta_text(v.as_deref())?);
    }
    if let Some(v) = changes.cta_url {
        model.cta_url = Set(cta_url(v.as_deref())?);
    }
    save_versioned(ctx, edit, model, changes.reason.as_deref(), provenance).await
}

/// Deletes a blog post with its content upgrades, their versions and managed URLs, and the
/// links to any of them.
pub async fn delete_blog_post(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = post_for_write(ctx, id).await?;
    let post = edit.row().clone();
    let upgrades = platform::rows::all(
        edit.tx(),
        in_workspace::<content_upgrades::Entity>(ctx, post.workspace_id).await?.filter(content_upgrades::Column::BlogPostId.eq(id)),
    )
    .await?;
    let mut doomed = vec![ContentRef::new(ContentItemType::BlogPost, id)];
    doomed.extend(upgrades.iter().map(|u| ContentRef::new(ContentItemType::ContentUpgrade, u.id)));
    forget_items(ctx, edit.tx(), post.workspace_id, &doomed).await?;
    edit.remove().await?;
    edit.commit(None).await?;
    Ok(id)
}

/// A blog post by id; another tenant's is answered as missing.
pub async fn get_blog_post(ctx: &RequestContext, id: Uuid) -> Result<blog_posts::Model> {
    find::<blog_posts::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "blog post"))
}

async fn post_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, blog_posts::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "blog post"))
}

/// Filters on the blog post list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct BlogPostFilter {
    pub business_id: Option<Uuid>,
    pub bundle_id: Option<Uuid>,
    pub statuses: Vec<PublicationStatus>,
    pub variant_group_id: Option<Uuid>,
    /// A case-insensitive part of the title.
    pub title_contains: Option<String>,
}

/// A workspace's blog posts, one keyset page at a time.
pub async fn list_blog_posts(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: BlogPostFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<blog_posts::Model>> {
    use blog_posts::Column as C;
    let mut select = in_workspace::<blog_posts::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if let Some(v) = filter.bundle_id {
        select = select.filter(C::BundleId.eq(v));
    }
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if let Some(v) = filter.variant_group_id {
        select = select.filter(C::VariantGroupId.eq(v));
    }
    if let Some(text) = filter.title_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Title.ilike(contains_pattern(text)));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
