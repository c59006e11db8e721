//! Weekly summaries: a user's week in numbers, with an insight, a short narrative and a focus
//! for next week.
//!
//! The numbers come from the week's actions, with the week's days taken in the user's time
//! zone (Monday 00:00 to the next Monday 00:00):
//! - `actions_completed`: actions completed (DONE or REPLIED) during the week, including ones
//!   since archived;
//! - `days_active`: the days of the week with at least one completion;
//! - `replies`: actions marked REPLIED during the week (`replied_at`);
//! - `calls_booked`: what the user reports, or else the CALL_PREP actions created during the
//!   week (a booked call gets its prep action).
//!
//! The texts come from a [`SummaryWriter`]: [`RuleBasedWriter`] here, a language model later.
//! Generating a week again recomputes it in place (one summary per user and week).

use std::collections::{BTreeMap, BTreeSet};

use async_trait::async_trait;
use chrono::{NaiveDate, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::days::{local_date, start_of_day};
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::write::{advisory_lock, audit, snapshot};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set, TransactionTrait,
};
use serde::Serialize;
use uuid::Uuid;

use super::values::WeekStart;
use crate::entity::{ActionState, ActionType, ContentPromptType, actions, weekly_summaries};
use crate::error::{CrmError, Result};

/// What a writer knows about a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekFacts {
    pub week_start_date: NaiveDate,
    pub days_active: i32,
    pub actions_completed: i32,
    pub replies: i32,
    pub calls_booked: i32,
    /// Completed actions by type (the seed's type names).
    pub completed_by_type: BTreeMap<String, i32>,
    /// Open actions due before the end of the week.
    pub open_overdue: i32,
}

impl WeekFacts {
    /// The facts a stored summary keeps (no breakdown by type).
    pub fn of_summary(summary: &weekly_summaries::Model) -> Self {
        Self {
            week_start_date: summary.week_start_date.0,
            days_active: summary.days_active,
            actions_completed: summary.actions_completed,
            replies: summary.replies,
            calls_booked: summary.calls_booked,
            completed_by_type: BTreeMap::new(),
            open_overdue: 0,
        }
    }
}

/// The texts of a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryText {
    pub insight_text: String,
    pub narrative_summary: Option<String>,
    pub next_week_focus: String,
}

/// Writes a summary's texts and content prompts from the week's facts. A language-model
/// provider implements this; [`RuleBasedWriter`] is the built-in one.
#[async_trait]
pub trait SummaryWriter: Send + Sync {
    async fn write_summary(&self, facts: &WeekFacts) -> Result<SummaryText>;

    /// A draft post of `kind` about the week, or `None` when the week gives nothing to say.
    async fn write_prompt(&self, kind: ContentPromptType, facts: &WeekFacts) -> Result<Option<String>>;
}

/// Fixed rules and sentences; no model involved.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleBasedWriter;

fn plural(n: i32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn type_label(name: &str) -> String {
    name.to_lowercase().replace('_', "-")
}

#[async_trait]
impl SummaryWriter for RuleBasedWriter {
    async fn write_summary(&self, f: &WeekFacts) -> Result<SummaryText> {
        let top_type = f.completed_by_type.iter().max_by_key(|(name, n)| (**n, std::cmp::Reverse((*name).clone()))).map(|(name, _)| name);
        let insight_text = if f.actions_completed == 0 {
            "No actions were completed this week. One fast win tomorrow restarts the habit.".to_string()
        } else {
            let mut s = format!(
                "You completed {} on {} of 7.",
                plural(f.actions_completed, "action", "actions"),
                plural(f.days_active, "day", "days")
            );
            if let Some(t) = top_type {
                s.push_str(&format!(" Most of your progress came from {} actions.", type_label(t)));
            }
            s
        };
        let narrative_summary = (f.actions_completed > 0 || f.replies > 0 || f.calls_booked > 0).then(|| {
            let mut s = format!("This week you showed up on {}.", plural(f.days_active, "day", "days"));
            s.push_str(&format!(
                " Your outreach earned {} and {}.",
                plural(f.replies, "reply", "replies"),
                plural(f.calls_booked, "booked call", "booked calls")
            ));
            if f.open_overdue > 0 {
                s.push_str(&format!(" {} still waiting.", plural(f.open_overdue, "overdue action is", "overdue actions are")));
            }
            s
        });
        let next_week_focus = if f.replies > 0 && f.calls_booked == 0 {
            format!("Turn this week's {} into booked calls.", plural(f.replies, "reply", "replies"))
        } else if f.open_overdue > 0 {
            format!("Clear the {} before starting new outreach.", plural(f.open_overdue, "overdue action", "overdue actions"))
        } else if f.days_active < 3 {
            "Show up on at least 3 days: one fast win a day keeps the streak alive.".to_string()
        } else {
            "Keep the rhythm: add new leads and follow up within 3 days.".to_string()
        };
        Ok(SummaryText { insight_text, narrative_summary, next_week_focus })
    }

    async fn write_prompt(&self, kind: ContentPromptType, f: &WeekFacts) -> Result<Option<String>> {
        Ok(match kind {
            ContentPromptType::WinPost if f.actions_completed > 0 || f.replies > 0 || f.calls_booked > 0 => Some(format!(
                "Write a short post celebrating this week's win: {} completed, {} and {}. Say what made the difference \
                 and what you will repeat next week.",
                plural(f.actions_completed, "action", "actions"),
                plural(f.replies, "reply", "replies"),
                plural(f.calls_booked, "call booked", "calls booked"),
            )),
            ContentPromptType::WinPost => None,
            ContentPromptType::InsightPost => Some(format!(
                "Write a short post sharing one lesson from the week of {}: what you noticed about reaching out \
                 to people, and one tip others can use tomorrow.",
                f.week_start_date.format("%B %-d")
            )),
        })
    }
}

/// What to summarise.
#[derive(Debug, Clone)]
pub struct GenerateSummary {
    /// The Monday the week starts on.
    pub week_start_date: NaiveDate,
    /// Calls the user reports booking; counted from CALL_PREP actions when absent.
    pub calls_booked: Option<i32>,
}

/// Reads the viewer's week and writes (or rewrites) its summary.
pub async fn generate_weekly_summary(
    ctx: &RequestContext,
    workspace_id: Uuid,
    input: GenerateSummary,
    writer: &dyn SummaryWriter,
) -> Result<weekly_summaries::Model> {
    ctx.require_writer(workspace_id).await?;
    let user_id = ctx.viewer()?.user_id;
    let week = WeekStart::parse(input.week_start_date)?;
    if let Some(calls) = input.calls_booked
        && !(0..=10_000).contains(&calls)
    {
        return Err(CrmError::InvalidCount { field: "callsBooked", max: 10_000 });
    }
    let tx = ctx.db().begin().await?;
    let tz = ctx.directory().time_zone(&tx, user_id).await?;
    if week.date() > local_date(tz, Utc::now()) {
        return Err(CrmError::WeekInFuture);
    }
    advisory_lock(&tx, &format!("crm.weekly_summary:{workspace_id}:{user_id}:{}", week.date())).await?;
    let facts = week_facts(&tx, workspace_id, user_id, week, tz, input.calls_booked).await?;
    let text = writer.write_summary(&facts).await?;

    let existing = weekly_summaries::Entity::find()
        .filter(weekly_summaries::Column::WorkspaceId.eq(workspace_id))
        .filter(weekly_summaries::Column::UserId.eq(user_id))
        .filter(weekly_summaries::Column::WeekStartDate.eq(week.date()))
        .one(&tx)
        .await?;
    let now = Utc::now().fixed_offset();
    let (summary, action, changes) = match existing {
        Some(before) => {
            let mut model: weekly_summaries::ActiveModel = before.clone().into();
            model.days_active = Set(facts.days_active);
            model.actions_completed = Set(facts.actions_completed);
            model.replies = Set(facts.replies);
            model.calls_booked = Set(facts.calls_booked);
            model.insight_text = Set(text.insight_text);
            model.narrative_summary = Set(text.narrative_summary);
            model.next_week_focus = Set(text.next_week_focus);
            model.generated_at = Set(now);
            let after = model.update(&tx).await?;
            let diff = platform::audit::diff(&snapshot(&before), &snapshot(&after));
            (after, AuditAction::Update, diff)
        }
        None => {
            let created = weekly_summaries::ActiveModel {
                id: Set(Uuid::now_v7()),
                workspace_id: Set(workspace_id),
                user_id: Set(user_id),
                week_start_date: Set(week.date().into()),
                days_active: Set(facts.days_active),
                actions_completed: Set(facts.actions_completed),
                replies: Set(facts.replies),
                calls_booked: Set(facts.calls_booked),
                insight_text: Set(text.insight_text),
                narrative_summary: Set(text.narrative_summary),
                next_week_focus: Set(text.next_week_focus),
                generated_at: Set(now),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
            let snap = snapshot(&created);
            (created, AuditAction::Create, snap)
        }
    };
    audit::<weekly_summaries::Entity>(&tx, ctx, &summary, action, changes, None).await?;
    tx.commit().await?;
    Ok(summary)
}

/// The facts of one user's week in a workspace.
async fn week_facts<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    user_id: Uuid,
    week: WeekStart,
    tz: chrono_tz::Tz,
    calls_reported: Option<i32>,
) -> Result<WeekFacts> {
    let start = start_of_day(tz, week.date());
    let end = start_of_day(tz, week.next());
    let mine = || actions::Entity::find().filter(actions::Column::WorkspaceId.eq(workspace_id)).filter(actions::Column::UserId.eq(user_id));
    let completed = mine()
        .filter(actions::Column::CompletedAt.gte(start))
        .filter(actions::Column::CompletedAt.lt(end))
        .filter(actions::Column::State.is_in([ActionState::Done, ActionState::Replied, ActionState::Archived]))
        .all(db)
        .await?;
    let days: BTreeSet<NaiveDate> =
        completed.iter().filter_map(|a| a.completed_at).map(|t| local_date(tz, t.with_timezone(&Utc))).collect();
    let mut completed_by_type = BTreeMap::new();
    for a in &completed {
        *completed_by_type.entry(a.action_type.to_value()).or_insert(0) += 1;
    }
    let replies = mine().filter(actions::Column::RepliedAt.gte(start)).filter(actions::Column::RepliedAt.lt(end)).count(db).await?;
    let calls_booked = match calls_reported {
        Some(n) => n,
        None => count(
            mine()
                .filter(actions::Column::ActionType.eq(ActionType::CallPrep))
                .filter(actions::Column::CreatedAt.gte(start))
                .filter(actions::Column::CreatedAt.lt(end))
                .count(db)
                .await?,
        ),
    };
    let open_overdue = mine()
        .filter(actions::Column::State.is_in([ActionState::New, ActionState::Sent]))
        .filter(actions::Column::DueDate.lt(week.next()))
        .count(db)
        .await?;
    Ok(WeekFacts {
        week_start_date: week.date(),
        days_active: count(days.len() as u64),
        actions_completed: count(completed.len() as u64),
        replies: count(replies),
        calls_booked,
        completed_by_type,
        open_overdue: count(open_overdue),
    })
}

fn count(n: u64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// A summary by id; another tenant's is answered as missing.
pub async fn get_weekly_summary(ctx: &RequestContext, id: Uuid) -> Result<weekly_summaries::Model> {
    find::<weekly_summaries::Entity>(ctx, id).await?.ok_or(CrmError::SummaryNotFound { field: "id" })
}

/// Filters on the summary list.
#[derive(Debug, Clone, Default)]
pub struct SummaryFilter {
    pub user_id: Option<Uuid>,
}

/// A workspace's summaries, latest week first.
pub async fn list_weekly_summaries(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: SummaryFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<weekly_summaries::Model>> {
    use weekly_summaries::Column as C;
    let mut select = in_workspace::<weekly_summaries::Entity>(ctx, workspace_id).await?;
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    let keyset = Keyset { sort: C::WeekStartDate, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |s| (s.week_start_date, s.id), with_total).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> WeekFacts {
        WeekFacts {
            week_start_date: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
            days_active: 4,
            actions_completed: 9,
            replies: 2,
            calls_booked: 0,
            completed_by_type: [("FOLLOW_UP".to_string(), 5), ("OUTREACH".to_string(), 4)].into_iter().collect(),
            open_overdue: 1,
        }
    }

    #[tokio::test]
    async fn the_rules_read_the_week() {
        let text = RuleBasedWriter.write_summary(&facts()).await.unwrap();
        assert_eq!(text.insight_text, "You completed 9 actions on 4 days of 7. Most of your progress came from follow-up actions.");
        assert_eq!(text.next_week_focus, "Turn this week's 2 replies into booked calls.");
        assert!(text.narrative_summary.unwrap().contains("1 overdue action is still waiting"));

        let quiet = WeekFacts { days_active: 0, actions_completed: 0, replies: 0, open_overdue: 0, ..facts() };
        let text = RuleBasedWriter.write_summary(&quiet).await.unwrap();
        assert!(text.insight_text.starts_with("No actions were completed"));
        assert_eq!(text.narrative_summary, None);
        assert!(text.next_week_focus.starts_with("Show up on at least 3 days"));
        assert_eq!(RuleBasedWriter.write_prompt(ContentPromptType::WinPost, &quiet).await.unwrap(), None);
        assert!(RuleBasedWriter.write_prompt(ContentPromptType::InsightPost, &quiet).await.unwrap().unwrap().contains("November 16"));
    }
}
