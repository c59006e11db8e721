//! A gateway on a fresh database of its own, driven in process through its HTTP router.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use gateway::auth::{DEV_TOKEN_TTL, Jwt};
use gateway::http::AppState;
use http_body_util::BodyExt;
use platform::config::Config;
use platform::testing::{TestDatabase, fresh_database};
use serde_json::{Value, json};
use tower::ServiceExt;
use uuid::Uuid;

pub const JWT_SECRET: &str = "test-secret-test-secret-test-secret!";
pub const KEYS: &str = "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

pub struct TestApp {
    pub database: TestDatabase,
    pub state: AppState,
    pub config: Config,
    router: Router,
}

pub struct TestUser {
    pub id: Uuid,
    pub email: String,
    pub token: String,
    /// Their personal workspace.
    pub workspace_id: Uuid,
}

/// The pools a server logs in with on `database`: `mosaic_api` for requests, `mosaic_jobs`
/// for background work, as in production.
pub async fn pools(database: &TestDatabase) -> platform::db::Pools {
    use platform::db::{API_LOGIN, JOBS_LOGIN, Pools, login_url};
    Pools::connect(&login_url(&database.url, API_LOGIN, None), &login_url(&database.url, JOBS_LOGIN, None), 6, database.seal.clone())
        .await
        .expect("the login roles connect")
}

pub fn config_for(database_url: &str, extra: &[(&str, &str)]) -> Config {
    let mut vars: Vec<(String, String)> = vec![
        ("DATABASE_URL".into(), database_url.into()),
        ("JWT_SECRET".into(), JWT_SECRET.into()),
        ("MOSAIC_ENCRYPTION_KEYS".into(), KEYS.into()),
        ("MOSAIC_POOL_SIZE".into(), "6".into()),
    ];
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).expect("test config")
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_env(&[]).await
    }

    pub async fn with_env(extra: &[(&str, &str)]) -> Self {
        Self::on(fresh_database::<migration::Migrator>().await, extra).await
    }

    /// An app on a database made already (a twin, say).
    pub async fn on(database: TestDatabase, extra: &[(&str, &str)]) -> Self {
        let config = config_for(&database.url, extra);
        let state = gateway::app_state(&config, pools(&database).await);
        let router = gateway::http::router(state.clone(), config.limits.max_body_bytes);
        Self { database, state, config, router }
    }

    /// An app whose requests' pool counts every SQL statement it runs, for the N+1 checks.
    pub async fn counting() -> (Self, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let database = fresh_database::<migration::Migrator>().await;
        let config = config_for(&database.url, &[]);
        let mut pools = pools(&database).await;
        let count = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&count);
        let print = std::env::var("MOSAIC_PRINT_SQL").is_ok();
        pools.requests.set_metric_callback(move |info| {
            counter.fetch_add(1, Ordering::SeqCst);
            if print {
                eprintln!("SQL: {}", info.statement.sql.chars().take(150).collect::<String>());
            }
        });
        let state = gateway::app_state(&config, pools);
        let router = gateway::http::router(state.clone(), config.limits.max_body_bytes);
        (Self { database, state, config, router }, count)
    }

    /// A second gateway on the same database: another replica, with its own pools and listener.
    pub async fn replica(&self) -> AppState {
        gateway::app_state(&self.config, pools(&self.database).await)
    }

    pub fn jwt(&self) -> Jwt {
        Jwt::new(self.config.jwt.clone())
    }

    /// Signs a user in for the first time through the API, as a real client would.
    pub async fn sign_up(&self, email: &str) -> TestUser {
        let id = Uuid::now_v7();
        let token = self.jwt().mint(id, email, DEV_TOKEN_TTL);
        let data = self.ok(&token, "{ viewer { memberships { workspace { id } } } }", json!({})).await;
        let workspace_id = data["viewer"]["memberships"][0]["workspace"]["id"].as_str().expect("personal workspace").parse().expect("uuid");
        TestUser { id, email: email.into(), token, workspace_id }
    }

    pub async fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> (StatusCode, Vec<u8>) {
        let mut builder = Request::builder().method(method).uri(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        let response = self.router.clone().oneshot(builder.body(Body::from(body)).expect("request")).await.expect("response");
        let status = response.status();
        let bytes = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        (status, bytes)
    }

    /// POSTs a GraphQL request with the given headers; returns the status and the JSON answer.
    pub async fn post(&self, headers: &[(&str, &str)], query: &str, variables: Value) -> (StatusCode, Value) {
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        let body = serde_json::to_vec(&json!({ "query": query, "variables": variables })).expect("json");
        let (status, bytes) = self.request("POST", "/graphql", &all, body).await;
        (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }

    pub async fn gql(&self, token: &str, query: &str, variables: Value) -> Value {
        let auth = format!("Bearer {token}");
        self.post(&[("authorization", &auth)], query, variables).await.1
    }

    pub async fn with_key(&self, key: &str, query: &str, variables: Value) -> Value {
        self.post(&[("x-api-key", key)], query, variables).await.1
    }

    /// The `data` of an answer that must have no errors.
    pub async fn ok(&self, token: &str, query: &str, variables: Value) -> Value {
        let answer = self.gql(token, query, variables).await;
        assert!(answer.get("errors").is_none(), "unexpected errors: {answer}");
        answer["data"].clone()
    }

    /// Runs SQL as the migration owner (test set-up only).
    pub async fn sql(&self, sql: &str) {
        use sea_orm::ConnectionTrait;
        self.database.db.execute_unprepared(sql).await.expect("sql");
    }
}

/// The `extensions.code` of every error in an answer.
pub fn codes(answer: &Value) -> Vec<String> {
    answer["errors"]
        .as_array()
        .map(|errors| errors.iter().map(|e| e["extensions"]["code"].as_str().unwrap_or("NONE").to_string()).collect())
        .unwrap_or_default()
}

pub async fn eventually<F, Fut>(mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("condition not met within 5 s");
}

// ---- graphql-ws ----

use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// Serves the app on a loopback port; answers its address.
pub async fn serve(app: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let state = app.state.clone();
    tokio::spawn(async move { gateway::serve(listener, state, 1 << 20, std::future::pending()).await });
    addr
}

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub async fn connect(addr: &str, init: Value) -> Socket {
    let mut request = format!("ws://{addr}/graphql/ws").into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    socket.send(Message::text(json!({ "type": "connection_init", "payload": init }).to_string())).await.unwrap();
    socket
}

pub async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let message =
            tokio::time::timeout(Duration::from_secs(10), socket.next()).await.expect("a message in time").expect("open").unwrap();
        match message {
            Message::Text(text) => {
                let value: Value = serde_json::from_str(&text).unwrap();
                if value["type"] != "ping" && value["type"] != "pong" {
                    return value;
                }
            }
            Message::Close(frame) => return json!({ "type": "closed", "frame": frame.map(|f| f.reason.to_string()) }),
            _ => {}
        }
    }
}

/// The next message that is not a ping or pong, as its text (key order kept).
pub async fn next_json_text(socket: &mut Socket) -> String {
    loop {
        let message =
            tokio::time::timeout(Duration::from_secs(10), socket.next()).await.expect("a message in time").expect("open").unwrap();
        if let Message::Text(text) = message {
            let text = text.to_string();
            if !text.contains("\"type\":\"ping\"") && !text.contains("\"type\":\"pong\"") {
                return text;
            }
        }
    }
}
