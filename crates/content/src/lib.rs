//! Content (seed 001): businesses, content bundles, social posts, blog posts, content upgrades,
//! email sequences and their emails, content versions, ESP integrations and managed URLs.
//!
//! The rules live in [`service`], one module per concern, each documenting its rules (the
//! content flow, A/B winners, versions, email positions, managed URLs, ESP syncs); [`graphql`]
//! is the thin layer over them: [`ContentQuery`], [`ContentMutation`], [`ContentSubscription`]
//! and [`ContentWorkspaceFields`] (the domain's lists on `Workspace`), which the gateway
//! merges. Every choice the seed leaves open is in `docs/content.md`. In short:
//! - The seed describes social posts, blog posts, content upgrades and email sequences twice
//!   (in bundles, and under businesses with the content-flow columns); each is one table with
//!   every column of both shapes (`migration/src/sql/0007_content.sql`).
//! - Everything belongs to a workspace (the tenant), a business and its creator; billing's
//!   orders point at businesses and bundles through their `(id, workspace_id)` keys.
//! - External calls sit behind traits: [`service::esp::EspClient`] (syncs) and
//!   [`service::managed_urls::LinkChecker`] (the link-check job); tests use fakes.
//! - `GET /r/{id}` counts a click and redirects to a managed URL's effective link.
//! - Errors are one enum, [`ContentError`], mapped once to the API's codes and input fields;
//!   constraint violations map to the same typed errors as the services' own checks.

mod demo;
pub mod entity;
pub mod error;
pub mod graphql;
pub mod service;

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use platform::ApiError;
use platform::domain::{Demo, Domain, Grant, Job, Services};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

pub use error::ContentError;
pub use graphql::{ContentMutation, ContentQuery, ContentSubscription, ContentWorkspaceFields};

use crate::service::esp::{EspClient, UnconfiguredEsp};
use crate::service::managed_urls::{DnsLinkChecker, Follow, check_links, follow};

/// The content domain as the gateway sees it.
pub struct Content;

/// The content domain's tables.
pub const TABLES: &[&str] = &[
    "businesses",
    "content_bundles",
    "social_posts",
    "blog_posts",
    "content_upgrades",
    "email_sequences",
    "emails",
    "content_versions",
    "esp_integrations",
    "managed_urls",
];

/// What the link-check job asks of: `MOSAIC_LINK_CHECK=dns` checks that each link's host
/// resolves; unset, the job checks nothing (a machine without a resolver would find every
/// link broken).
pub const LINK_CHECK_VAR: &str = "MOSAIC_LINK_CHECK";

/// How many links one run of the link-check job looks at.
pub const LINK_CHECK_BATCH: u64 = 100;

impl Domain for Content {
    type Query = ContentQuery;
    type Mutation = ContentMutation;
    type Subscription = ContentSubscription;
    type WorkspaceFields = ContentWorkspaceFields;

    fn workspace_fields(workspace_id: Uuid) -> ContentWorkspaceFields {
        ContentWorkspaceFields::new(workspace_id)
    }

    fn tables() -> &'static [&'static str] {
        TABLES
    }

    /// Every table is read and written by both roles, except the version history, which
    /// requests may add to and delete from (with its item) but never rewrite.
    fn grants() -> Vec<Grant> {
        TABLES
            .iter()
            .map(|table| match *table {
                "content_versions" => Grant { table, app: "SELECT,INSERT,DELETE", worker: Grant::ALL },
                table => Grant::read_write(table),
            })
            .collect()
    }

    fn data<Q, M, S>(builder: async_graphql::SchemaBuilder<Q, M, S>, _services: &Services) -> async_graphql::SchemaBuilder<Q, M, S> {
        builder.data(Arc::new(UnconfiguredEsp) as Arc<dyn EspClient>)
    }

    fn seed<'a>(services: &'a Services, demo: &'a Demo) -> BoxFuture<'a, Result<(), ApiError>> {
        Box::pin(demo::seed(services, demo))
    }

    fn jobs() -> Vec<Job> {
        vec![Job { name: "content link check", run: link_check }]
    }

    fn check_settings() -> Result<(), String> {
        link_check_setting().clone().map(drop)
    }

    fn routes(services: &Services) -> axum::Router {
        axum::Router::new().route("/r/{id}", axum::routing::get(redirect)).with_state(services.db.clone())
    }
}

/// Whether the link-check job resolves hosts ([`LINK_CHECK_VAR`]), read from the environment
/// once: checked when the server starts, used by every run of the job.
fn link_check_setting() -> &'static Result<bool, String> {
    static SETTING: std::sync::OnceLock<Result<bool, String>> = std::sync::OnceLock::new();
    SETTING.get_or_init(|| match std::env::var(LINK_CHECK_VAR) {
        Ok(value) if value == "dns" => Ok(true),
        Ok(value) if !value.is_empty() => Err(format!("{LINK_CHECK_VAR}: expected `dns` or unset, not {value:?}")),
        _ => Ok(false),
    })
}

/// The link-check job (see [`LINK_CHECK_VAR`]).
fn link_check(services: &Services, now: DateTime<Utc>) -> BoxFuture<'_, Result<String, ApiError>> {
    Box::pin(async move {
        if link_check_setting() != &Ok(true) {
            return Ok(format!("skipped: set {LINK_CHECK_VAR}=dns to check links"));
        }
        let tx = platform::db::begin_worker(&services.db).await?;
        let report = check_links(&tx, &DnsLinkChecker, now, LINK_CHECK_BATCH).await.map_err(ApiError::internal)?;
        tx.commit().await?;
        Ok(format!("{report:?}"))
    })
}

/// `GET /r/{id}`: counts a click and answers 302 to the managed URL's effective link; 404 for
/// an unknown id, 410 for a link the checker found broken, 503 while the database is away.
async fn redirect(State(db): State<DatabaseConnection>, Path(id): Path<String>) -> Response {
    let plain =
        |status: StatusCode, text: &'static str| (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response();
    let Ok(id) = Uuid::parse_str(&id) else { return plain(StatusCode::NOT_FOUND, "no such link\n") };
    match follow(&db, id).await {
        Ok(Follow::Redirect(link)) => match HeaderValue::from_str(&link) {
            Ok(location) => (StatusCode::FOUND, [(header::LOCATION, location)]).into_response(),
            Err(_) => plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error\n"),
        },
        Ok(Follow::Gone) => plain(StatusCode::GONE, "this link no longer works\n"),
        Ok(Follow::Missing) => plain(StatusCode::NOT_FOUND, "no such link\n"),
        Err(ContentError::Api(ApiError::Unavailable(_))) => {
            let mut response = plain(StatusCode::SERVICE_UNAVAILABLE, "the database is unavailable for a moment; try again shortly\n");
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            response
        }
        Err(error) => {
            tracing::error!(?error, "the redirect failed");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error\n")
        }
    }
}
