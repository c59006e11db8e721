//! What a hostile client or a curious insider tried, closed for good: each finding of the
//! hardening review has a test here that failed before its fix.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{TestApp, codes, connect, next_json, serve};
use futures_util::SinkExt;
use gateway::auth::DEV_TOKEN_TTL;
use platform::db::{API_LOGIN, DbScope, JOBS_LOGIN, begin_request, login_url};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use uuid::Uuid;

/// 1. Inside a request's transaction, nothing switches the wall off: the connection logs in as
/// `mosaic_api`, which can become `mosaic_app` and nothing else, and may read no table itself.
#[tokio::test]
async fn no_role_switch_inside_a_request_shows_another_tenants_rows() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let created = app
        .ok(
            &ada.token,
            "mutation($ws: UUID!) { createLead(input: { workspaceId: $ws, name: \"Grace\", url: \"https://g.io\" }) { lead { id } } }",
            json!({ "ws": ada.workspace_id }),
        )
        .await;
    assert!(created["createLead"]["lead"]["id"].is_string());

    let api = platform::db::connect(&login_url(&app.database.url, API_LOGIN, None), 1).await.unwrap();
    let roles: Vec<String> = app
        .database
        .db
        .query_all_raw(Statement::from_string(DbBackend::Postgres, "SELECT rolname::text FROM pg_roles WHERE rolname <> 'mosaic_app'"))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect();
    assert!(roles.iter().any(|r| r == "mosaic_worker") && roles.iter().any(|r| r == "app"), "{roles:?}");

    let (tx, _) = begin_request(&api, &app.database.seal, &DbScope { user_id: Some(bob.id), ..DbScope::default() }).await.unwrap();
    let ada_rows = format!(
        "SELECT (SELECT count(*) FROM leads WHERE workspace_id = '{ws}') + (SELECT count(*) FROM workspaces WHERE id = '{ws}') \
         + (SELECT count(*) FROM users WHERE id = '{id}')",
        ws = ada.workspace_id,
        id = ada.id
    );
    let mut attempts = vec!["RESET ROLE".to_string(), "SET ROLE NONE".to_string(), "SET SESSION AUTHORIZATION DEFAULT".to_string()];
    attempts.extend(roles.iter().map(|r| format!("SET ROLE \"{r}\"")));
    attempts.extend(roles.iter().map(|r| format!("SELECT set_config('role', '{r}', true)")));
    // The scope itself: naming Ada, or widening an API key's reach, breaks its seal, and an
    // unsealed scope has no user.
    attempts.extend([
        format!("SELECT set_config('app.user_id', '{}', true)", ada.id),
        format!("SELECT set_config('app.user_id', '{}', false)", ada.id),
        format!(
            "SELECT set_config('app.user_id', '{}', true), set_config('app.scope_seal', current_setting('app.scope_seal'), true)",
            ada.id
        ),
        format!("SELECT set_config('app.user_id', '{}', true), set_config('app.scope_seal', '', true)", ada.id),
    ]);
    for attempt in &attempts {
        let savepoint = tx.begin().await.unwrap();
        let switched = savepoint.execute_unprepared(attempt).await;
        let seen = match switched {
            Err(_) => None,
            Ok(_) => match savepoint.query_one_raw(Statement::from_string(DbBackend::Postgres, ada_rows.clone())).await {
                Ok(row) => Some(row.unwrap().try_get_by_index::<i64>(0).unwrap()),
                Err(_) => None,
            },
        };
        assert!(seen.is_none_or(|n| n == 0), "after {attempt}, Bob's request sees {seen:?} of Ada's rows");
        drop(savepoint);
    }
    // The login roles themselves are neither superusers nor above row-level security.
    let logins = app
        .database
        .db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT rolname::text, rolsuper, rolbypassrls, rolcreaterole, (SELECT count(*) FROM pg_class WHERE relowner = r.oid) \
             FROM pg_roles r WHERE rolname IN ('mosaic_api', 'mosaic_jobs')",
        ))
        .await
        .unwrap();
    assert_eq!(logins.len(), 2);
    for row in logins {
        let (name, superuser, bypass, createrole, owned): (String, bool, bool, bool, i64) = (
            row.try_get_by_index(0).unwrap(),
            row.try_get_by_index(1).unwrap(),
            row.try_get_by_index(2).unwrap(),
            row.try_get_by_index(3).unwrap(),
            row.try_get_by_index(4).unwrap(),
        );
        assert!(!superuser && !bypass && !createrole && owned == 0, "{name}");
    }
    let _ = JOBS_LOGIN;
}

/// Found by the fuzz run: JSON nested 126 levels deep was stored, and the workspace's audit log
/// (which nests the change two levels deeper) could never be read again; at 128 the write
/// answered INTERNAL. Inputs nested deeper than the API can read back are refused at the edge
/// (a literal deeper than a document may nest at all is refused before parsing: `hardening.rs`).
#[tokio::test]
async fn json_nested_too_deep_to_read_back_is_refused_and_the_audit_log_stays_readable() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let update = "mutation($ws: UUID!, $s: JSON!) { updateWorkspace(input: { id: $ws, settings: $s }) { workspace { id } } }";
    let nested = |levels: usize| (0..levels).fold(json!(1), |inner, _| json!({ "a": inner }));
    let answer = app.gql(&ada.token, update, json!({ "ws": ada.workspace_id, "s": nested(126) })).await;
    assert_eq!(codes(&answer), ["BAD_USER_INPUT"], "{answer}");
    let literal = format!(
        "mutation {{ updateWorkspace(input: {{ id: \"{}\", settings: {}1{} }}) {{ workspace {{ id }} }} }}",
        ada.workspace_id,
        "{a: ".repeat(40),
        "}".repeat(40)
    );
    let answer = app.gql(&ada.token, &literal, json!({})).await;
    assert_eq!(codes(&answer), ["BAD_USER_INPUT"], "{answer}");
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("updateWorkspace.input"), "{answer}");
    // Settings of an ordinary depth still go through, and the log reads back.
    app.ok(&ada.token, update, json!({ "ws": ada.workspace_id, "s": nested(20) })).await;
    let log = app
        .ok(&ada.token, "query($ws: UUID!) { workspace(id: $ws) { auditLogs { totalCount } } }", json!({ "ws": ada.workspace_id }))
        .await;
    assert!(log["workspace"]["auditLogs"]["totalCount"].as_u64().unwrap() >= 1, "{log}");
}

/// 2. A NUL character in any string input is refused at the edge, naming where it is, and
/// changes nothing (Postgres text cannot hold one: before, every such input answered INTERNAL).
#[tokio::test]
async fn a_nul_character_in_any_input_is_bad_user_input_naming_it() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let create = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }";
    for (input, named) in [
        (json!({ "workspaceId": ada.workspace_id, "name": "Gr\u{0}ace", "url": "https://g.io" }), "$input.name"),
        (json!({ "workspaceId": ada.workspace_id, "name": "Grace", "url": "https://g.io/\u{0}" }), "$input.url"),
    ] {
        let answer = app.gql(&ada.token, create, json!({ "input": input })).await;
        assert_eq!(codes(&answer), ["BAD_USER_INPUT"], "{answer}");
        assert!(answer["errors"][0]["message"].as_str().unwrap().contains(named), "{answer}");
        assert!(answer["errors"][0].get("locations").is_none(), "{answer}");
    }
    // A literal in the query, a JSON key, a search filter, a workspace name.
    for (query, vars) in [
        ("mutation { createWorkspace(input: { name: \"A\\u0000B\" }) { workspace { id } } }".to_string(), json!({})),
        (
            "mutation($ws: UUID!, $s: JSON!) { updateWorkspace(input: { id: $ws, settings: $s }) { workspace { id } } }".to_string(),
            json!({ "ws": ada.workspace_id, "s": { "theme\u{0}": "dark" } }),
        ),
        (
            "query($ws: UUID!) { workspace(id: $ws) { leads(filter: { search: \"a\\u0000\" }) { totalCount } } }".to_string(),
            json!({ "ws": ada.workspace_id }),
        ),
    ] {
        let answer = app.gql(&ada.token, &query, vars).await;
        assert_eq!(codes(&answer), ["BAD_USER_INPUT"], "{query}: {answer}");
    }
    let leads =
        app.ok(&ada.token, "query($ws: UUID!) { workspace(id: $ws) { leads { totalCount } } }", json!({ "ws": ada.workspace_id })).await;
    assert_eq!(leads["workspace"]["leads"]["totalCount"], 0);
}

/// 3. Twenty first requests of a new user at once all succeed, as the same user; another id
/// with a taken email, or an email with a NUL, is UNAUTHENTICATED, never INTERNAL.
#[tokio::test]
async fn racing_first_sign_ins_make_one_user() {
    let app = TestApp::new().await;
    let id = Uuid::now_v7();
    let token = app.jwt().mint(id, "racer@example.com", DEV_TOKEN_TTL);
    let answers =
        futures_util::future::join_all((0..20).map(|_| app.gql(&token, "{ viewer { id email memberships { role } } }", json!({})))).await;
    for answer in &answers {
        assert!(answer.get("errors").is_none(), "{answer}");
        assert_eq!(answer["data"]["viewer"]["id"], json!(id));
        assert_eq!(answer["data"]["viewer"]["memberships"].as_array().unwrap().len(), 1, "one personal workspace");
    }
    let thief = app.jwt().mint(Uuid::now_v7(), "RACER@example.com", DEV_TOKEN_TTL);
    assert_eq!(codes(&app.gql(&thief, "{ viewer { id } }", json!({})).await), ["UNAUTHENTICATED"]);
    let nul = app.jwt().mint(Uuid::now_v7(), "nul\u{0}@example.com", DEV_TOKEN_TTL);
    assert_eq!(codes(&app.gql(&nul, "{ viewer { id } }", json!({})).await), ["UNAUTHENTICATED"]);
    let app = &app;
    let racers = futures_util::future::join_all((0..10).map(|i| {
        let token = app.jwt().mint(Uuid::now_v7(), "shared@example.com", DEV_TOKEN_TTL);
        async move { (i, app.gql(&token, "{ viewer { id } }", json!({})).await) }
    }))
    .await;
    let won = racers.iter().filter(|(_, a)| a.get("errors").is_none()).count();
    assert_eq!(won, 1, "one id gets the email");
    for (_, answer) in racers.iter().filter(|(_, a)| a.get("errors").is_some()) {
        assert_eq!(codes(answer), ["UNAUTHENTICATED"], "{answer}");
    }
}

/// 4. A token not valid yet is refused over HTTP and over graphql-ws.
#[tokio::test]
async fn a_token_before_its_not_before_time_is_refused_everywhere() {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use hmac::Mac;
    let app = TestApp::new().await;
    let now = chrono::Utc::now().timestamp();
    let claims = json!({ "sub": Uuid::now_v7(), "email": "later@example.com", "exp": now + 3600, "nbf": now + 600 });
    let input = format!("{}.{}", URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#), URL_SAFE_NO_PAD.encode(claims.to_string()));
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(common::JWT_SECRET.as_bytes()).unwrap();
    mac.update(input.as_bytes());
    let token = format!("{input}.{}", URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()));
    let answer = app.gql(&token, "{ viewer { id } }", json!({})).await;
    assert_eq!(codes(&answer), ["UNAUTHENTICATED"], "{answer}");

    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({ "Authorization": format!("Bearer {token}") })).await;
    let refused = next_json(&mut socket).await;
    assert_ne!(refused["type"], "connection_ack", "{refused}");
}

/// 5. A subscription opened with an API key ends when the key is revoked.
#[tokio::test]
async fn revoking_an_api_key_ends_its_subscriptions() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let created = app
        .ok(
            &ada.token,
            "mutation($ws: UUID!) { createApiKey(input: { workspaceId: $ws, name: \"feed\", scopes: [READ] }) { plaintextKey apiKey { id } } }",
            json!({ "ws": ada.workspace_id }),
        )
        .await;
    let key = created["createApiKey"]["plaintextKey"].as_str().unwrap().to_string();
    let key_id = created["createApiKey"]["apiKey"]["id"].clone();
    let addr = serve(&app).await;
    let mut socket = connect(&addr, json!({ "X-Api-Key": key })).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription($ws: UUID!) { actionChanged(workspaceId: $ws) { id op } }", "variables": { "ws": ada.workspace_id } } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.ok(&ada.token, "mutation($id: UUID!) { revokeApiKey(input: { id: $id }) { apiKey { isActive } } }", json!({ "id": key_id })).await;
    let ended = next_json(&mut socket).await;
    assert_eq!(ended["type"], "complete", "{ended}");
}

/// 6. What the request and worker roles may do to each table is exactly what the domains
/// declare: a new table granting more (or the bookkeeping table granting anything) fails here.
#[tokio::test]
async fn each_role_holds_exactly_the_privileges_its_tables_declare() {
    let app = TestApp::new().await;
    let rows = app
        .database
        .db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT c.relname::text, r.rolname::text, \
                    concat_ws(',', CASE WHEN has_table_privilege(r.oid, c.oid, 'SELECT') THEN 'SELECT' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'INSERT') THEN 'INSERT' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'UPDATE') THEN 'UPDATE' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'DELETE') THEN 'DELETE' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'REFERENCES') THEN 'REFERENCES' END, \
                                   CASE WHEN has_table_privilege(r.oid, c.oid, 'TRIGGER') THEN 'TRIGGER' END) \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, pg_roles r \
             WHERE n.nspname = 'public' AND c.relkind = 'r' \
               AND r.rolname IN ('mosaic_app', 'mosaic_worker', 'mosaic_api', 'mosaic_jobs') ORDER BY 1, 2",
        ))
        .await
        .unwrap();
    let mut expected = gateway::schema::privileges();
    expected.sort();
    let mut actual: Vec<(String, String, String)> =
        rows.iter().map(|r| (r.try_get_by_index(0).unwrap(), r.try_get_by_index(1).unwrap(), r.try_get_by_index(2).unwrap())).collect();
    actual.retain(|(_, _, privileges)| !privileges.is_empty());
    actual.sort();
    let expected: Vec<(String, String, String)> =
        expected.into_iter().map(|(t, r, p)| (t.to_string(), r.to_string(), p.to_string())).collect();
    assert_eq!(actual, expected);
}

/// 7. An email is not turned into a user id for anyone: the lookup is gone, and adding a
/// member works only in a workspace the caller administers.
#[tokio::test]
async fn no_one_turns_an_email_into_a_user_id() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let api = platform::db::connect(&login_url(&app.database.url, API_LOGIN, None), 1).await.unwrap();
    let (tx, _) = begin_request(&api, &app.database.seal, &DbScope { user_id: Some(bob.id), ..DbScope::default() }).await.unwrap();
    let lookup = tx.query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT tenancy.user_id_by_email('ada@example.com')")).await;
    assert!(lookup.is_err(), "the lookup function is gone");
    drop(tx);
    let (tx, _) = begin_request(&api, &app.database.seal, &DbScope { user_id: Some(bob.id), ..DbScope::default() }).await.unwrap();
    let into_adas = tx
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT tenancy.add_member('{}', 'bob@example.com', 'owner')", ada.workspace_id),
        ))
        .await;
    assert!(into_adas.is_err(), "Bob administers nothing of Ada's");
    drop(tx);
    // Through the API: adding Bob to Ada's workspace as Bob answers as for a missing workspace.
    let answer = app
        .gql(
            &bob.token,
            "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"bob@example.com\", role: OWNER }) { member { userId } } }",
            json!({ "ws": ada.workspace_id }),
        )
        .await;
    assert_eq!(codes(&answer), ["NOT_FOUND"], "{answer}");
    let _: Value = answer;
}
