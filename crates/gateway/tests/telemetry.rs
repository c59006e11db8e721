//! Traces over OTLP: a collector in this process receives one trace per request, with the
//! request's span (its operation and user), a span per loader batch under it, and a span per
//! SQL statement under those.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use gateway::telemetry::{TRACED, Telemetry};
use serde_json::{Value, json};
use tower::ServiceExt;
use tracing_subscriber::Layer as _;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// The spans a collector received: (trace, span, parent, name, attributes).
#[derive(Debug, Clone)]
struct Span {
    trace: String,
    id: String,
    parent: String,
    name: String,
    attributes: Value,
}

fn spans(bodies: &[Value]) -> Vec<Span> {
    let mut all = Vec::new();
    for body in bodies {
        for resource in body["resourceSpans"].as_array().into_iter().flatten() {
            for scope in resource["scopeSpans"].as_array().into_iter().flatten() {
                for span in scope["spans"].as_array().into_iter().flatten() {
                    let text = |key: &str| span[key].as_str().unwrap_or_default().to_owned();
                    let attributes: serde_json::Map<String, Value> = span["attributes"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|kv| (kv["key"].as_str().unwrap().to_owned(), kv["value"]["stringValue"].clone()))
                        .collect();
                    all.push(Span {
                        trace: text("traceId"),
                        id: text("spanId"),
                        parent: text("parentSpanId"),
                        name: text("name"),
                        attributes: Value::Object(attributes),
                    });
                }
            }
        }
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_is_one_trace_of_its_loaders_and_statements() {
    // The collector: OTLP/HTTP JSON bodies, kept as they come.
    let received = Arc::new(Mutex::new(Vec::<Value>::new()));
    let kept = Arc::clone(&received);
    let collector = axum::Router::new().route(
        "/v1/traces",
        axum::routing::post(move |body: axum::body::Bytes| {
            let kept = Arc::clone(&kept);
            async move {
                kept.lock().unwrap().push(serde_json::from_slice(&body).unwrap());
                "{}"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, collector).await });

    let telemetry = Telemetry::start(&format!("http://{addr}/v1/traces"), "mosaic-test").unwrap();
    tracing_subscriber::registry().with(telemetry.layer().with_filter(tracing_subscriber::EnvFilter::new(TRACED))).init();

    let database = platform::testing::fresh_database::<migration::Migrator>().await;
    let config = common::config_for(&database.url, &[]);
    let mut pools = common::pools(&database).await;
    telemetry.trace_statements(&mut pools.requests);
    let router = gateway::http::router(gateway::app_state(&config, pools), 1 << 20);
    let user = uuid::Uuid::now_v7();
    let token = gateway::auth::Jwt::new(config.jwt.clone()).mint(user, "ada@example.com", gateway::auth::DEV_TOKEN_TTL);
    let query = "query Mine { viewer { email memberships { workspace { name members { edges { node { user { email } } } } } } } }";
    let request = Request::post("/graphql")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::from(json!({ "query": query, "operationName": "Mine" }).to_string()))
        .unwrap();
    let response = router.oneshot(request).await.unwrap();
    assert_eq!(response.status(), 200);

    let telemetry = Arc::new(telemetry);
    let flushing = Arc::clone(&telemetry);
    tokio::task::spawn_blocking(move || flushing.flush()).await.unwrap();
    let mut all = Vec::new();
    for _ in 0..50 {
        all = spans(&received.lock().unwrap());
        if all.iter().any(|s| s.name == "query Mine") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    if std::env::var("SHOW_SPANS").is_ok() {
        for s in &all {
            eprintln!(
                "SPAN {} {} <- {} {} {:?}",
                &s.trace[..6],
                &s.id[..6],
                s.parent.get(..6).unwrap_or(""),
                s.name,
                s.attributes.get("db.query.text")
            );
        }
    }
    let request = all.iter().find(|s| s.name == "query Mine").unwrap_or_else(|| panic!("no request span in {all:#?}"));
    assert_eq!(request.attributes["enduser.id"], user.to_string());
    assert_eq!(request.attributes["graphql.operation.name"], "Mine");
    assert!(request.attributes["mosaic.workspaces"].as_str().is_some_and(|w| !w.is_empty()), "{:?}", request.attributes);
    let in_trace: Vec<&Span> = all.iter().filter(|s| s.trace == request.trace).collect();
    let loaders: Vec<&&Span> = in_trace.iter().filter(|s| s.parent == request.id && s.name.contains("loader")).collect();
    assert!(!loaders.is_empty(), "loader batches under the request: {in_trace:#?}");
    let statements: Vec<&&Span> = in_trace.iter().filter(|s| s.attributes["db.query.text"].is_string()).collect();
    assert!(statements.iter().any(|s| s.parent == request.id), "the statement that begins the request: {in_trace:#?}");
    assert!(statements.iter().any(|s| loaders.iter().any(|l| l.id == s.parent)), "a loader's statement under it: {in_trace:#?}");
    if let Ok(telemetry) = Arc::try_unwrap(telemetry) {
        tokio::task::spawn_blocking(move || telemetry.shutdown()).await.unwrap();
    }
}
