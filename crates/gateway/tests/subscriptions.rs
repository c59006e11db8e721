//! Subscriptions over graphql-ws, fed by LISTEN/NOTIFY.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{TestApp, connect, next_json, serve};
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn a_member_added_elsewhere_is_told_over_graphql_ws() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let addr = serve(&app).await;

    let mut socket = connect(&addr, json!({ "Authorization": format!("Bearer {}", sam.token) })).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe =
        json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { membershipChanged { workspaceId kind } }" } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    // Let the subscription register before the change happens.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let ws = app.ok(&ada.token, "mutation { createWorkspace(input: { name: \"Team\" }) { workspace { id } } }", json!({})).await["createWorkspace"]["workspace"]["id"].clone();
    app.ok(
        &ada.token,
        "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"sam@example.com\", role: MEMBER }) { errors { code } } }",
        json!({ "ws": ws }),
    )
    .await;

    let event = next_json(&mut socket).await;
    assert_eq!(event["type"], "next", "{event}");
    assert_eq!(event["payload"]["data"]["membershipChanged"], json!({ "workspaceId": ws, "kind": "ADDED" }));
}

#[tokio::test]
async fn a_subscription_without_credentials_is_unauthenticated() {
    let app = TestApp::new().await;
    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({})).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { membershipChanged { kind } }" } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    let answer = next_json(&mut socket).await;
    assert_eq!(answer["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED", "{answer}");

    let mut bad = connect(&addr, json!({ "Authorization": "Bearer garbage" })).await;
    let refused = next_json(&mut bad).await;
    assert_ne!(refused["type"], "connection_ack", "{refused}");
}

#[tokio::test]
async fn a_crm_subscription_is_for_members_and_ends_when_the_member_leaves() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let team = app.ok(&ada.token, "mutation { createWorkspace(input: { name: \"Team\" }) { workspace { id } } }", json!({})).await
        ["createWorkspace"]["workspace"]["id"]
        .clone();
    app.ok(
        &ada.token,
        "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"sam@example.com\", role: MEMBER }) { errors { code } } }",
        json!({ "ws": team }),
    )
    .await;
    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({ "Authorization": format!("Bearer {}", sam.token) })).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = |id: &str, ws: &Value| json!({ "id": id, "type": "subscribe", "payload": { "query": "subscription($ws: UUID!) { actionChanged(workspaceId: $ws) { id op } }", "variables": { "ws": ws } } });

    // Ada's own workspace is not Sam's: answered as a missing one.
    socket.send(Message::text(subscribe("1", &json!(ada.workspace_id)).to_string())).await.unwrap();
    let refused = next_json(&mut socket).await;
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND", "{refused}");
    assert_eq!(next_json(&mut socket).await["type"], "complete");

    // The team is: the subscription runs until Ada removes Sam, then it completes.
    socket.send(Message::text(subscribe("2", &team).to_string())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.ok(
        &ada.token,
        "mutation($ws: UUID!, $sam: UUID!) { removeMember(input: { workspaceId: $ws, userId: $sam }) { errors { code } } }",
        json!({ "ws": team, "sam": sam.id }),
    )
    .await;
    let ended = next_json(&mut socket).await;
    assert_eq!(ended, json!({ "type": "complete", "id": "2" }));
}
