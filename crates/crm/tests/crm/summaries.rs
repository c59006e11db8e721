//! Weekly summaries and the content prompts made from them.

use async_trait::async_trait;
use chrono::{Datelike, Utc};
use crm::CrmError;
use crm::entity::{ActionState, ActionType, ContentPromptStatus, ContentPromptType};
use crm::service::actions;
use crm::service::plans;
use crm::service::prompts::{self, NewPrompt, PromptFilter};
use crm::service::summaries::{self, GenerateSummary, RuleBasedWriter, SummaryText, SummaryWriter, WeekFacts};
use crm::service::values::WeekStart;
use platform::pagination::PageArgs;

use crate::support::*;

const NY: &str = "America/New_York";

fn ny_today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&NY.parse::<chrono_tz::Tz>().unwrap()).date_naive()
}

fn at(day: chrono::NaiveDate, hh_mm: &str) -> chrono::DateTime<Utc> {
    local(NY, &format!("{day} {hh_mm}"))
}

#[tokio::test]
async fn a_week_starts_on_a_monday_and_has_begun() {
    let t = database().await;
    let ada = person(&t.db, "ada", NY).await;
    let s = Session::open(&t.db, &ada).await;
    let monday = WeekStart::of(ny_today()).date();
    let tuesday = monday.succ_opt().unwrap();
    let generate = |d| {
        summaries::generate_weekly_summary(
            &s,
            ada.workspace_id,
            GenerateSummary { week_start_date: d, calls_booked: None },
            &RuleBasedWriter,
        )
    };
    assert!(matches!(generate(tuesday).await.unwrap_err(), CrmError::WeekStartNotMonday));
    assert!(matches!(generate(monday + chrono::Duration::days(7)).await.unwrap_err(), CrmError::WeekInFuture));
    let err = summaries::generate_weekly_summary(
        &s,
        ada.workspace_id,
        GenerateSummary { week_start_date: monday, calls_booked: Some(-1) },
        &RuleBasedWriter,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, CrmError::InvalidCount { field: "callsBooked", .. }));
    assert!(generate(monday).await.is_ok());
}

#[tokio::test]
async fn a_summary_counts_the_week_in_the_users_time_zone() {
    let t = database().await;
    let ada = person(&t.db, "ada", NY).await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let monday = WeekStart::of(ny_today()).date();
    let tuesday = monday.succ_opt().unwrap();
    let sunday_before = monday.pred_opt().unwrap();

    let mut ids = Vec::new();
    for action_type in [ActionType::Outreach, ActionType::FollowUp, ActionType::FollowUp, ActionType::Nurture, ActionType::Outreach] {
        ids.push(action(&s, ws, action_type, ny_today()).await.id);
    }
    // Two completions on Monday (one at 23:30, already Tuesday in UTC), a reply on Tuesday,
    // and one late on the Sunday before, which belongs to the previous week.
    actions::set_action_state_at(&s, ids[0], ActionState::Done, None, at(monday, "10:00")).await.unwrap();
    actions::set_action_state_at(&s, ids[1], ActionState::Done, None, at(monday, "23:30")).await.unwrap();
    actions::set_action_state(&s, ids[2], ActionState::Sent, None).await.unwrap();
    actions::set_action_state_at(&s, ids[2], ActionState::Replied, None, at(tuesday, "09:00")).await.unwrap();
    actions::set_action_state_at(&s, ids[3], ActionState::Done, None, at(sunday_before, "23:30")).await.unwrap();
    let call_prep = action(&s, ws, ActionType::CallPrep, ny_today()).await;

    let input = GenerateSummary { week_start_date: monday, calls_booked: None };
    let summary = summaries::generate_weekly_summary(&s, ws, input.clone(), &RuleBasedWriter).await.unwrap();
    assert_eq!(
        (summary.days_active, summary.actions_completed, summary.replies, summary.calls_booked),
        (2, 3, 1, 1),
        "Monday twice, Tuesday once; the Sunday before is last week; one call prep made this week"
    );
    assert_eq!(*summary.week_start_date, monday);
    assert_eq!(summary.next_week_focus, "Clear the 2 overdue actions before starting new outreach.");
    assert!(summary.insight_text.starts_with("You completed 3 actions on 2 days of 7."), "{}", summary.insight_text);

    // Generating again recomputes the same row, with the calls the user reports.
    actions::set_action_state(&s, call_prep.id, ActionState::Archived, None).await.unwrap();
    let again =
        summaries::generate_weekly_summary(&s, ws, GenerateSummary { calls_booked: Some(3), ..input }, &RuleBasedWriter).await.unwrap();
    assert_eq!((again.id, again.calls_booked), (summary.id, 3));
    let rows = scalar_i64(s.db(), "SELECT count(*) FROM weekly_summaries WHERE workspace_id = $1", vec![ws.into()]).await;
    assert_eq!(rows, 1);
    let listed = summaries::list_weekly_summaries(&s, ws, Default::default(), &PageArgs::default(), true).await.unwrap();
    assert_eq!(listed.total_count, Some(1));

    // Next week's plans carry this week's focus.
    let next_monday = monday + chrono::Duration::days(7);
    assert_eq!(next_monday.weekday(), chrono::Weekday::Mon);
    let plan = plans::generate_daily_plan(&s, ws, next_monday).await.unwrap();
    assert_eq!(plan.plan.focus_statement.as_deref(), Some(again.next_week_focus.as_str()));
}

/// A stand-in for a language model.
struct Echo;

#[async_trait]
impl SummaryWriter for Echo {
    async fn write_summary(&self, facts: &WeekFacts) -> crm::error::Result<SummaryText> {
        Ok(SummaryText {
            insight_text: format!("{} done", facts.actions_completed),
            narrative_summary: None,
            next_week_focus: "more of the same".into(),
        })
    }

    async fn write_prompt(&self, kind: ContentPromptType, facts: &WeekFacts) -> crm::error::Result<Option<String>> {
        Ok(Some(format!("{kind:?} for the week of {}", facts.week_start_date)))
    }
}

#[tokio::test]
async fn another_writer_can_write_the_texts_and_prompts_move_from_draft() {
    let t = database().await;
    let ada = person(&t.db, "ada", NY).await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let monday = WeekStart::of(ny_today()).date();
    let summary =
        summaries::generate_weekly_summary(&s, ws, GenerateSummary { week_start_date: monday, calls_booked: None }, &Echo).await.unwrap();
    assert_eq!((summary.insight_text.as_str(), summary.next_week_focus.as_str()), ("0 done", "more of the same"));

    let made = prompts::create_prompts_from_summary(&s, summary.id, &Echo).await.unwrap();
    assert_eq!(made.iter().map(|p| p.prompt_type).collect::<Vec<_>>(), [ContentPromptType::WinPost, ContentPromptType::InsightPost]);
    assert!(made.iter().all(|p| p.status == ContentPromptStatus::Draft && p.weekly_summary_id == Some(summary.id)));
    // The rule-based writer has no win to post about in an empty week.
    let rules = prompts::create_prompts_from_summary(&s, summary.id, &RuleBasedWriter).await.unwrap();
    assert_eq!(rules.iter().map(|p| p.prompt_type).collect::<Vec<_>>(), [ContentPromptType::InsightPost]);

    let win = &made[0];
    let edited = prompts::update_prompt_content(&s, win.id, "  We booked three calls!  ").await.unwrap();
    assert_eq!(edited.content, "We booked three calls!");
    let posted = prompts::set_prompt_status(&s, win.id, ContentPromptStatus::Posted).await.unwrap();
    assert_eq!(posted.status, ContentPromptStatus::Posted);
    for err in [
        prompts::set_prompt_status(&s, win.id, ContentPromptStatus::Draft).await.unwrap_err(),
        prompts::set_prompt_status(&s, win.id, ContentPromptStatus::Posted).await.unwrap_err(),
        prompts::update_prompt_content(&s, win.id, "again").await.unwrap_err(),
    ] {
        assert!(matches!(err, CrmError::InvalidState { .. }), "{err:?}");
    }
    assert_eq!(prompts::set_prompt_status(&s, win.id, ContentPromptStatus::Archived).await.unwrap().status, ContentPromptStatus::Archived);
    assert_eq!(
        prompts::set_prompt_status(&s, made[1].id, ContentPromptStatus::Archived).await.unwrap().status,
        ContentPromptStatus::Archived,
        "a draft can be archived"
    );

    let own = prompts::create_content_prompt(
        &s,
        ws,
        NewPrompt { prompt_type: ContentPromptType::InsightPost, content: "My own".into(), weekly_summary_id: None },
    )
    .await
    .unwrap();
    let err = prompts::create_content_prompt(
        &s,
        ws,
        NewPrompt { prompt_type: ContentPromptType::WinPost, content: " ".into(), weekly_summary_id: None },
    )
    .await
    .unwrap_err();
    assert!(matches!(err, CrmError::TextRequired { field: "content", .. }));
    let drafts = PromptFilter { statuses: vec![ContentPromptStatus::Draft], ..Default::default() };
    let listed = prompts::list_content_prompts(&s, ws, drafts, &PageArgs::default(), true).await.unwrap();
    let ids: Vec<_> = listed.edges.iter().map(|(_, p)| p.id).collect();
    assert_eq!(ids, [own.id, rules[0].id], "newest first");
}
