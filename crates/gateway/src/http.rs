//! The HTTP surface: POST /graphql, GraphiQL on GET /, graphql-ws on /graphql/ws, health,
//! readiness and metrics.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::{BatchRequest, BatchResponse, Data};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use platform::ApiError;
use platform::domain::Services;
use platform::error::code_of;
use platform::events::{EventHub, SubscriptionViewer};
use platform::health::{DatabaseHealth, DatabaseState};
use platform::request::Api;
use sea_orm::DatabaseConnection;

use crate::auth::Authenticator;
use crate::metrics::Metrics;
use crate::schema::{Mutation, Query, Subscription};

#[derive(Clone)]
pub struct AppState {
    /// The schema with what its requests run on.
    pub api: Api<Query, Mutation, Subscription>,
    /// What the domains' routes and jobs run with.
    pub services: Services,
    pub db: DatabaseConnection,
    pub auth: Arc<Authenticator>,
    pub metrics: Arc<Metrics>,
    pub events: EventHub,
    pub max_batch: usize,
    pub migrations: usize,
    pub pool_max: u32,
    /// Whether the database is there, as the supervisor finds it.
    pub health: DatabaseHealth,
    /// Set once the server is shutting down: readiness fails and every response asks its
    /// client to close the connection, so no request is sent on one about to close.
    pub draining: Arc<AtomicBool>,
}

pub fn router(state: AppState, max_body_bytes: usize) -> Router {
    let domains = crate::schema::domain_routes(&state.services);
    Router::new()
        .route("/", get(crate::playground::page))
        .route("/assets/{name}", get(crate::playground::asset))
        .route("/graphql", get(graphql_get).post(graphql_post))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state.clone())
        .merge(domains)
        .layer(axum::middleware::map_response_with_state(state, close_when_draining))
        .layer(DefaultBodyLimit::max(max_body_bytes))
        .layer(axum::middleware::from_fn(answer_a_panic))
}

/// A bug that panics while answering must not cut the client's connection (and every other
/// request pipelined on it) without a word: the panic is logged, with its message, and the
/// client gets INTERNAL like any other server fault.
async fn answer_a_panic(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use futures_util::FutureExt;
    match std::panic::AssertUnwindSafe(next.run(request)).catch_unwind().await {
        Ok(response) => response,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(panic = %message, "a request panicked");
            let body = serde_json::json!({ "errors": [{ "message": "internal error", "extensions": { "code": "INTERNAL" } }] });
            (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response()
        }
    }
}

/// While the server drains, every response closes its connection (`Connection: close`): the
/// client opens a new one for its next request, which the next replica (or this server, until
/// it stops listening) answers, instead of sending it on a connection the shutdown will cut.
async fn close_when_draining(State(state): State<AppState>, mut response: Response) -> Response {
    if state.draining.load(Ordering::Relaxed) {
        response.headers_mut().insert(header::CONNECTION, axum::http::HeaderValue::from_static("close"));
    }
    response
}

/// The media type a GraphQL response is written in, from the request's `Accept` (the GraphQL
/// over HTTP spec): `application/graphql-response+json` when the client prefers it, else
/// `application/json` (also for a missing `Accept`, `*/*` or `application/*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Json,
    GraphqlResponse,
}

impl MediaType {
    fn content_type(self) -> &'static str {
        match self {
            Self::Json => "application/json; charset=utf-8",
            Self::GraphqlResponse => "application/graphql-response+json; charset=utf-8",
        }
    }

    /// The type to answer in; `None` when the client accepts neither (answered 406). The
    /// highest `q` wins, a named type over a wildcard, and the GraphQL type over plain JSON.
    pub fn negotiate(headers: &HeaderMap) -> Option<Self> {
        let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).filter(|v| !v.trim().is_empty()) else {
            return Some(Self::Json);
        };
        let mut best: Option<(u16, u8, Self)> = None;
        for range in accept.split(',') {
            let mut parts = range.split(';').map(str::trim);
            let media = parts.next().unwrap_or_default().to_ascii_lowercase();
            let q = parts
                .find_map(|p| p.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .map_or(1000, |q| (q.clamp(0.0, 1.0) * 1000.0) as u16);
            let (rank, media) = match media.as_str() {
                "application/graphql-response+json" => (3, Self::GraphqlResponse),
                "application/json" => (2, Self::Json),
                "application/*" | "*/*" => (1, Self::Json),
                _ => continue,
            };
            if q > 0 && best.is_none_or(|(bq, brank, _)| (q, rank) > (bq, brank)) {
                best = Some((q, rank, media));
            }
        }
        best.map(|(_, _, media)| media)
    }
}

/// An answer written in `media`: the body, and `status` as the response's.
fn answer(media: MediaType, status: StatusCode, body: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, media.content_type())], body).into_response()
}

/// A request refused before it ran (a transport rule, a sign-in failure, a limit): under
/// `application/json` with `json_status`, under `application/graphql-response+json` with
/// `status`, and without `data` (nothing was executed).
fn refusal(media: MediaType, json_status: StatusCode, status: StatusCode, error: async_graphql::ServerError) -> Response {
    let response = async_graphql::Response::from_errors(vec![error]);
    match media {
        MediaType::Json => answer(media, json_status, platform::one_pass::write_response(&BatchResponse::Single(response))),
        MediaType::GraphqlResponse => answer(media, status, errors_only(&response)),
    }
}

/// `{"errors": […]}`: a response to a request that never executed has no `data` entry.
fn errors_only(response: &async_graphql::Response) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "errors": response.errors })).unwrap_or_default()
}

/// The status of a request error (one that stopped the request before execution: parse,
/// validation, variables, a refused input) under `application/graphql-response+json`.
fn request_error_status(response: &async_graphql::Response) -> Option<StatusCode> {
    if response.data != async_graphql::Value::Null || response.errors.is_empty() || response.errors.iter().any(|e| !e.path.is_empty()) {
        return None;
    }
    Some(match response.errors.iter().find_map(code_of) {
        Some("UNAUTHENTICATED") => StatusCode::UNAUTHORIZED,
        Some("FORBIDDEN") => StatusCode::FORBIDDEN,
        Some("LIMIT_EXCEEDED") => StatusCode::TOO_MANY_REQUESTS,
        Some("UNAVAILABLE") => StatusCode::SERVICE_UNAVAILABLE,
        Some("INTERNAL") => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    })
}

/// Whether nothing of a response ran for want of the database: no data, and every error
/// `UNAVAILABLE`. It is answered 503 (with `Retry-After`) whatever the media type.
fn unavailable(response: &BatchResponse) -> bool {
    let all_unavailable = |r: &async_graphql::Response| {
        r.data == async_graphql::Value::Null && !r.errors.is_empty() && error_codes(r).iter().all(|c| c == "UNAVAILABLE")
    };
    match response {
        BatchResponse::Single(one) => all_unavailable(one),
        BatchResponse::Batch(all) => !all.is_empty() && all.iter().all(all_unavailable),
    }
}

/// A 503 with `Retry-After: 1`, for a request refused or failed for want of the database.
fn retry_soon(mut response: Response) -> Response {
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static("1"));
    response
}

/// GraphQL over GET is refused: it would let a link or an image run operations with the
/// visitor's cookies or cached credentials. POST with a JSON body is the way.
async fn graphql_get(headers: HeaderMap) -> Response {
    let media = MediaType::negotiate(&headers).unwrap_or(MediaType::Json);
    let error = ApiError::BadUserInput("send GraphQL as POST with Content-Type: application/json".into()).into_server_error();
    let mut response = refusal(media, StatusCode::METHOD_NOT_ALLOWED, StatusCode::METHOD_NOT_ALLOWED, error);
    response.headers_mut().insert(header::ALLOW, axum::http::HeaderValue::from_static("POST"));
    response
}

/// A query over one of the limits (depth, complexity, aliases, batch size) is refused before
/// it runs, as async-graphql refuses depth and complexity: one code,
/// `GRAPHQL_VALIDATION_FAILED`, for every limit.
fn limit_error(message: String) -> async_graphql::ServerError {
    let mut response = async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(message, None)]);
    platform::request::label_validation_errors(&mut response);
    response.errors.remove(0)
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| matches!(v.trim(), "application/json" | "application/graphql-response+json"))
}

async fn graphql_post(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let started = Instant::now();
    let Some(media) = MediaType::negotiate(&headers) else {
        let body = "GraphQL answers in application/graphql-response+json or application/json";
        return (StatusCode::NOT_ACCEPTABLE, body).into_response();
    };
    // While the database is away, nothing below can work: say so at once.
    if !state.health.is_up() {
        state.metrics.observe(started.elapsed(), ["UNAVAILABLE".to_string()]);
        let error = ApiError::Unavailable("the database is away".into()).into_server_error();
        return retry_soon(refusal(media, StatusCode::SERVICE_UNAVAILABLE, StatusCode::SERVICE_UNAVAILABLE, error));
    }
    let bad_request = |message: &str| ApiError::BadUserInput(message.into()).into_server_error();
    // Only JSON: an HTML form cannot send it cross-site without a preflight.
    if !is_json(&headers) {
        let error = bad_request("Content-Type must be application/json");
        return refusal(media, StatusCode::UNSUPPORTED_MEDIA_TYPE, StatusCode::UNSUPPORTED_MEDIA_TYPE, error);
    }
    let batch: BatchRequest = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(_) => {
            return refusal(
                media,
                StatusCode::BAD_REQUEST,
                StatusCode::BAD_REQUEST,
                bad_request("the body is not a GraphQL request in JSON"),
            );
        }
    };
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > state.max_batch
    {
        let error = limit_error(format!("a batch holds at most {} requests", state.max_batch));
        return refusal(media, StatusCode::OK, StatusCode::BAD_REQUEST, error);
    }
    let viewer = match state.auth.from_headers(&headers).await {
        Ok(v) => v,
        Err(e) => {
            state.metrics.observe(started.elapsed(), [e.code().as_str().to_string()]);
            let status = match e {
                ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
                ApiError::LimitExceeded(_) => StatusCode::TOO_MANY_REQUESTS,
                ApiError::Unavailable(_) => return retry_soon(refusal(media, StatusCode::OK, StatusCode::OK, e.into_server_error())),
                _ => StatusCode::UNAUTHORIZED,
            };
            return refusal(media, StatusCode::OK, status, e.into_server_error());
        }
    };
    // Written below by `write_response`, which takes lists rendered in one pass as they are.
    let batch = batch.data(platform::one_pass::PreRendered);
    let response = state.api.execute(viewer, batch).await;
    let codes: Vec<String> = match &response {
        BatchResponse::Single(r) => error_codes(r),
        BatchResponse::Batch(rs) => rs.iter().flat_map(error_codes).collect(),
    };
    state.metrics.observe(started.elapsed(), codes);
    if unavailable(&response) {
        let body = match (&response, media) {
            (BatchResponse::Single(one), MediaType::GraphqlResponse) => errors_only(one),
            _ => platform::one_pass::write_response(&response),
        };
        return retry_soon(answer(media, StatusCode::SERVICE_UNAVAILABLE, body));
    }
    if media == MediaType::GraphqlResponse
        && let BatchResponse::Single(one) = &response
        && let Some(status) = request_error_status(one)
    {
        return answer(media, status, errors_only(one));
    }
    answer(media, StatusCode::OK, platform::one_pass::write_response(&response))
}

fn error_codes(response: &async_graphql::Response) -> Vec<String> {
    response.errors.iter().map(|e| code_of(e).unwrap_or("NONE").to_owned()).collect()
}

async fn graphql_ws(State(state): State<AppState>, protocol: GraphQLProtocol, upgrade: WebSocketUpgrade) -> Response {
    let api = state.api.clone();
    let auth = Arc::clone(&state.auth);
    let events = state.events.clone();
    upgrade.protocols(ALL_WEBSOCKET_PROTOCOLS).on_upgrade(move |socket| {
        GraphQLWebSocket::new(socket, api, protocol)
            .on_connection_init(move |payload| async move {
                let field = |names: &[&str]| names.iter().find_map(|n| payload.get(*n).and_then(|v| v.as_str()).map(str::to_string));
                let authorization = field(&["Authorization", "authorization"]);
                let api_key = field(&["X-Api-Key", "x-api-key", "apiKey"]);
                let viewer = auth.authenticate(authorization.as_deref(), api_key.as_deref()).await.map_err(async_graphql::Error::from)?;
                let mut data = Data::default();
                data.insert(SubscriptionViewer(viewer));
                data.insert(events);
                Ok(data)
            })
            .serve()
    })
}

/// Liveness: false only once the supervisor has given up bringing the embedded database
/// back, so that whatever runs the process restarts it. A database that is merely away is
/// readiness's business.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.health.state() {
        DatabaseState::GivenUp => (StatusCode::SERVICE_UNAVAILABLE, "gave up restarting the embedded database").into_response(),
        DatabaseState::Up | DatabaseState::Down => (StatusCode::OK, "ok").into_response(),
    }
}

/// Readiness: the database answers and is migrated, and the server is not shutting down.
async fn readyz(State(state): State<AppState>) -> Response {
    if state.draining.load(Ordering::Relaxed) {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response();
    }
    if state.health.is_up() && platform::db::ready(&state.db, state.migrations).await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable or not migrated").into_response()
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    let pool = state.db.get_postgres_connection_pool();
    let text = state.metrics.render((pool.size(), pool.num_idle() as u32, state.pool_max));
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}
