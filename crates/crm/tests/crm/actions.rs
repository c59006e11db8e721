//! Actions: due dates, state transitions, snoozing, streaks.

use crm::CrmError;
use crm::entity::{ActionState, ActionType};
use crm::service::actions::{self, ActionChanges, ActionFilter, ActionOrder};
use crm::service::maintenance::run_maintenance;
use crm::service::stats;
use platform::db::begin_worker;
use platform::pagination::PageArgs;

use crate::support::*;

#[tokio::test]
async fn a_snoozed_action_comes_back_on_its_date() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let action = action(&s, ada.workspace_id, ActionType::FollowUp, today()).await;
    let err = actions::set_action_state(&s, action.id, ActionState::Snoozed, None).await.unwrap_err();
    assert!(matches!(err, CrmError::SnoozeDateRequired));
    let err = actions::set_action_state(&s, action.id, ActionState::Snoozed, Some(today())).await.unwrap_err();
    assert!(matches!(err, CrmError::SnoozeDateNotInFuture));
    let snoozed = actions::set_action_state(&s, action.id, ActionState::Snoozed, Some(days_from_today(3))).await.unwrap();
    assert_eq!((snoozed.state, snoozed.snooze_until), (ActionState::Snoozed, Some(days_from_today(3).into())));
    s.commit().await;

    let worker = begin_worker(&t.db).await.unwrap();
    assert_eq!(run_maintenance(&identity::IdentityDirectory, &worker, noon(days_from_today(2))).await.unwrap().actions_unsnoozed, 0);
    assert_eq!(run_maintenance(&identity::IdentityDirectory, &worker, noon(days_from_today(3))).await.unwrap().actions_unsnoozed, 1);
    worker.commit().await.unwrap();

    let s = Session::open(&t.db, &ada).await;
    let back = actions::get_action(&s, action.id).await.unwrap();
    assert_eq!((back.state, back.snooze_until), (ActionState::New, None));
}

#[tokio::test]
async fn a_snooze_ends_when_its_day_begins_where_the_owner_lives() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let kiri = person(&t.db, "kiri", "Pacific/Kiritimati").await;
    let day = days_from_today(3);
    for who in [&ada, &kiri] {
        let s = Session::open(&t.db, who).await;
        let a = action(&s, who.workspace_id, ActionType::FollowUp, days_from_today(1)).await;
        actions::set_action_state(&s, a.id, ActionState::Snoozed, Some(day)).await.unwrap();
        s.commit().await;
    }

    let worker = begin_worker(&t.db).await.unwrap();
    // Noon UTC the day before is already 02:00 on the day in Kiritimati (UTC+14).
    let eve = noon(day - chrono::Duration::days(1));
    assert_eq!(
        run_maintenance(&identity::IdentityDirectory, &worker, eve).await.unwrap().actions_unsnoozed,
        1,
        "Kiri's day has begun, Ada's not"
    );
    assert_eq!(run_maintenance(&identity::IdentityDirectory, &worker, noon(day)).await.unwrap().actions_unsnoozed, 1, "and then Ada's");
    worker.commit().await.unwrap();
}

#[tokio::test]
async fn done_actions_are_archived_after_ninety_days() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let old = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    let recent = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    let long_ago = chrono::Utc::now() - chrono::Duration::days(91);
    actions::set_action_state_at(&s, old.id, ActionState::Done, None, long_ago).await.unwrap();
    actions::set_action_state(&s, recent.id, ActionState::Done, None).await.unwrap();
    s.commit().await;

    let worker = begin_worker(&t.db).await.unwrap();
    assert_eq!(run_maintenance(&identity::IdentityDirectory, &worker, noon(today())).await.unwrap().actions_archived, 1);
    worker.commit().await.unwrap();
    let s = Session::open(&t.db, &ada).await;
    let old = actions::get_action(&s, old.id).await.unwrap();
    assert_eq!(old.state, ActionState::Archived);
    assert!(old.completed_at.is_some(), "archiving keeps the completion time");
    assert_eq!(actions::get_action(&s, recent.id).await.unwrap().state, ActionState::Done);
}

#[tokio::test]
async fn an_action_cannot_be_due_before_the_day_it_was_created() {
    let t = database().await;
    let ada = person(&t.db, "ada", "Pacific/Kiritimati").await;
    let s = Session::open(&t.db, &ada).await;
    // Kiritimati (UTC+14) is always at least a day ahead of UTC-12 and usually of UTC too.
    let local_today = chrono::Utc::now().with_timezone(&"Pacific/Kiritimati".parse::<chrono_tz::Tz>().unwrap()).date_naive();
    let yesterday = local_today.pred_opt().unwrap();
    let err = actions::create_action(&s, ada.workspace_id, new_action(ActionType::Outreach, yesterday)).await.unwrap_err();
    assert!(matches!(err, CrmError::DueDateBeforeCreation), "{err:?}");
    let action = action(&s, ada.workspace_id, ActionType::Outreach, local_today).await;
    let err = actions::update_action(&s, action.id, ActionChanges { due_date: Some(yesterday), ..Default::default() }).await.unwrap_err();
    assert!(matches!(err, CrmError::DueDateBeforeCreation));
    let later =
        actions::update_action(&s, action.id, ActionChanges { due_date: Some(local_today.succ_opt().unwrap()), ..Default::default() })
            .await
            .unwrap();
    assert_eq!(*later.due_date, local_today.succ_opt().unwrap());
}

#[tokio::test]
async fn transitions_outside_the_table_are_refused_with_invalid_state() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let a = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    for to in [ActionState::New, ActionState::Replied] {
        let err = actions::set_action_state(&s, a.id, to, None).await.unwrap_err();
        assert!(matches!(err, CrmError::InvalidState { field: "state", .. }), "NEW -> {to:?}: {err:?}");
    }
    let sent = actions::set_action_state(&s, a.id, ActionState::Sent, None).await.unwrap();
    assert_eq!(sent.state, ActionState::Sent);
    let replied = actions::set_action_state(&s, a.id, ActionState::Replied, None).await.unwrap();
    assert!(replied.completed_at.is_some() && replied.replied_at.is_some());
    let err = actions::set_action_state(&s, a.id, ActionState::Sent, None).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidState { .. }));
    let done = actions::set_action_state(&s, a.id, ActionState::Done, None).await.unwrap();
    assert_eq!(done.completed_at, replied.completed_at, "a reply's completion time is kept");
    let archived = actions::set_action_state(&s, a.id, ActionState::Archived, None).await.unwrap();
    let err = actions::set_action_state(&s, a.id, ActionState::Done, None).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidState { .. }));
    assert_eq!(archived.completed_at, done.completed_at);
    let restored = actions::set_action_state(&s, a.id, ActionState::New, None).await.unwrap();
    assert_eq!((restored.completed_at, restored.replied_at), (None, None));
}

#[tokio::test]
async fn the_streak_of_a_user_in_new_york_counts_a_completion_at_23_30_on_their_own_day() {
    let t = database().await;
    let ada = person(&t.db, "ada", "America/New_York").await;
    let s = Session::open(&t.db, &ada).await;
    let first = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    let second = action(&s, ada.workspace_id, ActionType::FollowUp, today()).await;

    // 23:30 on Monday 9 March in New York is already Tuesday in UTC.
    let late = local("America/New_York", "2026-03-09 23:30");
    assert_eq!(late.date_naive(), date(2026, 3, 10));
    actions::set_action_state_at(&s, first.id, ActionState::Done, None, late).await.unwrap();
    let st = stats::user_stats_at(&s, ada.workspace_id, ada.user_id, late).await.unwrap();
    assert_eq!((st.streak_count, st.last_action_date), (1, Some(date(2026, 3, 9).into())));

    // Tuesday morning in New York (still Tuesday in UTC): a second day, not the same one.
    let morning = local("America/New_York", "2026-03-10 08:00");
    actions::set_action_state_at(&s, second.id, ActionState::Done, None, morning).await.unwrap();
    let st = stats::user_stats_at(&s, ada.workspace_id, ada.user_id, morning).await.unwrap();
    assert_eq!((st.streak_count, st.last_action_date), (2, Some(date(2026, 3, 10).into())));

    // Reopening the second breaks the streak at today (Tuesday) again.
    let reopen_at = local("America/New_York", "2026-03-10 09:00");
    actions::set_action_state_at(&s, second.id, ActionState::New, None, reopen_at).await.unwrap();
    let st = stats::user_stats_at(&s, ada.workspace_id, ada.user_id, reopen_at).await.unwrap();
    assert_eq!((st.streak_count, st.last_action_date), (0, Some(date(2026, 3, 9).into())));
}

#[tokio::test]
async fn actions_are_listed_by_state_type_and_due_date_range() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;
    let mut with_lead = new_action(ActionType::FollowUp, days_from_today(2));
    with_lead.person_id = Some(lead.id);
    with_lead.description = Some("Ask Grace about COBOL".into());
    let a = actions::create_action(&s, ada.workspace_id, with_lead).await.unwrap();
    let b = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    let c = action(&s, ada.workspace_id, ActionType::FollowUp, days_from_today(9)).await;
    actions::set_action_state(&s, c.id, ActionState::Done, None).await.unwrap();

    let list = |filter: ActionFilter, order: ActionOrder| {
        let s = &s;
        async move {
            actions::list_actions(s, ada.workspace_id, filter, order, &PageArgs::default(), true)
                .await
                .unwrap()
                .edges
                .into_iter()
                .map(|(_, a)| a.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list(ActionFilter::default(), ActionOrder::DueDateAsc).await, [b.id, a.id, c.id]);
    assert_eq!(list(ActionFilter::default(), ActionOrder::DueDateDesc).await, [c.id, a.id, b.id]);
    assert_eq!(list(ActionFilter { states: vec![ActionState::New], ..Default::default() }, ActionOrder::DueDateAsc).await, [b.id, a.id]);
    assert_eq!(list(ActionFilter { types: vec![ActionType::FollowUp], ..Default::default() }, ActionOrder::DueDateAsc).await, [a.id, c.id]);
    let range = ActionFilter { due_from: Some(days_from_today(1)), due_to: Some(days_from_today(9)), ..Default::default() };
    assert_eq!(list(range, ActionOrder::DueDateAsc).await, [a.id, c.id]);
    assert_eq!(list(ActionFilter { person_id: Some(lead.id), ..Default::default() }, ActionOrder::CreatedAtDesc).await, [a.id]);
    assert_eq!(
        list(ActionFilter { description_contains: Some("cobol".into()), ..Default::default() }, ActionOrder::DueDateAsc).await,
        [a.id]
    );

    let backwards = ActionFilter { due_from: Some(days_from_today(5)), due_to: Some(days_from_today(1)), ..Default::default() };
    let err =
        actions::list_actions(&s, ada.workspace_id, backwards, ActionOrder::DueDateAsc, &PageArgs::default(), false).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidDateRange { field: "dueTo" }));

    // Deleting an action removes it for good.
    let deleted = actions::delete_action(&s, b.id).await.unwrap();
    assert_eq!(deleted, b.id);
    assert!(matches!(actions::get_action(&s, b.id).await.unwrap_err(), CrmError::ActionNotFound { .. }));
}

#[tokio::test]
async fn changes_to_actions_and_plans_are_announced_for_subscriptions() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let mut listener = sea_orm::sqlx::postgres::PgListener::connect(&t.url).await.unwrap();
    listener.listen(platform::events::CHANNEL).await.unwrap();
    let s = Session::open(&t.db, &ada).await;
    let a = action(&s, ada.workspace_id, ActionType::FastWin, today()).await;
    let plan = crm::service::plans::generate_daily_plan(&s, ada.workspace_id, today()).await.unwrap();
    s.commit().await;

    let mut seen = Vec::new();
    while seen.len() < 2 {
        let n = tokio::time::timeout(std::time::Duration::from_secs(5), listener.recv()).await.unwrap().unwrap();
        let event: platform::events::ChangeEvent = serde_json::from_str(n.payload()).unwrap();
        assert_eq!((event.workspace_id, event.user_id), (Some(ada.workspace_id), Some(ada.user_id)));
        seen.push((event.topic, event.op, event.id));
    }
    assert_eq!(seen, [("actions".into(), "insert".into(), Some(a.id)), ("daily_plans".into(), "insert".into(), Some(plan.plan.id))]);
}
