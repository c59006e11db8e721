//! Another tenant's data is invisible: answered exactly like a missing row, by the resolvers,
//! and by row-level security on its own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::TestApp;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

/// Every identity field that takes an id, with `$id` standing for a workspace, member or key.
const PROBES: &[(&str, &str)] = &[
    ("workspace by id", "query($id: UUID!) { workspace(id: $id) { id name } }"),
    ("user by id", "query($id: UUID!) { user(id: $id) { email } }"),
    ("rename", "mutation($id: UUID!) { updateWorkspace(input: { id: $id, name: \"Mine\" }) { workspace { id } errors { code field } } }"),
    ("delete", "mutation($id: UUID!) { deleteWorkspace(input: { id: $id }) { deletedWorkspaceId errors { code field } } }"),
    (
        "add member",
        "mutation($id: UUID!) { addMember(input: { workspaceId: $id, email: \"bob@example.com\", role: OWNER }) { member { role } errors { code field } } }",
    ),
    (
        "change role",
        "mutation($id: UUID!) { changeMemberRole(input: { workspaceId: $id, userId: $id, role: VIEWER }) { member { role } errors { code field } } }",
    ),
    (
        "remove member",
        "mutation($id: UUID!) { removeMember(input: { workspaceId: $id, userId: $id }) { removedUserId errors { code field } } }",
    ),
    ("leave", "mutation($id: UUID!) { leaveWorkspace(input: { workspaceId: $id }) { removedUserId errors { code field } } }"),
    (
        "create key",
        "mutation($id: UUID!) { createApiKey(input: { workspaceId: $id, name: \"x\", scopes: [ADMIN] }) { plaintextKey errors { code field } } }",
    ),
    ("revoke key", "mutation($id: UUID!) { revokeApiKey(input: { id: $id }) { apiKey { id } errors { code field } } }"),
];

fn strip_locations(mut v: Value) -> Value {
    if let Some(errors) = v.get_mut("errors").and_then(Value::as_array_mut) {
        for e in errors {
            if let Some(o) = e.as_object_mut() {
                o.remove("locations");
            }
        }
    }
    v
}

#[tokio::test]
async fn another_tenants_rows_are_answered_exactly_like_missing_ones() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let key = app
        .ok(
            &ada.token,
            "mutation($id: UUID!) { createApiKey(input: { workspaceId: $id, name: \"k\", scopes: [READ] }) { apiKey { id } } }",
            json!({ "id": ada.workspace_id }),
        )
        .await["createApiKey"]["apiKey"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let missing = Uuid::now_v7().to_string();

    for (name, query) in PROBES {
        let target = match *name {
            "revoke key" => key.clone(),
            "user by id" | "change role" | "remove member" => ada.id.to_string(),
            _ => ada.workspace_id.to_string(),
        };
        // Ada's ids for the member probes need her workspace too: use the same id everywhere
        // Bob could guess, and compare with an id nobody has.
        let theirs = strip_locations(app.gql(&bob.token, query, json!({ "id": target })).await);
        let nobodys = strip_locations(app.gql(&bob.token, query, json!({ "id": missing })).await);
        let theirs_text = theirs.to_string().replace(&target, "ID");
        let nobodys_text = nobodys.to_string().replace(&missing, "ID");
        assert_eq!(theirs_text, nobodys_text, "{name}: {theirs} vs {nobodys}");
        assert!(!theirs_text.contains("ada"), "{name} leaked: {theirs}");
    }

    // And nothing of Ada's changed.
    let data = app
        .ok(
            &ada.token,
            "query($id: UUID!) { workspace(id: $id) { name members { totalCount } apiKeys { edges { node { isActive } } } } }",
            json!({ "id": ada.workspace_id }),
        )
        .await;
    assert_eq!(data["workspace"]["members"]["totalCount"], 1);
    assert_eq!(data["workspace"]["apiKeys"]["edges"][0]["node"]["isActive"], true);
    assert_ne!(data["workspace"]["name"], "Mine");
}

#[tokio::test]
async fn row_level_security_alone_hides_and_protects_another_tenant() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    app.ok(
        &ada.token,
        "mutation($id: UUID!) { createApiKey(input: { workspaceId: $id, name: \"k\", scopes: [READ] }) { apiKey { id } } }",
        json!({ "id": ada.workspace_id }),
    )
    .await;

    // Plain SQL as the app role, with Bob set as the user: no resolver involved.
    let db = &app.database.db;
    let scope = platform::db::DbScope { user_id: Some(bob.id), ..Default::default() };
    let (tx, _) = platform::db::begin_request(db, &app.database.seal, &scope).await.unwrap();
    let ws = ada.workspace_id;
    for table in
        ["workspaces WHERE id", "workspace_members WHERE workspace_id", "api_keys WHERE workspace_id", "audit_logs WHERE workspace_id"]
    {
        let row = tx
            .query_one_raw(Statement::from_string(DbBackend::Postgres, format!("SELECT count(*)::bigint AS n FROM {table} = '{ws}'")))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get::<i64>("", "n").unwrap(), 0, "{table}");
    }
    let users = tx
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT count(*)::bigint AS n FROM users WHERE id = '{}'", ada.id),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(users.try_get::<i64>("", "n").unwrap(), 0, "users");

    for write in [
        format!("UPDATE workspaces SET name = 'pwned' WHERE id = '{ws}'"),
        format!("DELETE FROM workspace_members WHERE workspace_id = '{ws}'"),
        format!("UPDATE api_keys SET is_active = false WHERE workspace_id = '{ws}'"),
    ] {
        let done = tx.execute_raw(Statement::from_string(DbBackend::Postgres, write.clone())).await.unwrap();
        assert_eq!(done.rows_affected(), 0, "{write}");
    }
    tx.execute_raw(Statement::from_string(DbBackend::Postgres, "SAVEPOINT s")).await.unwrap();
    let insert = tx
        .execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ('{ws}', '{}', 'owner')", bob.id),
        ))
        .await;
    assert!(insert.is_err(), "RLS refuses Bob making himself owner of Ada's workspace");
    tx.execute_raw(Statement::from_string(DbBackend::Postgres, "ROLLBACK TO SAVEPOINT s")).await.unwrap();
    let escalate = tx
        .execute_raw(Statement::from_string(DbBackend::Postgres, format!("UPDATE users SET is_staff = true WHERE id = '{}'", bob.id)))
        .await;
    assert!(escalate.is_err(), "a user cannot make themself staff");
    tx.rollback().await.unwrap();

    let name = app.ok(&ada.token, "query($id: UUID!) { workspace(id: $id) { name } }", json!({ "id": ws })).await;
    assert_ne!(name["workspace"]["name"], "pwned");
}
