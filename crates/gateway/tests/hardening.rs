//! Hardening: query limits, transport rules, and the schema contract.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestApp, codes};
use futures_util::SinkExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn a_query_too_deep_or_too_complex_or_with_too_many_aliases_is_refused() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let mut deep = String::from("user { id }");
    for _ in 0..3 {
        deep = format!("memberships {{ workspace {{ members {{ edges {{ node {{ {deep} }} }} }} }} }}");
    }
    let answer = app.gql(&ada.token, &format!("{{ viewer {{ {deep} }} }}"), json!({})).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("too deep"), "{answer}");
    assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"]);

    // Every limit answers with the one code (before, too many aliases was BAD_USER_INPUT).
    let wide: Vec<String> = (0..40).map(|i| format!("a{i}: viewer {{ id }}")).collect();
    let answer = app.gql(&ada.token, &format!("{{ {} }}", wide.join(" ")), json!({})).await;
    assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"], "{answer}");
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("aliases"), "{answer}");
    // The same over graphql-ws, for a query and a subscription.
    let addr = common::serve(&app).await;
    let mut socket = common::connect(&addr, json!({ "Authorization": format!("Bearer {}", ada.token) })).await;
    assert_eq!(common::next_json(&mut socket).await["type"], "connection_ack");
    let subscription: Vec<String> = (0..40).map(|i| format!("a{i}: membershipChanged {{ kind }}")).collect();
    for (id, query) in [("q", format!("{{ {} }}", wide.join(" "))), ("s", format!("subscription {{ {} }}", subscription.join(" ")))] {
        let message = json!({ "id": id, "type": "subscribe", "payload": { "query": query } });
        socket.send(Message::text(message.to_string())).await.unwrap();
        let mut answer = common::next_json(&mut socket).await;
        while answer["type"] == "complete" {
            answer = common::next_json(&mut socket).await;
        }
        let refused = if answer["type"] == "error" { &answer["payload"][0] } else { &answer["payload"]["errors"][0] };
        assert_eq!(refused["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED", "{id}: {answer}");
        assert!(refused["message"].as_str().unwrap().contains("aliases"), "{answer}");
    }

    let heavy = TestApp::with_env(&[("MOSAIC_MAX_COMPLEXITY", "5")]).await;
    let bob = heavy.sign_up("bob@example.com").await;
    let answer = heavy.gql(&bob.token, "{ viewer { id email memberships { role workspace { id name slug } } } }", json!({})).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("complex"), "{answer}");
    assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"]);
}

/// The introspection query GraphiQL and code generators send nests `ofType` about fifteen
/// levels deep: the depth limit counts the API's data, not the schema describing itself.
#[tokio::test]
async fn introspection_as_graphiql_sends_it_is_not_too_deep() {
    let app = TestApp::new().await;
    let of_type = (0..14).fold("name".to_owned(), |inner, _| format!("kind ofType {{ {inner} }}"));
    let introspection = format!("{{ __schema {{ types {{ name fields {{ name type {{ {of_type} }} }} }} }} }}");
    let (_, answer) = app.post(&[], &introspection, json!({})).await;
    assert!(answer.get("errors").is_none() && answer["data"]["__schema"]["types"].is_array(), "{answer}");
    let (_, answer) = app.post(&[], "{ __type(name: \"Query\") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }", json!({})).await;
    assert!(answer.get("errors").is_none(), "{answer}");
}

#[tokio::test]
async fn nested_lists_multiply_a_querys_complexity() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let ws = json!({ "ws": ada.workspace_id });
    // A page of 50 leads with 10 actions each, and each action's lead: well within the limit.
    let page = "query($ws: UUID!) { workspace(id: $ws) { leads(first: 50) { edges { node { id name actions(first: 10) { id state lead { id } } } } } } }";
    let answer = app.gql(&ada.token, page, ws.clone()).await;
    assert!(answer.get("errors").is_none(), "{answer}");
    // Leads → actions → lead → actions repeats the same rows a hundredfold at each level: a
    // million objects from a query of a few lines. Counted as one field each it would pass.
    let cycle = "query($ws: UUID!) { workspace(id: $ws) { leads(first: 100) { edges { node { actions(first: 100) { lead { actions(first: 100) { id } } } } } } } }";
    let answer = app.gql(&ada.token, cycle, ws).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("complex"), "{answer}");
    assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"]);
}

/// Two nested lists asking for `first: 2147483647` weigh more than a `usize` holds; next to a
/// sibling field the sum overflowed inside async-graphql and the fuzz run saw the connection
/// drop (a panic in the debug build). The query is refused like any other too complex one.
#[tokio::test]
async fn lists_of_two_billion_rows_next_to_each_other_are_too_complex_not_a_crash() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let query = "query($ws: UUID!, $n: Int!) { viewer { user { updatedAt } } workspace(id: $ws) { leads(first: $n) { edges { node { actions(first: $n) { lead { actions(first: $n) { notes lead { snoozeUntil } } } } } } } } }";
    for _ in 0..2 {
        let answer = app.gql(&ada.token, query, json!({ "ws": ada.workspace_id, "n": i32::MAX })).await;
        assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"], "{answer}");
    }
}

/// An input literal nested hundreds of levels deep overflowed a worker's stack in the parser
/// and took the whole server down. Refused before parsing, over HTTP and graphql-ws alike;
/// the server answers the next request.
#[tokio::test]
async fn a_document_nested_hundreds_of_levels_deep_is_refused_not_a_crash() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let literal = format!("{}1{}", "{ a: ".repeat(400), " }".repeat(400));
    let query =
        format!("mutation {{ updateWorkspace(input: {{ id: \"{}\", settings: {literal} }}) {{ workspace {{ id }} }} }}", ada.workspace_id);
    let answer = app.gql(&ada.token, &query, json!({})).await;
    assert_eq!(codes(&answer), ["GRAPHQL_VALIDATION_FAILED"], "{answer}");
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("nests brackets"), "{answer}");
    let answer = app.gql(&ada.token, "{ viewer { id } }", json!({})).await;
    assert!(answer.get("errors").is_none(), "{answer}");
}

/// The complexity limit estimates a list it cannot bound (`WeeklySummary.contentPrompts`, a
/// plan's items) at ten items; the data may hold more. Every list spends its items from one
/// budget per operation, counted as they appear in the answer, and past it the answer is
/// LIMIT_EXCEEDED (the fuzz run found such a query taking 9 s).
#[tokio::test]
async fn an_answer_with_more_list_items_than_the_budget_is_refused() {
    let app = TestApp::with_env(&[("MOSAIC_MAX_LIST_ITEMS", "100")]).await;
    let ada = app.sign_up("ada@example.com").await;
    let ws = json!({ "ws": ada.workspace_id });
    let lead = app
        .ok(
            &ada.token,
            "mutation($ws: UUID!) { createLead(input: { workspaceId: $ws, name: \"Grace\", url: \"https://g.io\" }) { lead { id } } }",
            ws.clone(),
        )
        .await["createLead"]["lead"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.sql(&format!(
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date) \
         SELECT '{}', '{}', '{lead}', 'FOLLOW_UP', 'NEW', current_date FROM generate_series(1, 9)",
        ada.workspace_id, ada.id
    ))
    .await;
    // 1 lead, its 9 actions, each action's lead's 9 actions: 91 items, within 100; once by
    // the database's rendering and once field by field (`__typename` in the innermost list).
    let cycle = |inner: &str| {
        format!(
            "query($ws: UUID!) {{ workspace(id: $ws) {{ leads(first: 10) {{ edges {{ node {{ actions(first: 10) {{ lead {{ actions(first: 10) {{ {inner} }} }} }} }} }} }} }} }}"
        )
    };
    for inner in ["id", "id __typename"] {
        let answer = app.gql(&ada.token, &cycle(inner), ws.clone()).await;
        assert!(answer.get("errors").is_none(), "{answer}");
    }
    // A tenth action: 1 + 10 + 100 items.
    app.sql(&format!(
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, due_date) VALUES ('{}', '{}', '{lead}', 'FOLLOW_UP', 'NEW', current_date)",
        ada.workspace_id, ada.id
    ))
    .await;
    for inner in ["id", "id __typename"] {
        let answer = app.gql(&ada.token, &cycle(inner), ws.clone()).await;
        assert_eq!(codes(&answer)[0], "LIMIT_EXCEEDED", "{answer}");
        assert!(answer["errors"][0]["message"].as_str().unwrap().contains("100 list items"), "{answer}");
    }
}

#[tokio::test]
async fn graphql_is_post_with_json_only_and_batches_and_bodies_are_bounded() {
    let app = TestApp::new().await;
    let (status, _) = app.request("GET", "/graphql?query=mutation%7BleaveWorkspace%7D", &[], vec![]).await;
    assert_eq!(status, 405);
    let (status, _) =
        app.request("POST", "/graphql", &[("content-type", "text/plain")], br#"{"query":"{ viewer { id } }"}"#.to_vec()).await;
    assert_eq!(status, 415);
    let (status, _) = app.request("POST", "/graphql", &[("content-type", "application/x-www-form-urlencoded")], b"query=x".to_vec()).await;
    assert_eq!(status, 415);
    let (status, body) = app.request("POST", "/graphql", &[("content-type", "application/json")], b"{not json".to_vec()).await;
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));

    let batch: Vec<_> = (0..11).map(|_| json!({ "query": "{ __typename }" })).collect();
    let (status, body) =
        app.request("POST", "/graphql", &[("content-type", "application/json")], serde_json::to_vec(&batch).unwrap()).await;
    assert_eq!(status, 200);
    assert_eq!(codes(&serde_json::from_slice(&body).unwrap()), ["GRAPHQL_VALIDATION_FAILED"]);
    let small: Vec<_> = (0..2).map(|_| json!({ "query": "{ __typename }" })).collect();
    let (status, body) =
        app.request("POST", "/graphql", &[("content-type", "application/json")], serde_json::to_vec(&small).unwrap()).await;
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap().as_array().unwrap().len(), 2);

    let huge = format!(r#"{{"query":"{{ __typename }}","x":"{}"}}"#, "a".repeat(2 << 20));
    let (status, _) = app.request("POST", "/graphql", &[("content-type", "application/json")], huge.into_bytes()).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn introspection_and_suggestions_switch_off_in_production() {
    let prod = TestApp::with_env(&[("MOSAIC_PRODUCTION", "true")]).await;
    let (_, answer) = prod.post(&[], "{ __schema { types { name } } }", json!({})).await;
    assert!(answer["data"]["__schema"].is_null(), "{answer}");
    let (_, answer) = prod.post(&[], "{ viewr { id } }", json!({})).await;
    assert!(!answer.to_string().contains("Did you mean"), "{answer}");

    let dev = TestApp::new().await;
    let (_, answer) = dev.post(&[], "{ __schema { queryType { name } } }", json!({})).await;
    assert_eq!(answer["data"]["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn errors_never_carry_database_text() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    // A cursor forged to hold a value of the wrong type reaches the database layer.
    use base64::Engine;
    let cursor = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"["not-a-time","00000000-0000-0000-0000-000000000000"]"#);
    let answer = app
        .gql(
            &ada.token,
            "query($id: UUID!, $c: String) { workspace(id: $id) { members(after: $c) { totalCount } } }",
            json!({ "id": ada.workspace_id, "c": cursor }),
        )
        .await;
    let text = answer.to_string().to_lowercase();
    for leak in ["sqlx", "syntax", "relation", "postgres", "timestamp with time zone", "select "] {
        assert!(!text.contains(leak), "{leak} in {answer}");
    }
    assert!(!codes(&answer).is_empty(), "{answer}");
    // Found by the fuzz run: a cursor of a text-sorted list forged to hold a NUL answered
    // INTERNAL (Postgres text cannot hold one). It is a cursor this list never gave out.
    let cursor = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"["\u0000","00000000-0000-0000-0000-000000000000"]"#);
    let answer = app.gql(&ada.token, "query($c: String) { products(before: $c) { totalCount } }", json!({ "c": cursor })).await;
    assert_eq!(codes(&answer), ["BAD_USER_INPUT"], "{answer}");
}

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = TestApp::new().await;
    assert_eq!(app.request("GET", "/healthz", &[], vec![]).await.0, 200);
    assert_eq!(app.request("GET", "/readyz", &[], vec![]).await.0, 200);
    let ada = app.sign_up("ada@example.com").await;
    app.gql("garbage", "{ viewer { id } }", json!({})).await;
    app.ok(&ada.token, "{ viewer { id } }", json!({})).await;
    let (status, body) = app.request("GET", "/metrics", &[], vec![]).await;
    assert_eq!(status, 200);
    let text = String::from_utf8(body).unwrap();
    assert!(text.contains("mosaic_graphql_requests_total 3"), "{text}");
    assert!(text.contains("mosaic_graphql_errors_total{code=\"UNAUTHENTICATED\"} 1"), "{text}");
    assert!(text.contains("mosaic_graphql_request_duration_seconds_bucket{le=\"+Inf\"} 3"), "{text}");
    assert!(text.contains("mosaic_db_pool_connections{state=\"max\"} 6"), "{text}");
    let (status, page) = app.request("GET", "/", &[], vec![]).await;
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&page).contains("graphiql"));
    // GraphiQL needs nothing from outside: its scripts come from this server.
    assert!(!String::from_utf8_lossy(&page).contains("https://"));
    for asset in ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "mosaic-graphiql.js"] {
        assert_eq!(app.request("GET", &format!("/assets/{asset}"), &[], vec![]).await.0, 200, "{asset}");
    }
}

#[test]
fn schema_graphql_equals_the_served_schema() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema.graphql");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let served = gateway::schema::sdl();
    assert!(
        committed == served,
        "schema.graphql differs from the served schema; rewrite it with `just schema` (cargo run -q -- schema > schema.graphql)"
    );
}

/// A deployment given its clients' manifest runs a document named by its hash, and with
/// `MOSAIC_PERSISTED_ONLY` nothing else; over HTTP and graphql-ws alike.
#[tokio::test]
async fn only_the_clients_persisted_operations_run_when_the_deployment_says_so() {
    let document = "query Me { viewer { email } }";
    let hash = platform::persisted::hash_of(document);
    let manifest = std::env::temp_dir().join(format!("mosaic-persisted-{}.json", uuid::Uuid::new_v4().simple()));
    std::fs::write(&manifest, json!({ hash.clone(): document }).to_string()).unwrap();
    let app = TestApp::with_env(&[("MOSAIC_PERSISTED_OPERATIONS", manifest.to_str().unwrap()), ("MOSAIC_PERSISTED_ONLY", "true")]).await;
    std::fs::remove_file(&manifest).unwrap();
    // Signed in by token alone: the first request (by hash) makes the user.
    let token = app.jwt().mint(uuid::Uuid::now_v7(), "ada@example.com", gateway::auth::DEV_TOKEN_TTL);
    let auth = format!("Bearer {token}");
    let ask = |body: serde_json::Value| {
        let auth = auth.clone();
        let app = &app;
        async move {
            let (_, bytes) = app
                .request(
                    "POST",
                    "/graphql",
                    &[("content-type", "application/json"), ("authorization", &auth)],
                    serde_json::to_vec(&body).unwrap(),
                )
                .await;
            serde_json::from_slice::<serde_json::Value>(&bytes).unwrap()
        }
    };
    let persisted = |hash: &str| json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } });
    let answer = ask(json!({ "extensions": persisted(&hash) })).await;
    assert_eq!(answer["data"]["viewer"]["email"], "ada@example.com", "{answer}");
    let answer = ask(json!({ "query": document, "extensions": persisted(&hash) })).await;
    assert_eq!(answer["data"]["viewer"]["email"], "ada@example.com", "{answer}");
    let answer = ask(json!({ "extensions": persisted(&platform::persisted::hash_of("{ viewer { id } }")) })).await;
    assert_eq!(codes(&answer), ["PERSISTED_QUERY_NOT_FOUND"], "{answer}");
    let answer = ask(json!({ "query": "{ viewer { id } }" })).await;
    assert_eq!(codes(&answer), ["FORBIDDEN"], "{answer}");
    // A known hash runs the manifest's text, whatever text came with it; codegen's prefix is fine.
    let answer = ask(json!({ "query": "{ viewer { id } }", "extensions": persisted(&format!("sha256:{hash}")) })).await;
    assert_eq!(answer["data"]["viewer"]["email"], "ada@example.com", "{answer}");

    let addr = common::serve(&app).await;
    let mut socket = common::connect(&addr, json!({ "Authorization": auth })).await;
    assert_eq!(common::next_json(&mut socket).await["type"], "connection_ack");
    for (id, payload) in [("ok", json!({ "query": "", "extensions": persisted(&hash) })), ("no", json!({ "query": "{ viewer { id } }" }))] {
        socket.send(Message::text(json!({ "id": id, "type": "subscribe", "payload": payload }).to_string())).await.unwrap();
        let mut answer = common::next_json(&mut socket).await;
        while answer["type"] == "complete" {
            answer = common::next_json(&mut socket).await;
        }
        let expected = if id == "ok" { json!("ada@example.com") } else { json!(null) };
        assert_eq!(answer["payload"]["data"]["viewer"]["email"], expected, "{id}: {answer}");
    }
}
