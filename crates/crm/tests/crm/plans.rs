//! Daily plans: what goes in, in which order, how many, and one plan per day.

use std::time::Duration;

use crm::entity::{ActionState, ActionType, CapacityLevel};
use crm::service::calendar::{self, ConnectCalendar, SyncOutcome};
use crm::service::plans::{self, DailyPlan};
use crm::service::{actions, leads};
use platform::crypto::Keyring;
use platform::secret::Secret;

use crate::support::*;

fn action_ids(plan: &DailyPlan) -> Vec<uuid::Uuid> {
    plan.items.iter().map(|i| i.action.id).collect()
}

#[tokio::test]
async fn a_plan_starts_with_the_fast_win_and_leaves_out_what_is_not_open() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let day = days_from_today(2);

    let overdue = action(&s, ws, ActionType::Outreach, today()).await;
    let due_content = action(&s, ws, ActionType::Content, day).await;
    let due_follow_up = action(&s, ws, ActionType::FollowUp, day).await;
    let fast_win = action(&s, ws, ActionType::FastWin, days_from_today(5)).await;
    let later = action(&s, ws, ActionType::Nurture, days_from_today(6)).await;
    let much_later = action(&s, ws, ActionType::Nurture, days_from_today(7)).await;

    let snoozed = action(&s, ws, ActionType::FastWin, today()).await;
    actions::set_action_state(&s, snoozed.id, ActionState::Snoozed, Some(days_from_today(10))).await.unwrap();
    let done = action(&s, ws, ActionType::FollowUp, today()).await;
    actions::set_action_state(&s, done.id, ActionState::Done, None).await.unwrap();
    let archived = action(&s, ws, ActionType::FollowUp, today()).await;
    actions::set_action_state(&s, archived.id, ActionState::Archived, None).await.unwrap();
    let resting_lead = lead(&s, ws, "resting").await;
    leads::snooze_lead(&s, resting_lead.id, days_from_today(30)).await.unwrap();
    let mut about_resting = new_action(ActionType::FollowUp, today());
    about_resting.person_id = Some(resting_lead.id);
    actions::create_action(&s, ws, about_resting).await.unwrap();

    let plan = plans::generate_daily_plan(&s, ws, day).await.unwrap();
    assert_eq!((plan.plan.capacity, plan.plan.free_minutes), (CapacityLevel::Default, None));
    assert_eq!(action_ids(&plan), [fast_win.id, overdue.id, due_follow_up.id, due_content.id, later.id], "5 actions, fast win first");
    assert!(!action_ids(&plan).contains(&much_later.id));
    let positions: Vec<_> = plan.items.iter().map(|i| (i.entry.position, i.entry.is_fast_win)).collect();
    assert_eq!(positions, [(0, true), (1, false), (2, false), (3, false), (4, false)]);

    let read = plans::with_items(&s, plans::get_daily_plan(&s, ws, day).await.unwrap().unwrap()).await.unwrap();
    assert_eq!((read.plan.id, action_ids(&read)), (plan.plan.id, action_ids(&plan)));
}

#[tokio::test]
async fn the_calendar_free_minutes_size_the_plan() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    for i in 0..10 {
        action(&s, ws, ActionType::Outreach, days_from_today(i % 3)).await;
    }
    let keyring = Keyring::parse(KEYS).unwrap();
    let connection = calendar::connect_calendar(
        &s,
        ws,
        &keyring,
        ConnectCalendar {
            provider: crm::entity::CalendarProvider::Google,
            calendar_id: "primary".into(),
            refresh_token: Secret::new("rt".into()),
            access_token: None,
            expires_at: None,
        },
    )
    .await
    .unwrap();
    let day = days_from_today(1);
    calendar::record_sync_result(&s, connection.id, SyncOutcome::FreeMinutes { date: day, free_minutes: 300 }).await.unwrap();
    calendar::record_sync_result(&s, connection.id, SyncOutcome::FreeMinutes { date: day, free_minutes: 45 }).await.unwrap();
    calendar::record_sync_result(&s, connection.id, SyncOutcome::FreeMinutes { date: days_from_today(2), free_minutes: 10 }).await.unwrap();

    let plan = plans::generate_daily_plan(&s, ws, day).await.unwrap();
    assert_eq!(
        (plan.plan.capacity, plan.plan.free_minutes, plan.items.len()),
        (CapacityLevel::Light, Some(45), 4),
        "the latest read counts"
    );
    let plan = plans::generate_daily_plan(&s, ws, days_from_today(2)).await.unwrap();
    assert_eq!((plan.plan.capacity, plan.items.len()), (CapacityLevel::Micro, 2));
    let plan = plans::generate_daily_plan(&s, ws, days_from_today(3)).await.unwrap();
    assert_eq!((plan.plan.capacity, plan.items.len()), (CapacityLevel::Default, 5));
}

#[tokio::test]
async fn generating_again_replaces_the_plan_of_that_day() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let first_action = action(&s, ws, ActionType::Outreach, today()).await;
    let first = plans::generate_daily_plan(&s, ws, today()).await.unwrap();
    actions::set_action_state(&s, first_action.id, ActionState::Done, None).await.unwrap();
    let second_action = action(&s, ws, ActionType::FollowUp, today()).await;
    let second = plans::generate_daily_plan(&s, ws, today()).await.unwrap();
    assert_ne!(first.plan.id, second.plan.id);
    assert_eq!(action_ids(&second), [second_action.id]);
    let plans_that_day =
        scalar_i64(s.db(), "SELECT count(*) FROM daily_plans WHERE workspace_id = $1 AND date = $2", vec![ws.into(), today().into()]).await;
    let entries = scalar_i64(s.db(), "SELECT count(*) FROM daily_plan_actions WHERE workspace_id = $1", vec![ws.into()]).await;
    assert_eq!((plans_that_day, entries), (1, 1));
    assert!(matches!(plans::get_daily_plan_by_id(&s, first.plan.id).await.unwrap_err(), crm::CrmError::PlanNotFound));
}

#[tokio::test]
async fn two_concurrent_plan_generations_leave_one_plan() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let setup = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    for _ in 0..3 {
        action(&setup, ws, ActionType::Outreach, today()).await;
    }
    setup.commit().await;

    let one = Session::open(&t.db, &ada).await;
    let two = Session::open(&t.db, &ada).await;
    let first = plans::generate_daily_plan(&one, ws, today()).await.unwrap();
    // The second request starts while the first has not committed: it must wait for it.
    let second = tokio::spawn(async move {
        let plan = plans::generate_daily_plan(&two, ws, today()).await;
        two.commit().await;
        plan
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!second.is_finished(), "the second generation waits for the first to commit");
    one.commit().await;
    let second = second.await.unwrap().unwrap();
    assert_ne!(first.plan.id, second.plan.id);
    assert_eq!(second.items.len(), 3);

    let worker = platform::db::begin_worker(&t.db).await.unwrap();
    let plans_that_day =
        scalar_i64(&worker, "SELECT count(*) FROM daily_plans WHERE workspace_id = $1 AND date = $2", vec![ws.into(), today().into()])
            .await;
    let entries =
        scalar_i64(&worker, "SELECT count(*) FROM daily_plan_actions WHERE daily_plan_id = $1", vec![second.plan.id.into()]).await;
    assert_eq!((plans_that_day, entries), (1, 3));
}

#[tokio::test]
async fn two_racing_plan_generations_both_succeed() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let setup = Session::open(&t.db, &ada).await;
    action(&setup, ada.workspace_id, ActionType::FastWin, today()).await;
    setup.commit().await;
    let ws = ada.workspace_id;
    let run = |db: sea_orm::DatabaseConnection, who: Person| async move {
        let s = Session::open(&db, &who).await;
        let plan = plans::generate_daily_plan(&s, ws, today()).await;
        s.commit().await;
        plan
    };
    let (a, b) = tokio::join!(tokio::spawn(run(t.db.clone(), ada.clone())), tokio::spawn(run(t.db.clone(), ada.clone())));
    assert!(a.unwrap().is_ok() && b.unwrap().is_ok());
    let worker = platform::db::begin_worker(&t.db).await.unwrap();
    assert_eq!(scalar_i64(&worker, "SELECT count(*) FROM daily_plans WHERE workspace_id = $1", vec![ws.into()]).await, 1);
}
