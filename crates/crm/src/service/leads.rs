//! Leads: the people the user works. A lead is ACTIVE, SNOOZED until a date (the maintenance
//! worker brings it back on that date), or ARCHIVED (kept, restorable).
//!
//! | from \ to | ACTIVE            | SNOOZED                 | ARCHIVED        |
//! |-----------|-------------------|-------------------------|-----------------|
//! | ACTIVE    | –                 | `snooze_lead`           | `archive_lead`  |
//! | SNOOZED   | `unsnooze_lead`   | `snooze_lead` (new day) | `archive_lead`  |
//! | ARCHIVED  | `restore_lead`    | refused                 | refused         |
//!
//! Actions about a snoozed or archived lead stay as they are, but daily plans leave them out.

use chrono::{NaiveDate, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page_by_position};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, Select, Set,
    TransactionTrait,
};
use uuid::Uuid;

use super::common::{audit, contains_pattern, local_date, row_for_write, snapshot, user_timezone};
use super::values::{LeadUrl, optional_text, required_text};
use crate::entity::LeadStatus;
use crate::entity::leads;
use crate::error::{CrmError, Result};

const ENTITY: &str = "lead";

/// The leads of the workspaces the viewer belongs to, as a query to narrow further.
pub async fn find_in_workspaces(ctx: &RequestContext) -> Result<Select<leads::Entity>> {
    let ids = ctx.workspace_ids().await?;
    Ok(leads::Entity::find().filter(leads::Column::WorkspaceId.is_in(ids)))
}

/// A lead by id; another tenant's is answered as missing.
pub async fn get_lead(ctx: &RequestContext, id: Uuid) -> Result<leads::Model> {
    find_in_workspaces(ctx).await?.filter(leads::Column::Id.eq(id)).one(ctx.db()).await?.ok_or(CrmError::LeadNotFound { field: "id" })
}

/// Leads by id in `workspace_ids` (the viewer's): the loaders' batch query.
pub async fn by_ids<C: ConnectionTrait>(db: &C, workspace_ids: &[Uuid], ids: &[Uuid]) -> Result<Vec<leads::Model>> {
    let select = leads::Entity::find()
        .filter(leads::Column::WorkspaceId.is_in(workspace_ids.iter().copied()))
        .filter(leads::Column::Id.is_in(ids.iter().copied()));
    Ok(platform::rows::all(db, select).await?)
}

#[derive(Debug, Clone, Default)]
pub struct NewLead {
    pub name: String,
    pub url: String,
    pub notes: Option<String>,
}

/// Adds a lead owned by the viewer.
pub async fn create_lead(ctx: &RequestContext, workspace_id: Uuid, input: NewLead) -> Result<leads::Model> {
    ctx.require_writer(workspace_id).await?;
    let viewer = ctx.viewer()?;
    let name = required_text(&input.name, "name", 200)?;
    let url = LeadUrl::parse(&input.url)?;
    let notes = optional_text(input.notes.as_deref(), "notes", 10_000)?;
    let tx = ctx.db().begin().await?;
    let lead = leads::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(viewer.user_id),
        name: Set(name),
        url: Set(url.into_string()),
        notes: Set(notes),
        status: Set(LeadStatus::Active),
        snooze_until: Set(None),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    audit(&tx, ctx, workspace_id, ENTITY, lead.id, AuditAction::Create, snapshot(&lead)).await?;
    tx.commit().await?;
    Ok(lead)
}

/// Changes to a lead; `None` leaves a field as it is, `Some(None)` clears the notes.
#[derive(Debug, Clone, Default)]
pub struct LeadChanges {
    pub name: Option<String>,
    pub url: Option<String>,
    pub notes: Option<Option<String>>,
}

pub async fn update_lead(ctx: &RequestContext, id: Uuid, changes: LeadChanges) -> Result<leads::Model> {
    let name = changes.name.as_deref().map(|n| required_text(n, "name", 200)).transpose()?;
    let url = changes.url.as_deref().map(LeadUrl::parse).transpose()?;
    let notes = changes.notes.map(|n| optional_text(n.as_deref(), "notes", 10_000)).transpose()?;
    let tx = ctx.db().begin().await?;
    let current = lead_for_write(ctx, &tx, id).await?;
    let mut model: leads::ActiveModel = current.clone().into();
    if let Some(v) = name {
        model.name = Set(v);
    }
    if let Some(v) = url {
        model.url = Set(v.into_string());
    }
    if let Some(v) = notes {
        model.notes = Set(v);
    }
    save(ctx, tx, current, model).await
}

/// Snoozes a lead until `until` (a day after today in the owner's time zone).
pub async fn snooze_lead(ctx: &RequestContext, id: Uuid, until: NaiveDate) -> Result<leads::Model> {
    let tx = ctx.db().begin().await?;
    let current = lead_for_write(ctx, &tx, id).await?;
    if current.status == LeadStatus::Archived {
        return Err(refused(current.status, LeadStatus::Snoozed));
    }
    let today = local_date(user_timezone(&tx, current.user_id).await?, Utc::now());
    if until <= today {
        return Err(CrmError::SnoozeDateNotInFuture);
    }
    let mut model: leads::ActiveModel = current.clone().into();
    model.status = Set(LeadStatus::Snoozed);
    model.snooze_until = Set(Some(until));
    save(ctx, tx, current, model).await
}

/// Brings a snoozed lead back before its date.
pub async fn unsnooze_lead(ctx: &RequestContext, id: Uuid) -> Result<leads::Model> {
    move_to(ctx, id, LeadStatus::Active, &[LeadStatus::Snoozed]).await
}

/// Archives a lead (kept, restorable).
pub async fn archive_lead(ctx: &RequestContext, id: Uuid) -> Result<leads::Model> {
    move_to(ctx, id, LeadStatus::Archived, &[LeadStatus::Active, LeadStatus::Snoozed]).await
}

/// Brings an archived lead back as ACTIVE.
pub async fn restore_lead(ctx: &RequestContext, id: Uuid) -> Result<leads::Model> {
    move_to(ctx, id, LeadStatus::Active, &[LeadStatus::Archived]).await
}

async fn move_to(ctx: &RequestContext, id: Uuid, to: LeadStatus, allowed_from: &[LeadStatus]) -> Result<leads::Model> {
    let tx = ctx.db().begin().await?;
    let current = lead_for_write(ctx, &tx, id).await?;
    if !allowed_from.contains(&current.status) {
        return Err(refused(current.status, to));
    }
    let mut model: leads::ActiveModel = current.clone().into();
    model.status = Set(to);
    model.snooze_until = Set(None);
    save(ctx, tx, current, model).await
}

fn refused(from: LeadStatus, to: LeadStatus) -> CrmError {
    CrmError::InvalidState { field: "status", message: format!("a {} lead cannot become {}", from.to_value(), to.to_value()) }
}

/// Reads a row the viewer may change, locked (see [`row_for_write`]).
async fn lead_for_write(ctx: &RequestContext, tx: &DatabaseTransaction, id: Uuid) -> Result<leads::Model> {
    row_for_write::<leads::Entity>(ctx, tx, leads::Column::Id, leads::Column::WorkspaceId, id, || CrmError::LeadNotFound { field: "id" })
        .await
}

async fn save(ctx: &RequestContext, tx: DatabaseTransaction, before: leads::Model, model: leads::ActiveModel) -> Result<leads::Model> {
    let after = model.update(&tx).await?;
    audit(
        &tx,
        ctx,
        after.workspace_id,
        ENTITY,
        after.id,
        AuditAction::Update,
        platform::audit::diff(&snapshot(&before), &snapshot(&after)),
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Filters on the lead list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct LeadFilter {
    pub statuses: Vec<LeadStatus>,
    /// Only this user's leads.
    pub user_id: Option<Uuid>,
    /// A case-insensitive substring of the name.
    pub name_contains: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LeadOrder {
    #[default]
    CreatedAtDesc,
    CreatedAtAsc,
    UpdatedAtDesc,
    NameAsc,
}

/// A workspace's leads, one keyset page at a time.
pub async fn list_leads(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: LeadFilter,
    order: LeadOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<leads::Model>> {
    ctx.role_in(workspace_id).await?;
    let mut select = leads::Entity::find().filter(leads::Column::WorkspaceId.eq(workspace_id));
    if !filter.statuses.is_empty() {
        select = select.filter(leads::Column::Status.is_in(filter.statuses));
    }
    if let Some(user_id) = filter.user_id {
        select = select.filter(leads::Column::UserId.eq(user_id));
    }
    if let Some(text) = filter.name_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(leads::Column::Name.ilike(contains_pattern(text)));
    }
    let db = ctx.db();
    use leads::Column as C;
    let page = match order {
        LeadOrder::CreatedAtDesc | LeadOrder::CreatedAtAsc => {
            let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: order == LeadOrder::CreatedAtDesc };
            keyset_page_by_position(db, select, keyset, args, |l| (l.created_at, l.id), with_total).await?
        }
        LeadOrder::UpdatedAtDesc => {
            let keyset = Keyset { sort: C::UpdatedAt, id: C::Id, descending: true };
            keyset_page_by_position(db, select, keyset, args, |l| (l.updated_at, l.id), with_total).await?
        }
        LeadOrder::NameAsc => {
            let keyset = Keyset { sort: C::Name, id: C::Id, descending: false };
            keyset_page_by_position(db, select, keyset, args, |l| (l.name.clone(), l.id), with_total).await?
        }
    };
    Ok(page)
}
