//! Each user's CRM counters: the streak (the seed's `calculate_user_streak` and
//! `update_user_streak`) and whether a calendar is connected (kept by a trigger).
//!
//! A streak is the number of consecutive days, ending today, on which the user completed an
//! action (DONE or REPLIED). Days are the user's own (`users.timezone`): an action completed at
//! 23:30 in New York counts for that New York day, not for the UTC day it is already in. As in
//! the seed, a day without a completion so far (today included) ends the streak, and the
//! count is recomputed whenever an action enters or leaves a completed state.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use platform::RequestContext;
use platform::days::local_date;
use platform::directory::Directory;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use crate::entity::{ActionState, actions, crm_user_stats};
use crate::error::Result;

/// Consecutive days ending on `today` found in `days`.
pub fn streak_ending(days: &BTreeSet<NaiveDate>, today: NaiveDate) -> i32 {
    let mut count = 0;
    let mut day = today;
    while days.contains(&day) {
        count += 1;
        match day.pred_opt() {
            Some(previous) => day = previous,
            None => break,
        }
    }
    count
}

/// Recomputes a user's streak and last action day in a workspace as of `now`, and stores them.
pub async fn recompute_streak(
    directory: &dyn Directory,
    db: &DatabaseTransaction,
    workspace_id: Uuid,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<crm_user_stats::Model> {
    let tz = directory.time_zone(db, user_id).await?;
    let completed: Vec<Option<chrono::DateTime<chrono::FixedOffset>>> = actions::Entity::find()
        .select_only()
        .column(actions::Column::CompletedAt)
        .filter(actions::Column::WorkspaceId.eq(workspace_id))
        .filter(actions::Column::UserId.eq(user_id))
        .filter(actions::Column::State.is_in([ActionState::Done, ActionState::Replied]))
        .filter(actions::Column::CompletedAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let days: BTreeSet<NaiveDate> = completed.into_iter().flatten().map(|t| local_date(tz, t.with_timezone(&Utc))).collect();
    let streak = streak_ending(&days, local_date(tz, now));
    let last = days.last().copied();
    let row = crm_user_stats::ActiveModel {
        workspace_id: Set(workspace_id),
        user_id: Set(user_id),
        streak_count: Set(streak),
        last_action_date: Set(last.map(Into::into)),
        ..Default::default()
    };
    let stats = crm_user_stats::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([crm_user_stats::Column::WorkspaceId, crm_user_stats::Column::UserId])
                .update_columns([crm_user_stats::Column::StreakCount, crm_user_stats::Column::LastActionDate])
                .to_owned(),
        )
        .exec_with_returning(db)
        .await?;
    Ok(stats)
}

/// The streak to show today: the stored count is written when an action is completed (or
/// un-completed), so it goes stale when the user stops. A streak whose last completion was
/// before yesterday is broken; one whose last completion was yesterday still stands until the
/// day ends.
pub fn current_streak(stored: i32, last_action_date: Option<NaiveDate>, today: NaiveDate) -> i32 {
    match (last_action_date, today.pred_opt()) {
        (Some(last), Some(yesterday)) if last >= yesterday => stored,
        _ => 0,
    }
}

/// A user's counters in a workspace as they stand now (the streak as [`current_streak`] shows
/// it, in the user's time zone); zeros when they have none yet.
pub async fn user_stats(ctx: &RequestContext, workspace_id: Uuid, user_id: Uuid) -> Result<crm_user_stats::Model> {
    user_stats_at(ctx, workspace_id, user_id, Utc::now()).await
}

/// [`user_stats`] as of `now`.
pub async fn user_stats_at(ctx: &RequestContext, workspace_id: Uuid, user_id: Uuid, now: DateTime<Utc>) -> Result<crm_user_stats::Model> {
    ctx.role_in(workspace_id).await?;
    let found = crm_user_stats::Entity::find()
        .filter(crm_user_stats::Column::WorkspaceId.eq(workspace_id))
        .filter(crm_user_stats::Column::UserId.eq(user_id))
        .one(ctx.db())
        .await?;
    if let Some(mut stats) = found {
        let today = local_date(ctx.directory().time_zone(ctx.db(), user_id).await?, now);
        stats.streak_count = current_streak(stats.streak_count, stats.last_action_date.map(|d| d.0), today);
        return Ok(stats);
    }
    let now = now.fixed_offset();
    Ok(crm_user_stats::Model {
        workspace_id,
        user_id,
        streak_count: 0,
        last_action_date: None,
        calendar_connected: false,
        created_at: now,
        updated_at: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap()
    }

    #[test]
    fn a_stored_streak_stands_until_the_day_after_its_last_completion_ends() {
        assert_eq!(current_streak(4, Some(d(5)), d(5)), 4);
        assert_eq!(current_streak(4, Some(d(5)), d(6)), 4);
        assert_eq!(current_streak(4, Some(d(5)), d(7)), 0);
        assert_eq!(current_streak(4, None, d(7)), 0);
    }

    #[test]
    fn a_streak_counts_back_from_today_and_stops_at_a_gap() {
        let days: BTreeSet<_> = [d(1), d(3), d(4), d(5)].into_iter().collect();
        assert_eq!(streak_ending(&days, d(5)), 3);
        assert_eq!(streak_ending(&days, d(6)), 0);
        assert_eq!(streak_ending(&days, d(1)), 1);
        assert_eq!(streak_ending(&BTreeSet::new(), d(1)), 0);
    }
}
