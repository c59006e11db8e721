//! Every constraint of the CRM tables gives its typed error, and each typed error its code and
//! input field.

use std::collections::BTreeSet;

use crm::CrmError;
use crm::entity::ActionType;
use crm::service::plans;
use platform::db::begin_worker;
use platform::{ApiError, ServiceError, UserErrorCode};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

use crate::support::*;

type Expect = fn(&CrmError) -> bool;

/// (constraint, a statement that breaks it and nothing else, the error it must map to).
/// `$1` is the workspace, `$2` the user, `$3` a lead, `$4` an action in a plan, `$5` that plan,
/// `$6` an action in no plan, `$7` a weekly summary, `$8` a calendar connection.
const CASES: &[(&str, &str, Expect)] = &[
    ("leads_name_length", "INSERT INTO leads (workspace_id, user_id, name, url) VALUES ($1, $2, '  ', 'https://x.io')", |e| {
        matches!(e, CrmError::TextRequired { field: "name", .. })
    }),
    ("leads_url_scheme", "INSERT INTO leads (workspace_id, user_id, name, url) VALUES ($1, $2, 'x', 'ftp://x.io')", |e| {
        matches!(e, CrmError::InvalidUrl)
    }),
    (
        "leads_url_length",
        "INSERT INTO leads (workspace_id, user_id, name, url) VALUES ($1, $2, 'x', 'https://' || repeat('a', 3000))",
        |e| matches!(e, CrmError::InvalidUrl),
    ),
    (
        "leads_notes_length",
        "INSERT INTO leads (workspace_id, user_id, name, url, notes) VALUES ($1, $2, 'x', 'https://x.io', repeat('a', 10001))",
        |e| matches!(e, CrmError::TextTooLong { field: "notes", .. }),
    ),
    ("leads_snooze_until_when_snoozed", "UPDATE leads SET status = 'SNOOZED' WHERE id = $3", |e| matches!(e, CrmError::SnoozeDateRequired)),
    (
        "actions_person_fkey",
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, due_date) VALUES ($1, $2, uuidv7(), 'OUTREACH', current_date)",
        |e| matches!(e, CrmError::LeadNotFound { field: "leadId" }),
    ),
    (
        "actions_due_date_not_before_creation",
        "INSERT INTO actions (workspace_id, user_id, action_type, due_date) VALUES ($1, $2, 'OUTREACH', current_date - 5)",
        |e| matches!(e, CrmError::DueDateBeforeCreation),
    ),
    ("actions_snooze_until_when_snoozed", "UPDATE actions SET state = 'SNOOZED' WHERE id = $6", |e| {
        matches!(e, CrmError::SnoozeDateRequired)
    }),
    ("actions_completed_at_matches_state", "UPDATE actions SET state = 'DONE' WHERE id = $6", |e| {
        matches!(e, CrmError::InvalidState { field: "state", .. })
    }),
    ("actions_description_length", "UPDATE actions SET description = repeat('a', 2001) WHERE id = $6", |e| {
        matches!(e, CrmError::TextTooLong { field: "description", .. })
    }),
    ("actions_notes_length", "UPDATE actions SET notes = repeat('a', 10001) WHERE id = $6", |e| {
        matches!(e, CrmError::TextTooLong { field: "notes", .. })
    }),
    (
        "daily_plans_user_date_key",
        "INSERT INTO daily_plans (workspace_id, user_id, date) SELECT workspace_id, user_id, date FROM daily_plans WHERE id = $5",
        |e| matches!(e, CrmError::PlanAlreadyExists),
    ),
    (
        "daily_plans_free_minutes_range",
        "INSERT INTO daily_plans (workspace_id, user_id, date, free_minutes) VALUES ($1, $2, current_date + 40, 2000)",
        |e| matches!(e, CrmError::InvalidFreeMinutes),
    ),
    (
        "daily_plan_actions_plan_position_key",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position) VALUES ($1, $2, $5, $6, 0)",
        |e| matches!(e, CrmError::PlanPositionTaken),
    ),
    (
        "daily_plan_actions_plan_action_key",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position) VALUES ($1, $2, $5, $4, 5)",
        |e| matches!(e, CrmError::ActionAlreadyInPlan),
    ),
    (
        "daily_plan_actions_position_range",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position) VALUES ($1, $2, $5, $6, -1)",
        |e| matches!(e, CrmError::PlanPositionTaken),
    ),
    (
        "daily_plan_actions_fast_win_first",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position, is_fast_win) VALUES ($1, $2, $5, $6, 3, true)",
        |e| matches!(e, CrmError::PlanPositionTaken),
    ),
    (
        "daily_plan_actions_action_fkey",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position) VALUES ($1, $2, $5, uuidv7(), 7)",
        |e| matches!(e, CrmError::ActionNotFound { field: "actionId" }),
    ),
    (
        "daily_plan_actions_plan_fkey",
        "INSERT INTO daily_plan_actions (workspace_id, user_id, daily_plan_id, action_id, position) VALUES ($1, $2, uuidv7(), $6, 0)",
        |e| matches!(e, CrmError::PlanNotFound),
    ),
    (
        "weekly_summaries_user_week_key",
        "INSERT INTO weekly_summaries (workspace_id, user_id, week_start_date, insight_text, next_week_focus) \
         SELECT workspace_id, user_id, week_start_date, 'i', 'f' FROM weekly_summaries WHERE id = $7",
        |e| matches!(e, CrmError::SummaryAlreadyExists),
    ),
    (
        "weekly_summaries_week_start_monday",
        "INSERT INTO weekly_summaries (workspace_id, user_id, week_start_date, insight_text, next_week_focus) VALUES ($1, $2, '2026-11-17', 'i', 'f')",
        |e| matches!(e, CrmError::WeekStartNotMonday),
    ),
    ("weekly_summaries_days_active_range", "UPDATE weekly_summaries SET days_active = 8 WHERE id = $7", |e| {
        matches!(e, CrmError::InvalidCount { field: "daysActive", .. })
    }),
    ("weekly_summaries_counts_non_negative", "UPDATE weekly_summaries SET replies = -1 WHERE id = $7", |e| {
        matches!(e, CrmError::InvalidCount { .. })
    }),
    (
        "content_prompts_content_length",
        "INSERT INTO content_prompts (workspace_id, user_id, type, content) VALUES ($1, $2, 'WIN_POST', ' ')",
        |e| matches!(e, CrmError::TextRequired { field: "content", .. }),
    ),
    (
        "content_prompts_summary_fkey",
        "INSERT INTO content_prompts (workspace_id, user_id, type, content, weekly_summary_id) VALUES ($1, $2, 'WIN_POST', 'x', uuidv7())",
        |e| matches!(e, CrmError::SummaryNotFound { field: "weeklySummaryId" }),
    ),
    (
        "calendar_connections_user_provider_key",
        "INSERT INTO calendar_connections (workspace_id, user_id, provider, refresh_token, calendar_id) VALUES ($1, $2, 'google', 'v1:k1:x', 'primary')",
        |e| matches!(e, CrmError::ConnectionAlreadyExists),
    ),
    (
        "calendar_connections_token_while_connected",
        "INSERT INTO calendar_connections (workspace_id, user_id, provider, calendar_id) VALUES ($1, $2, 'outlook', 'primary')",
        |e| matches!(e, CrmError::RefreshTokenRequired),
    ),
    ("calendar_connections_calendar_id_length", "UPDATE calendar_connections SET calendar_id = ' ' WHERE id = $8", |e| {
        matches!(e, CrmError::TextRequired { field: "calendarId", .. })
    }),
    ("calendar_connections_tokens_encrypted", "UPDATE calendar_connections SET refresh_token = 'plaintext' WHERE id = $8", |e| {
        matches!(e, CrmError::Api(ApiError::Internal(_)))
    }),
    (
        "calendar_sync_logs_connection_fkey",
        "INSERT INTO calendar_sync_logs (workspace_id, user_id, calendar_connection_id, operation, status) VALUES ($1, $2, uuidv7(), 'sync', 'success')",
        |e| matches!(e, CrmError::ConnectionNotFound),
    ),
    (
        "calendar_sync_logs_operation_check",
        "INSERT INTO calendar_sync_logs (workspace_id, user_id, calendar_connection_id, operation, status) VALUES ($1, $2, $8, 'dance', 'success')",
        |e| matches!(e, CrmError::InvalidSyncOperation),
    ),
    (
        "calendar_sync_logs_status_check",
        "INSERT INTO calendar_sync_logs (workspace_id, user_id, calendar_connection_id, operation, status) VALUES ($1, $2, $8, 'sync', 'meh')",
        |e| matches!(e, CrmError::Api(ApiError::Internal(_))),
    ),
    (
        "calendar_sync_logs_free_minutes_range",
        "INSERT INTO calendar_sync_logs (workspace_id, user_id, calendar_connection_id, operation, status, sync_date, free_minutes) \
         VALUES ($1, $2, $8, 'fetch_freebusy', 'success', current_date, 1441)",
        |e| matches!(e, CrmError::InvalidFreeMinutes),
    ),
    (
        "calendar_sync_logs_error_has_message",
        "INSERT INTO calendar_sync_logs (workspace_id, user_id, calendar_connection_id, operation, status) VALUES ($1, $2, $8, 'sync', 'error')",
        |e| matches!(e, CrmError::ErrorMessageRequired),
    ),
    ("crm_user_stats_streak_non_negative", "UPDATE crm_user_stats SET streak_count = -1 WHERE user_id = $2", |e| {
        matches!(e, CrmError::Api(ApiError::Internal(_)))
    }),
];

/// Constraints no input reaches on its own: keys, and the references every row makes to its
/// workspace and user (answered `NOT_FOUND` for the workspace long before).
fn structural(name: &str) -> bool {
    name.ends_with("_pkey")
        || name.ends_with("_id_workspace_key")
        || name.ends_with("_workspace_id_fkey")
        || name.ends_with("_user_id_fkey")
}

#[tokio::test]
async fn every_constraint_maps_to_its_typed_error() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let lead = lead(&s, ws, "grace").await;
    let planned = action(&s, ws, ActionType::FastWin, today()).await;
    let plan = plans::generate_daily_plan(&s, ws, today()).await.unwrap();
    let unplanned = action(&s, ws, ActionType::Outreach, today()).await;
    s.commit().await;

    let worker = begin_worker(&t.db).await.unwrap();
    let monday = crm::service::values::WeekStart::of(today()).date();
    let summary = uuid::Uuid::now_v7();
    exec(&worker, "INSERT INTO weekly_summaries (id, workspace_id, user_id, week_start_date, insight_text, next_week_focus) VALUES ($1, $2, $3, $4, 'i', 'f')", vec![
        summary.into(),
        ws.into(),
        ada.user_id.into(),
        monday.into(),
    ])
    .await
    .unwrap();
    let connection = uuid::Uuid::now_v7();
    exec(
        &worker,
        "INSERT INTO calendar_connections (id, workspace_id, user_id, provider, refresh_token, calendar_id) VALUES ($1, $2, $3, 'google', 'v1:k1:x', 'primary')",
        vec![connection.into(), ws.into(), ada.user_id.into()],
    )
    .await
    .unwrap();
    assert_eq!(plan.items[0].action.id, planned.id);

    let values: Vec<sea_orm::Value> = vec![
        ws.into(),
        ada.user_id.into(),
        lead.id.into(),
        planned.id.into(),
        plan.plan.id.into(),
        unplanned.id.into(),
        summary.into(),
        connection.into(),
    ];
    let mut failures = Vec::new();
    for (name, sql, expect) in CASES {
        // Only the parameters a statement uses are bound.
        let used = (1..=values.len()).filter(|i| sql.contains(&format!("${i}"))).max().unwrap_or(0);
        let savepoint = worker.begin().await.unwrap();
        let result = savepoint.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, *sql, values[..used].to_vec())).await;
        drop(savepoint);
        match result {
            Ok(_) => failures.push(format!("{name}: the statement succeeded")),
            Err(err) => {
                let text = err.to_string();
                let mapped = CrmError::from(err);
                if !text.contains(name) {
                    failures.push(format!("{name}: another rule failed first: {text}"));
                } else if !expect(&mapped) {
                    failures.push(format!("{name}: mapped to {mapped:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");

    // Every constraint of the CRM tables is in the list above (or structural).
    let rows = worker
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT conname::text AS name FROM pg_constraint WHERE conrelid IN ('leads'::regclass, 'actions'::regclass, \
             'daily_plans'::regclass, 'daily_plan_actions'::regclass, 'weekly_summaries'::regclass, 'content_prompts'::regclass, \
             'calendar_connections'::regclass, 'calendar_sync_logs'::regclass, 'crm_user_stats'::regclass) AND contype <> 'n'",
        ))
        .await
        .unwrap();
    let tested: BTreeSet<&str> = CASES.iter().map(|(name, _, _)| *name).collect();
    let untested: Vec<String> =
        rows.iter().map(|r| r.try_get::<String>("", "name").unwrap()).filter(|n| !tested.contains(n.as_str()) && !structural(n)).collect();
    assert!(untested.is_empty(), "constraints without a typed error test: {untested:?}");
}

#[test]
fn each_error_carries_its_code_and_input_field() {
    let user = |e: CrmError| match ServiceError::from(e) {
        ServiceError::User(u) => (u.code, u.field.join(".")),
        ServiceError::Api(a) => panic!("not a user error: {a:?}"),
    };
    assert_eq!(user(CrmError::InvalidUrl), (UserErrorCode::Invalid, "input.url".into()));
    assert_eq!(user(CrmError::DueDateBeforeCreation), (UserErrorCode::Invalid, "input.dueDate".into()));
    assert_eq!(user(CrmError::SnoozeDateRequired), (UserErrorCode::Required, "input.snoozeUntil".into()));
    assert_eq!(user(CrmError::InvalidState { field: "state", message: "no".into() }), (UserErrorCode::InvalidState, "input.state".into()));
    assert_eq!(user(CrmError::ActionNotFound { field: "id" }), (UserErrorCode::NotFound, "input.id".into()));
    assert_eq!(user(CrmError::LeadNotFound { field: "leadId" }), (UserErrorCode::NotFound, "input.leadId".into()));
    assert_eq!(user(CrmError::PlanAlreadyExists), (UserErrorCode::AlreadyExists, "input.date".into()));
    assert_eq!(user(CrmError::ConnectionAlreadyExists), (UserErrorCode::AlreadyExists, "input.provider".into()));
    assert_eq!(user(CrmError::WeekStartNotMonday), (UserErrorCode::Invalid, "input.weekStartDate".into()));
    assert_eq!(user(CrmError::TextRequired { field: "name", max: 200 }), (UserErrorCode::Invalid, "input.name".into()));
    assert!(matches!(ServiceError::from(CrmError::Api(ApiError::NotFound("workspace"))), ServiceError::Api(ApiError::NotFound(_))));
    assert!(matches!(ServiceError::from(CrmError::Api(ApiError::internal("x"))), ServiceError::Api(ApiError::Internal(_))));
}

#[tokio::test]
async fn every_constraint_of_the_crm_tables_has_a_typed_error() {
    use platform::domain::Domain;
    let t = database().await;
    platform::testing::assert_constraints_mapped::<CrmError>(&t.db, crm::Crm::tables()).await;
}
