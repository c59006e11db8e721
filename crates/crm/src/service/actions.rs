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

use chrono::{DateTime, NaiveDate, Utc};
use platform::RequestContext;
use platform::days::local_date;
use platform::loader::ChildFilter;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::optional_text;
use platform::write::{Edit, create};
use sea_orm::sea_query::Condition;
use sea_orm::{ActiveEnum, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::stats::recompute_streak;
use crate::entity::{ActionState, ActionType, actions, leads};
use crate::error::{CrmError, Result};

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

/// An action by id; another tenant's is answered as missing.
pub async fn get_action(ctx: &RequestContext, id: Uuid) -> Result<actions::Model> {
    find::<actions::Entity>(ctx, id).await?.ok_or(CrmError::ActionNotFound { field: "id" })
}

platform::child_list! {
    /// A lead's actions, oldest first, narrowed to some states.
    pub LeadActions = actions::Entity, by PersonId, order [CreatedAt asc, Id asc], filter ActionStates;
}

/// The states a lead's action list is narrowed to; empty: every state. Sorted and without
/// repeats, so equal filters share a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ActionStates(Vec<ActionState>);

impl ActionStates {
    pub fn new(mut states: Vec<ActionState>) -> Self {
        states.sort_by_key(|s| *s as u8);
        states.dedup();
        Self(states)
    }
}

impl ChildFilter<actions::Entity> for ActionStates {
    fn condition(&self) -> Condition {
        if self.0.is_empty() { Condition::all() } else { Condition::all().add(actions::Column::State.is_in(self.0.iter().copied())) }
    }
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
    let today = local_date(ctx.directory().time_zone(ctx.db(), viewer.user_id).await?, Utc::now());
    if input.due_date < today {
        return Err(CrmError::DueDateBeforeCreation);
    }
    if let Some(person_id) = input.person_id {
        check_lead(ctx.db(), workspace_id, person_id).await?;
    }
    let action = actions::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(viewer.user_id),
        person_id: Set(input.person_id),
        action_type: Set(input.action_type),
        state: Set(ActionState::New),
        description: Set(description),
        due_date: Set(input.due_date.into()),
        notes: Set(notes),
        auto_created: Set(input.auto_created),
        ..Default::default()
    };
    create::<actions::Entity, _>(ctx, workspace_id, action, None).await
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
    let edit = action_for_write(ctx, id).await?;
    let current = edit.row().clone();
    let mut model = edit.edit();
    if let Some(v) = changes.action_type {
        model.action_type = Set(v);
    }
    if let Some(person) = changes.person_id {
        if let Some(person_id) = person {
            check_lead(edit.tx(), current.workspace_id, person_id).await?;
        }
        model.person_id = Set(person);
    }
    if let Some(v) = description {
        model.description = Set(v);
    }
    if let Some(due) = changes.due_date {
        let tz = ctx.directory().time_zone(edit.tx(), current.user_id).await?;
        if due < local_date(tz, current.created_at.with_timezone(&Utc)) {
            return Err(CrmError::DueDateBeforeCreation);
        }
        model.due_date = Set(due.into());
    }
    if let Some(v) = notes {
        model.notes = Set(v);
    }
    edit.save(model).await
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
    let mut edit = action_for_write(ctx, id).await?;
    let current = edit.row().clone();
    let from = current.state;
    if !transition_allowed(from, to) {
        return Err(CrmError::InvalidState {
            field: "state",
            message: format!("an action cannot go from {} to {}", from.to_value(), to.to_value()),
        });
    }
    let mut model = edit.edit();
    model.state = Set(to);
    model.snooze_until = Set(None);
    match to {
        ActionState::Snoozed => {
            let until = snooze_until.ok_or(CrmError::SnoozeDateRequired)?;
            let today = local_date(ctx.directory().time_zone(edit.tx(), current.user_id).await?, now);
            if until <= today {
                return Err(CrmError::SnoozeDateNotInFuture);
            }
            model.snooze_until = Set(Some(until.into()));
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
    let after = edit.update(model).await?;
    if from.is_completed() || to.is_completed() {
        recompute_streak(ctx.directory(), edit.tx(), after.workspace_id, after.user_id, now).await?;
    }
    edit.commit(None).await?;
    Ok(after)
}

/// Deletes an action for good (archiving keeps it).
pub async fn delete_action(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = action_for_write(ctx, id).await?;
    let current = edit.row().clone();
    edit.remove().await?;
    if current.state.is_completed() {
        recompute_streak(ctx.directory(), edit.tx(), current.workspace_id, current.user_id, Utc::now()).await?;
    }
    edit.commit(None).await?;
    Ok(id)
}

/// The lead an action points to must be in the action's workspace.
async fn check_lead(tx: &DatabaseTransaction, workspace_id: Uuid, person_id: Uuid) -> Result<()> {
    let found =
        leads::Entity::find().filter(leads::Column::WorkspaceId.eq(workspace_id)).filter(leads::Column::Id.eq(person_id)).one(tx).await?;
    found.map(|_| ()).ok_or(CrmError::LeadNotFound { field: "leadId" })
}

/// The action the viewer may change, locked (see [`Edit::begin`]).
async fn action_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, actions::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(CrmError::ActionNotFound { field: "id" })
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
    let mut select = in_workspace::<actions::Entity>(ctx, workspace_id).await?;
    if let (Some(from), Some(to)) = (filter.due_from, filter.due_to)
        && to < from
    {
        return Err(CrmError::InvalidDateRange { field: "dueTo" });
    }
    use actions::Column as C;
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
