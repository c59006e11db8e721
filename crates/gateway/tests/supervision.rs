//! The database is supervised: a killed embedded Postgres comes back by itself, an external
//! one that stops and starts again is followed, requests fail fast with `UNAVAILABLE` (HTTP
//! 503) while it is away, nothing acknowledged is lost, and SIGTERM under load drops no request.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod binary;
mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use binary::{Server, temp_dir, token};
use futures_util::SinkExt;
use platform::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

/// What one request came to.
#[derive(Debug)]
struct Outcome {
    status: u16,
    code: Option<String>,
    took: Duration,
    lead: Option<String>,
}

type Variables = Arc<dyn Fn(usize, usize) -> Value + Send + Sync>;

/// `count` clients, each with its own keep-alive connection, asking `query` with
/// `variables(client, n)` until `stop`. A request that gets no whole answer fails the test.
fn clients(
    addr: &str,
    token: &str,
    count: usize,
    query: &'static str,
    variables: &Variables,
    stop: &Arc<AtomicBool>,
) -> Vec<tokio::task::JoinHandle<Vec<Outcome>>> {
    (0..count)
        .map(|client| {
            let (url, auth, stop, variables) =
                (format!("http://{addr}/graphql"), format!("Bearer {token}"), Arc::clone(stop), Arc::clone(variables));
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                let mut outcomes = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let started = Instant::now();
                    let body = json!({ "query": query, "variables": variables(client, n) });
                    let response = match http.post(&url).header("authorization", &auth).json(&body).send().await {
                        Ok(response) => response,
                        Err(e) => panic!("client {client}, request {n}: lost: {e:?}"),
                    };
                    let status = response.status().as_u16();
                    let answer: Value = match response.json().await {
                        Ok(answer) => answer,
                        Err(e) => panic!("client {client}, request {n}: the answer was cut: {e:?}"),
                    };
                    let code = answer["errors"][0]["extensions"]["code"].as_str().map(str::to_owned);
                    let lead = answer["data"]["createLead"]["lead"]["id"].as_str().map(str::to_owned);
                    outcomes.push(Outcome { status, code, took: started.elapsed(), lead });
                }
                outcomes
            })
        })
        .collect()
}

async fn gather(all: Vec<tokio::task::JoinHandle<Vec<Outcome>>>) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for one in all {
        outcomes.extend(one.await.unwrap());
    }
    outcomes
}

async fn readyz(addr: &str) -> u16 {
    reqwest::get(format!("http://{addr}/readyz")).await.map_or(0, |r| r.status().as_u16())
}

async fn ready_within(addr: &str, limit: Duration) -> Duration {
    let started = Instant::now();
    while started.elapsed() < limit {
        if readyz(addr).await == 200 {
            return started.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server was not ready again within {limit:?}");
}

/// Every outcome is data (200) or `UNAVAILABLE` (503), never `INTERNAL`, and none waited anywhere
/// near the pool's 10 s timeout; answers how many were `UNAVAILABLE`.
fn assert_failed_fast(outcomes: &[Outcome]) -> usize {
    let mut unavailable = 0;
    for o in outcomes {
        match (o.status, o.code.as_deref()) {
            (200, None) => {}
            (503, Some("UNAVAILABLE")) => unavailable += 1,
            _ => panic!("an answer other than data or UNAVAILABLE: {o:?}"),
        }
        assert!(o.took < Duration::from_secs(2), "a request waited {:?}", o.took);
    }
    unavailable
}

fn pid_file_line(data: &Path, line: usize) -> String {
    std::fs::read_to_string(data.join("pg/postmaster.pid")).unwrap().lines().nth(line).unwrap().trim().to_owned()
}

fn workspace_of(server: &Server, token: &str) -> String {
    let me = server.graphql(token, "{ viewer { memberships { workspace { id } } } }");
    me["data"]["viewer"]["memberships"][0]["workspace"]["id"].as_str().unwrap().to_owned()
}

fn new_leads(workspace: String) -> Variables {
    Arc::new(
        move |client, n| json!({ "input": { "workspaceId": workspace, "name": format!("Lead {client}-{n}"), "url": format!("https://example.com/{client}/{n}") } }),
    )
}

const CREATE: &str = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_embedded_postgres_comes_back_by_itself_and_loses_nothing_acknowledged() {
    let data = temp_dir("supervised");
    let token = token(&data, "ada@example.com");
    let mut server = Server::start(&data);
    let stop = Arc::new(AtomicBool::new(false));
    let writers = clients(&server.addr, &token, 4, CREATE, &new_leads(workspace_of(&server, &token)), &stop);
    // A subscriber, told when changes may have been missed.
    let mut socket = common::connect(&server.addr, json!({ "Authorization": format!("Bearer {token}") })).await;
    assert_eq!(common::next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = json!({ "id": "m", "type": "subscribe", "payload": { "query": "subscription { membershipChanged { kind } }" } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();

    tokio::time::sleep(Duration::from_millis(1500)).await;
    let pid = pid_file_line(&data, 0);
    std::process::Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    let told = common::next_json(&mut socket).await;
    assert_eq!(told["payload"]["errors"][0]["extensions"]["code"], "UNAVAILABLE", "{told}");
    assert_eq!(common::next_json(&mut socket).await["type"], "complete", "the subscription ends; the client subscribes again");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let back = ready_within(&server.addr, Duration::from_secs(10)).await;
    assert_ne!(pid_file_line(&data, 0), pid, "another postmaster runs");
    tokio::time::sleep(Duration::from_secs(1)).await;
    stop.store(true, Ordering::Relaxed);
    let outcomes = gather(writers).await;
    let unavailable = assert_failed_fast(&outcomes);
    let acknowledged: Vec<uuid::Uuid> = outcomes.iter().filter_map(|o| o.lead.as_ref()).map(|id| id.parse().unwrap()).collect();
    assert!(acknowledged.len() > 10 && outcomes.last().is_some(), "the clients wrote before and after: {}", acknowledged.len());

    // Every lead the API said it created is there, read as the cluster's owner.
    let db = platform::db::connect(&format!("postgres://app@127.0.0.1:{}/mosaic", pid_file_line(&data, 3)), 1).await.unwrap();
    let count = Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT count(*) AS n FROM leads WHERE id = ANY($1)",
        [acknowledged.clone().into()],
    );
    let kept: i64 = db.query_one_raw(count).await.unwrap().unwrap().try_get("", "n").unwrap();
    assert_eq!(usize::try_from(kept).unwrap(), acknowledged.len(), "every acknowledged write survived the crash");
    let _ = db.close().await;
    eprintln!("supervision: ready {back:?} after kill -9; {} writes acknowledged, {unavailable} answered UNAVAILABLE", acknowledged.len());

    server.signal("TERM");
    assert!(server.wait().success());
    let _ = std::fs::remove_dir_all(&data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_database_url_a_stopped_postgres_fails_requests_fast_and_is_followed_back() {
    let folder = temp_dir("external");
    let options = EmbeddedOptions { data_dir: folder.join("cluster"), cache_dir: default_cache_dir(), ephemeral: false, port: None };
    let starting = options.clone();
    let pg = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&starting).unwrap()).await.unwrap();
    let port = pg.port();
    let admin = platform::db::connect(&pg.url("postgres"), 1).await.unwrap();
    admin.execute_unprepared("CREATE DATABASE mosaic").await.unwrap();
    let _ = admin.close().await;
    let url = pg.url("mosaic");
    let env = [
        ("DATABASE_URL", url.as_str()),
        ("JWT_SECRET", "test-secret-test-secret-test-secret!"),
        ("MOSAIC_ENCRYPTION_KEYS", "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="),
    ];
    let server_folder = folder.join("server");
    let mut server = Server::start_with(&server_folder, &env);
    let token = gateway::auth::Jwt::new(platform::config::JwtConfig {
        secret: platform::secret::Secret::new("test-secret-test-secret-test-secret!".into()),
        audience: None,
        issuer: None,
    })
    .mint(uuid::Uuid::now_v7(), "ada@example.com", gateway::auth::DEV_TOKEN_TTL);
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Variables = Arc::new(|_, _| json!({}));
    let asking = clients(&server.addr, &token, 4, "{ viewer { id memberships { role } } }", &readers, &stop);

    tokio::time::sleep(Duration::from_millis(800)).await;
    let pg = tokio::task::spawn_blocking(move || {
        let mut pg = pg;
        pg.stop().unwrap();
        pg
    })
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(readyz(&server.addr).await, 503, "not ready while the database is stopped");
    let again = EmbeddedOptions { port: Some(port), ..options };
    let restarted = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&again).unwrap()).await.unwrap();
    drop(pg);
    let back = ready_within(&server.addr, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    let outcomes = gather(asking).await;
    let unavailable = assert_failed_fast(&outcomes);
    assert!(unavailable > 0, "requests while the database was stopped were answered UNAVAILABLE");
    assert!(outcomes.iter().rev().take(4).all(|o| o.status == 200), "and answered again after");
    eprintln!("supervision: ready {back:?} after the restart; {} requests, {unavailable} UNAVAILABLE", outcomes.len());

    server.signal("TERM");
    assert!(server.wait().success());
    tokio::task::spawn_blocking(move || {
        let mut restarted = restarted;
        restarted.stop().unwrap();
    })
    .await
    .unwrap();
    let _ = std::fs::remove_dir_all(&folder);
}

/// SIGTERM: readiness fails at once, and the server keeps answering for the drain
/// (`MOSAIC_DRAIN_MS`), every response closing its connection, so that a balancer watching
/// readiness stops sending before the server stops listening; then the requests in flight
/// finish. The clients here behave as such a balancer: they stop sending when readiness fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_answers_every_request_sent_before_readiness_failed() {
    let data = temp_dir("drain");
    let token = token(&data, "ada@example.com");
    let mut server = Server::start(&data);
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Variables = Arc::new(|_, _| json!({}));
    let asking = clients(&server.addr, &token, 8, "{ viewer { id email memberships { role workspace { slug } } } }", &readers, &stop);
    let watcher = {
        let (addr, stop) = (server.addr.clone(), Arc::clone(&stop));
        tokio::spawn(async move {
            while readyz(&addr).await == 200 {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            stop.store(true, Ordering::Relaxed);
        })
    };
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.signal("TERM");
    watcher.await.unwrap();
    let outcomes = gather(asking).await;
    assert!(server.wait().success(), "the server exits cleanly");
    assert!(outcomes.len() > 50, "the clients were busy: {}", outcomes.len());
    assert!(outcomes.iter().all(|o| o.status == 200 && o.code.is_none()), "every request sent was answered");
    let _ = std::fs::remove_dir_all(&data);
}
