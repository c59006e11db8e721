//! Content upgrades: lead magnets, on their own or attached to a blog post of the same
//! business; an attached upgrade has a type and content (the seed's first shape, where both
//! were required). Their conversion goal is EMAIL_SIGNUP (the default), SALE or SHARE; their
//! file and call to action link over `https://` or `http://`. Every change of the title,
//! description or content writes a version.

use platform::RequestContext;
use platform::audit::Provenance;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::{optional_text, required_text};
use platform::write::Edit;
use sea_orm::{ColumnTrait, DatabaseTransaction, QueryFilter, Set};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::businesses::check_business;
use super::item::{ContentOrder, ContentRef, conversion_goal, cta_text, cta_url, forget_items, ordered_page};
use super::values::{WebUrl, json_object};
use super::versions::{Owner, Snapshot, Versioned, create_versioned, save_versioned, text};
use crate::entity::{ContentItemType, ContentUpgradeType, ConversionGoal, PublicationStatus, blog_posts, content_upgrades};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A blog post's content upgrades, oldest first.
    pub BlogPostUpgrades = content_upgrades::Entity, by BlogPostId, order [CreatedAt asc, Id asc];
}

impl Versioned for content_upgrades::Entity {
    fn snapshot(row: &content_upgrades::Model) -> Snapshot {
        Snapshot {
            item: ContentRef::new(ContentItemType::ContentUpgrade, row.id),
            owner: Owner::Business(row.business_id),
            texts: json!({ "title": row.title, "description": row.description, "content": row.content }),
            metrics: Some(row.download_metrics.clone()),
        }
    }

    fn apply_texts(model: &mut content_upgrades::ActiveModel, texts: &Map<String, Value>) -> Result<()> {
        model.title = Set(required_text(&text(texts, "title").unwrap_or_default(), "title", 200)?);
        model.description = Set(optional_text(text(texts, "description").as_deref(), "description", 10_000)?);
        model.content = Set(optional_text(text(texts, "content").as_deref(), "content", 100_000)?);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewContentUpgrade {
    pub business_id: Uuid,
    pub blog_post_id: Option<Uuid>,
    pub title: String,
    pub upgrade_type: Option<ContentUpgradeType>,
    pub content: Option<String>,
    pub description: Option<String>,
    pub file_url: Option<String>,
    pub status: Option<PublicationStatus>,
    pub download_metrics: Option<Value>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<String>,
    pub cta_url: Option<String>,
}

impl NewContentUpgrade {
    /// A draft upgrade of `business_id` with only its title.
    pub fn new(business_id: Uuid, title: &str) -> Self {
        Self {
            business_id,
            blog_post_id: None,
            title: title.into(),
            upgrade_type: None,
            content: None,
            description: None,
            file_url: None,
            status: None,
            download_metrics: None,
            conversion_goal: None,
            cta_text: None,
            cta_url: None,
        }
    }
}

/// Adds a content upgrade; `provenance` when an AI worker wrote it.
pub async fn create_content_upgrade(
    ctx: &RequestContext,
    workspace_id: Uuid,
    input: NewContentUpgrade,
    provenance: Option<&Provenance>,
) -> Result<content_upgrades::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    let content = optional_text(input.content.as_deref(), "content", 100_000)?;
    if let Some(blog_post_id) = input.blog_post_id {
        check_blog_post(ctx, ctx.db(), workspace_id, blog_post_id, input.business_id).await?;
        if input.upgrade_type.is_none() || content.is_none() {
            return Err(ContentError::AttachedUpgradeIncomplete);
        }
    }
    let upgrade = content_upgrades::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        blog_post_id: Set(input.blog_post_id),
        title: Set(required_text(&input.title, "title", 200)?),
        upgrade_type: Set(input.upgrade_type),
        content: Set(content),
        description: Set(optional_text(input.description.as_deref(), "description", 10_000)?),
        file_url: Set(WebUrl::optional(input.file_url.as_deref(), "fileUrl")?),
        status: Set(input.status.unwrap_or(PublicationStatus::Draft)),
        download_metrics: Set(json_object(input.download_metrics.unwrap_or_else(|| json!({})), "downloadMetrics")?),
        conversion_goal: Set(conversion_goal(ContentItemType::ContentUpgrade, input.conversion_goal)?),
        cta_text: Set(cta_text(input.cta_text.as_deref())?),
        cta_url: Set(cta_url(input.cta_url.as_deref())?),
        ..Default::default()
    };
    create_versioned::<content_upgrades::Entity>(ctx, workspace_id, upgrade, provenance).await
}

/// The blog post `blog_post_id` of `workspace_id` and `business_id`, or NOT_FOUND on `blogPostId`.
async fn check_blog_post(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    blog_post_id: Uuid,
    business_id: Uuid,
) -> Result<()> {
    let select = in_workspace::<blog_posts::Entity>(ctx, workspace_id)
        .await?
        .filter(blog_posts::Column::Id.eq(blog_post_id))
        .filter(blog_posts::Column::BusinessId.eq(business_id));
    match platform::rows::one(tx, select).await? {
        Some(_) => Ok(()),
        None => Err(ContentError::not_found("blogPostId", "blog post of that business")),
    }
}

/// Changes to a content upgrade; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct ContentUpgradeChanges {
    pub title: Option<String>,
    pub upgrade_type: Option<Option<ContentUpgradeType>>,
    pub content: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub file_url: Option<Option<String>>,
    pub status: Option<PublicationStatus>,
    pub download_metrics: Option<Value>,
    pub conversion_goal: Option<ConversionGoal>,
    pub cta_text: Option<Option<String>>,
    pub cta_url: Option<Option<String>>,
    /// Why the texts changed, for their version (`edited` when none).
    pub reason: Option<String>,
}

pub async fn update_content_upgrade(
    ctx: &RequestContext,
    id: Uuid,
    changes: ContentUpgradeChanges,
    provenance: Option<&Provenance>,
) -> Result<content_upgrades::Model> {
    let edit = upgrade_for_write(ctx, id).await?;
    let current = edit.row().clone();
    let mut model = edit.edit();
    if let Some(v) = &changes.title {
        model.title = Set(required_text(v, "title", 200)?);
    }
    let upgrade_type = changes.upgrade_type.unwrap_or(current.upgrade_type);
    model.upgrade_type = Set(upgrade_type);
    let content = match &changes.content {
        Some(v) => optional_text(v.as_deref(), "content", 100_000)?,
        None => current.content.clone(),
    };
    if current.blog_post_id.is_some() && (upgrade_type.is_none() || content.is_none()) {
        return Err(ContentError::AttachedUpgradeIncomplete);
    }
    model.content = Set(content);
    if let Some(v) = changes.description {
        model.description = Set(optional_text(v.as_deref(), "description", 10_000)?);
    }
    if let Some(v) = changes.file_url {
        model.file_url = Set(WebUrl::optional(v.as_deref(), "fileUrl")?);
    }
    if let Some(v) = changes.status {
        model.status = Set(v);
    }
    if let Some(v) = changes.download_metrics {
        model.download_metrics = Set(json_object(v, "downloadMetrics")?);
    }
    if let Some(v) = changes.conversion_goal {
        model.conversion_goal = Set(conversion_goal(ContentItemType::ContentUpgrade, Some(v))?);
    }
    if let Some(v) = changes.cta_text {
        model.cta_text = Set(cta_text(v.as_deref())?);
    }
    if let Some(v) = changes.cta_url {
        model.cta_url = Set(cta_url(v.as_deref())?);
    }
    save_versioned(ctx, edit, model, changes.reason.as_deref(), provenance).await
}

/// Deletes a content upgrade, its versions and managed URLs, and the links to it.
pub async fn delete_content_upgrade(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = upgrade_for_write(ctx, id).await?;
    let upgrade = edit.row().clone();
    forget_items(ctx, edit.tx(), upgrade.workspace_id, &[ContentRef::new(ContentItemType::ContentUpgrade, id)]).await?;
    edit.remove().await?;
    edit.commit(None).await?;
    Ok(id)
}

/// A content upgrade by id; another tenant's is answered as missing.
pub async fn get_content_upgrade(ctx: &RequestContext, id: Uuid) -> Result<content_upgrades::Model> {
    find::<content_upgrades::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "content upgrade"))
}

async fn upgrade_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, content_upgrades::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "content upgrade"))
}

/// Filters on the content upgrade list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct ContentUpgradeFilter {
    pub business_id: Option<Uuid>,
    pub blog_post_id: Option<Uuid>,
    pub types: Vec<ContentUpgradeType>,
    pub statuses: Vec<PublicationStatus>,
    /// A case-insensitive part of the title.
    pub title_contains: Option<String>,
}

/// A workspace's content upgrades, one keyset page at a time.
pub async fn list_content_upgrades(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: ContentUpgradeFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<content_upgrades::Model>> {
    use content_upgrades::Column as C;
    let mut select = in_workspace::<content_upgrades::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if let Some(v) = filter.blog_post_id {
        select = select.filter(C::BlogPostId.eq(v));
    }
    if !filter.types.is_empty() {
        select = select.filter(C::UpgradeType.is_in(filter.types));
    }
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if let Some(text) = filter.title_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Title.ilike(contains_pattern(text)));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
