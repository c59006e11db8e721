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

/// A mutation of `field` taking `input`, that must succeed; answers its payload.
async fn mutate(app: &TestApp, token: &str, field: &str, input_type: &str, selection: &str, input: Value) -> Value {
    let query = format!("mutation($input: {input_type}!) {{ {field}(input: $input) {{ {selection} errors {{ code field message }} }} }}");
    let data = app.ok(token, &query, json!({ "input": input })).await;
    assert_eq!(data[field]["errors"], json!([]), "{field}: {data}");
    data[field].clone()
}

/// A business of `ws`, made through GraphQL; answers its id.
async fn business(app: &TestApp, token: &str, ws: &Value) -> Value {
    let profile = json!({ "name": "Northwind", "industry": "Coffee", "businessType": "Shop", "primaryProduct": "Beans", "coreOfferDescription": "Beans" });
    mutate(app, token, "createBusiness", "CreateBusinessInput", "business { id }", json!({ "workspaceId": ws, "profile": profile })).await
        ["business"]["id"]
        .clone()
}

#[tokio::test]
async fn a_content_change_reaches_every_member_of_the_workspace_and_no_one_else() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let ws = json!(ada.workspace_id);
    app.ok(
        &ada.token,
        "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"sam@example.com\", role: MEMBER }) { errors { code } } }",
        json!({ "ws": ws }),
    )
    .await;
    let addr = serve(&app).await;
    let subscribe = |id: &str, ws: &Value| json!({ "id": id, "type": "subscribe", "payload": { "query": "subscription($ws: UUID!) { blogPostChanged(workspaceId: $ws) { id workspaceId op } }", "variables": { "ws": ws } } });

    // Bob is not a member: Ada's workspace is answered exactly like one that does not exist.
    let mut bobs = connect(&addr, json!({ "Authorization": format!("Bearer {}", bob.token) })).await;
    assert_eq!(next_json(&mut bobs).await["type"], "connection_ack");
    bobs.send(Message::text(subscribe("1", &ws).to_string())).await.unwrap();
    let theirs = next_json(&mut bobs).await;
    assert_eq!(theirs["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND", "{theirs}");
    assert_eq!(next_json(&mut bobs).await["type"], "complete");
    bobs.send(Message::text(subscribe("2", &json!(uuid::Uuid::now_v7())).to_string())).await.unwrap();
    let missing = next_json(&mut bobs).await;
    assert_eq!(next_json(&mut bobs).await["type"], "complete");
    assert_eq!(theirs["payload"], missing["payload"], "{theirs} vs {missing}");
    // His own workspace he may watch, and hears nothing of Ada's.
    bobs.send(Message::text(subscribe("3", &json!(bob.workspace_id)).to_string())).await.unwrap();

    // Ada, the owner, and Sam, a member, both watch the workspace.
    let mut sockets = Vec::new();
    for who in [&ada, &sam] {
        let mut socket = connect(&addr, json!({ "Authorization": format!("Bearer {}", who.token) })).await;
        assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
        socket.send(Message::text(subscribe("1", &ws).to_string())).await.unwrap();
        sockets.push(socket);
    }
    // Let the subscriptions register before the change happens.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let biz = business(&app, &ada.token, &ws).await;
    let post = mutate(
        &app,
        &ada.token,
        "createBlogPost",
        "CreateBlogPostInput",
        "blogPost { id }",
        json!({ "workspaceId": ws, "businessId": biz, "title": "Brewing mistakes", "content": "Grind, water, ratio." }),
    )
    .await["blogPost"]["id"]
        .clone();

    // The business is not a blog post: the first event each member hears is the post's.
    for socket in &mut sockets {
        let event = next_json(socket).await;
        assert_eq!(event["type"], "next", "{event}");
        assert_eq!(event["id"], "1", "{event}");
        assert_eq!(event["payload"]["data"]["blogPostChanged"], json!({ "id": post, "workspaceId": ws, "op": "INSERT" }));
    }
    let heard = tokio::time::timeout(Duration::from_millis(500), next_json(&mut bobs)).await;
    assert!(heard.is_err(), "Bob heard of Ada's post: {heard:?}");
}

#[tokio::test]
async fn a_content_subscription_ends_when_the_member_leaves() {
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
    let subscribe = |id: &str, ws: &Value| json!({ "id": id, "type": "subscribe", "payload": { "query": "subscription($ws: UUID!) { socialPostChanged(workspaceId: $ws) { id op } }", "variables": { "ws": ws } } });

    // Ada's own workspace is not Sam's: answered as a missing one.
    socket.send(Message::text(subscribe("1", &json!(ada.workspace_id)).to_string())).await.unwrap();
    let refused = next_json(&mut socket).await;
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND", "{refused}");
    assert_eq!(next_json(&mut socket).await["type"], "complete");

    // The team is: Sam hears of Ada's post, and the subscription runs until Ada removes him.
    socket.send(Message::text(subscribe("2", &team).to_string())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let biz = business(&app, &ada.token, &team).await;
    let post = mutate(
        &app,
        &ada.token,
        "createSocialPost",
        "CreateSocialPostInput",
        "socialPost { id }",
        json!({ "workspaceId": team, "businessId": biz, "platform": "INSTAGRAM", "content": "Three brewing mistakes" }),
    )
    .await["socialPost"]["id"]
        .clone();
    let event = next_json(&mut socket).await;
    assert_eq!(event["type"], "next", "{event}");
    assert_eq!(event["payload"]["data"]["socialPostChanged"], json!({ "id": post, "op": "INSERT" }));
    app.ok(
        &ada.token,
        "mutation($ws: UUID!, $sam: UUID!) { removeMember(input: { workspaceId: $ws, userId: $sam }) { errors { code } } }",
        json!({ "ws": team, "sam": sam.id }),
    )
    .await;
    let ended = next_json(&mut socket).await;
    assert_eq!(ended, json!({ "type": "complete", "id": "2" }));
}

#[tokio::test]
async fn an_order_change_reaches_the_workspaces_subscriber() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let ws = json!(ada.workspace_id);
    app.sql(
        "INSERT INTO products (id, name, type, content_count, time_period, base_price, currency) VALUES
         ('00000000-0000-7000-8000-0000000000a1', 'Social year', 'social', 365, '1 year', 1000, 'usd')",
    )
    .await;
    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({ "Authorization": format!("Bearer {}", ada.token) })).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription($ws: UUID!) { orderChanged(workspaceId: $ws) { id workspaceId op } }", "variables": { "ws": ws } } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    // Let the subscription register before the change happens.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let items = json!([{ "productId": "00000000-0000-7000-8000-0000000000a1", "quantity": 2 }]);
    let order = mutate(&app, &ada.token, "createOrder", "CreateOrderInput", "order { id }", json!({ "workspaceId": ws, "items": items }))
        .await["order"]["id"]
        .clone();

    let event = next_json(&mut socket).await;
    assert_eq!(event["type"], "next", "{event}");
    assert_eq!(event["payload"]["data"]["orderChanged"], json!({ "id": order, "workspaceId": ws, "op": "INSERT" }));
}
