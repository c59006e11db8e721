//! What the four items of the content flow (social posts, blog posts, content upgrades, email
//! sequences) have in common: a row of any of them ([`FlowRow`], also the schema's
//! `ContentItem` union), read and locked by type and id within the viewer's workspaces, its
//! flow pointers set with an audit entry, and what goes when items are deleted.

use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{KeyedRow, TenantEntity, in_workspace, scoped};
use platform::text::optional_text;
use platform::write::{audit, snapshot};
use sea_orm::prelude::DateTimeWithTimeZone;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter, QuerySelect, Select, Set};
use uuid::Uuid;

use super::values::WebUrl;
use crate::entity::{
    ContentItemType, ConversionGoal, blog_posts, content_upgrades, content_versions, email_sequences, managed_urls, social_posts,
};
use crate::error::{ContentError, Result};

/// A content item by its type and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentRef {
    pub item_type: ContentItemType,
    pub id: Uuid,
}

impl ContentRef {
    pub fn new(item_type: ContentItemType, id: Uuid) -> Self {
        Self { item_type, id }
    }

    /// A reference from a pair of flow columns; `None` unless both are set.
    pub fn of(item_type: Option<ContentItemType>, id: Option<Uuid>) -> Option<Self> {
        Some(Self { item_type: item_type?, id: id? })
    }
}

/// A row of one of the content flow's four tables.
#[derive(Debug, Clone, PartialEq, async_graphql::Union)]
#[graphql(name = "ContentItem")]
pub enum FlowRow {
    SocialPost(social_posts::Model),
    BlogPost(blog_posts::Model),
    ContentUpgrade(content_upgrades::Model),
    EmailSequence(email_sequences::Model),
}

/// Runs `$body` on the row inside a [`FlowRow`], with `$variant` naming its variant and
/// `$entity` its table's entity.
macro_rules! each_flow_row {
    ($row:expr, |$m:ident, $variant:ident, $entity:ident| $body:expr) => {
        match $row {
            FlowRow::SocialPost($m) => {
                #[allow(unused_imports)]
                use FlowRow::SocialPost as $variant;
                #[allow(dead_code)]
                type $entity = crate::entity::social_posts::Entity;
                $body
            }
            FlowRow::BlogPost($m) => {
                #[allow(unused_imports)]
                use FlowRow::BlogPost as $variant;
                #[allow(dead_code)]
                type $entity = crate::entity::blog_posts::Entity;
                $body
            }
            FlowRow::ContentUpgrade($m) => {
                #[allow(unused_imports)]
                use FlowRow::ContentUpgrade as $variant;
                #[allow(dead_code)]
                type $entity = crate::entity::content_upgrades::Entity;
                $body
            }
            FlowRow::EmailSequence($m) => {
                #[allow(unused_imports)]
                use FlowRow::EmailSequence as $variant;
                #[allow(dead_code)]
                type $entity = crate::entity::email_sequences::Entity;
                $body
            }
        }
    };
}

impl FlowRow {
    pub fn item_type(&self) -> ContentItemType {
        match self {
            Self::SocialPost(_) => ContentItemType::SocialPost,
            Self::BlogPost(_) => ContentItemType::BlogPost,
            Self::ContentUpgrade(_) => ContentItemType::ContentUpgrade,
            Self::EmailSequence(_) => ContentItemType::EmailSequence,
        }
    }

    pub fn id(&self) -> Uuid {
        each_flow_row!(self, |m, _V, _E| m.id)
    }

    pub fn as_ref(&self) -> ContentRef {
        ContentRef::new(self.item_type(), self.id())
    }

    pub fn workspace_id(&self) -> Uuid {
        each_flow_row!(self, |m, _V, _E| m.workspace_id)
    }

    pub fn business_id(&self) -> Uuid {
        each_flow_row!(self, |m, _V, _E| m.business_id)
    }

    pub fn next(&self) -> Option<ContentRef> {
        each_flow_row!(self, |m, _V, _E| ContentRef::of(m.next_action_type, m.next_action_id))
    }

    pub fn previous(&self) -> Option<ContentRef> {
        each_flow_row!(self, |m, _V, _E| ContentRef::of(m.previous_action_type, m.previous_action_id))
    }

    /// Sets the row's next item (`None` clears it) in `tx`, with its audit entry.
    pub async fn set_next(&self, tx: &DatabaseTransaction, ctx: &RequestContext, next: Option<ContentRef>) -> Result<FlowRow> {
        each_flow_row!(self, |m, V, E| {
            let mut model = m.clone().into_active_model();
            model.next_action_type = Set(next.map(|r| r.item_type));
            model.next_action_id = Set(next.map(|r| r.id));
            let after = model.update(tx).await?;
            audit::<E>(tx, ctx, &after, AuditAction::Update, platform::audit::diff(&snapshot(m), &snapshot(&after)), None).await?;
            Ok(V(after))
        })
    }

    /// Sets the row's previous item (`None` clears it) in `tx`, with its audit entry.
    pub async fn set_previous(&self, tx: &DatabaseTransaction, ctx: &RequestContext, previous: Option<ContentRef>) -> Result<FlowRow> {
        each_flow_row!(self, |m, V, E| {
            let mut model = m.clone().into_active_model();
            model.previous_action_type = Set(previous.map(|r| r.item_type));
            model.previous_action_id = Set(previous.map(|r| r.id));
            let after = model.update(tx).await?;
            audit::<E>(tx, ctx, &after, AuditAction::Update, platform::audit::diff(&snapshot(m), &snapshot(&after)), None).await?;
            Ok(V(after))
        })
    }
}

/// A row of `E` in the viewer's workspaces, read in `tx` (locked for the rest of the request
/// with `lock`); `None` when it is missing or another tenant's.
pub(crate) async fn read<E: TenantEntity>(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    id: Uuid,
    lock: bool,
) -> Result<Option<E::Model>> {
    let mut select: Select<E> = scoped::<E>(ctx).await?.filter(E::id_column().eq(id));
    if lock {
        select = select.lock_exclusive();
    }
    Ok(platform::rows::one(tx, select).await?)
}

/// The flow item `r` in the viewer's workspaces, read in `tx`; `None` when it is missing,
/// another tenant's, or not of a flow type.
pub(crate) async fn read_item(ctx: &RequestContext, tx: &DatabaseTransaction, r: ContentRef, lock: bool) -> Result<Option<FlowRow>> {
    Ok(match r.item_type {
        ContentItemType::SocialPost => read::<social_posts::Entity>(ctx, tx, r.id, lock).await?.map(FlowRow::SocialPost),
        ContentItemType::BlogPost => read::<blog_posts::Entity>(ctx, tx, r.id, lock).await?.map(FlowRow::BlogPost),
        ContentItemType::ContentUpgrade => read::<content_upgrades::Entity>(ctx, tx, r.id, lock).await?.map(FlowRow::ContentUpgrade),
        ContentItemType::EmailSequence => read::<email_sequences::Entity>(ctx, tx, r.id, lock).await?.map(FlowRow::EmailSequence),
        ContentItemType::Email => None,
    })
}

/// The flow item `r` the viewer may change, read in `tx` and locked for the rest of the
/// request: `None` when it is missing or another tenant's, `FORBIDDEN` for a viewer (checked
/// before the lock: under row-level security a viewer's `FOR UPDATE` sees nothing).
pub async fn lock_item(ctx: &RequestContext, tx: &DatabaseTransaction, r: ContentRef) -> Result<Option<FlowRow>> {
    let Some(row) = read_item(ctx, tx, r, false).await? else { return Ok(None) };
    ctx.require_writer(row.workspace_id()).await?;
    read_item(ctx, tx, r, true).await
}

/// The flow item `r` in `workspace_id` (which the caller already writes to), read in `tx` and
/// locked; `None` when it is missing or in another workspace.
pub async fn lock_in_workspace(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    r: ContentRef,
    workspace_id: Uuid,
) -> Result<Option<FlowRow>> {
    Ok(read_item(ctx, tx, r, true).await?.filter(|row| row.workspace_id() == workspace_id))
}

/// Items about to be deleted: the flow pointers other items hold to them are cleared (with
/// their audit entries), and their versions and managed URLs are deleted, in `tx`. The
/// database cascades every foreign key; these references are polymorphic, so the service
/// follows them.
pub async fn forget_items(ctx: &RequestContext, tx: &DatabaseTransaction, workspace_id: Uuid, doomed: &[ContentRef]) -> Result<()> {
    if doomed.is_empty() {
        return Ok(());
    }
    let ids: Vec<Uuid> = doomed.iter().map(|r| r.id).collect();
    for neighbour in pointing_at(ctx, tx, workspace_id, &ids).await? {
        if doomed.contains(&neighbour.as_ref()) {
            continue;
        }
        if neighbour.next().is_some_and(|n| doomed.contains(&n)) {
            neighbour.set_next(tx, ctx, None).await?;
        }
        if neighbour.previous().is_some_and(|p| doomed.contains(&p)) {
            let fresh = lock_item(ctx, tx, neighbour.as_ref()).await?;
            if let Some(fresh) = fresh {
                fresh.set_previous(tx, ctx, None).await?;
            }
        }
    }
    content_versions::Entity::delete_many()
        .filter(content_versions::Column::WorkspaceId.eq(workspace_id))
        .filter(content_versions::Column::EntityId.is_in(ids.iter().copied()))
        .exec(tx)
        .await?;
    managed_urls::Entity::delete_many()
        .filter(managed_urls::Column::WorkspaceId.eq(workspace_id))
        .filter(managed_urls::Column::SourceId.is_in(ids.iter().copied()))
        .exec(tx)
        .await?;
    Ok(())
}

/// The flow items of a workspace whose next or previous item is one of `ids`, locked.
async fn pointing_at(ctx: &RequestContext, tx: &DatabaseTransaction, workspace_id: Uuid, ids: &[Uuid]) -> Result<Vec<FlowRow>> {
    macro_rules! of {
        ($table:ident, $variant:ident) => {{
            use crate::entity::$table::{Column, Entity};
            let select = in_workspace::<Entity>(ctx, workspace_id)
                .await?
                .filter(
                    sea_orm::Condition::any()
                        .add(Column::NextActionId.is_in(ids.iter().copied()))
                        .add(Column::PreviousActionId.is_in(ids.iter().copied())),
                )
                .lock_exclusive();
            platform::rows::all(tx, select).await?.into_iter().map(FlowRow::$variant).collect::<Vec<_>>()
        }};
    }
    let mut rows = of!(social_posts, SocialPost);
    rows.extend(of!(blog_posts, BlogPost));
    rows.extend(of!(content_upgrades, ContentUpgrade));
    rows.extend(of!(email_sequences, EmailSequence));
    Ok(rows)
}

/// The error for a flow item that is not there, at `field`.
pub fn item_not_found(field: &'static str, item_type: ContentItemType) -> ContentError {
    ContentError::not_found(field, what(item_type))
}

/// What an item of the type is called in messages.
pub fn what(item_type: ContentItemType) -> &'static str {
    match item_type {
        ContentItemType::SocialPost => "social post",
        ContentItemType::BlogPost => "blog post",
        ContentItemType::ContentUpgrade => "content upgrade",
        ContentItemType::EmailSequence => "email sequence",
        ContentItemType::Email => "email",
    }
}

/// How a list of content rows is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, async_graphql::Enum)]
pub enum ContentOrder {
    /// Newest first.
    #[default]
    CreatedAtDesc,
    /// Oldest first.
    CreatedAtAsc,
    /// Most recently changed first.
    UpdatedAtDesc,
}

/// A content table with `created_at` and `updated_at`, listed by [`ordered_page`].
pub trait Dated: TenantEntity {
    fn created_at() -> Self::Column;
    fn updated_at() -> Self::Column;
    fn dates(row: &Self::Model) -> (DateTimeWithTimeZone, DateTimeWithTimeZone);
}

macro_rules! dated {
    ($($table:ident),* $(,)?) => {
        $(
            impl Dated for crate::entity::$table::Entity {
                fn created_at() -> Self::Column {
                    crate::entity::$table::Column::CreatedAt
                }
                fn updated_at() -> Self::Column {
                    crate::entity::$table::Column::UpdatedAt
                }
                fn dates(row: &Self::Model) -> (DateTimeWithTimeZone, DateTimeWithTimeZone) {
                    (row.created_at, row.updated_at)
                }
            }
        )*
    };
}

dated!(businesses, content_bundles, social_posts, blog_posts, content_upgrades, email_sequences, esp_integrations);

/// One keyset page of `select` (already scoped and filtered) in `order`.
pub async fn ordered_page<E>(
    ctx: &RequestContext,
    select: Select<E>,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<E::Model>>
where
    E: Dated,
{
    let (sort, descending) = match order {
        ContentOrder::CreatedAtDesc => (E::created_at(), true),
        ContentOrder::CreatedAtAsc => (E::created_at(), false),
        ContentOrder::UpdatedAtDesc => (E::updated_at(), true),
    };
    let keyset = Keyset { sort, id: E::id_column(), descending };
    let key = move |row: &E::Model| {
        let (created, updated) = E::dates(row);
        (if order == ContentOrder::UpdatedAtDesc { updated } else { created }, row.id())
    };
    Ok(keyset_page(ctx.db(), select, keyset, args, key, with_total).await?)
}

/// The conversion goal of a new or changed item of type `item_type`: one of the type's set
/// (INVALID on `conversionGoal` otherwise), the type's default when none is given.
pub fn conversion_goal(item_type: ContentItemType, goal: Option<ConversionGoal>) -> Result<ConversionGoal> {
    let allowed = item_type.conversion_goals();
    match goal.or_else(|| item_type.default_conversion_goal()) {
        Some(goal) if allowed.contains(&goal) => Ok(goal),
        _ => Err(ContentError::InvalidConversionGoal {
            message: format!(
                "a {}'s conversion goal is one of {}",
                what(item_type),
                allowed.iter().map(sea_orm::ActiveEnum::to_value).collect::<Vec<_>>().join(", ")
            ),
        }),
    }
}

/// A call to action's text (up to 200 characters; blank is none).
pub fn cta_text(text: Option<&str>) -> Result<Option<String>> {
    Ok(optional_text(text, "ctaText", 200)?)
}

/// A call to action's link: `https://` or `http://` only (blank is none).
pub fn cta_url(url: Option<&str>) -> Result<Option<String>> {
    WebUrl::optional(url, "ctaUrl")
}
