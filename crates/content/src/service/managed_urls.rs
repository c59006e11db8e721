//! Managed URLs: the links content items use, counted and checked.
//!
//! - The effective link is the URL with its UTM parameters merged into its query
//!   ([`super::values::effective_link`]).
//! - `GET /r/{id}` ([`follow`]) counts one click per hit in one statement (`click_count + 1`,
//!   so N concurrent hits count N) and answers 302 to the effective link; an unknown id is 404;
//!   a link the checker found invalid answers 410 Gone, and the hit is still counted (someone
//!   followed it: the owner should know the broken link is used).
//! - A URL belongs to a business and appears in one of its items (the item must exist, in the
//!   same workspace and business); changing the URL forgets the last check.
//! - The link check ([`check_links`], a scheduled job) looks at the least recently checked
//!   links through a [`LinkChecker`] and records `last_checked_at` and `is_valid`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use platform::RequestContext;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::write::{Edit, create};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};
use serde_json::Value;
use uuid::Uuid;

use super::businesses::check_business;
use super::item::{ContentRef, item_not_found, read_item};
use super::values::{WebUrl, effective_link, utm_params};
use crate::entity::{ContentItemType, email_sequences, emails, managed_urls};
use crate::error::{ContentError, Result};

#[derive(Debug, Clone)]
pub struct NewManagedUrl {
    pub business_id: Uuid,
    pub source_type: ContentItemType,
    pub source_id: Uuid,
    pub url: String,
    pub utm_params: Option<Value>,
}

/// Adds a managed URL for an item of a business.
pub async fn create_managed_url(ctx: &RequestContext, workspace_id: Uuid, input: NewManagedUrl) -> Result<managed_urls::Model> {
    ctx.require_writer(workspace_id).await?;
    let url = WebUrl::parse(&input.url, "url")?;
    let utm = utm_params(input.utm_params)?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    check_source(ctx, workspace_id, input.business_id, ContentRef::new(input.source_type, input.source_id)).await?;
    let row = managed_urls::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        source_type: Set(input.source_type),
        source_id: Set(input.source_id),
        url: Set(url.into_string()),
        utm_params: Set(utm),
        click_count: Set(0),
        is_valid: Set(true),
        ..Default::default()
    };
    create::<managed_urls::Entity, _>(ctx, workspace_id, row, None).await
}

/// The item a URL appears in: in the workspace and of the business, or NOT_FOUND on `sourceId`.
async fn check_source(ctx: &RequestContext, workspace_id: Uuid, business_id: Uuid, source: ContentRef) -> Result<()> {
    let missing = || item_not_found("sourceId", source.item_type);
    let business = match source.item_type {
        ContentItemType::Email => {
            let email = find::<emails::Entity>(ctx, source.id).await?.filter(|e| e.workspace_id == workspace_id).ok_or_else(missing)?;
            find::<email_sequences::Entity>(ctx, email.sequence_id).await?.map(|s| s.business_id)
        }
        _ => read_item(ctx, ctx.db(), source, false).await?.filter(|r| r.workspace_id() == workspace_id).map(|r| r.business_id()),
    };
    if business == Some(business_id) { Ok(()) } else { Err(missing()) }
}

/// Changes to a managed URL; `None` leaves a field as it is, `Some(None)` clears the UTM
/// parameters.
#[derive(Debug, Clone, Default)]
pub struct ManagedUrlChanges {
    pub url: Option<String>,
    pub utm_params: Option<Option<Value>>,
}

pub async fn update_managed_url(ctx: &RequestContext, id: Uuid, changes: ManagedUrlChanges) -> Result<managed_urls::Model> {
    let url = changes.url.map(|u| WebUrl::parse(&u, "url")).transpose()?;
    let utm = changes.utm_params.map(utm_params).transpose()?;
    let edit = Edit::<managed_urls::Entity>::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "managed URL"))?;
    let mut model = edit.edit();
    if let Some(url) = url
        && url.as_str() != edit.row().url
    {
        model.url = Set(url.into_string());
        model.is_valid = Set(true);
        model.last_checked_at = Set(None);
    }
    if let Some(utm) = utm {
        model.utm_params = Set(utm);
    }
    edit.save(model).await
}

pub async fn delete_managed_url(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    Edit::<managed_urls::Entity>::begin(ctx, id)
        .await?
        .ok_or(ContentError::not_found("id", "managed URL"))?
        .delete::<ContentError>()
        .await?;
    Ok(id)
}

/// A managed URL by id; another tenant's is answered as missing.
pub async fn get_managed_url(ctx: &RequestContext, id: Uuid) -> Result<managed_urls::Model> {
    find::<managed_urls::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "managed URL"))
}

/// How the managed URL list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, async_graphql::Enum)]
pub enum ManagedUrlOrder {
    /// Newest first.
    #[default]
    CreatedAtDesc,
    /// Oldest first.
    CreatedAtAsc,
    /// Most followed first.
    ClickCountDesc,
}

/// Filters on the managed URL list; `None` matches everything.
#[derive(Debug, Clone, Default)]
pub struct ManagedUrlFilter {
    pub business_id: Option<Uuid>,
    pub source_type: Option<ContentItemType>,
    pub source_id: Option<Uuid>,
    pub is_valid: Option<bool>,
}

/// A workspace's managed URLs, one keyset page at a time.
pub async fn list_managed_urls(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: ManagedUrlFilter,
    order: ManagedUrlOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<managed_urls::Model>> {
    use managed_urls::Column as C;
    let mut select = in_workspace::<managed_urls::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if let Some(v) = filter.source_type {
        select = select.filter(C::SourceType.eq(v));
    }
    if let Some(v) = filter.source_id {
        select = select.filter(C::SourceId.eq(v));
    }
    if let Some(v) = filter.is_valid {
        select = select.filter(C::IsValid.eq(v));
    }
    let db = ctx.db();
    Ok(match order {
        ManagedUrlOrder::CreatedAtDesc | ManagedUrlOrder::CreatedAtAsc => {
            let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: order == ManagedUrlOrder::CreatedAtDesc };
            keyset_page(db, select, keyset, args, |u| (u.created_at, u.id), with_total).await?
        }
        ManagedUrlOrder::ClickCountDesc => {
            let keyset = Keyset { sort: C::ClickCount, id: C::Id, descending: true };
            keyset_page(db, select, keyset, args, |u| (u.click_count, u.id), with_total).await?
        }
    })
}

/// What `GET /r/{id}` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Follow {
    /// 302 to the effective link (the click was counted).
    Redirect(String),
    /// 410: the last check found the link invalid (the click was counted).
    Gone,
    /// 404: no such managed URL.
    Missing,
}

/// Counts a click on managed URL `id` and says where it goes, in one statement on `db` (the
/// worker's pool: the link is public).
pub async fn follow(db: &DatabaseConnection, id: Uuid) -> Result<Follow> {
    let tx = platform::db::begin_worker(db).await?;
    let row = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "UPDATE managed_urls SET click_count = click_count + 1 WHERE id = $1 RETURNING url, utm_params, is_valid",
            [id.into()],
        ))
        .await?;
    tx.commit().await?;
    let Some(row) = row else { return Ok(Follow::Missing) };
    let url: String = row.try_get_by_index(0)?;
    let utm: Option<Value> = row.try_get_by_index(1)?;
    let valid: bool = row.try_get_by_index(2)?;
    Ok(if valid { Follow::Redirect(effective_link(&url, utm.as_ref())) } else { Follow::Gone })
}

/// Looks at a link and says whether it answers.
#[async_trait]
pub trait LinkChecker: Send + Sync {
    async fn is_valid(&self, link: &str) -> bool;
}

/// The server's checker: a link is valid when its host resolves (a DNS look-up, no request to
/// the site). Another checker (an HTTP HEAD, say) plugs in through [`LinkChecker`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DnsLinkChecker;

#[async_trait]
impl LinkChecker for DnsLinkChecker {
    async fn is_valid(&self, link: &str) -> bool {
        let Ok(parsed) = url::Url::parse(link) else { return false };
        let (Some(host), Some(port)) = (parsed.host_str(), parsed.port_or_known_default()) else { return false };
        let lookup = tokio::net::lookup_host((host.to_owned(), port));
        match tokio::time::timeout(std::time::Duration::from_secs(5), lookup).await {
            Ok(Ok(mut addrs)) => addrs.next().is_some(),
            _ => false,
        }
    }
}

/// What one link check did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkCheckReport {
    pub checked: usize,
    pub invalid: usize,
}

/// Checks the `batch` least recently checked links of every workspace (as the worker, in
/// `tx`), recording `last_checked_at = now` and `is_valid`. Rows another run is checking are
/// skipped.
pub async fn check_links(tx: &DatabaseTransaction, checker: &dyn LinkChecker, now: DateTime<Utc>, batch: u64) -> Result<LinkCheckReport> {
    use managed_urls::Column as C;
    let select = managed_urls::Entity::find()
        .order_by_with_nulls(C::LastCheckedAt, sea_orm::Order::Asc, sea_orm::sea_query::NullOrdering::First)
        .order_by_asc(C::Id)
        .limit(batch)
        .lock_with_behavior(sea_orm::sea_query::LockType::Update, sea_orm::sea_query::LockBehavior::SkipLocked);
    let rows = platform::rows::all(tx, select).await?;
    let mut report = LinkCheckReport::default();
    for row in rows {
        let valid = checker.is_valid(&effective_link(&row.url, row.utm_params.as_ref())).await;
        let mut model = row.into_active_model();
        model.is_valid = Set(valid);
        model.last_checked_at = Set(Some(now.fixed_offset()));
        model.update(tx).await?;
        report.checked += 1;
        report.invalid += usize::from(!valid);
    }
    Ok(report)
}
