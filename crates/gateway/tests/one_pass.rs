//! Lists and connection pages answered in one pass (`platform::one_pass`) read exactly as
//! async-graphql's field-by-field resolution reads them, byte for byte, keys in the query's
//! order: written as JSON over HTTP, built as values (as over graphql-ws), and rendered by
//! Postgres.
//!
//! The only test of its binary: it reads the process-wide path counters, which other tests
//! running beside it would move.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use async_graphql::{BatchRequest, BatchResponse, Request, Variables};
use common::TestApp;
use platform::one_pass::{FieldByField, PreRendered, stats, write_response};
use platform::{Credential, Viewer};
use serde_json::json;

/// Every plain field of `Action`, with an alias, a repeat, `__typename` and both kinds of
/// fragment, so that the one-pass path has to get each of them right.
const ACTION_FIELDS: &str = "__typename id key: id id workspaceId userId leadId actionType state description dueDate completedAt repliedAt \
     snoozeUntil ...ActionNotes ... on Action { autoCreated createdAt } ... { updatedAt }";
/// The same without the timestamps: fields the database renders itself.
const SQL_FIELDS: &str = "__typename id key: id id workspaceId userId leadId actionType state description dueDate \
     snoozeUntil ...ActionNotes ... on Action { autoCreated } ... { state }";
const FRAGMENTS: &str = "fragment ActionNotes on Action { notes } fragment Page on LeadConnection { pageInfo { endCursor hasNextPage } }";

/// A page of leads: each lead's plain fields around its nested actions (`actions`), with the
/// connection's own fields before and after, some of them through fragments.
fn page(actions: &str) -> String {
    format!(
        "query($ws: UUID!) {{ workspace(id: $ws) {{ leads(first: 5, orderBy: CREATED_AT_ASC) {{ __typename totalCount \
         edges {{ __typename node {{ name id actions(first: 20) {{ {actions} }} status lead: url }} cursor }} \
         ... on LeadConnection {{ count: totalCount }} ...Page pageInfo {{ hasPreviousPage startCursor }} \
         nodes {{ id notes }} }} }} }} {FRAGMENTS}"
    )
}

/// One request's answer as JSON text: written as the HTTP handler writes it (one pass to
/// JSON, lists Postgres renders), built as values (as over graphql-ws), or field by field.
#[derive(Clone, Copy, Debug)]
enum Path {
    Http,
    Values,
    FieldByField,
}

async fn answer(app: &TestApp, viewer: &Viewer, query: &str, vars: &serde_json::Value, path: Path) -> String {
    let mut request = Request::new(query).variables(Variables::from_json(vars.clone()));
    request = match path {
        Path::Http => request.data(PreRendered),
        Path::Values => request,
        Path::FieldByField => request.data(FieldByField),
    };
    let response = app.state.api.execute(Some(viewer.clone()), BatchRequest::Single(request)).await;
    let text = match path {
        Path::Http => String::from_utf8(write_response(&response)).unwrap(),
        _ => serde_json::to_string(&response).unwrap(),
    };
    let BatchResponse::Single(one) = response else { panic!("one request, one response") };
    assert!(one.errors.is_empty(), "{path:?}: {:?}", one.errors);
    text
}

#[tokio::test]
async fn every_list_reads_the_same_in_one_pass_as_field_by_field() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    // Rows with every nullable column both set and empty, and text that needs escaping.
    app.sql(&format!(
        "INSERT INTO leads (workspace_id, user_id, name, url, notes, created_at) \
         SELECT '{ws}', '{u}', 'Lead ' || i, 'https://example.com/' || i, CASE WHEN i = 2 THEN 'n' END, now() - (10 - i) * interval '1 minute' \
         FROM generate_series(1, 3) i;
         INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date, description, notes, completed_at, replied_at, auto_created) \
         SELECT l.workspace_id, l.user_id, l.id, 'FOLLOW_UP', 'REPLIED', current_date, 'step ' || n, 'note ' || n, now(), now(), true \
         FROM leads l, generate_series(1, 2) n;
         INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date, snooze_until) \
         SELECT l.workspace_id, l.user_id, l.id, 'FAST_WIN', 'SNOOZED', current_date, current_date + 3 FROM leads l;
         UPDATE actions SET notes = E'say \"hi\"\\n\\\\ \\t caf\\u00e9 \\u0001 </script>' WHERE state = 'REPLIED';",
        ws = ada.workspace_id,
        u = ada.id
    ))
    .await;
    let viewer = Viewer { user_id: ada.id, email: ada.email.clone(), credential: Credential::Token };
    let vars = json!({ "ws": ada.workspace_id });

    for (actions, rendered_by_database) in [
        (ACTION_FIELDS.to_string(), 0),
        // A related object in each row: resolved through its loader, in place.
        (format!("{ACTION_FIELDS} lead {{ name id __typename }}"), 0),
        // Nothing Postgres writes otherwise than the API: the lists come from the database.
        (SQL_FIELDS.to_string(), 3),
    ] {
        let query = page(&actions);
        let reference = answer(&app, &viewer, &query, &vars, Path::FieldByField).await;
        let before = stats();
        let values = answer(&app, &viewer, &query, &vars, Path::Values).await;
        let http = answer(&app, &viewer, &query, &vars, Path::Http).await;
        let after = stats();
        assert_eq!(values, reference, "built as values: {actions}");
        assert_eq!(http, reference, "written as JSON: {actions}");
        assert_eq!(after.pages_one_pass - before.pages_one_pass, 2, "both pages in one pass");
        assert_eq!(after.pages_field_by_field, before.pages_field_by_field);
        assert_eq!(after.field_by_field, before.field_by_field, "no list field by field");
        assert_eq!(after.rendered_by_database - before.rendered_by_database, rendered_by_database, "{actions}");
        assert_eq!(after.one_pass - before.one_pass, 6 - rendered_by_database);
    }

    let data: serde_json::Value = serde_json::from_str(&answer(&app, &viewer, &page(ACTION_FIELDS), &vars, Path::Http).await).unwrap();
    let leads = &data["data"]["workspace"]["leads"];
    assert_eq!((leads["totalCount"].as_i64(), leads["count"].as_i64()), (Some(3), Some(3)));
    let actions: Vec<&serde_json::Value> =
        leads["edges"].as_array().unwrap().iter().flat_map(|e| e["node"]["actions"].as_array().unwrap()).collect();
    assert_eq!(actions.len(), 9);
    let replied = actions.iter().find(|a| a["state"] == "REPLIED").unwrap();
    assert_eq!(replied["__typename"], "Action");
    assert_eq!(replied["key"], replied["id"]);
    assert!(replied["completedAt"].is_string() && replied["autoCreated"] == true);
    assert_eq!(replied["notes"], "say \"hi\"\n\\ \t caf\u{e9} \u{1} </script>");
    let snoozed = actions.iter().find(|a| a["state"] == "SNOOZED").unwrap();
    assert!(snoozed["snoozeUntil"].is_string() && snoozed["notes"].is_null() && snoozed["description"].is_null());

    // A selection the engine does not follow (one response key selecting two sub-selections,
    // which async-graphql merges) takes the general path, with the same answer.
    let query = "query($ws: UUID!) { workspace(id: $ws) { leads(first: 5) { edges { node { id } } edges { node { name } } } } }";
    let reference = answer(&app, &viewer, query, &vars, Path::FieldByField).await;
    let before = stats();
    assert_eq!(answer(&app, &viewer, query, &vars, Path::Http).await, reference);
    assert_eq!(stats().pages_field_by_field - before.pages_field_by_field, 1);
    assert!(reference.contains("\"id\"") && reference.contains("\"name\":\"Lead 1\""), "{reference}");
}
