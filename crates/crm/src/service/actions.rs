//! Actions: the moves the user makes, each due on a day, with a state.
//!
//! Valid state transitions (anything else, including staying put, is refused with
//! `CrmError::InvalidState`):
//!
//! | from \ to | NEW | SENT | REPLIED | SNOOZED | DONE | ARCHIVED |
//! |-----------|-----|------|---------|---------|------|----------|
//! | NEW       |  –  |  ✓   |         |    ✓    |  ✓   |    ✓     |
//! | SENT      |     |  –   |    ✓    |    ✓    |  ✓   |    ✓     |
//! | REPLIED   |     |      |    –    |         |  ✓   |    ✓     |
//! | SNOOZED   |  ✓  |      |         |   ✓ ¹   |  ✓   |    ✓     |
//! | DONE      | ✓ ² |      |         |         |  –   |    ✓     |
//! | ARCHIVED  | ✓ ³ |      |         |         |      |    –     |
//!
//! ¹ moves the snooze to another day. ² reopens an action marked done by mistake.
//! ³ restores an archived action.
//!
//! What a transition does besides the state:
//! - SNOOZED needs `snooze_until`, a day after today in the owner's time zone; leaving SNOOZED
//!   clears it (the maintenance worker moves SNOOZED back to NEW on that day).
//! - REPLIED sets `completed_at` and `replied_at` to now; DONE sets `completed_at` to now unless
//!   the action was already completed by a reply; NEW clears both; ARCHIVED keeps them.
//! - Entering or leaving DONE or REPLIED recomputes the owner's streak (see [`super::stats`]).
//!
//! An action cannot be due before the day it was created, in its owner's time zone.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::plain::SqlSelection;
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait, Query};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QueryTrait,
    Select, Set, TransactionTrait,
};
use uuid::Uuid;

use super::common::{audit, contains_pattern, local_date, row_for_write, snapshot, user_timezone};
use super::stats::recompute_streak;
use super::values::{NestedLimit, optional_text};
use crate::entity::{ActionState, ActionType, actions, leads};
use crate::error::{CrmError, Result};

const ENTITY: &str = "action";

/// Whether an action may move from `from` to `to` (the table above).
pub fn transition_allowed(from: ActionState, to: ActionState) -> bool {
    use ActionState::*;
    matches!(
        (from, to),
        (New, Sent | Snoozed | Done | Archived)
            | (Sent, Replied | Snoozed | Done | Archived)
            | (Replied, Done | Archived)
            | (Snoozed, New | Snoozed | Done | Archived)
            | (Done, New | Archived)
            | (Archived, New)
    )
}

/// The actions of the workspaces the viewer belongs to, as a query to narrow further.
pub async fn find_in_workspaces(ctx: &RequestContext) -> Result<Select<actions::Entity>> {
    let ids = ctx.workspace_ids().await?;
    Ok(actions::Entity::find().filter(actions::Column::WorkspaceId.is_in(ids)))
}

/// An action by id; another tenant's is answered as missing.
pub async fn get_action(ctx: &RequestContext, id: Uuid) -> Result<actions::Model> {
    find_in_workspaces(ctx).await?.filter(actions::Column::Id.eq(id)).one(ctx.db()).await?.ok_or(CrmError::ActionNotFound { field: "id" })
}

/// Actions by id in `workspace_ids` (the viewer's): the loaders' batch query.
pub async fn by_ids<C: ConnectionTrait>(db: &C, workspace_ids: &[Uuid], ids: &[Uuid]) -> Result<Vec<actions::Model>> {
    Ok(actions::Entity::find()
        .filter(actions::Column::WorkspaceId.is_in(workspace_ids.iter().copied()))
        .filter(actions::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// The first `first` actions of each lead in `lead_ids` (oldest first: by `created_at`, then
/// id), only those in `states` unless it is empty, within `workspace_ids`. One statement for
/// any number of leads: `row_number()` over each lead's actions keeps the first `first`.
/// The result is sorted by lead, then oldest first.
pub async fn first_actions_of_leads<C: ConnectionTrait>(
    db: &C,
    workspace_ids: &[Uuid],
    lead_ids: &[Uuid],
    first: NestedLimit,
    states: &[ActionState],
) -> Result<Vec<actions::Model>> {
    if lead_ids.is_empty() || first.get() == 0 {
        return Ok(Vec::new());
    }
    use actions::Column as C;
    // The rows themselves come out of the ranked subquery, named like the table so that the
    // entity's own select (with its enum casts) reads them.
    let mut ranked = Query::select()
        .column((actions::Entity, Asterisk))
        .expr_as(Expr::cust("row_number() OVER (PARTITION BY person_id ORDER BY created_at, id)"), "rn")
        .from(actions::Entity)
        .and_where(C::WorkspaceId.is_in(workspace_ids.iter().copied()))
        .and_where(C::PersonId.is_in(lead_ids.iter().copied()))
        .to_owned();
    if !states.is_empty() {
        ranked.and_where(C::State.is_in(states.iter().copied()));
    }
    let mut select = actions::Entity::find();
    QueryTrait::query(&mut select).from_clear().from_subquery(ranked, actions::Entity);
    let select = select.filter(Expr::col("rn").lte(first.get())).order_by_asc(C::PersonId).order_by_asc(C::CreatedAt).order_by_asc(C::Id);
    Ok(platform::rows::all(db, select).await?)
}

/// [`first_actions_of_leads`] written by Postgres: each lead's list as JSON text, one object
/// per action with the fields of `selection` (see `platform::plain`). Leads without actions
/// are absent from the map.
pub async fn first_actions_of_leads_as_json<C: ConnectionTrait>(
    db: &C,
    workspace_ids: &[Uuid],
    lead_ids: &[Uuid],
    first: NestedLimit,
    states: &[ActionState],
    selection: &SqlSelection,
) -> Result<HashMap<Uuid, String>> {
    if lead_ids.is_empty() || first.get() == 0 {
        return Ok(HashMap::new());
    }
    use actions::Column as C;
    let mut ranked = Query::select()
        .column((actions::Entity, Asterisk))
        .expr_as(Expr::cust("row_number() OVER (PARTITION BY person_id ORDER BY created_at, id)"), "rn")
        .from(actions::Entity)
        .and_where(C::WorkspaceId.is_in(workspace_ids.iter().copied()))
        .and_where(C::PersonId.is_in(lead_ids.iter().copied()))
        .to_owned();
    if !states.is_empty() {
        ranked.and_where(C::State.is_in(states.iter().copied()));
    }
    let row = "a";
    let list = format!("'[' || string_agg({}, ',' ORDER BY a.created_at, a.id) || ']'", selection.json_object());
    let query = Query::select()
        .column((row, C::PersonId))
        .expr_as(Expr::cust(list), "items")
        .from_subquery(ranked, row)
        .and_where(Expr::col((row, "rn")).lte(first.get()))
        .group_by_col((row, C::PersonId))
        .to_owned();
    let rows = db.query_all_raw(db.get_database_backend().build(&query)).await?;
    let mut lists = HashMap::with_capacity(rows.len());
    for row in rows {
        let lead_id: Uuid = row.try_get_by_index(0)?;
        let items: String = row.try_get_by_index(1)?;
        lists.insert(lead_id, items);
    }
    Ok(lists)
}

#[derive(Debug, Clone)]
pub struct NewAction {
    pub action_type: ActionType,
    /// The lead the action is about, in the same workspace.
    pub person_id: Option<Uuid>,
    pub description: Option<String>,
    pub due_date: NaiveDate,
    pub notes: Option<String>,
    /// Made by the system (a plan, a follow-up rule) rather than typed by the user.
    pub auto_created: bool,
}

/// Adds an action owned by the viewer.
pub async fn create_action(ctx: &RequestContext, workspace_id: Uuid, input: NewAction) -> Result<actions::Model> {
    ctx.require_writer(workspace_id).await?;
    let viewer = ctx.viewer()?;
    let description = optional_text(input.description.as_deref(), "description", 2000)?;
    let notes = optional_text(input.notes.as_deref(), "notes", 10_000)?;
    let tx = ctx.db().begin().await?;
    let today = local_date(user_timezone(&tx, viewer.user_id).await?, Utc::now());
    if input.due_date < today {
        return Err(CrmError::DueDateBeforeCreation);
    }
    if let Some(person_id) = input.person_id {
        check_lead(&tx, workspace_id, person_id).await?;
    }
    let action = actions::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(viewer.user_id),
        person_id: Set(input.person_id),
        action_type: Set(input.action_type),
        state: Set(ActionState::New),
        description: Set(description),
        due_date: Set(input.due_date),
        notes: Set(notes),
        auto_created: Set(input.auto_created),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    audit(&tx, ctx, workspace_id, ENTITY, action.id, AuditAction::Create, snapshot(&action)).await?;
    tx.commit().await?;
    Ok(action)
}

/// Changes to an action; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct ActionChanges {
    pub action_type: Option<ActionType>,
    pub person_id: Option<Option<Uuid>>,
    pub description: Option<Option<String>>,
    pub due_date: Option<NaiveDate>,
    pub notes: Option<Option<String>>,
}

pub async fn update_action(ctx: &RequestContext, id: Uuid, changes: ActionChanges) -> Result<actions::Model> {
    let description = changes.description.map(|d| optional_text(d.as_deref(), "description", 2000)).transpose()?;
    let notes = changes.notes.map(|n| optional_text(n.as_deref(), "notes", 10_000)).transpose()?;
    let tx = ctx.db().begin().await?;
    let current = action_for_write(ctx, &tx, id).await?;
    let mut model: actions::ActiveModel = current.clone().into();
    if let Some(v) = changes.action_type {
        model.action_type = Set(v);
    }
    if let Some(person) = changes.person_id {
        if let Some(person_id) = person {
            check_lead(&tx, current.workspace_id, person_id).await?;
        }
        model.person_id = Set(person);
    }
    if let Some(v) = description {
        model.description = Set(v);
    }
    if let Some(due) = changes.due_date {
        let created_on = local_date(user_timezone(&tx, current.user_id).await?, current.created_at.with_timezone(&Utc));
        if due < created_on {
            return Err(CrmError::DueDateBeforeCreation);
        }
        model.due_date = Set(due);
    }
    if let Some(v) = notes {
        model.notes = Set(v);
    }
    let after = model.update(&tx).await?;
    audit(
        &tx,
        ctx,
        after.workspace_id,
        ENTITY,
        after.id,
        AuditAction::Update,
        platform::audit::diff(&snapshot(&current), &snapshot(&after)),
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Moves an action to `to` now; `snooze_until` is read only when `to` is SNOOZED.
pub async fn set_action_state(ctx: &RequestContext, id: Uuid, to: ActionState, snooze_until: Option<NaiveDate>) -> Result<actions::Model> {
    set_action_state_at(ctx, id, to, snooze_until, Utc::now()).await
}

/// [`set_action_state`] as of `now`: completion times, snooze checks and the streak use it.
/// For imports and tests; requests use [`set_action_state`].
pub async fn set_action_state_at(
    ctx: &RequestContext,
    id: Uuid,
    to: ActionState,
    snooze_until: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<actions::Model> {
    let tx = ctx.db().begin().await?;
    let current = action_for_write(ctx, &tx, id).await?;
    let from = current.state;
    if !transition_allowed(from, to) {
        return Err(CrmError::InvalidState {
            field: "state",
            message: format!("an action cannot go from {} to {}", from.to_value(), to.to_value()),
        });
    }
    let mut model: actions::ActiveModel = current.clone().into();
    model.state = Set(to);
    model.snooze_until = Set(None);
    match to {
        ActionState::Snoozed => {
            let until = snooze_until.ok_or(CrmError::SnoozeDateRequired)?;
            let today = local_date(user_timezone(&tx, current.user_id).await?, now);
            if until <= today {
                return Err(CrmError::SnoozeDateNotInFuture);
            }
            model.snooze_until = Set(Some(until));
        }
        ActionState::Replied => {
            model.completed_at = Set(Some(now.fixed_offset()));
            model.replied_at = Set(Some(now.fixed_offset()));
        }
        ActionState::Done => {
            model.completed_at = Set(Some(current.completed_at.unwrap_or_else(|| now.fixed_offset())));
        }
        ActionState::New => {
            model.completed_at = Set(None);
            model.replied_at = Set(None);
        }
        ActionState::Sent | ActionState::Archived => {}
    }
    let after = model.update(&tx).await?;
    if from.is_completed() || to.is_completed() {
        recompute_streak(&tx, after.workspace_id, after.user_id, now).await?;
    }
    audit(
        &tx,
        ctx,
        after.workspace_id,
        ENTITY,
        after.id,
        AuditAction::Update,
        platform::audit::diff(&snapshot(&current), &snapshot(&after)),
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}

/// Deletes an action for good (archiving keeps it).
pub async fn delete_action(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let tx = ctx.db().begin().await?;
    let current = action_for_write(ctx, &tx, id).await?;
    actions::Entity::delete_by_id(current.id).exec(&tx).await?;
    if current.state.is_completed() {
        recompute_streak(&tx, current.workspace_id, current.user_id, Utc::now()).await?;
    }
    audit(&tx, ctx, current.workspace_id, ENTITY, current.id, AuditAction::Delete, snapshot(&current)).await?;
    tx.commit().await?;
    Ok(id)
}

/// The lead an action points to must be in the action's workspace.
async fn check_lead(tx: &DatabaseTransaction, workspace_id: Uuid, person_id: Uuid) -> Result<()> {
    let found =
        leads::Entity::find().filter(leads::Column::WorkspaceId.eq(workspace_id)).filter(leads::Column::Id.eq(person_id)).one(tx).await?;
    found.map(|_| ()).ok_or(CrmError::LeadNotFound { field: "leadId" })
}

/// Reads a row the viewer may change, locked (see [`row_for_write`]).
async fn action_for_write(ctx: &RequestContext, tx: &DatabaseTransaction, id: Uuid) -> Result<actions::Model> {
    row_for_write::<actions::Entity>(ctx, tx, actions::Column::Id, actions::Column::WorkspaceId, id, || CrmError::ActionNotFound {
        field: "id",
    })
    .await
}

/// Filters on the action list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    pub states: Vec<ActionState>,
    pub types: Vec<ActionType>,
    /// Due on or after this day.
    pub due_from: Option<NaiveDate>,
    /// Due on or before this day.
    pub due_to: Option<NaiveDate>,
    pub person_id: Option<Uuid>,
    pub user_id: Option<Uuid>,
    /// A case-insensitive substring of the description.
    pub description_contains: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActionOrder {
    #[default]
    DueDateAsc,
    DueDateDesc,
    CreatedAtDesc,
    CreatedAtAsc,
    UpdatedAtDesc,
}

/// A workspace's actions, one keyset page at a time.
pub async fn list_actions(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: ActionFilter,
    order: ActionOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<actions::Model>> {
    ctx.role_in(workspace_id).await?;
    if let (Some(from), Some(to)) = (filter.due_from, filter.due_to)
        && to < from
    {
        return Err(CrmError::InvalidDateRange("dueTo"));
    }
    use actions::Column as C;
    let mut select = actions::Entity::find().filter(C::WorkspaceId.eq(workspace_id));
    if !filter.states.is_empty() {
        select = select.filter(C::State.is_in(filter.states));
    }
    if !filter.types.is_empty() {
        select = select.filter(C::ActionType.is_in(filter.types));
    }
    if let Some(from) = filter.due_from {
        select = select.filter(C::DueDate.gte(from));
    }
    if let Some(to) = filter.due_to {
        select = select.filter(C::DueDate.lte(to));
    }
    if let Some(person_id) = filter.person_id {
        select = select.filter(C::PersonId.eq(person_id));
    }
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    if let Some(text) = filter.description_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Description.ilike(contains_pattern(text)));
    }
    let db = ctx.db();
    let page = match order {
        ActionOrder::DueDateAsc | ActionOrder::DueDateDesc => {
            let keyset = Keyset { sort: C::DueDate, id: C::Id, descending: order == ActionOrder::DueDateDesc };
            keyset_page(db, select, keyset, args, |a| (a.due_date, a.id), with_total).await?
        }
        ActionOrder::CreatedAtDesc | ActionOrder::CreatedAtAsc => {
            let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: order == ActionOrder::CreatedAtDesc };
            keyset_page(db, select, keyset, args, |a| (a.created_at, a.id), with_total).await?
        }
        ActionOrder::UpdatedAtDesc => {
            let keyset = Keyset { sort: C::UpdatedAt, id: C::Id, descending: true };
            keyset_page(db, select, keyset, args, |a| (a.updated_at, a.id), with_total).await?
        }
    };
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Iterable;

    #[test]
    fn the_transition_table_is_the_documented_one() {
        use ActionState::*;
        let allowed: Vec<(ActionState, ActionState)> = ActionState::iter()
            .flat_map(|f| ActionState::iter().map(move |t| (f, t)))
            .filter(|(f, t)| transition_allowed(*f, *t))
            .collect();
        assert_eq!(
            allowed,
            vec![
                (New, Sent),
                (New, Snoozed),
                (New, Done),
                (New, Archived),
                (Sent, Replied),
                (Sent, Snoozed),
                (Sent, Done),
                (Sent, Archived),
                (Replied, Done),
                (Replied, Archived),
                (Snoozed, New),
                (Snoozed, Snoozed),
                (Snoozed, Done),
                (Snoozed, Archived),
                (Done, New),
                (Done, Archived),
                (Archived, New),
            ]
        );
    }
}
