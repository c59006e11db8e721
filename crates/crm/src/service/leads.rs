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
use platform::days::local_date;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::{optional_text, required_text};
use platform::write::{Edit, create};
use sea_orm::{ActiveEnum, ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use super::values::LeadUrl;
use crate::entity::LeadStatus;
use crate::entity::leads;
use crate::error::{CrmError, Result};

/// A lead by id; another tenant's is answered as missing.
pub async fn get_lead(ctx: &RequestContext, id: Uuid) -> Result<leads::Model> {
    find::<leads::Entity>(ctx, id).await?.ok_or(CrmError::LeadNotFound { field: "id" })
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
    let name = required_text(&input.name, "name", 200)?;
    let url = LeadUrl::parse(&input.url)?;
    let notes = optional_text(input.notes.as_deref(), "notes", 10_000)?;
    let lead = leads::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        name: Set(name),
        url: Set(url.into_string()),
        notes: Set(notes),
        status: Set(LeadStatus::Active),
        snooze_until: Set(None),
        ..Default::default()
    };
    create::<leads::Entity, _>(ctx, workspace_id, lead, None).await
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
    let edit = lead_for_write(ctx, id).await?;
    let mut model = edit.edit();
    if let Some(v) = name {
        model.name = Set(v);
    }
    if let Some(v) = url {
        model.url = Set(v.into_string());
    }
    if let Some(v) = notes {
        model.notes = Set(v);
    }
    edit.save(model).await
}

/// Snoozes a lead until `until` (a day after today in the owner's time zone).
pub async fn snooze_lead(ctx: &RequestContext, id: Uuid, until: NaiveDate) -> Result<leads::Model> {
    let edit = lead_for_write(ctx, id).await?;
    let current = edit.row();
    if current.status == LeadStatus::Archived {
        return Err(refused(current.status, LeadStatus::Snoozed));
    }
    let today = local_date(ctx.directory().time_zone(edit.tx(), current.user_id).await?, Utc::now());
    if until <= today {
        return Err(CrmError::SnoozeDateNotInFuture);
    }
    let mut model = edit.edit();
    model.status = Set(LeadStatus::Snoozed);
    model.snooze_until = Set(Some(until.into()));
    edit.save(model).await
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
    let edit = lead_for_write(ctx, id).await?;
    if !allowed_from.contains(&edit.row().status) {
        return Err(refused(edit.row().status, to));
    }
    let mut model = edit.edit();
    model.status = Set(to);
    model.snooze_until = Set(None);
    edit.save(model).await
}

fn refused(from: LeadStatus, to: LeadStatus) -> CrmError {
    CrmError::InvalidState { field: "status", message: format!("a {} lead cannot become {}", from.to_value(), to.to_value()) }
}

/// The lead the viewer may change, locked (see [`Edit::begin`]).
async fn lead_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, leads::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(CrmError::LeadNotFound { field: "id" })
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
    let mut select = in_workspace::<leads::Entity>(ctx, workspace_id).await?;
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
            keyset_page(db, select, keyset, args, |l| (l.created_at, l.id), with_total).await?
        }
        LeadOrder::UpdatedAtDesc => {
            let keyset = Keyset { sort: C::UpdatedAt, id: C::Id, descending: true };
            keyset_page(db, select, keyset, args, |l| (l.updated_at, l.id), with_total).await?
        }
        LeadOrder::NameAsc => {
            let keyset = Keyset { sort: C::Name, id: C::Id, descending: false };
            keyset_page(db, select, keyset, args, |l| (l.name.clone(), l.id), with_total).await?
        }
    };
    Ok(page)
}
