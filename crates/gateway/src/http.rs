//! The HTTP surface: POST /graphql, GraphiQL on GET /, graphql-ws on /graphql/ws, health,
//! readiness and metrics.

use std::sync::Arc;
use std::time::Instant;

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::{BatchRequest, BatchResponse, Data, ServerError};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use platform::ApiError;
use platform::domain::Services;
use platform::events::{EventHub, SubscriptionViewer};
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
    pub max_aliases: usize,
    pub migrations: usize,
    pub pool_max: u32,
}

pub fn router(state: AppState, max_body_bytes: usize) -> Router {
    let domains = crate::schema::domain_routes(&state.services);
    Router::new()
        .route("/", get(crate::playground::page))
        .route("/assets/{name}", get(crate::playground::asset))
        .route("/graphql", get(graphql_get).post(graphql_post))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state)
        .merge(domains)
        .layer(DefaultBodyLimit::max(max_body_bytes))
}

/// GraphQL over GET is refused: it would let a link or an image run operations with the
/// visitor's cookies or cached credentials. POST with a JSON body is the way.
async fn graphql_get() -> Response {
    error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        ApiError::BadUserInput("send GraphQL as POST with Content-Type: application/json".into()),
    )
}

fn error_response(status: StatusCode, error: ApiError) -> Response {
    let error: async_graphql::Error = error.into();
    let server_error: ServerError = error.into_server_error(Default::default());
    let body = async_graphql::Response::from_errors(vec![server_error]);
    (status, Json(body)).into_response()
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
    // Only JSON: an HTML form cannot send it cross-site without a preflight.
    if !is_json(&headers) {
        return error_response(StatusCode::UNSUPPORTED_MEDIA_TYPE, ApiError::BadUserInput("Content-Type must be application/json".into()));
    }
    let mut batch: BatchRequest = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(_) => {
            return error_response(StatusCode::BAD_REQUEST, ApiError::BadUserInput("the body is not a GraphQL request in JSON".into()));
        }
    };
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > state.max_batch
    {
        return error_response(
            StatusCode::BAD_REQUEST,
            ApiError::BadUserInput(format!("a batch holds at most {} requests", state.max_batch)),
        );
    }
    // Parsed once here (async-graphql keeps the parse) to cap aliases before anything runs.
    for request in batch.iter_mut() {
        if let Ok(doc) = request.parsed_query()
            && crate::limits::alias_count(doc) > state.max_aliases
        {
            return error_response(
                StatusCode::BAD_REQUEST,
                ApiError::BadUserInput(format!("a query may use at most {} aliases", state.max_aliases)),
            );
        }
    }
    let viewer = match state.auth.from_headers(&headers).await {
        Ok(v) => v,
        Err(e) => {
            state.metrics.observe(started.elapsed(), [e.code().as_str().to_string()]);
            return error_response(StatusCode::OK, e);
        }
    };
    // Written below by `write_response`, which takes lists rendered in one pass as they are.
    let batch = batch.data(platform::one_pass::PreRendered);
    let response = state.api.execute(viewer, batch).await;
    let codes: Vec<String> = match &response {
        BatchResponse::Single(r) => error_codes(r),
        BatchResponse::Batch(rs) => rs.iter().flat_map(error_codes).collect(),
    };
    let body = platform::one_pass::write_response(&response);
    state.metrics.observe(started.elapsed(), codes);
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn error_codes(response: &async_graphql::Response) -> Vec<String> {
    response
        .errors
        .iter()
        .map(|e| {
            e.extensions
                .as_ref()
                .and_then(|x| x.get("code"))
                .and_then(|v| match v {
                    async_graphql::Value::String(s) => Some(s.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| "NONE".into())
        })
        .collect()
}

async fn graphql_ws(State(state): State<AppState>, protocol: GraphQLProtocol, upgrade: WebSocketUpgrade) -> Response {
    let schema = state.api.schema.clone();
    let auth = Arc::clone(&state.auth);
    let events = state.events.clone();
    upgrade.protocols(ALL_WEBSOCKET_PROTOCOLS).on_upgrade(move |socket| {
        GraphQLWebSocket::new(socket, schema, protocol)
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

async fn readyz(State(state): State<AppState>) -> Response {
    if platform::db::ready(&state.db, state.migrations).await {
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
