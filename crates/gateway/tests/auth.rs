//! Signing in: tokens, first sign-in provisioning, API keys.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::{TestApp, codes};
use gateway::auth::{DEV_TOKEN_TTL, Jwt};
use platform::config::JwtConfig;
use platform::secret::Secret;
use serde_json::json;
use uuid::Uuid;

const VIEWER: &str = "{ viewer { email } }";

async fn viewer_with(app: &TestApp, authorization: &str) -> Vec<String> {
    let (status, answer) = app.post(&[("authorization", authorization)], VIEWER, json!({})).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer["data"].is_null() || answer["data"]["viewer"].is_null(), "{answer}");
    codes(&answer)
}

#[tokio::test]
async fn a_valid_token_signs_in() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let data = app.ok(&ada.token, VIEWER, json!({})).await;
    assert_eq!(data["viewer"]["email"], "ada@example.com");
}

#[tokio::test]
async fn expired_forged_unsigned_and_garbage_tokens_are_unauthenticated() {
    let app = TestApp::new().await;
    let id = Uuid::now_v7();
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);

    // Expired an hour ago, correctly signed.
    let expired_claims =
        URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"{id}","email":"x@y.z","exp":{}}}"#, chrono::Utc::now().timestamp() - 3600));
    let expired = sign(&format!("{header}.{expired_claims}"));
    // Signed with another secret.
    let other = Jwt::new(JwtConfig { secret: Secret::new(b"another-secret-another-secret-!!".to_vec()), audience: None, issuer: None });
    let wrong_secret = other.mint(id, "x@y.z", DEV_TOKEN_TTL);
    // alg none, no signature.
    let none_header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let claims = URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"{id}","email":"x@y.z","exp":{}}}"#, chrono::Utc::now().timestamp() + 3600));
    let alg_none = format!("{none_header}.{claims}.");

    for token in [expired, wrong_secret, alg_none, "garbage".to_string(), "a.b.c".to_string()] {
        assert_eq!(viewer_with(&app, &format!("Bearer {token}")).await, ["UNAUTHENTICATED"], "{token}");
    }
    assert_eq!(viewer_with(&app, "Basic dXNlcjpwYXNz").await, ["UNAUTHENTICATED"]);
    // None of them created a user.
    let (_, answer) = app.post(&[], VIEWER, json!({})).await;
    assert_eq!(codes(&answer), ["UNAUTHENTICATED"]);
}

fn sign(input: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(common::JWT_SECRET.as_bytes()).unwrap();
    mac.update(input.as_bytes());
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
}

#[tokio::test]
async fn a_first_sign_in_provisions_the_user_and_a_personal_workspace() {
    let app = TestApp::new().await;
    let id = Uuid::now_v7();
    let token = app.jwt().mint(id, "new@example.com", DEV_TOKEN_TTL);
    let data = app
        .ok(&token, "{ viewer { id email memberships { role workspace { isPersonal viewerRole members { totalCount } } } } }", json!({}))
        .await;
    assert_eq!(data["viewer"]["id"], id.to_string());
    let memberships = data["viewer"]["memberships"].as_array().unwrap();
    assert_eq!(memberships.len(), 1);
    assert_eq!(memberships[0]["role"], "OWNER");
    assert_eq!(memberships[0]["workspace"]["isPersonal"], true);
    assert_eq!(memberships[0]["workspace"]["members"]["totalCount"], 1);
    // A second request finds the same user and workspace, not new ones.
    let again = app.ok(&token, "{ viewer { memberships { workspace { id } } } }", json!({})).await;
    assert_eq!(again["viewer"]["memberships"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_token_for_an_email_that_belongs_to_another_account_is_refused() {
    let app = TestApp::new().await;
    app.sign_up("ada@example.com").await;
    let imposter = app.jwt().mint(Uuid::now_v7(), "ADA@example.com", DEV_TOKEN_TTL);
    assert_eq!(codes(&app.gql(&imposter, VIEWER, json!({})).await), ["UNAUTHENTICATED"]);
}

const CREATE_KEY: &str = "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { plaintextKey apiKey { id prefix scopes } errors { code field } } }";

async fn make_key(app: &TestApp, token: &str, workspace: Uuid, scopes: &[&str], extra: serde_json::Value) -> (String, String) {
    let mut input = json!({ "workspaceId": workspace, "name": "ci", "scopes": scopes });
    if let (Some(i), Some(e)) = (input.as_object_mut(), extra.as_object()) {
        i.extend(e.clone());
    }
    let data = app.ok(token, CREATE_KEY, json!({ "input": input })).await;
    let created = &data["createApiKey"];
    assert_eq!(created["errors"], json!([]), "{created}");
    (created["plaintextKey"].as_str().unwrap().to_string(), created["apiKey"]["id"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn an_api_key_is_shown_once_stored_hashed_and_works_in_its_workspace_only() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let (key, key_id) = make_key(&app, &ada.token, ada.workspace_id, &["READ"], json!({})).await;
    assert!(key.starts_with("mk_"));

    // Never stored in the clear.
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let row = app
        .database
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT key_hash, key_prefix FROM api_keys WHERE id = '{key_id}'"),
        ))
        .await
        .unwrap()
        .unwrap();
    let hash: String = row.try_get("", "key_hash").unwrap();
    assert_ne!(hash, key);
    assert!(!hash.contains(&key[3..]));

    let answer = app.with_key(&key, "{ viewer { email memberships { workspace { id viewerRole } } } }", json!({})).await;
    assert_eq!(answer["data"]["viewer"]["email"], "ada@example.com", "{answer}");
    let memberships = answer["data"]["viewer"]["memberships"].as_array().unwrap();
    assert_eq!(memberships.len(), 1);
    assert_eq!(memberships[0]["workspace"]["viewerRole"], "VIEWER", "a READ key acts as a viewer");

    // Another workspace of the same user is invisible to the key.
    let team = app.ok(&ada.token, "mutation { createWorkspace(input: { name: \"Team\" }) { workspace { id } } }", json!({})).await;
    let team_id = team["createWorkspace"]["workspace"]["id"].as_str().unwrap().to_string();
    let seen = app.with_key(&key, "query($id: UUID!) { workspace(id: $id) { name } }", json!({ "id": team_id })).await;
    assert_eq!(seen["data"]["workspace"], serde_json::Value::Null, "{seen}");
}

#[tokio::test]
async fn a_read_key_cannot_write() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let (key, _) = make_key(&app, &ada.token, ada.workspace_id, &["READ"], json!({})).await;
    let answer = app
        .with_key(
            &key,
            "mutation($id: UUID!) { updateWorkspace(input: { id: $id, name: \"Renamed\" }) { errors { code } } }",
            json!({ "id": ada.workspace_id }),
        )
        .await;
    assert_eq!(codes(&answer), ["FORBIDDEN"], "{answer}");
    let name = app.ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { name } }", json!({ "id": ada.workspace_id })).await;
    assert_ne!(name["workspace"]["name"], "Renamed");
}

#[tokio::test]
async fn an_expired_key_and_a_revoked_key_are_refused() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let (expiring, expiring_id) =
        make_key(&app, &ada.token, ada.workspace_id, &["READ"], json!({ "expiresAt": "2999-01-01T00:00:00Z" })).await;
    assert!(app.with_key(&expiring, VIEWER, json!({})).await["errors"].is_null());
    app.sql(&format!("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = '{expiring_id}'")).await;
    assert_eq!(codes(&app.with_key(&expiring, VIEWER, json!({})).await), ["UNAUTHENTICATED"]);

    let (revoked, revoked_id) = make_key(&app, &ada.token, ada.workspace_id, &["WRITE"], json!({})).await;
    assert!(app.with_key(&revoked, VIEWER, json!({})).await["errors"].is_null());
    let data = app
        .ok(
            &ada.token,
            "mutation($id: UUID!) { revokeApiKey(input: { id: $id }) { apiKey { isActive revokedAt } errors { code } } }",
            json!({ "id": revoked_id }),
        )
        .await;
    assert_eq!(data["revokeApiKey"]["apiKey"]["isActive"], false);
    assert_eq!(codes(&app.with_key(&revoked, VIEWER, json!({})).await), ["UNAUTHENTICATED"]);
    assert_eq!(codes(&app.with_key("mk_not_a_key", VIEWER, json!({})).await), ["UNAUTHENTICATED"]);
}

#[tokio::test]
async fn a_key_past_its_hourly_limit_gets_limit_exceeded_and_usage_is_kept() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let (key, _) = make_key(&app, &ada.token, ada.workspace_id, &["READ"], json!({ "rateLimit": 2 })).await;
    for _ in 0..2 {
        let answer = app.with_key(&key, VIEWER, json!({})).await;
        assert!(answer["errors"].is_null(), "{answer}");
    }
    assert_eq!(codes(&app.with_key(&key, VIEWER, json!({})).await), ["LIMIT_EXCEEDED"]);

    let data = app
        .ok(
            &ada.token,
            "query($id: UUID!) { workspace(id: $id) { apiKeys { edges { node { usageCount lastUsedAt rateLimit } } } } }",
            json!({ "id": ada.workspace_id }),
        )
        .await;
    let node = &data["workspace"]["apiKeys"]["edges"][0]["node"];
    assert_eq!(node["usageCount"], 3);
    assert!(node["lastUsedAt"].is_string());

    // A new hour opens a new window.
    app.sql("UPDATE api_keys SET window_started_at = now() - interval '61 minutes'").await;
    assert!(app.with_key(&key, VIEWER, json!({})).await["errors"].is_null());
}

#[tokio::test]
async fn api_key_input_is_checked() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bad = [
        (json!({ "workspaceId": ada.workspace_id, "name": "x", "scopes": [] }), "REQUIRED", "scopes"),
        (json!({ "workspaceId": ada.workspace_id, "name": " ", "scopes": ["READ"] }), "INVALID", "name"),
        (
            json!({ "workspaceId": ada.workspace_id, "name": "x", "scopes": ["READ"], "expiresAt": "2001-01-01T00:00:00Z" }),
            "INVALID",
            "expiresAt",
        ),
        (json!({ "workspaceId": ada.workspace_id, "name": "x", "scopes": ["READ"], "rateLimit": 0 }), "INVALID", "rateLimit"),
    ];
    for (input, code, field) in bad {
        let data = app.ok(&ada.token, CREATE_KEY, json!({ "input": input })).await;
        let errors = &data["createApiKey"]["errors"];
        assert_eq!(errors[0]["code"], code, "{data}");
        assert_eq!(errors[0]["field"], json!(["input", field]));
        assert!(data["createApiKey"]["plaintextKey"].is_null());
    }
    let listed =
        app.ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { apiKeys { totalCount } } }", json!({ "id": ada.workspace_id })).await;
    assert_eq!(listed["workspace"]["apiKeys"]["totalCount"], 0, "no bad input left a key behind");
}
