//! Daily plans: for one user and one day, an ordered short list of open actions sized to the
//! day's free time.
//!
//! Capacity comes from the day's free minutes when a calendar sync recorded them (the latest
//! successful free/busy read for that day), else it is `default`:
//!
//! | free minutes | capacity   | actions in the plan |
//! |--------------|------------|---------------------|
//! | none known   | `default`  | 5                   |
//! | 0–29         | `micro`    | 2                   |
//! | 30–89        | `light`    | 4                   |
//! | 90–239       | `standard` | 6                   |
//! | 240 or more  | `heavy`    | 8                   |
//!
//! Which actions, in which order:
//! - only open actions (NEW or SENT) of the user in the workspace: snoozed, replied, done and
//!   archived ones never appear, nor actions about a lead that is snoozed or archived;
//! - position 0 is the fast win: the first open FAST_WIN action if there is one, else the
//!   quickest open action (by [`estimated_minutes`]);
//! - then overdue actions (due before the plan's day) first, then by due date (actions due
//!   later fill the plan when today's are fewer than its size), then by type
//!   ([`type_priority`]: warm conversations before cold ones), then oldest first.
//!
//! The focus statement is the `next_week_focus` of the user's summary of the previous week.
//!
//! Generating again for the same day replaces the plan in one transaction. A transaction-scoped
//! advisory lock on (user, day) makes concurrent generations take turns, and the unique key
//! (workspace, user, day) guarantees there is never more than one plan.

use std::cmp::Ordering;

use chrono::{NaiveDate, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::write::{advisory_lock, audit, snapshot};
use sea_orm::sea_query::Query;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use uuid::Uuid;

use super::values::WeekStart;
use crate::entity::{
    ActionState, ActionType, CalendarSyncStatus, CapacityLevel, LeadStatus, actions, calendar_sync_logs, daily_plan_actions, daily_plans,
    leads, weekly_summaries,
};
use crate::error::{CrmError, Result};

platform::child_list! {
    /// A daily plan's items, in order.
    pub PlanItems = daily_plan_actions::Entity, by DailyPlanId, order [Position asc, Id asc];
}

/// The capacity a day's free minutes give (`None`: no calendar data).
pub fn capacity_for(free_minutes: Option<i32>) -> CapacityLevel {
    match free_minutes {
        None => CapacityLevel::Default,
        Some(m) if m < 30 => CapacityLevel::Micro,
        Some(m) if m < 90 => CapacityLevel::Light,
        Some(m) if m < 240 => CapacityLevel::Standard,
        Some(_) => CapacityLevel::Heavy,
    }
}

/// How many actions a plan of this capacity holds, the fast win included.
pub fn plan_size(capacity: CapacityLevel) -> usize {
    match capacity {
        CapacityLevel::Micro => 2,
        CapacityLevel::Light => 4,
        CapacityLevel::Default => 5,
        CapacityLevel::Standard => 6,
        CapacityLevel::Heavy => 8,
    }
}

/// A rough time an action of this type takes, to find the quickest one.
pub fn estimated_minutes(action_type: ActionType) -> u32 {
    match action_type {
        ActionType::FastWin => 5,
        ActionType::FollowUp | ActionType::Nurture => 10,
        ActionType::Outreach | ActionType::PostCall => 15,
        ActionType::CallPrep | ActionType::Content => 30,
    }
}

/// Order among actions due the same day: replies to warm conversations first.
pub fn type_priority(action_type: ActionType) -> u8 {
    match action_type {
        ActionType::FollowUp => 0,
        ActionType::PostCall => 1,
        ActionType::CallPrep => 2,
        ActionType::Outreach => 3,
        ActionType::Nurture => 4,
        ActionType::Content => 5,
        ActionType::FastWin => 6,
    }
}

fn plan_order(date: NaiveDate, a: &actions::Model, b: &actions::Model) -> Ordering {
    let key = |x: &actions::Model| (x.due_date.0 >= date, x.due_date, type_priority(x.action_type), x.created_at, x.id);
    key(a).cmp(&key(b))
}

/// Picks and orders the plan's actions from the open `candidates`: the fast win first, then
/// the rest in plan order, `size` in all.
pub fn choose_actions(mut candidates: Vec<actions::Model>, date: NaiveDate, size: usize) -> Vec<actions::Model> {
    candidates.retain(|a| a.state.is_open());
    candidates.sort_by(|a, b| plan_order(date, a, b));
    if size == 0 || candidates.is_empty() {
        return Vec::new();
    }
    let fast_win = candidates.iter().position(|a| a.action_type == ActionType::FastWin).unwrap_or_else(|| {
        // The quickest; among equals, the first in plan order (the sort is stable).
        candidates.iter().enumerate().min_by_key(|(i, a)| (estimated_minutes(a.action_type), *i)).map_or(0, |(i, _)| i)
    });
    let first = candidates.remove(fast_win);
    let mut chosen = vec![first];
    chosen.extend(candidates.into_iter().take(size - 1));
    chosen
}

/// A plan with its actions in order.
#[derive(Debug, Clone)]
pub struct DailyPlan {
    pub plan: daily_plans::Model,
    pub items: Vec<PlanItem>,
}

#[derive(Debug, Clone)]
pub struct PlanItem {
    pub entry: daily_plan_actions::Model,
    pub action: actions::Model,
}

/// Makes (or remakes) the viewer's plan for `date` in a workspace.
pub async fn generate_daily_plan(ctx: &RequestContext, workspace_id: Uuid, date: NaiveDate) -> Result<DailyPlan> {
    ctx.require_writer(workspace_id).await?;
    let user_id = ctx.viewer()?.user_id;
    let tx = ctx.db().begin().await?;
    advisory_lock(&tx, &format!("crm.daily_plan:{user_id}:{date}")).await?;

    let free_minutes = calendar_sync_logs::Entity::find()
        .filter(calendar_sync_logs::Column::WorkspaceId.eq(workspace_id))
        .filter(calendar_sync_logs::Column::UserId.eq(user_id))
        .filter(calendar_sync_logs::Column::SyncDate.eq(date))
        .filter(calendar_sync_logs::Column::Status.eq(CalendarSyncStatus::Success))
        .filter(calendar_sync_logs::Column::FreeMinutes.is_not_null())
        .order_by_desc(calendar_sync_logs::Column::CreatedAt)
        .order_by_desc(calendar_sync_logs::Column::Id)
        .one(&tx)
        .await?
        .and_then(|log| log.free_minutes);
    let capacity = capacity_for(free_minutes);

    let focus_statement = weekly_summaries::Entity::find()
        .filter(weekly_summaries::Column::WorkspaceId.eq(workspace_id))
        .filter(weekly_summaries::Column::UserId.eq(user_id))
        .filter(weekly_summaries::Column::WeekStartDate.eq(WeekStart::of(date).previous()))
        .one(&tx)
        .await?
        .map(|s| s.next_week_focus);

    let active_leads = Query::select()
        .column(leads::Column::Id)
        .from(leads::Entity)
        .and_where(leads::Column::WorkspaceId.eq(workspace_id))
        .and_where(leads::Column::Status.eq(LeadStatus::Active))
        .to_owned();
    let candidates = actions::Entity::find()
        .filter(actions::Column::WorkspaceId.eq(workspace_id))
        .filter(actions::Column::UserId.eq(user_id))
        .filter(actions::Column::State.is_in([ActionState::New, ActionState::Sent]))
        .filter(Condition::any().add(actions::Column::PersonId.is_null()).add(actions::Column::PersonId.in_subquery(active_leads)))
        .all(&tx)
        .await?;
    let chosen = choose_actions(candidates, date, plan_size(capacity));

    let replaced = daily_plans::Entity::find()
        .filter(daily_plans::Column::WorkspaceId.eq(workspace_id))
        .filter(daily_plans::Column::UserId.eq(user_id))
        .filter(daily_plans::Column::Date.eq(date))
        .one(&tx)
        .await?;
    if let Some(old) = &replaced {
        daily_plans::Entity::delete_many()
            .filter(daily_plans::Column::Id.eq(old.id))
            .filter(daily_plans::Column::WorkspaceId.eq(workspace_id))
            .exec(&tx)
            .await?;
        audit::<daily_plans::Entity>(&tx, ctx, old, AuditAction::Delete, snapshot(old), None).await?;
    }
    let plan = daily_plans::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(user_id),
        date: Set(date.into()),
        focus_statement: Set(focus_statement),
        capacity: Set(capacity),
        free_minutes: Set(free_minutes),
        generated_at: Set(Utc::now().fixed_offset()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let mut items = Vec::with_capacity(chosen.len());
    for (position, action) in chosen.into_iter().enumerate() {
        let entry = daily_plan_actions::ActiveModel {
            id: Set(Uuid::now_v7()),
            workspace_id: Set(workspace_id),
            user_id: Set(user_id),
            daily_plan_id: Set(plan.id),
            action_id: Set(action.id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            is_fast_win: Set(position == 0),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        items.push(PlanItem { entry, action });
    }
    let action_ids: Vec<Uuid> = items.iter().map(|i| i.action.id).collect();
    let mut changes = snapshot(&plan);
    if let Some(map) = changes.as_object_mut() {
        map.insert("action_ids".into(), serde_json::json!(action_ids));
        map.insert("replaced_plan_id".into(), serde_json::json!(replaced.map(|p| p.id)));
    }
    audit::<daily_plans::Entity>(&tx, ctx, &plan, AuditAction::Create, changes, None).await?;
    tx.commit().await?;
    Ok(DailyPlan { plan, items })
}

/// The viewer's plan for `date`, if one was generated.
pub async fn get_daily_plan(ctx: &RequestContext, workspace_id: Uuid, date: NaiveDate) -> Result<Option<daily_plans::Model>> {
    let user_id = ctx.viewer()?.user_id;
    let select = in_workspace::<daily_plans::Entity>(ctx, workspace_id)
        .await?
        .filter(daily_plans::Column::UserId.eq(user_id))
        .filter(daily_plans::Column::Date.eq(date));
    Ok(platform::rows::one(ctx.db(), select).await?)
}

/// The viewer's today, in their time zone: the day a plan is for when none is named.
pub async fn viewer_today(ctx: &RequestContext) -> Result<NaiveDate> {
    let user_id = ctx.viewer()?.user_id;
    Ok(platform::days::local_date(ctx.directory().time_zone(ctx.db(), user_id).await?, chrono::Utc::now()))
}

/// A plan by id; another tenant's is answered as missing.
pub async fn get_daily_plan_by_id(ctx: &RequestContext, id: Uuid) -> Result<daily_plans::Model> {
    find::<daily_plans::Entity>(ctx, id).await?.ok_or(CrmError::PlanNotFound)
}

/// A plan with its actions, in position order (GraphQL reads items through its loaders).
pub async fn with_items(ctx: &RequestContext, plan: daily_plans::Model) -> Result<DailyPlan> {
    let entries = in_workspace::<daily_plan_actions::Entity>(ctx, plan.workspace_id)
        .await?
        .filter(daily_plan_actions::Column::DailyPlanId.eq(plan.id))
        .order_by_asc(daily_plan_actions::Column::Position);
    let entries = platform::rows::all(ctx.db(), entries).await?;
    let ids: Vec<Uuid> = entries.iter().map(|e| e.action_id).collect();
    let actions = in_workspace::<actions::Entity>(ctx, plan.workspace_id).await?.filter(actions::Column::Id.is_in(ids));
    let mut actions: std::collections::HashMap<Uuid, actions::Model> =
        platform::rows::all(ctx.db(), actions).await?.into_iter().map(|a| (a.id, a)).collect();
    let items = entries.into_iter().filter_map(|entry| actions.remove(&entry.action_id).map(|action| PlanItem { entry, action })).collect();
    Ok(DailyPlan { plan, items })
}

/// Filters on the plan list.
#[derive(Debug, Clone, Default)]
pub struct PlanFilter {
    pub user_id: Option<Uuid>,
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
}

/// A workspace's plans, newest day first.
pub async fn list_daily_plans(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: PlanFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<daily_plans::Model>> {
    let mut select = in_workspace::<daily_plans::Entity>(ctx, workspace_id).await?;
    if let (Some(from), Some(to)) = (filter.date_from, filter.date_to)
        && to < from
    {
        return Err(CrmError::InvalidDateRange { field: "dateTo" });
    }
    use daily_plans::Column as C;
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    if let Some(from) = filter.date_from {
        select = select.filter(C::Date.gte(from));
    }
    if let Some(to) = filter.date_to {
        select = select.filter(C::Date.lte(to));
    }
    let keyset = Keyset { sort: C::Date, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |p| (p.date, p.id), with_total).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, d).unwrap()
    }

    fn action(n: u128, action_type: ActionType, due: u32) -> actions::Model {
        let t = Utc::now().fixed_offset();
        actions::Model {
            id: Uuid::from_u128(n),
            workspace_id: Uuid::nil(),
            user_id: Uuid::nil(),
            person_id: None,
            action_type,
            state: ActionState::New,
            description: None,
            due_date: day(due).into(),
            completed_at: None,
            replied_at: None,
            snooze_until: None,
            notes: None,
            auto_created: false,
            created_at: t,
            updated_at: t,
        }
    }

    fn ids(plan: &[actions::Model]) -> Vec<u128> {
        plan.iter().map(|a| a.id.as_u128()).collect()
    }

    #[test]
    fn free_minutes_map_to_capacity_and_size() {
        let cases = [(None, CapacityLevel::Default, 5), (Some(0), CapacityLevel::Micro, 2), (Some(29), CapacityLevel::Micro, 2)];
        for (m, level, size) in cases {
            assert_eq!((capacity_for(m), plan_size(capacity_for(m))), (level, size));
        }
        assert_eq!(capacity_for(Some(30)), CapacityLevel::Light);
        assert_eq!(capacity_for(Some(90)), CapacityLevel::Standard);
        assert_eq!(capacity_for(Some(239)), CapacityLevel::Standard);
        assert_eq!(capacity_for(Some(240)), CapacityLevel::Heavy);
        assert_eq!(plan_size(CapacityLevel::Heavy), 8);
    }

    #[test]
    fn the_fast_win_leads_then_overdue_then_due_date_then_type() {
        let plan = choose_actions(
            vec![
                action(1, ActionType::Outreach, 10),
                action(2, ActionType::Content, 12),
                action(3, ActionType::FastWin, 14),
                action(4, ActionType::FollowUp, 10),
                action(5, ActionType::Nurture, 8),
            ],
            day(10),
            10,
        );
        assert_eq!(ids(&plan), vec![3, 5, 4, 1, 2]);
    }

    #[test]
    fn without_a_fast_win_the_quickest_action_leads() {
        let plan = choose_actions(
            vec![action(1, ActionType::CallPrep, 9), action(2, ActionType::Outreach, 10), action(3, ActionType::Nurture, 11)],
            day(10),
            2,
        );
        assert_eq!(ids(&plan), vec![3, 1]);
    }

    #[test]
    fn closed_actions_never_appear() {
        let mut snoozed = action(1, ActionType::FastWin, 10);
        snoozed.state = ActionState::Snoozed;
        let mut done = action(2, ActionType::FollowUp, 10);
        done.state = ActionState::Done;
        let mut sent = action(3, ActionType::FollowUp, 10);
        sent.state = ActionState::Sent;
        assert_eq!(ids(&choose_actions(vec![snoozed, done, sent], day(10), 5)), vec![3]);
    }
}
