//! Content bundles: a business's content for a period ("Q1 2024"). A bundle needs a name and
//! its period; its generation date is the day it is made unless given. Deleting a bundle
//! deletes its social posts, blog posts (with their content upgrades) and email sequences
//! (with their emails), as the seed's cascades say, and the versions, managed URLs and flow
//! links of all of them.

use chrono::Utc;
use platform::RequestContext;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::required_text;
use platform::write::{Edit, create};
use sea_orm::{ColumnTrait, DatabaseTransaction, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use super::businesses::check_business;
use super::item::{ContentOrder, ContentRef, forget_items, ordered_page};
use crate::entity::{
    ContentBundleStatus, ContentItemType, blog_posts, content_bundles, content_upgrades, email_sequences, emails, social_posts,
};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A business's bundles, oldest first.
    pub BusinessBundles = content_bundles::Entity, by BusinessId, order [CreatedAt asc, Id asc];
}

#[derive(Debug, Clone)]
pub struct NewBundle {
    pub business_id: Uuid,
    pub name: String,
    pub time_period: String,
    pub status: Option<ContentBundleStatus>,
    pub generation_date: Option<chrono::NaiveDate>,
}

/// Adds a bundle to a business.
pub async fn create_content_bundle(ctx: &RequestContext, workspace_id: Uuid, input: NewBundle) -> Result<content_bundles::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    let name = required_text(&input.name, "name", 200)?;
    let time_period = required_text(&input.time_period, "timePeriod", 100)?;
    let bundle = content_bundles::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        name: Set(name),
        time_period: Set(time_period),
        status: Set(input.status.unwrap_or(ContentBundleStatus::Draft)),
        generation_date: Set(input.generation_date.unwrap_or_else(|| Utc::now().date_naive()).into()),
        ..Default::default()
    };
    create::<content_bundles::Entity, _>(ctx, workspace_id, bundle, None).await
}

/// Changes to a bundle; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct BundleChanges {
    pub name: Option<String>,
    pub time_period: Option<String>,
    pub status: Option<ContentBundleStatus>,
    pub generation_date: Option<chrono::NaiveDate>,
}

pub async fn update_content_bundle(ctx: &RequestContext, id: Uuid, changes: BundleChanges) -> Result<content_bundles::Model> {
    let name = changes.name.map(|n| required_text(&n, "name", 200)).transpose()?;
    let time_period = changes.time_period.map(|t| required_text(&t, "timePeriod", 100)).transpose()?;
    let edit = bundle_for_write(ctx, id).await?;
    let mut model = edit.edit();
    if let Some(v) = name {
        model.name = Set(v);
    }
    if let Some(v) = time_period {
        model.time_period = Set(v);
    }
    if let Some(v) = changes.status {
        model.status = Set(v);
    }
    if let Some(v) = changes.generation_date {
        model.generation_date = Set(v.into());
    }
    edit.save(model).await
}

/// Deletes a bundle with its posts and sequences.
pub async fn delete_content_bundle(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = bundle_for_write(ctx, id).await?;
    let bundle = edit.row().clone();
    let doomed = bundle_items(ctx, edit.tx(), &bundle).await?;
    forget_items(ctx, edit.tx(), bundle.workspace_id, &doomed).await?;
    edit.remove().await?;
    edit.commit(None).await?;
    Ok(id)
}

/// Every item a bundle's deletion takes with it.
async fn bundle_items(ctx: &RequestContext, tx: &DatabaseTransaction, bundle: &content_bundles::Model) -> Result<Vec<ContentRef>> {
    let ws = bundle.workspace_id;
    let ids = |rows: Vec<Uuid>, t: ContentItemType| rows.into_iter().map(move |id| ContentRef::new(t, id));
    let social: Vec<Uuid> = in_workspace::<social_posts::Entity>(ctx, ws)
        .await?
        .filter(social_posts::Column::BundleId.eq(bundle.id))
        .select_only()
        .column(social_posts::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let blogs: Vec<Uuid> = in_workspace::<blog_posts::Entity>(ctx, ws)
        .await?
        .filter(blog_posts::Column::BundleId.eq(bundle.id))
        .select_only()
        .column(blog_posts::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let upgrades: Vec<Uuid> = in_workspace::<content_upgrades::Entity>(ctx, ws)
        .await?
        .filter(content_upgrades::Column::BlogPostId.is_in(blogs.iter().copied()))
        .select_only()
        .column(content_upgrades::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let sequences: Vec<Uuid> = in_workspace::<email_sequences::Entity>(ctx, ws)
        .await?
        .filter(email_sequences::Column::BundleId.eq(bundle.id))
        .select_only()
        .column(email_sequences::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let mails: Vec<Uuid> = in_workspace::<emails::Entity>(ctx, ws)
        .await?
        .filter(emails::Column::SequenceId.is_in(sequences.iter().copied()))
        .select_only()
        .column(emails::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let mut doomed: Vec<ContentRef> = ids(social, ContentItemType::SocialPost).collect();
    doomed.extend(ids(blogs, ContentItemType::BlogPost));
    doomed.extend(ids(upgrades, ContentItemType::ContentUpgrade));
    doomed.extend(ids(sequences, ContentItemType::EmailSequence));
    doomed.extend(ids(mails, ContentItemType::Email));
    Ok(doomed)
}

/// A bundle by id; another tenant's is answered as missing.
pub async fn get_content_bundle(ctx: &RequestContext, id: Uuid) -> Result<content_bundles::Model> {
    find::<content_bundles::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "content bundle"))
}

/// The bundle `bundle_id` of `workspace_id` and of `business_id`, read in `tx`, or NOT_FOUND on
/// `bundleId`.
pub async fn check_bundle(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    bundle_id: Uuid,
    business_id: Uuid,
) -> Result<()> {
    let select = in_workspace::<content_bundles::Entity>(ctx, workspace_id)
        .await?
        .filter(content_bundles::Column::Id.eq(bundle_id))
        .filter(content_bundles::Column::BusinessId.eq(business_id));
    match platform::rows::one(tx, select).await? {
        Some(_) => Ok(()),
        None => Err(ContentError::not_found("bundleId", "content bundle of that business")),
    }
}

async fn bundle_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, content_bundles::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "content bundle"))
}

/// Filters on the bundle list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct BundleFilter {
    pub business_id: Option<Uuid>,
    pub statuses: Vec<ContentBundleStatus>,
    /// A case-insensitive part of the name.
    pub name_contains: Option<String>,
}

/// A workspace's bundles, one keyset page at a time.
pub async fn list_content_bundles(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: BundleFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<content_bundles::Model>> {
    use content_bundles::Column as C;
    let mut select = in_workspace::<content_bundles::Entity>(ctx, workspace_id).await?;
    if let Some(business_id) = filter.business_id {
        select = select.filter(C::BusinessId.eq(business_id));
    }
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if let Some(text) = filter.name_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Name.ilike(contains_pattern(text)));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
