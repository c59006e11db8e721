//! The NextBestMove CRM through GraphQL: a whole day, tenancy, N+1, and subscriptions that
//! cross replicas.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::atomic::Ordering;

use common::{TestApp, TestUser, codes};
use serde_json::{Value, json};
use uuid::Uuid;

fn today() -> String {
    // New users live in UTC, so their day is the UTC day.
    chrono::Utc::now().date_naive().to_string()
}

fn monday() -> String {
    use chrono::Datelike;
    let today = chrono::Utc::now().date_naive();
    (today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()))).to_string()
}

async fn create_lead(app: &TestApp, user: &TestUser, name: &str) -> String {
    let data = app
        .ok(
            &user.token,
            "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id status } errors { code field } } }",
            json!({ "input": { "workspaceId": user.workspace_id, "name": name, "url": format!("https://www.linkedin.com/in/{}", name.to_lowercase().replace(' ', "-")) } }),
        )
        .await;
    assert_eq!(data["createLead"]["errors"], json!([]), "{data}");
    data["createLead"]["lead"]["id"].as_str().unwrap().to_string()
}

async fn create_action(app: &TestApp, user: &TestUser, lead: &str, kind: &str, due: &str) -> String {
    let data = app
        .ok(
            &user.token,
            "mutation($input: CreateActionInput!) { createAction(input: $input) { action { id state } errors { code field message } } }",
            json!({ "input": { "workspaceId": user.workspace_id, "leadId": lead, "actionType": kind, "dueDate": due, "description": format!("{kind} for {lead}") } }),
        )
        .await;
    assert_eq!(data["createAction"]["errors"], json!([]), "{data}");
    data["createAction"]["action"]["id"].as_str().unwrap().to_string()
}

const SET_STATE: &str = "mutation($input: SetActionStateInput!) { setActionState(input: $input) { action { id state completedAt snoozeUntil } errors { code field } } }";

#[tokio::test]
async fn a_whole_nextbestmove_day_through_graphql() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let today = today();

    // Add leads, and work for them.
    let priya = create_lead(&app, &ada, "Priya Raman").await;
    let tom = create_lead(&app, &ada, "Tom Becker").await;
    let outreach = create_action(&app, &ada, &priya, "OUTREACH", &today).await;
    let fast_win = create_action(&app, &ada, &tom, "FAST_WIN", &today).await;
    create_action(&app, &ada, &tom, "FOLLOW_UP", &today).await;
    let later = create_action(&app, &ada, &priya, "NURTURE", &today).await;

    // A bad URL is a typed error, and leaves nothing behind.
    let bad = app
        .ok(
            &ada.token,
            "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code field } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "name": "Bad", "url": "ftp://example.com" } }),
        )
        .await;
    assert_eq!(bad["createLead"]["errors"][0]["code"], "INVALID");
    assert_eq!(bad["createLead"]["errors"][0]["field"], json!(["input", "url"]));

    // Plan the day: the fast win first.
    let plan = app
        .ok(
            &ada.token,
            "mutation($input: GenerateDailyPlanInput!) { generateDailyPlan(input: $input) { dailyPlan { date capacity items { position isFastWin action { id actionType } } } errors { code } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "date": today } }),
        )
        .await;
    let items = plan["generateDailyPlan"]["dailyPlan"]["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 4, "{plan}");
    assert_eq!(items[0]["action"]["id"], fast_win.as_str());
    assert_eq!(items[0]["isFastWin"], true);

    // Snooze one; it leaves the plan when the plan is made again.
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let snoozed = app.ok(&ada.token, SET_STATE, json!({ "input": { "id": later, "state": "SNOOZED", "snoozeUntil": tomorrow } })).await;
    assert_eq!(snoozed["setActionState"]["action"]["state"], "SNOOZED");

    // Work the actions: the fast win done, the outreach sent and replied.
    let done = app.ok(&ada.token, SET_STATE, json!({ "input": { "id": fast_win, "state": "DONE" } })).await;
    assert!(done["setActionState"]["action"]["completedAt"].is_string(), "{done}");
    app.ok(&ada.token, SET_STATE, json!({ "input": { "id": outreach, "state": "SENT" } })).await;
    let replied = app.ok(&ada.token, SET_STATE, json!({ "input": { "id": outreach, "state": "REPLIED" } })).await;
    assert_eq!(replied["setActionState"]["action"]["state"], "REPLIED");
    // A done action cannot be sent again.
    let invalid = app.ok(&ada.token, SET_STATE, json!({ "input": { "id": fast_win, "state": "SENT" } })).await;
    assert_eq!(invalid["setActionState"]["errors"][0]["code"], "INVALID_STATE");

    // The streak counts today.
    let view = app
        .ok(
            &ada.token,
            "query($ws: UUID!, $date: Date!) { workspace(id: $ws) { crmStats { streakCount lastActionDate } dailyPlan(date: $date) { items { action { id state } } } leads(first: 10, orderBy: CREATED_AT_ASC) { totalCount edges { node { name actions(first: 10) { actionType state lead { name } } } } } } }",
            json!({ "ws": ada.workspace_id, "date": today }),
        )
        .await;
    let ws = &view["workspace"];
    assert_eq!(ws["crmStats"]["streakCount"], 1);
    assert_eq!(ws["crmStats"]["lastActionDate"], today.as_str());
    assert_eq!(ws["leads"]["totalCount"], 2);
    assert_eq!(ws["leads"]["edges"][0]["node"]["name"], "Priya Raman");
    assert_eq!(ws["leads"]["edges"][0]["node"]["actions"][0]["lead"]["name"], "Priya Raman");

    // Read the weekly summary and make posts from it.
    let summary = app
        .ok(
            &ada.token,
            "mutation($input: GenerateWeeklySummaryInput!) { generateWeeklySummary(input: $input) { weeklySummary { id weekStartDate daysActive actionsCompleted replies insightText narrativeSummary nextWeekFocus } errors { code field } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "weekStartDate": monday() } }),
        )
        .await;
    let week = &summary["generateWeeklySummary"]["weeklySummary"];
    assert_eq!(week["actionsCompleted"], 2, "{summary}");
    assert_eq!(week["replies"], 1);
    assert_eq!(week["daysActive"], 1);
    assert!(!week["narrativeSummary"].as_str().unwrap_or_default().is_empty());
    let posts = app
        .ok(
            &ada.token,
            "mutation($id: UUID!) { createContentPromptsFromSummary(input: { weeklySummaryId: $id }) { contentPrompts { type status content } errors { code } } }",
            json!({ "id": week["id"] }),
        )
        .await;
    let prompts = posts["createContentPromptsFromSummary"]["contentPrompts"].as_array().unwrap();
    assert!(!prompts.is_empty(), "{posts}");
    assert!(prompts.iter().all(|p| p["status"] == "DRAFT"));

    // A Tuesday is not a week start.
    let tuesday = (chrono::NaiveDate::parse_from_str(&monday(), "%Y-%m-%d").unwrap() + chrono::Duration::days(1)).to_string();
    let wrong = app
        .ok(
            &ada.token,
            "mutation($input: GenerateWeeklySummaryInput!) { generateWeeklySummary(input: $input) { weeklySummary { id } errors { code field } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "weekStartDate": tuesday } }),
        )
        .await;
    assert_eq!(wrong["generateWeeklySummary"]["errors"][0]["field"], json!(["input", "weekStartDate"]));
}

const NESTED: &str = "query($ws: UUID!, $n: Int!) { workspace(id: $ws) { leads(first: $n, orderBy: CREATED_AT_ASC) { edges { node { id name actions(first: 10) { id state lead { id name } } } } } } }";

#[tokio::test]
async fn fifty_leads_with_their_actions_cost_the_same_statements_as_five() {
    let (app, statements) = TestApp::counting().await;
    let ada = app.sign_up("ada@example.com").await;
    // Rows straight into the database: the point is the reads.
    app.sql(&format!(
        "INSERT INTO leads (workspace_id, user_id, name, url, created_at) \
         SELECT '{ws}', '{u}', 'Lead ' || i, 'https://example.com/' || i, now() - (100 - i) * interval '1 minute' FROM generate_series(1, 60) i;
         INSERT INTO actions (workspace_id, user_id, person_id, action_type, due_date, description) \
         SELECT l.workspace_id, l.user_id, l.id, 'FOLLOW_UP', current_date, 'step ' || n FROM leads l, generate_series(1, 12) n;",
        ws = ada.workspace_id,
        u = ada.id
    ))
    .await;

    let mut counts = Vec::new();
    for n in [5, 50] {
        let before = statements.load(Ordering::SeqCst);
        let data = app.ok(&ada.token, NESTED, json!({ "ws": ada.workspace_id, "n": n })).await;
        counts.push(statements.load(Ordering::SeqCst) - before);
        let edges = data["workspace"]["leads"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n);
        assert!(edges.iter().all(|e| e["node"]["actions"].as_array().unwrap().len() == 10));
        assert!(edges.iter().all(|e| e["node"]["actions"][0]["lead"]["id"] == e["node"]["id"]));
    }
    assert_eq!(counts[0], counts[1], "statements for 5 leads vs 50 leads: {counts:?}");
    assert!(counts[0] <= 8, "a handful of statements, whatever the page: {counts:?}");
}

#[tokio::test]
async fn another_workspaces_crm_rows_are_answered_exactly_like_missing_ones() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let lead = create_lead(&app, &ada, "Priya Raman").await;
    let action = create_action(&app, &ada, &lead, "OUTREACH", &today()).await;
    let plan = app
        .ok(
            &ada.token,
            "mutation($input: GenerateDailyPlanInput!) { generateDailyPlan(input: $input) { dailyPlan { id } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "date": today() } }),
        )
        .await["generateDailyPlan"]["dailyPlan"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let probes: &[(&str, &str, &str)] = &[
        ("lead", "query($id: UUID!) { lead(id: $id) { name } }", "lead"),
        ("action", "query($id: UUID!) { action(id: $id) { description } }", "action"),
        ("plan", "query($id: UUID!) { dailyPlanById(id: $id) { id } }", "plan"),
        (
            "update lead",
            "mutation($id: UUID!) { updateLead(input: { id: $id, name: \"Mine\" }) { lead { id } errors { code field } } }",
            "lead",
        ),
        (
            "snooze lead",
            "mutation($id: UUID!) { snoozeLead(input: { id: $id, snoozeUntil: \"2999-01-01\" }) { lead { id } errors { code field } } }",
            "lead",
        ),
        ("archive lead", "mutation($id: UUID!) { archiveLead(input: { id: $id }) { lead { id } errors { code field } } }", "lead"),
        (
            "set state",
            "mutation($id: UUID!) { setActionState(input: { id: $id, state: DONE }) { action { id } errors { code field } } }",
            "action",
        ),
        (
            "update action",
            "mutation($id: UUID!) { updateAction(input: { id: $id, description: \"x\" }) { action { id } errors { code field } } }",
            "action",
        ),
        ("delete action", "mutation($id: UUID!) { deleteAction(input: { id: $id }) { deletedActionId errors { code field } } }", "action"),
        (
            "add action to their lead",
            "mutation($id: UUID!) { createAction(input: { workspaceId: \"WS\", leadId: $id, actionType: OUTREACH, dueDate: \"2999-01-01\" }) { action { id } errors { code field } } }",
            "lead",
        ),
        ("their workspace's leads", "query($id: UUID!) { workspace(id: $id) { leads { totalCount } } }", "workspace"),
        (
            "plan their day",
            "mutation($id: UUID!) { generateDailyPlan(input: { workspaceId: $id, date: \"2999-01-01\" }) { dailyPlan { id } errors { code field } } }",
            "workspace",
        ),
    ];
    for (name, query, kind) in probes {
        let target = match *kind {
            "lead" => lead.clone(),
            "action" => action.clone(),
            "plan" => plan.clone(),
            _ => ada.workspace_id.to_string(),
        };
        let query = query.replace("WS", &bob.workspace_id.to_string());
        let missing = Uuid::now_v7().to_string();
        let strip =
            |v: Value| v.to_string().replace("\"locations\":[{\"column\":", "").chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
        let theirs = app.gql(&bob.token, &query, json!({ "id": target })).await;
        let nobodys = app.gql(&bob.token, &query, json!({ "id": missing })).await;
        assert_eq!(
            strip(theirs.clone()).replace(&target, "ID"),
            strip(nobodys.clone()).replace(&missing, "ID"),
            "{name}: {theirs} vs {nobodys}"
        );
        assert!(!theirs.to_string().contains("Priya"), "{name} leaked: {theirs}");
    }
    // Nothing of Ada's changed.
    let mine = app
        .ok(&ada.token, "query($id: UUID!) { lead(id: $id) { name status actions { state description } } }", json!({ "id": lead }))
        .await;
    assert_eq!(mine["lead"]["name"], "Priya Raman");
    assert_eq!(mine["lead"]["status"], "ACTIVE");
    assert_eq!(mine["lead"]["actions"][0]["state"], "NEW");
}

#[tokio::test]
async fn viewers_read_the_crm_but_never_write_it() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let vic = app.sign_up("vic@example.com").await;
    app.ok(
        &ada.token,
        "mutation($ws: UUID!) { addMember(input: { workspaceId: $ws, email: \"vic@example.com\", role: VIEWER }) { errors { code } } }",
        json!({ "ws": ada.workspace_id }),
    )
    .await;
    create_lead(&app, &ada, "Priya Raman").await;
    let read =
        app.ok(&vic.token, "query($ws: UUID!) { workspace(id: $ws) { leads { totalCount } } }", json!({ "ws": ada.workspace_id })).await;
    assert_eq!(read["workspace"]["leads"]["totalCount"], 1);
    let write = app
        .gql(
            &vic.token,
            "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }",
            json!({ "input": { "workspaceId": ada.workspace_id, "name": "X", "url": "https://x.io" } }),
        )
        .await;
    assert_eq!(codes(&write), ["FORBIDDEN"], "{write}");
}

#[tokio::test]
async fn maintenance_is_for_staff_and_brings_snoozed_actions_back_on_their_date() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let lead = create_lead(&app, &ada, "Priya Raman").await;
    let action = create_action(&app, &ada, &lead, "OUTREACH", &today()).await;
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    app.ok(&ada.token, SET_STATE, json!({ "input": { "id": action, "state": "SNOOZED", "snoozeUntil": tomorrow } })).await;
    let run = "mutation { runCrmMaintenance { report { actionsUnsnoozed } errors { code } } }";
    assert_eq!(codes(&app.gql(&ada.token, run, json!({})).await), ["FORBIDDEN"]);

    // The day comes.
    app.sql(&format!("UPDATE actions SET snooze_until = current_date WHERE id = '{action}'")).await;
    app.sql(&format!("UPDATE users SET is_staff = true WHERE id = '{}'", ada.id)).await;
    let report = app.ok(&ada.token, run, json!({})).await;
    assert_eq!(report["runCrmMaintenance"]["report"]["actionsUnsnoozed"], 1, "{report}");
    let back = app.ok(&ada.token, "query($id: UUID!) { action(id: $id) { state snoozeUntil } }", json!({ "id": action })).await;
    assert_eq!(back["action"], json!({ "state": "NEW", "snoozeUntil": null }));
}

#[tokio::test]
async fn an_action_changed_through_one_replica_reaches_a_subscriber_on_another() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;

    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    // Replica B: its own pool, its own LISTEN connection, its own HTTP server.
    let replica = app.replica().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(gateway::serve(listener, replica, 1 << 20, std::future::pending()));

    let mut request = format!("ws://{addr}/graphql/ws").into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let send = |v: Value| Message::text(v.to_string());
    socket.send(send(json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {}", ada.token) } }))).await.unwrap();
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription($ws: UUID!) { actionChanged(workspaceId: $ws) { id workspaceId op } }",
        "variables": { "ws": ada.workspace_id } } });
    socket.send(send(subscribe)).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    // The change goes through replica A (the test app's router).
    let lead = create_lead(&app, &ada, "Priya Raman").await;
    let action = create_action(&app, &ada, &lead, "OUTREACH", &today()).await;

    loop {
        let message =
            tokio::time::timeout(std::time::Duration::from_secs(10), socket.next()).await.expect("an event in time").unwrap().unwrap();
        let Message::Text(text) = message else { continue };
        let event: Value = serde_json::from_str(&text).unwrap();
        if event["type"] != "next" {
            assert_ne!(event["type"], "error", "{event}");
            continue;
        }
        assert_eq!(event["payload"]["data"]["actionChanged"], json!({ "id": action, "workspaceId": ada.workspace_id, "op": "INSERT" }));
        break;
    }
}
