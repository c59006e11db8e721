//! The GraphQL layer on a schema of the CRM's roots alone, requests made as the gateway makes
//! them (one transaction as `mosaic_app` per request, committed after the answer).

use std::sync::Arc;
use std::time::Duration;

use async_graphql::{MergedObject, Object, Request, Schema, Variables};
use crm::service::summaries::{RuleBasedWriter, SummaryWriter};
use crm::{CrmMutation, CrmQuery, CrmSubscription, CrmWorkspaceFields};
use futures_util::StreamExt;
use platform::crypto::Keyring;
use platform::db::{DbScope, Pool, begin_request, begin_worker};
use platform::events::{EventHub, SubscriptionViewer};
use platform::{Credential, RequestContext, Viewer};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::*;

/// Stands in for the gateway's `workspace(id)`.
#[derive(Default)]
struct Root;

#[Object]
impl Root {
    async fn workspace(&self, id: Uuid) -> CrmWorkspaceFields {
        CrmWorkspaceFields::new(id)
    }
}

#[derive(MergedObject, Default)]
struct Query(CrmQuery, Root);

type TestSchema = Schema<Query, CrmMutation, CrmSubscription>;

fn schema(db: &DatabaseConnection) -> TestSchema {
    let writer: Arc<dyn SummaryWriter> = Arc::new(RuleBasedWriter);
    Schema::build(Query::default(), CrmMutation, CrmSubscription)
        .data(Keyring::parse(KEYS).unwrap())
        .data(Pool(db.clone()))
        .data(writer)
        .finish()
}

fn viewer(who: &Person) -> Viewer {
    Viewer { user_id: who.user_id, email: who.email.clone(), credential: Credential::Token }
}

/// Runs one request of `who`, and counts the table scans it made on each of `tables`.
async fn request_counting(
    schema: &TestSchema,
    db: &DatabaseConnection,
    who: &Person,
    query: &str,
    variables: Value,
    tables: &[&str],
) -> (Value, Vec<i64>) {
    let tx = Arc::new(begin_request(db, &seal(db).await, &DbScope { user_id: Some(who.user_id), ..Default::default() }).await.unwrap().0);
    let mut before = Vec::new();
    for table in tables {
        before.push(scans(&tx, table).await);
    }
    let ctx = Arc::new(RequestContext::new(Some(viewer(who)), Arc::clone(&tx), directory()));
    let response = schema.execute(Request::new(query).variables(Variables::from_json(variables)).data(ctx)).await;
    let mut counts = Vec::new();
    for (table, before) in tables.iter().zip(before) {
        counts.push(scans(&tx, table).await - before);
    }
    let mut tx = tx;
    for _ in 0..1000 {
        match Arc::try_unwrap(tx) {
            Ok(owned) => {
                owned.commit().await.unwrap();
                return (serde_json::to_value(&response).unwrap(), counts);
            }
            Err(shared) => {
                tx = shared;
                tokio::task::yield_now().await;
            }
        }
    }
    panic!("the request transaction is still in use after the response");
}

async fn request(schema: &TestSchema, db: &DatabaseConnection, who: &Person, query: &str, variables: Value) -> Value {
    request_counting(schema, db, who, query, variables, &[]).await.0
}

/// The data of a response that must have no errors.
fn data(response: Value) -> Value {
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"].clone()
}

fn error_code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("no error code in {response:#}"))
}

/// Table scans (sequential or by index) this connection made on `table` and has not yet
/// reported; inside one transaction nothing is reported, so a difference counts the scans
/// of the statements in between.
async fn scans(tx: &DatabaseTransaction, table: &str) -> i64 {
    scalar_i64(
        tx,
        "SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::bigint FROM pg_stat_xact_user_tables WHERE relname = $1",
        vec![table.into()],
    )
    .await
}

const CREATE_LEAD: &str =
    "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id name notes } errors { code field message } } }";
const CREATE_ACTION: &str = "mutation($input: CreateActionInput!) { createAction(input: $input) { action { id state dueDate leadId } errors { code field message } } }";

async fn create_lead(schema: &TestSchema, db: &DatabaseConnection, who: &Person, name: &str) -> String {
    let input = json!({ "workspaceId": who.workspace_id, "name": name, "url": format!("https://linkedin.com/in/{name}") });
    let d = data(request(schema, db, who, CREATE_LEAD, json!({ "input": input })).await);
    d["createLead"]["lead"]["id"].as_str().unwrap().to_string()
}

async fn create_action(schema: &TestSchema, db: &DatabaseConnection, who: &Person, lead_id: Option<&str>, kind: &str) -> String {
    let input = json!({ "workspaceId": who.workspace_id, "leadId": lead_id, "actionType": kind, "dueDate": today().to_string() });
    let d = data(request(schema, db, who, CREATE_ACTION, json!({ "input": input })).await);
    assert_eq!(d["createAction"]["errors"], json!([]), "{d:#}");
    d["createAction"]["action"]["id"].as_str().unwrap().to_string()
}

const LEADS_WITH_ACTIONS: &str = "query($ws: UUID!, $first: Int!) {
    workspace(id: $ws) {
        leads(first: $first, orderBy: CREATED_AT_ASC) {
            totalCount
            edges { node { id name actions(first: 2) { id state lead { id name } } } }
        }
    }
}";

#[tokio::test]
async fn nested_actions_and_their_leads_load_in_batches_whatever_the_page_size() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let schema = schema(&t.db);
    let mut leads = Vec::new();
    for n in 0..6 {
        let lead = create_lead(&schema, &t.db, &ada, &format!("lead{n}")).await;
        let mut actions = Vec::new();
        for _ in 0..3 {
            actions.push(create_action(&schema, &t.db, &ada, Some(&lead), "FOLLOW_UP").await);
        }
        leads.push((lead, actions));
    }

    // Requests as the gateway runs them (loaders driven by the request), on a pool that counts
    // the statements it runs.
    let mut counting = platform::db::connect(&t.url, 4).await.unwrap();
    let statements = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = Arc::clone(&statements);
    counting.set_metric_callback(move |_| {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    let api = platform::request::Api::new(self::schema(&counting), counting.clone(), t.seal.clone(), directory());
    let run = |first: i64| {
        let (api, statements) = (&api, &statements);
        let request = Request::new(LEADS_WITH_ACTIONS).variables(Variables::from_json(json!({ "ws": ada.workspace_id, "first": first })));
        let viewer = viewer(&ada);
        async move {
            let before = statements.load(std::sync::atomic::Ordering::SeqCst);
            let response = api.execute(Some(viewer), request.into()).await;
            (serde_json::to_value(&response).unwrap(), statements.load(std::sync::atomic::Ordering::SeqCst) - before)
        }
    };
    let (small, small_count) = run(2).await;
    let (large, large_count) = run(6).await;
    // The statements depend on the query's shape, not on the page's rows: the scope with the
    // memberships, the page, its count, one batch of actions, one batch of their leads.
    assert_eq!(small_count, large_count);
    assert_eq!(large_count, 5, "{large:#}");

    let d = data(large);
    let conn = &d["workspace"]["leads"];
    assert_eq!(conn["totalCount"], 6);
    let edges = conn["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 6);
    for (edge, (lead, actions)) in edges.iter().zip(&leads) {
        let node = &edge["node"];
        assert_eq!(node["id"], json!(lead));
        // The two oldest of the lead's three actions, each pointing back at the lead.
        let ids: Vec<&str> = node["actions"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
        assert_eq!(ids, vec![actions[0].as_str(), actions[1].as_str()]);
        for a in node["actions"].as_array().unwrap() {
            assert_eq!(a["lead"]["id"], json!(lead));
        }
    }
    assert_eq!(data(small)["workspace"]["leads"]["edges"].as_array().unwrap().len(), 2);

    // A state filter and a bound on `first`.
    let first_lead = &leads[0];
    let q = "mutation($id: UUID!) { setActionState(input: { id: $id, state: DONE }) { action { state completedAt } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": first_lead.1[1] })).await);
    assert_eq!(d["setActionState"]["action"]["state"], "DONE");
    let q = "query($id: UUID!) { lead(id: $id) { done: actions(states: [DONE]) { id } open: actions(states: [NEW, SENT], first: 5) { id } none: actions(first: 0) { id } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": first_lead.0 })).await);
    assert_eq!(d["lead"]["done"], json!([{ "id": first_lead.1[1] }]));
    assert_eq!(d["lead"]["open"], json!([{ "id": first_lead.1[0] }, { "id": first_lead.1[2] }]));
    assert_eq!(d["lead"]["none"], json!([]));
    let q = "query($id: UUID!) { lead(id: $id) { actions(first: 101) { id } } }";
    let r = request(&schema, &t.db, &ada, q, json!({ "id": first_lead.0 })).await;
    assert_eq!(error_code(&r), "BAD_USER_INPUT");
}

#[tokio::test]
async fn mutations_answer_typed_errors_in_their_payloads() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let schema = schema(&t.db);

    let input = json!({ "workspaceId": ada.workspace_id, "name": "Grace", "url": "linkedin.com/in/grace" });
    let d = data(request(&schema, &t.db, &ada, CREATE_LEAD, json!({ "input": input })).await);
    assert_eq!(d["createLead"]["lead"], Value::Null);
    assert_eq!(d["createLead"]["errors"][0]["code"], "INVALID");
    assert_eq!(d["createLead"]["errors"][0]["field"], json!(["input", "url"]));

    // `null` clears the notes, an omitted field stays.
    let input = json!({ "workspaceId": ada.workspace_id, "name": "Grace", "url": "https://x.io/grace", "notes": "met at a meetup" });
    let d = data(request(&schema, &t.db, &ada, CREATE_LEAD, json!({ "input": input })).await);
    let lead = d["createLead"]["lead"]["id"].as_str().unwrap().to_string();
    let q = "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { name notes } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "input": { "id": lead, "name": "Grace H." } })).await);
    assert_eq!(d["updateLead"]["lead"], json!({ "name": "Grace H.", "notes": "met at a meetup" }));
    let d = data(request(&schema, &t.db, &ada, q, json!({ "input": { "id": lead, "notes": null } })).await);
    assert_eq!(d["updateLead"]["lead"], json!({ "name": "Grace H.", "notes": null }));

    // Bob cannot point an action at Ada's lead: the lead is missing for him.
    let input = json!({ "workspaceId": bob.workspace_id, "leadId": lead, "actionType": "OUTREACH", "dueDate": today().to_string() });
    let d = data(request(&schema, &t.db, &bob, CREATE_ACTION, json!({ "input": input })).await);
    assert_eq!(d["createAction"]["errors"][0]["code"], "NOT_FOUND");
    assert_eq!(d["createAction"]["errors"][0]["field"], json!(["input", "leadId"]));
    // Nor write in her workspace: a GraphQL error with a code, not a payload error.
    let input = json!({ "workspaceId": ada.workspace_id, "actionType": "OUTREACH", "dueDate": today().to_string() });
    let r = request(&schema, &t.db, &bob, CREATE_ACTION, json!({ "input": input })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");

    let action = create_action(&schema, &t.db, &ada, Some(&lead), "OUTREACH").await;
    let q =
        "mutation($input: SetActionStateInput!) { setActionState(input: $input) { action { state snoozeUntil } errors { code field } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "input": { "id": action, "state": "SNOOZED" } })).await);
    assert_eq!(d["setActionState"]["errors"], json!([{ "code": "REQUIRED", "field": ["input", "snoozeUntil"] }]));
    let until = days_from_today(3).to_string();
    let d = data(request(&schema, &t.db, &ada, q, json!({ "input": { "id": action, "state": "SNOOZED", "snoozeUntil": until } })).await);
    assert_eq!(d["setActionState"]["action"], json!({ "state": "SNOOZED", "snoozeUntil": until }));
    let d = data(request(&schema, &t.db, &ada, q, json!({ "input": { "id": action, "state": "REPLIED" } })).await);
    assert_eq!(d["setActionState"]["errors"][0]["code"], "INVALID_STATE");

    let q = "mutation($id: UUID!) { deleteAction(input: { id: $id }) { deletedActionId errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": action })).await);
    assert_eq!(d["deleteAction"]["deletedActionId"], json!(action));
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": action })).await);
    assert_eq!(d["deleteAction"]["errors"][0]["code"], "NOT_FOUND");

    // Lead transitions.
    let q = "mutation($id: UUID!) { archiveLead(input: { id: $id }) { lead { status } errors { code } } }";
    assert_eq!(data(request(&schema, &t.db, &ada, q, json!({ "id": lead })).await)["archiveLead"]["lead"]["status"], "ARCHIVED");
    let q = "mutation($id: UUID!, $d: Date!) { snoozeLead(input: { id: $id, snoozeUntil: $d }) { lead { status } errors { code field } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": lead, "d": days_from_today(2).to_string() })).await);
    assert_eq!(d["snoozeLead"]["errors"][0]["code"], "INVALID_STATE");
    let q = "mutation($id: UUID!) { restoreLead(input: { id: $id }) { lead { status } errors { code } } }";
    assert_eq!(data(request(&schema, &t.db, &ada, q, json!({ "id": lead })).await)["restoreLead"]["lead"]["status"], "ACTIVE");
}

#[tokio::test]
async fn another_tenants_ids_are_answered_as_missing_ones() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let schema = schema(&t.db);
    let lead = create_lead(&schema, &t.db, &ada, "grace").await;
    let action = create_action(&schema, &t.db, &ada, Some(&lead), "FAST_WIN").await;
    let q =
        "mutation($ws: UUID!, $d: Date!) { generateDailyPlan(input: { workspaceId: $ws, date: $d }) { dailyPlan { id } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "d": today().to_string() })).await);
    let plan = d["generateDailyPlan"]["dailyPlan"]["id"].as_str().unwrap().to_string();
    let monday = crm::service::values::WeekStart::of(today()).date().to_string();
    let q = "mutation($ws: UUID!, $w: Date!) { generateWeeklySummary(input: { workspaceId: $ws, weekStartDate: $w }) { weeklySummary { id } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "w": monday })).await);
    let summary = d["generateWeeklySummary"]["weeklySummary"]["id"].as_str().unwrap().to_string();
    let q = "mutation($ws: UUID!) { connectCalendar(input: { workspaceId: $ws, provider: GOOGLE, calendarId: \"primary\", refreshToken: \"r\" }) { calendarConnection { id } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id })).await);
    let connection = d["connectCalendar"]["calendarConnection"]["id"].as_str().unwrap().to_string();
    let q =
        "mutation($s: UUID!) { createContentPromptsFromSummary(input: { weeklySummaryId: $s }) { contentPrompts { id } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "s": summary })).await);
    let prompt = d["createContentPromptsFromSummary"]["contentPrompts"][0]["id"].as_str().unwrap().to_string();

    let q = "query($lead: UUID!, $action: UUID!, $plan: UUID!, $summary: UUID!, $prompt: UUID!, $connection: UUID!) {
        lead(id: $lead) { id } action(id: $action) { id } dailyPlanById(id: $plan) { id }
        weeklySummary(id: $summary) { id } contentPrompt(id: $prompt) { id } calendarConnection(id: $connection) { id }
    }";
    let ids = json!({ "lead": lead, "action": action, "plan": plan, "summary": summary, "prompt": prompt, "connection": connection });
    let mine = data(request(&schema, &t.db, &ada, q, ids.clone()).await);
    assert!(mine.as_object().unwrap().values().all(|v| v.is_object()), "{mine:#}");
    let theirs = data(request(&schema, &t.db, &bob, q, ids).await);
    let random = Uuid::now_v7();
    let missing = json!({ "lead": random, "action": random, "plan": random, "summary": random, "prompt": random, "connection": random });
    let missing = data(request(&schema, &t.db, &bob, q, missing).await);
    assert_eq!(theirs, missing);
    assert!(theirs.as_object().unwrap().values().all(Value::is_null), "{theirs:#}");

    // Ada's workspace is missing for Bob, list by list.
    for field in ["leads", "actions", "dailyPlans", "weeklySummaries", "contentPrompts", "calendarConnections"] {
        let q = format!("query($ws: UUID!) {{ workspace(id: $ws) {{ {field}(first: 5) {{ edges {{ cursor }} }} }} }}");
        let r = request(&schema, &t.db, &bob, &q, json!({ "ws": ada.workspace_id })).await;
        assert_eq!(error_code(&r), "NOT_FOUND", "{field}");
    }
}

#[tokio::test]
async fn plans_summaries_and_prompts_nest_through_loaders() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let schema = schema(&t.db);
    let lead = create_lead(&schema, &t.db, &ada, "grace").await;
    let outreach = create_action(&schema, &t.db, &ada, Some(&lead), "OUTREACH").await;
    let fast = create_action(&schema, &t.db, &ada, None, "FAST_WIN").await;

    let q = "mutation($ws: UUID!, $d: Date!) { generateDailyPlan(input: { workspaceId: $ws, date: $d }) {
        dailyPlan { date capacity items { position isFastWin action { id } } } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "d": today().to_string() })).await);
    let plan = &d["generateDailyPlan"]["dailyPlan"];
    assert_eq!(plan["capacity"], "DEFAULT");
    assert_eq!(
        plan["items"],
        json!([
            { "position": 0, "isFastWin": true, "action": { "id": fast } },
            { "position": 1, "isFastWin": false, "action": { "id": outreach } },
        ])
    );

    // The same items through the loader (a list) and through the day's lookup.
    let q = "query($ws: UUID!, $d: Date!) { workspace(id: $ws) {
        dailyPlan(date: $d) { items { position action { id lead { name } } } }
        dailyPlans(first: 5) { totalCount edges { node { date items { position action { id lead { name } } } } } }
    } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "d": today().to_string() })).await);
    let w = &d["workspace"];
    let expected = json!([
        { "position": 0, "action": { "id": fast, "lead": null } },
        { "position": 1, "action": { "id": outreach, "lead": { "name": "grace" } } },
    ]);
    assert_eq!(w["dailyPlan"]["items"], expected);
    assert_eq!(w["dailyPlans"]["totalCount"], 1);
    assert_eq!(w["dailyPlans"]["edges"][0]["node"]["items"], expected);
    let q = "query($ws: UUID!, $d: Date!) { workspace(id: $ws) { dailyPlan(date: $d) { id } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "d": days_from_today(1).to_string() })).await);
    assert_eq!(d["workspace"]["dailyPlan"], Value::Null);

    // A completed action, a summary of this week, its prompts.
    let q = "mutation($id: UUID!) { setActionState(input: { id: $id, state: DONE }) { errors { code } } }";
    data(request(&schema, &t.db, &ada, q, json!({ "id": fast })).await);
    let monday = crm::service::values::WeekStart::of(today()).date();
    let q = "mutation($ws: UUID!, $w: Date!) { generateWeeklySummary(input: { workspaceId: $ws, weekStartDate: $w, callsBooked: 1 }) {
        weeklySummary { id weekStartDate actionsCompleted callsBooked insightText } errors { code field } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "w": monday.to_string() })).await);
    let summary = &d["generateWeeklySummary"]["weeklySummary"];
    assert_eq!((summary["actionsCompleted"].as_i64(), summary["callsBooked"].as_i64()), (Some(1), Some(1)));
    let summary_id = summary["id"].as_str().unwrap().to_string();
    let tuesday = (monday + chrono::Duration::days(1)).to_string();
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id, "w": tuesday })).await);
    assert_eq!(d["generateWeeklySummary"]["errors"][0]["field"], json!(["input", "weekStartDate"]));
    let q = "mutation($s: UUID!) { createContentPromptsFromSummary(input: { weeklySummaryId: $s }) { contentPrompts { type status } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "s": summary_id })).await);
    assert_eq!(
        d["createContentPromptsFromSummary"]["contentPrompts"],
        json!([{ "type": "WIN_POST", "status": "DRAFT" }, { "type": "INSIGHT_POST", "status": "DRAFT" }])
    );
    let q = "query($ws: UUID!) { workspace(id: $ws) {
        weeklySummaries(first: 5) { edges { node { id contentPrompts { type weeklySummary { id } } } } }
        contentPrompts(filter: { types: [INSIGHT_POST] }, first: 5) { totalCount edges { node { type content status } } }
    } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id })).await);
    let node = &d["workspace"]["weeklySummaries"]["edges"][0]["node"];
    assert_eq!(node["contentPrompts"].as_array().unwrap().len(), 2);
    assert!(node["contentPrompts"].as_array().unwrap().iter().all(|p| p["weeklySummary"]["id"] == json!(summary_id)));
    assert_eq!(d["workspace"]["contentPrompts"]["totalCount"], 1);

    // Prompts: edit a draft, post it, and no more edits.
    let prompt_q = "query($ws: UUID!) { workspace(id: $ws) { contentPrompts(filter: { types: [WIN_POST] }) { edges { node { id } } } } }";
    let d = data(request(&schema, &t.db, &ada, prompt_q, json!({ "ws": ada.workspace_id })).await);
    let prompt = d["workspace"]["contentPrompts"]["edges"][0]["node"]["id"].as_str().unwrap().to_string();
    let edit = "mutation($id: UUID!) { updateContentPrompt(input: { id: $id, content: \"A better draft\" }) { contentPrompt { content } errors { code field } } }";
    let d = data(request(&schema, &t.db, &ada, edit, json!({ "id": prompt })).await);
    assert_eq!(d["updateContentPrompt"]["contentPrompt"]["content"], "A better draft");
    let post =
        "mutation($id: UUID!) { setContentPromptStatus(input: { id: $id, status: POSTED }) { contentPrompt { status } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, post, json!({ "id": prompt })).await);
    assert_eq!(d["setContentPromptStatus"]["contentPrompt"]["status"], "POSTED");
    let d = data(request(&schema, &t.db, &ada, edit, json!({ "id": prompt })).await);
    assert_eq!(d["updateContentPrompt"]["errors"][0]["code"], "INVALID_STATE");
}

#[tokio::test]
async fn calendars_never_show_their_tokens_and_record_syncs() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let schema = schema(&t.db);

    // No field of a connection can show a token.
    let sdl = schema.sdl();
    let connection_type = sdl.split("type CalendarConnection {").nth(1).unwrap().split('}').next().unwrap();
    let fields: Vec<&str> = connection_type
        .lines()
        .filter_map(|l| l.trim().split(['(', ':']).next().filter(|name| l.contains(':') && name.chars().all(char::is_alphanumeric)))
        .collect();
    assert!(fields.len() > 5 && fields.iter().all(|f| !f.to_lowercase().contains("token")), "{fields:?}");

    let q = "mutation($ws: UUID!) { connectCalendar(input: { workspaceId: $ws, provider: GOOGLE, calendarId: \"primary\",
        refreshToken: \"refresh-secret\", accessToken: \"access-secret\" }) { calendarConnection { id provider status } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id })).await);
    let c = &d["connectCalendar"]["calendarConnection"];
    assert_eq!((c["provider"].as_str(), c["status"].as_str()), (Some("GOOGLE"), Some("ACTIVE")));
    let id = c["id"].as_str().unwrap().to_string();

    let sync = "mutation($input: RecordCalendarSyncInput!) { recordCalendarSync(input: $input) {
        calendarConnection { status errorMessage } syncLog { operation status freeMinutes syncDate } errors { code field } } }";
    let day = today().to_string();
    let d = data(request(&schema, &t.db, &ada, sync, json!({ "input": { "id": id, "date": day, "freeMinutes": 120 } })).await);
    assert_eq!(
        d["recordCalendarSync"]["syncLog"],
        json!({ "operation": "FETCH_FREEBUSY", "status": "SUCCESS", "freeMinutes": 120, "syncDate": day })
    );
    let d =
        data(request(&schema, &t.db, &ada, sync, json!({ "input": { "id": id, "errorMessage": "refused", "tokenExpired": true } })).await);
    assert_eq!(d["recordCalendarSync"]["calendarConnection"], json!({ "status": "EXPIRED", "errorMessage": "refused" }));
    let both = json!({ "input": { "id": id, "date": day, "freeMinutes": 5, "errorMessage": "x" } });
    let d = data(request(&schema, &t.db, &ada, sync, both).await);
    assert_eq!(d["recordCalendarSync"]["errors"], json!([{ "code": "INVALID", "field": ["input", "errorMessage"] }]));
    let d = data(request(&schema, &t.db, &ada, sync, json!({ "input": { "id": id, "date": day } })).await);
    assert_eq!(d["recordCalendarSync"]["errors"], json!([{ "code": "REQUIRED", "field": ["input", "freeMinutes"] }]));
    let d = data(request(&schema, &t.db, &ada, sync, json!({ "input": { "id": id, "date": day, "freeMinutes": 2000 } })).await);
    assert_eq!(d["recordCalendarSync"]["errors"], json!([{ "code": "INVALID", "field": ["input", "freeMinutes"] }]));

    let q = "query($ws: UUID!) { workspace(id: $ws) {
        calendarConnections(filter: { providers: [GOOGLE] }) { totalCount edges { node { status syncLogs(first: 1) { operation } all: syncLogs { status } } } }
        none: calendarConnections(filter: { providers: [OUTLOOK] }) { totalCount }
        crmStats { calendarConnected streakCount lastActionDate }
    } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id })).await);
    let w = &d["workspace"];
    assert_eq!((w["calendarConnections"]["totalCount"].as_i64(), w["none"]["totalCount"].as_i64()), (Some(1), Some(0)));
    let node = &w["calendarConnections"]["edges"][0]["node"];
    assert_eq!(node["syncLogs"], json!([{ "operation": "REFRESH_TOKEN" }]));
    assert_eq!(node["all"], json!([{ "status": "ERROR" }, { "status": "SUCCESS" }]));
    // Expired is not connected.
    assert_eq!(w["crmStats"], json!({ "calendarConnected": false, "streakCount": 0, "lastActionDate": null }));

    let q = "mutation($id: UUID!) { disconnectCalendar(input: { id: $id }) { calendarConnection { status } errors { code } } }";
    let d = data(request(&schema, &t.db, &ada, q, json!({ "id": id })).await);
    assert_eq!(d["disconnectCalendar"]["calendarConnection"]["status"], "DISCONNECTED");
}

#[tokio::test]
async fn the_streak_shown_is_zero_once_a_whole_day_passed_without_a_completion() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let schema = schema(&t.db);
    let q = "query($ws: UUID!) { workspace(id: $ws) { crmStats { streakCount lastActionDate calendarConnected } } }";
    for (last, shown) in [(days_from_today(-2), 0), (days_from_today(-1), 5), (today(), 5)] {
        let tx = begin_worker(&t.db).await.unwrap();
        exec(
            &tx,
            "INSERT INTO crm_user_stats (workspace_id, user_id, streak_count, last_action_date) VALUES ($1, $2, 5, $3)
             ON CONFLICT (workspace_id, user_id) DO UPDATE SET streak_count = 5, last_action_date = $3",
            vec![ada.workspace_id.into(), ada.user_id.into(), last.into()],
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let d = data(request(&schema, &t.db, &ada, q, json!({ "ws": ada.workspace_id })).await);
        assert_eq!(
            d["workspace"]["crmStats"],
            json!({ "streakCount": shown, "lastActionDate": last.to_string(), "calendarConnected": false })
        );
    }
}

#[tokio::test]
async fn maintenance_is_for_platform_staff() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let schema = schema(&t.db);
    let q = "mutation { runCrmMaintenance { report { leadsUnsnoozed actionsUnsnoozed actionsArchived syncLogsDeleted } errors { code } } }";
    let r = request(&schema, &t.db, &ada, q, json!({})).await;
    assert_eq!(error_code(&r), "FORBIDDEN");

    let tx = begin_worker(&t.db).await.unwrap();
    exec(&tx, "UPDATE users SET is_staff = true WHERE id = $1", vec![ada.user_id.into()]).await.unwrap();
    tx.commit().await.unwrap();
    let d = data(request(&schema, &t.db, &ada, q, json!({})).await);
    assert_eq!(
        d["runCrmMaintenance"]["report"],
        json!({ "leadsUnsnoozed": 0, "actionsUnsnoozed": 0, "actionsArchived": 0, "syncLogsDeleted": 0 })
    );
}

#[tokio::test]
async fn the_viewers_own_action_changes_reach_the_subscriber() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    join(&t.db, &bob, ada.workspace_id, "member").await;
    let hub = EventHub::listen(t.url.clone());
    let schema = {
        let writer: Arc<dyn SummaryWriter> = Arc::new(RuleBasedWriter);
        Schema::build(Query::default(), CrmMutation, CrmSubscription)
            .data(Keyring::parse(KEYS).unwrap())
            .data(Pool(t.db.clone()))
            .data(writer)
            .data(hub)
            .finish()
    };
    let subscription = Request::new("subscription($ws: UUID!) { actionChanged(workspaceId: $ws) { id workspaceId op } }")
        .variables(Variables::from_json(json!({ "ws": ada.workspace_id })))
        .data(SubscriptionViewer(Some(viewer(&ada))));
    let mut stream = schema.execute_stream(subscription);

    // The listener connects in the background: write until an event arrives. Bob's action in
    // the same workspace always goes first, and must never be heard.
    let mut mine = Vec::new();
    let mut heard = None;
    for _ in 0..20 {
        let input = json!({ "workspaceId": ada.workspace_id, "actionType": "NURTURE", "dueDate": today().to_string() });
        data(request(&schema, &t.db, &bob, CREATE_ACTION, json!({ "input": input.clone() })).await);
        let d = data(request(&schema, &t.db, &ada, CREATE_ACTION, json!({ "input": input })).await);
        mine.push(d["createAction"]["action"]["id"].clone());
        if let Ok(Some(response)) = tokio::time::timeout(Duration::from_millis(500), stream.next()).await {
            heard = Some(serde_json::to_value(&response).unwrap());
            break;
        }
    }
    let heard = heard.expect("no change event arrived");
    let change = &heard["data"]["actionChanged"];
    assert!(mine.contains(&change["id"]), "{heard:#}");
    assert_eq!((change["workspaceId"].clone(), change["op"].clone()), (json!(ada.workspace_id), json!("INSERT")));

    // Without a signed-in viewer there is no stream, only an error with a code.
    let anonymous = Request::new("subscription($ws: UUID!) { actionChanged(workspaceId: $ws) { id } }")
        .variables(Variables::from_json(json!({ "ws": ada.workspace_id })));
    let first = serde_json::to_value(schema.execute_stream(anonymous).next().await.unwrap()).unwrap();
    assert_eq!(error_code(&first), "UNAUTHENTICATED");
}
