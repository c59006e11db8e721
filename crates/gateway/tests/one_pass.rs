//! Nested lists of plain objects are answered in one pass (`platform::plain`) and read exactly
//! as async-graphql's field-by-field resolution reads them.
//!
//! The only test of its binary: it reads the process-wide one-pass counters, which other tests
//! running beside it would move.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use async_graphql::{BatchRequest, BatchResponse, Request, Variables};
use common::TestApp;
use platform::{Credential, Viewer};
use serde_json::{Value, json};

/// Every plain field of `Action`, with an alias, a repeat, `__typename` and both kinds of
/// fragment, so that the one-pass path has to get each of them right.
const ACTION_FIELDS: &str = "__typename id key: id id workspaceId userId leadId actionType state description dueDate completedAt repliedAt \
     snoozeUntil ...ActionNotes ... on Action { autoCreated createdAt } ... { updatedAt }";
/// The same without the timestamps: fields the database renders itself.
const SQL_FIELDS: &str = "__typename id key: id id workspaceId userId leadId actionType state description dueDate \
     snoozeUntil ...ActionNotes ... on Action { autoCreated } ... { state }";
const FRAGMENT: &str = "fragment ActionNotes on Action { notes }";

fn nested(fields: &str, extra: &str) -> String {
    format!(
        "query($ws: UUID!) {{ workspace(id: $ws) {{ leads(first: 5, orderBy: CREATED_AT_ASC) {{ edges {{ node {{ id actions(first: 20) {{ {fields} {extra} }} }} }} }} }} }} {FRAGMENT}"
    )
}

fn without_lead(actions: Vec<Value>) -> Vec<Value> {
    actions
        .into_iter()
        .map(|mut a| {
            a.as_object_mut().unwrap().remove("lead");
            a
        })
        .collect()
}

fn actions_of(data: &Value) -> Vec<Value> {
    data["workspace"]["leads"]["edges"].as_array().unwrap().iter().flat_map(|e| e["node"]["actions"].as_array().unwrap().clone()).collect()
}

#[tokio::test]
async fn a_leads_actions_read_the_same_in_one_pass_as_field_by_field() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    // Rows with every nullable column both set and empty.
    app.sql(&format!(
        "INSERT INTO leads (workspace_id, user_id, name, url, created_at) \
         SELECT '{ws}', '{u}', 'Lead ' || i, 'https://example.com/' || i, now() - (10 - i) * interval '1 minute' FROM generate_series(1, 3) i;
         INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date, description, notes, completed_at, replied_at, auto_created) \
         SELECT l.workspace_id, l.user_id, l.id, 'FOLLOW_UP', 'REPLIED', current_date, 'step ' || n, 'note ' || n, now(), now(), true \
         FROM leads l, generate_series(1, 2) n;
         INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date, snooze_until) \
         SELECT l.workspace_id, l.user_id, l.id, 'FAST_WIN', 'SNOOZED', current_date, current_date + 3 FROM leads l;
         UPDATE actions SET notes = E'say \"hi\"\\n\\\\ \\t caf\\u00e9 \\u0001' WHERE state = 'REPLIED';",
        ws = ada.workspace_id,
        u = ada.id
    ))
    .await;
    let vars = json!({ "ws": ada.workspace_id });

    let before = platform::plain::stats();
    let fast = actions_of(&app.ok(&ada.token, &nested(ACTION_FIELDS, ""), vars.clone()).await);
    let after = platform::plain::stats();
    assert_eq!(after.one_pass - before.one_pass, 3, "each lead's list in one pass");
    assert_eq!(after.field_by_field, before.field_by_field);

    // A nested object in the selection sends the lists down the general path.
    let general = without_lead(actions_of(&app.ok(&ada.token, &nested(ACTION_FIELDS, "lead { id }"), vars.clone()).await));
    assert_eq!(platform::plain::stats().field_by_field - after.field_by_field, 3, "each lead's list field by field");
    assert_eq!(fast.len(), 9);
    assert_eq!(fast, general);

    // Without the HTTP writer (as over graphql-ws) the one pass builds ordinary values.
    let viewer = Viewer { user_id: ada.id, email: ada.email.clone(), credential: Credential::Token };
    let request = Request::new(nested(ACTION_FIELDS, "")).variables(Variables::from_json(vars.clone()));
    let one_pass = platform::plain::stats().one_pass;
    let BatchResponse::Single(response) = gateway::http::execute(&app.state, Some(viewer), BatchRequest::Single(request)).await else {
        panic!("one request, one response")
    };
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    assert_eq!(actions_of(&response.data.into_json().unwrap()), fast);
    assert_eq!(platform::plain::stats().one_pass - one_pass, 3);

    // Without timestamps the database renders the lists, and they read the same again.
    let rendered_before = platform::plain::stats().rendered_by_database;
    let by_database = actions_of(&app.ok(&ada.token, &nested(SQL_FIELDS, ""), vars.clone()).await);
    assert_eq!(platform::plain::stats().rendered_by_database - rendered_before, 3, "each lead's list rendered by Postgres");
    let general = without_lead(actions_of(&app.ok(&ada.token, &nested(SQL_FIELDS, "lead { id }"), vars).await));
    assert_eq!(by_database.len(), 9);
    assert_eq!(by_database, general);

    let replied = fast.iter().find(|a| a["state"] == "REPLIED").unwrap();
    assert_eq!(replied["__typename"], "Action");
    assert_eq!(replied["key"], replied["id"]);
    assert!(replied["completedAt"].is_string() && replied["autoCreated"] == true);
    assert_eq!(replied["notes"], "say \"hi\"\n\\ \t caf\u{e9} \u{1}");
    let snoozed = fast.iter().find(|a| a["state"] == "SNOOZED").unwrap();
    assert!(snoozed["snoozeUntil"].is_string() && snoozed["notes"].is_null() && snoozed["description"].is_null());
}
