//! Members and roles: adding by email, changing roles, removing, leaving, the last-owner rule,
//! read-only viewers, and the audit log that records it all.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestApp, TestUser, codes};
use serde_json::{Value, json};
use uuid::Uuid;

const ADD: &str =
    "mutation($input: AddMemberInput!) { addMember(input: $input) { member { role user { email } } errors { code field message } } }";
const CHANGE: &str =
    "mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } errors { code field } } }";
const REMOVE: &str = "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId errors { code } } }";
const LEAVE: &str = "mutation($input: LeaveWorkspaceInput!) { leaveWorkspace(input: $input) { removedUserId errors { code } } }";

async fn team(app: &TestApp, owner: &TestUser) -> Uuid {
    let data = app
        .ok(
            &owner.token,
            "mutation { createWorkspace(input: { name: \"Acme Marketing\" }) { workspace { id slug viewerRole } errors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["createWorkspace"]["workspace"]["slug"], "acme-marketing");
    assert_eq!(data["createWorkspace"]["workspace"]["viewerRole"], "OWNER");
    data["createWorkspace"]["workspace"]["id"].as_str().unwrap().parse().unwrap()
}

async fn add(app: &TestApp, by: &TestUser, ws: Uuid, email: &str, role: &str) -> Value {
    app.ok(&by.token, ADD, json!({ "input": { "workspaceId": ws, "email": email, "role": role } })).await["addMember"].clone()
}

#[tokio::test]
async fn an_owner_adds_changes_and_removes_members() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let ws = team(&app, &ada).await;

    let added = add(&app, &ada, ws, "SAM@example.com", "MEMBER").await;
    assert_eq!(added["member"]["user"]["email"], "sam@example.com", "{added}");
    let again = add(&app, &ada, ws, "sam@example.com", "MEMBER").await;
    assert_eq!(again["errors"][0]["code"], "ALREADY_EXISTS");
    let nobody = add(&app, &ada, ws, "nobody@example.com", "MEMBER").await;
    assert_eq!(nobody["errors"][0]["code"], "NOT_FOUND");
    assert_eq!(nobody["errors"][0]["field"], json!(["input", "email"]));

    // Sam now sees the workspace.
    let seen = app.ok(&sam.token, "query($id: UUID!) { workspace(id: $id) { name viewerRole } }", json!({ "id": ws })).await;
    assert_eq!(seen["workspace"]["viewerRole"], "MEMBER");

    let changed = app.ok(&ada.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": sam.id, "role": "ADMIN" } })).await;
    assert_eq!(changed["changeMemberRole"]["member"]["role"], "ADMIN");

    let removed = app.ok(&ada.token, REMOVE, json!({ "input": { "workspaceId": ws, "userId": sam.id } })).await;
    assert_eq!(removed["removeMember"]["removedUserId"], sam.id.to_string());
    let gone = app.ok(&sam.token, "query($id: UUID!) { workspace(id: $id) { name } }", json!({ "id": ws })).await;
    assert_eq!(gone["workspace"], Value::Null);

    // Every change is in the audit log, with its actor.
    let log = app
        .ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { auditLogs(filter: { entityType: \"workspace_member\" }) { totalCount edges { node { action changes actor { email } } } } } }", json!({ "id": ws }))
        .await;
    let entries = &log["workspace"]["auditLogs"];
    assert_eq!(entries["totalCount"], 3, "{log}");
    let actions: Vec<&str> = entries["edges"].as_array().unwrap().iter().map(|e| e["node"]["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["delete", "update", "create"]);
    assert_eq!(entries["edges"][1]["node"]["changes"]["role"], json!({ "from": "member", "to": "admin" }));
    assert_eq!(entries["edges"][0]["node"]["actor"]["email"], "ada@example.com");
}

#[tokio::test]
async fn the_last_owner_can_neither_leave_nor_be_demoted_nor_removed() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let ws = team(&app, &ada).await;

    let leave = app.ok(&ada.token, LEAVE, json!({ "input": { "workspaceId": ws } })).await;
    assert_eq!(leave["leaveWorkspace"]["errors"][0]["code"], "LAST_OWNER");
    let demote = app.ok(&ada.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": ada.id, "role": "ADMIN" } })).await;
    assert_eq!(demote["changeMemberRole"]["errors"][0]["code"], "LAST_OWNER");
    let remove = app.ok(&ada.token, REMOVE, json!({ "input": { "workspaceId": ws, "userId": ada.id } })).await;
    assert_eq!(remove["removeMember"]["errors"][0]["code"], "LAST_OWNER");

    // With a second owner, the first may go.
    add(&app, &ada, ws, "sam@example.com", "OWNER").await;
    let left = app.ok(&ada.token, LEAVE, json!({ "input": { "workspaceId": ws } })).await;
    assert_eq!(left["leaveWorkspace"]["errors"], json!([]));
    let owners = app
        .ok(
            &sam.token,
            "query($id: UUID!) { workspace(id: $id) { members { edges { node { role user { email } } } } } }",
            json!({ "id": ws }),
        )
        .await;
    assert_eq!(owners["workspace"]["members"]["edges"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_owner_who_steps_down_or_an_admin_who_removes_themself_is_audited() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let ws = team(&app, &ada).await;
    add(&app, &ada, ws, "sam@example.com", "OWNER").await;

    // The change takes Ada below writer; its audit entry is written all the same.
    let down = app.ok(&ada.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": ada.id, "role": "VIEWER" } })).await;
    assert_eq!(down["changeMemberRole"]["member"]["role"], "VIEWER", "{down}");
    app.ok(&sam.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": ada.id, "role": "ADMIN" } })).await;
    let out = app.ok(&ada.token, REMOVE, json!({ "input": { "workspaceId": ws, "userId": ada.id } })).await;
    assert_eq!(out["removeMember"]["removedUserId"], ada.id.to_string(), "{out}");

    let log = app
        .ok(&sam.token, "query($id: UUID!) { workspace(id: $id) { auditLogs(filter: { entityType: \"workspace_member\" }) { edges { node { action changes actor { email } } } } } }", json!({ "id": ws }))
        .await;
    let entries: Vec<(String, String)> = log["workspace"]["auditLogs"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["node"]["action"].as_str().unwrap().to_owned(), e["node"]["actor"]["email"].as_str().unwrap_or("(gone)").to_owned()))
        .collect();
    // Ada has left, so Sam no longer sees who she is: her entries keep their place, actor unknown.
    let expected = [("delete", "(gone)"), ("update", "sam@example.com"), ("update", "(gone)"), ("create", "(gone)")];
    assert_eq!(entries, expected.map(|(a, e)| (a.to_owned(), e.to_owned())), "{log}");
}

#[tokio::test]
async fn the_database_keeps_an_owner_even_if_the_service_were_bypassed() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    use sea_orm::ConnectionTrait;
    let result = app
        .database
        .db
        .execute_unprepared(&format!("UPDATE workspace_members SET role = 'member' WHERE workspace_id = '{}'", ada.workspace_id))
        .await;
    assert!(result.is_err(), "the trigger refuses to leave a workspace without an owner");
}

#[tokio::test]
async fn viewers_never_write_and_only_owners_and_admins_manage() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let vic = app.sign_up("vic@example.com").await;
    let mel = app.sign_up("mel@example.com").await;
    let ws = team(&app, &ada).await;
    add(&app, &ada, ws, "vic@example.com", "VIEWER").await;
    add(&app, &ada, ws, "mel@example.com", "MEMBER").await;

    let reads = app.ok(&vic.token, "query($id: UUID!) { workspace(id: $id) { name members { totalCount } } }", json!({ "id": ws })).await;
    assert_eq!(reads["workspace"]["members"]["totalCount"], 3);

    for who in [&vic, &mel] {
        let rename = app
            .gql(
                &who.token,
                "mutation($id: UUID!) { updateWorkspace(input: { id: $id, name: \"Mine\" }) { errors { code } } }",
                json!({ "id": ws }),
            )
            .await;
        assert_eq!(codes(&rename), ["FORBIDDEN"], "{rename}");
        let adding = app.gql(&who.token, ADD, json!({ "input": { "workspaceId": ws, "email": "ada@example.com", "role": "OWNER" } })).await;
        assert_eq!(codes(&adding), ["FORBIDDEN"]);
        let keys = app.gql(&who.token, "query($id: UUID!) { workspace(id: $id) { apiKeys { totalCount } } }", json!({ "id": ws })).await;
        assert_eq!(codes(&keys), ["FORBIDDEN"]);
    }
    // An admin manages members but cannot make owners.
    app.ok(&ada.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": mel.id, "role": "ADMIN" } })).await;
    let promote = app.ok(&mel.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": vic.id, "role": "OWNER" } })).await;
    assert_eq!(promote["changeMemberRole"]["errors"][0]["code"], "INVALID_STATE");
    let demote_owner = app.ok(&mel.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": ada.id, "role": "VIEWER" } })).await;
    assert_eq!(demote_owner["changeMemberRole"]["errors"][0]["code"], "INVALID_STATE");
    let ok = app.ok(&mel.token, CHANGE, json!({ "input": { "workspaceId": ws, "userId": vic.id, "role": "MEMBER" } })).await;
    assert_eq!(ok["changeMemberRole"]["member"]["role"], "MEMBER");
}

#[tokio::test]
async fn workspaces_are_created_renamed_and_deleted_with_typed_errors() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let ws = team(&app, &ada).await;
    let taken = app
        .ok(
            &ada.token,
            "mutation { createWorkspace(input: { name: \"Other\", slug: \"acme-marketing\" }) { workspace { id } errors { code field } } }",
            json!({}),
        )
        .await;
    assert_eq!(taken["createWorkspace"]["errors"][0]["code"], "ALREADY_EXISTS");
    assert_eq!(taken["createWorkspace"]["errors"][0]["field"], json!(["input", "slug"]));
    let bad = app
        .ok(
            &ada.token,
            "mutation { createWorkspace(input: { name: \"Other\", slug: \"Not A Slug\" }) { workspace { id } errors { code field } } }",
            json!({}),
        )
        .await;
    assert_eq!(bad["createWorkspace"]["errors"][0]["code"], "INVALID");

    let renamed = app
        .ok(&ada.token, "mutation($id: UUID!) { updateWorkspace(input: { id: $id, name: \"Acme\", settings: { theme: \"dark\" } }) { workspace { name settings } errors { code } } }", json!({ "id": ws }))
        .await;
    assert_eq!(renamed["updateWorkspace"]["workspace"]["name"], "Acme");
    assert_eq!(renamed["updateWorkspace"]["workspace"]["settings"]["theme"], "dark");
    let by_slug = app.ok(&ada.token, "{ workspace(slug: \"acme-marketing\") { name } }", json!({})).await;
    assert_eq!(by_slug["workspace"]["name"], "Acme");

    let deleted = app
        .ok(
            &ada.token,
            "mutation($id: UUID!) { deleteWorkspace(input: { id: $id }) { deletedWorkspaceId errors { code } } }",
            json!({ "id": ws }),
        )
        .await;
    assert_eq!(deleted["deleteWorkspace"]["deletedWorkspaceId"], ws.to_string());
    let after = app.ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { name } }", json!({ "id": ws })).await;
    assert_eq!(after["workspace"], Value::Null);
}

#[tokio::test]
async fn a_profile_is_edited_with_a_real_time_zone() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let q = "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { fullName timezone } errors { code field } } }";
    let ok = app.ok(&ada.token, q, json!({ "input": { "fullName": "Ada Lovelace", "timezone": "America/New_York" } })).await;
    assert_eq!(ok["updateProfile"]["user"]["timezone"], "America/New_York");
    let bad = app.ok(&ada.token, q, json!({ "input": { "timezone": "Mars/Olympus" } })).await;
    assert_eq!(bad["updateProfile"]["errors"][0]["field"], json!(["input", "timezone"]));
    let me = app.ok(&ada.token, "{ viewer { user { fullName timezone } } }", json!({})).await;
    assert_eq!(me["viewer"]["user"]["timezone"], "America/New_York", "the bad change changed nothing");
}

#[tokio::test]
async fn feature_flags_are_evaluated_for_the_viewer_and_changed_by_staff_only() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let sam = app.sign_up("sam@example.com").await;
    let set = "mutation($input: SetFeatureFlagInput!) { setFeatureFlag(input: $input) { featureFlag { name enabled } errors { code } } }";
    let input = json!({ "input": { "name": "new-editor", "isEnabled": true, "rules": { "users": [sam.id] } } });
    assert_eq!(codes(&app.gql(&ada.token, set, input.clone()).await), ["FORBIDDEN"]);

    app.sql(&format!("UPDATE users SET is_staff = true WHERE id = '{}'", ada.id)).await;
    let made = app.ok(&ada.token, set, input).await;
    assert_eq!(made["setFeatureFlag"]["featureFlag"]["enabled"], false, "targeted at Sam, not Ada");
    let for_sam = app.ok(&sam.token, "{ viewer { flags { name enabled } } }", json!({})).await;
    assert_eq!(for_sam["viewer"]["flags"], json!([{ "name": "new-editor", "enabled": true }]));
    let by_workspace = json!({ "input": { "name": "new-editor", "isEnabled": true, "rules": { "workspaces": [ada.workspace_id] } } });
    app.ok(&ada.token, set, by_workspace).await;
    let for_ada = app.ok(&ada.token, "{ featureFlags { name enabled } }", json!({})).await;
    assert_eq!(for_ada["featureFlags"][0]["enabled"], true);
}

#[tokio::test]
async fn a_workspace_is_found_by_slug_among_the_memberships_and_read_only_when_asked() {
    use std::sync::atomic::Ordering;
    let (app, statements) = TestApp::counting().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let slug_of = |data: &Value| data["workspace"]["slug"].as_str().unwrap().to_string();
    let ada_slug =
        slug_of(&app.ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { slug } }", json!({ "id": ada.workspace_id })).await);
    let bob_slug =
        slug_of(&app.ok(&bob.token, "query($id: UUID!) { workspace(id: $id) { slug } }", json!({ "id": bob.workspace_id })).await);

    let by_slug = |fields: &'static str| format!("query($slug: String!) {{ workspace(slug: $slug) {{ {fields} }} }}");
    let before = statements.load(Ordering::SeqCst);
    let data = app.ok(&ada.token, &by_slug("id"), json!({ "slug": ada_slug })).await;
    let bare = statements.load(Ordering::SeqCst) - before;
    assert_eq!(data["workspace"]["id"], ada.workspace_id.to_string());
    let before = statements.load(Ordering::SeqCst);
    let data = app.ok(&ada.token, &by_slug("id name slug isPersonal"), json!({ "slug": ada_slug })).await;
    assert_eq!(statements.load(Ordering::SeqCst) - before, bare + 1, "one statement reads the row, for all its columns");
    assert_eq!(data["workspace"]["slug"], ada_slug);

    // Another tenant's slug is answered as a missing one.
    let data = app.ok(&ada.token, &by_slug("id name"), json!({ "slug": bob_slug })).await;
    assert_eq!(data["workspace"], Value::Null);
    let data = app.ok(&ada.token, &by_slug("id"), json!({ "slug": "no-such-workspace" })).await;
    assert_eq!(data["workspace"], Value::Null);

    // Renamed in one request of a batch, it is found by its new slug in the next: a batch runs
    // in order, in one transaction.
    let batch = json!([
        { "query": "mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { workspace { slug } errors { code } } }",
          "variables": { "input": { "id": ada.workspace_id, "slug": "ada-batched" } } },
        { "query": by_slug("id slug"), "variables": { "slug": "ada-batched" } },
    ]);
    let auth = format!("Bearer {}", ada.token);
    let headers = [("content-type", "application/json"), ("authorization", auth.as_str())];
    let (status, body) = app.request("POST", "/graphql", &headers, serde_json::to_vec(&batch).unwrap()).await;
    assert_eq!(status, 200);
    let answers: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(answers[1]["data"]["workspace"]["id"], ada.workspace_id.to_string(), "{answers}");

    // Renamed, it is found by its new slug and no longer by the old one.
    let renamed = app
        .ok(
            &ada.token,
            "mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { workspace { slug } errors { code } } }",
            json!({ "input": { "id": ada.workspace_id, "slug": "ada-renamed" } }),
        )
        .await;
    assert_eq!(renamed["updateWorkspace"]["workspace"]["slug"], "ada-renamed", "{renamed}");
    let data = app.ok(&ada.token, &by_slug("id slug"), json!({ "slug": "ada-renamed" })).await;
    assert_eq!(data["workspace"]["id"], ada.workspace_id.to_string());
    let data = app.ok(&ada.token, &by_slug("id"), json!({ "slug": ada_slug })).await;
    assert_eq!(data["workspace"], Value::Null);
}
