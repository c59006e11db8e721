//! Response keys follow the query (the GraphQL spec's CollectFields), on every path: fields
//! resolved one by one (async-graphql finishes them in any order), batches, graphql-ws queries
//! and subscription events.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestApp, connect, next_json_text, serve};
use futures_util::SinkExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

/// The query of the review that found the keys out of order: fields that wait on I/O
/// (`flags`, `memberships`) around fields that do not.
const VIEWER: &str = "{ viewer { flags { name } email id memberships { workspace { slug id } role } ...Who } } fragment Who on Viewer { user { timezone email } id }";

/// Each key's first place in `text`, which must come in the order given.
fn in_order(text: &str, keys: &[&str]) {
    let places: Vec<usize> =
        keys.iter().map(|k| text.find(&format!("\"{k}\"")).unwrap_or_else(|| panic!("{k} missing in {text}"))).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "keys out of the query's order {keys:?}: {text}");
}

#[tokio::test]
async fn keys_follow_the_query_over_http_in_batches_and_over_graphql_ws() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    app.sql("INSERT INTO feature_flags (name, is_enabled) VALUES ('a-flag', true)").await;
    let auth = format!("Bearer {}", ada.token);
    for _ in 0..5 {
        let body = serde_json::to_vec(&json!({ "query": VIEWER })).unwrap();
        let (_, bytes) = app.request("POST", "/graphql", &[("content-type", "application/json"), ("authorization", &auth)], body).await;
        let text = String::from_utf8(bytes).unwrap();
        in_order(&text, &["flags", "name", "email", "id", "memberships", "workspace", "slug", "role", "user", "timezone"]);
    }
    let batch = serde_json::to_vec(&json!([{ "query": VIEWER }, { "query": "{ viewer { memberships { role } email } }" }])).unwrap();
    let (_, bytes) = app.request("POST", "/graphql", &[("content-type", "application/json"), ("authorization", &auth)], batch).await;
    let text = String::from_utf8(bytes).unwrap();
    let (first, second) = text.split_at(text.find("},{\"data\"").unwrap());
    in_order(first, &["flags", "email", "id", "memberships", "user"]);
    in_order(second, &["memberships", "role", "email"]);

    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({ "Authorization": auth })).await;
    assert!(next_json_text(&mut socket).await.contains("connection_ack"));
    socket.send(Message::text(json!({ "id": "q", "type": "subscribe", "payload": { "query": VIEWER } }).to_string())).await.unwrap();
    let text = next_json_text(&mut socket).await;
    // The envelope has an `id` of its own; the order asked for is the payload's.
    let payload = &text[text.find("\"payload\"").unwrap()..];
    in_order(payload, &["flags", "name", "email", "id", "memberships", "workspace", "slug", "role", "user", "timezone"]);

    // A subscription's events too: `kind` asked before `workspaceId`.
    let subscribe =
        json!({ "id": "s", "type": "subscribe", "payload": { "query": "subscription { membershipChanged { kind workspaceId } }" } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    assert!(next_json_text(&mut socket).await.contains("\"complete\""), "the query's stream completes");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let bob = app.sign_up("bob@example.com").await;
    app.ok(
        &bob.token,
        "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"ada@example.com\", role: VIEWER }) { member { role } } }",
        json!({ "ws": bob.workspace_id }),
    )
    .await;
    let event = next_json_text(&mut socket).await;
    in_order(&event[event.find("\"payload\"").unwrap()..], &["kind", "workspaceId"]);
}

#[tokio::test]
async fn errors_with_no_place_in_the_query_carry_no_locations() {
    let app = TestApp::new().await;
    let (_, answer) = app.post(&[("authorization", "Bearer not-a-token")], "{ viewer { id } }", json!({})).await;
    assert_eq!(answer["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
    assert!(answer["errors"][0].get("locations").is_none(), "{answer}");
    let (status, bytes) = app.request("GET", "/graphql?query=%7B__typename%7D", &[], vec![]).await;
    assert_eq!(status, 405);
    let answer: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert!(answer["errors"][0].get("locations").is_none(), "{answer}");
    // A parse error has its place, counted from 1.
    let (_, answer) = app.post(&[], "{ viewer { ", json!({})).await;
    assert!(answer["errors"][0]["locations"][0]["line"].as_u64().unwrap() >= 1, "{answer}");
}
