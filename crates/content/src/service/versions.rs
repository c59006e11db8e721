//! Versions of content texts. Every edit of an item's texts writes a version with the next
//! number (the item's first version, number 1, is written when it is created), the reason and
//! a snapshot of the item's metrics; restoring version N puts its texts back and writes a new
//! version whose reason is `restored version N`.
//!
//! Numbers are taken while the item's row is locked (every edit locks it first), so two
//! concurrent edits of one item get distinct numbers, and the unique key (workspace, type,
//! item, number) holds it in the database too. A version written for an AI worker's change is
//! by [`AI_ACTOR`] rather than the user, and the audit entry of the change names the model.
//! History is append-only for requests: the request role may not update it.

use platform::RequestContext;
use platform::audit::AuditAction;
use platform::audit::Provenance;
use platform::loader::ChildFilter;
use platform::tenancy::{TenantEntity, TenantRow, find, in_workspace};
use platform::write::{Edit, audit, snapshot};
use sea_orm::sea_query::{Condition, Expr, Func};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, IntoActiveModel, QueryFilter, QuerySelect, Set, TransactionTrait};
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::item::ContentRef;
use crate::entity::{ContentItemType, blog_posts, content_upgrades, content_versions, email_sequences, emails, social_posts};
use crate::error::{ContentError, Result};

/// Who wrote an AI worker's version: the seed's "AI identifier", the max UUID.
pub const AI_ACTOR: Uuid = Uuid::max();

platform::child_list! {
    /// An item's versions, oldest first.
    pub ItemVersions = content_versions::Entity, by EntityId, order [VersionNumber asc, Id asc], filter VersionsOf;
}

/// The item type a version list is of (ids are unique across the tables, the type is checked
/// all the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VersionsOf(pub ContentItemType);

impl ChildFilter<content_versions::Entity> for VersionsOf {
    fn condition(&self) -> Condition {
        Condition::all().add(content_versions::Column::EntityType.eq(self.0))
    }
}

/// Whose an item is: its business, or for an email its sequence's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Business(Uuid),
    Sequence(Uuid),
}

/// What a version records of an item.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub item: ContentRef,
    pub owner: Owner,
    /// The versioned texts, as a JSON object.
    pub texts: Value,
    /// The metrics at that moment.
    pub metrics: Option<Value>,
}

/// Writes the item's next version in `tx` (where its row is locked, or new).
pub async fn record_version(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    snapshot: Snapshot,
    reason: &str,
    provenance: Option<&Provenance>,
) -> Result<content_versions::Model> {
    use content_versions::Column as C;
    let last: Option<Option<i32>> = in_workspace::<content_versions::Entity>(ctx, workspace_id)
        .await?
        .filter(C::EntityType.eq(snapshot.item.item_type))
        .filter(C::EntityId.eq(snapshot.item.id))
        .select_only()
        .expr(Func::max(Expr::col(C::VersionNumber)))
        .into_tuple()
        .one(tx)
        .await?;
    let number = last.flatten().unwrap_or(0).saturating_add(1);
    let business_id = match snapshot.owner {
        Owner::Business(id) => id,
        Owner::Sequence(id) => in_workspace::<email_sequences::Entity>(ctx, workspace_id)
            .await?
            .filter(email_sequences::Column::Id.eq(id))
            .select_only()
            .column(email_sequences::Column::BusinessId)
            .into_tuple()
            .one(tx)
            .await?
            .ok_or(ContentError::not_found("sequenceId", "email sequence"))?,
    };
    let user_id = ctx.viewer()?.user_id;
    let reason: String = reason.trim().chars().take(1000).collect();
    let version = content_versions::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(user_id),
        business_id: Set(business_id),
        entity_type: Set(snapshot.item.item_type),
        entity_id: Set(snapshot.item.id),
        version_number: Set(number),
        content: Set(snapshot.texts.to_string()),
        reason: Set((!reason.is_empty()).then_some(reason)),
        performance_snapshot: Set(snapshot.metrics),
        created_by: Set(if provenance.is_some() { AI_ACTOR } else { user_id }),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(version)
}

/// A version by id; another tenant's is answered as missing.
pub async fn get_content_version(ctx: &RequestContext, id: Uuid) -> Result<content_versions::Model> {
    find::<content_versions::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "content version"))
}

/// A version's texts, as the JSON object they were stored as.
pub fn texts_of(version: &content_versions::Model) -> Result<Map<String, Value>> {
    match serde_json::from_str::<Value>(&version.content) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(ContentError::Api(platform::ApiError::Internal(format!("version {} holds no JSON object", version.id)))),
    }
}

/// A text field of a version's texts (`None` when absent or null).
pub fn text(texts: &Map<String, Value>, key: &str) -> Option<String> {
    texts.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A table whose rows have versioned texts.
pub trait Versioned: TenantEntity<Model: Serialize + IntoActiveModel<Self::ActiveModel>> {
    /// What a version of `row` records.
    fn snapshot(row: &Self::Model) -> Snapshot;
    /// Puts a version's texts on `model`, each validated as an edit's.
    fn apply_texts(model: &mut Self::ActiveModel, texts: &Map<String, Value>) -> Result<()>;
}

/// Inserts `row` into `workspace_id` (writer role or above) with its audit entry and its
/// first version, in one savepoint.
pub async fn create_versioned<E>(
    ctx: &RequestContext,
    workspace_id: Uuid,
    row: E::ActiveModel,
    provenance: Option<&Provenance>,
) -> Result<E::Model>
where
    E: Versioned,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    ctx.require_writer(workspace_id).await?;
    let tx = ctx.db().begin().await?;
    let created = row.insert(&tx).await?;
    audit::<E>(&tx, ctx, &created, AuditAction::Create, snapshot(&created), provenance).await?;
    record_version(ctx, &tx, workspace_id, E::snapshot(&created), "created", provenance).await?;
    tx.commit().await?;
    Ok(created)
}

/// Saves an edit: the row, a version when its texts changed (`reason`, or `edited`), and the
/// audit entry, in the edit's savepoint.
pub async fn save_versioned<E>(
    ctx: &RequestContext,
    mut edit: Edit<'_, E>,
    model: E::ActiveModel,
    reason: Option<&str>,
    provenance: Option<&Provenance>,
) -> Result<E::Model>
where
    E: Versioned,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let before = E::snapshot(edit.row());
    let after = edit.update(model).await?;
    let now = E::snapshot(&after);
    if now.texts != before.texts {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty()).unwrap_or("edited");
        record_version(ctx, edit.tx(), after.workspace_id(), now, reason, provenance).await?;
    }
    edit.commit(provenance).await?;
    Ok(after)
}

/// Puts version `id`'s texts back on its item, which writes a new version whose reason is
/// `restored version N`. Answers the new version.
pub async fn restore_content_version(ctx: &RequestContext, id: Uuid, provenance: Option<&Provenance>) -> Result<content_versions::Model> {
    let version = get_content_version(ctx, id).await?;
    let texts = texts_of(&version)?;
    let reason = format!("restored version {}", version.version_number);
    let item = version.entity_id;
    match version.entity_type {
        ContentItemType::SocialPost => restore::<social_posts::Entity>(ctx, item, &texts, &reason, provenance).await,
        ContentItemType::BlogPost => restore::<blog_posts::Entity>(ctx, item, &texts, &reason, provenance).await,
        ContentItemType::ContentUpgrade => restore::<content_upgrades::Entity>(ctx, item, &texts, &reason, provenance).await,
        ContentItemType::EmailSequence => restore::<email_sequences::Entity>(ctx, item, &texts, &reason, provenance).await,
        ContentItemType::Email => restore::<emails::Entity>(ctx, item, &texts, &reason, provenance).await,
    }
}

async fn restore<E>(
    ctx: &RequestContext,
    id: Uuid,
    texts: &Map<String, Value>,
    reason: &str,
    provenance: Option<&Provenance>,
) -> Result<content_versions::Model>
where
    E: Versioned,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    // The service deletes an item's versions with it: a version whose item is missing is one
    // the viewer may not change.
    let mut edit = Edit::<E>::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "content version"))?;
    let mut model = edit.edit();
    E::apply_texts(&mut model, texts)?;
    let after = edit.update(model).await?;
    let version = record_version(ctx, edit.tx(), after.workspace_id(), E::snapshot(&after), reason, provenance).await?;
    edit.commit(provenance).await?;
    Ok(version)
}
