//! How a domain joins the API: once, through [`Domain`].
//!
//! A domain crate (crm, content, billing…) implements [`Domain`] on one unit struct: its
//! query, mutation and subscription roots, its fields on `Workspace`, the tables it owns, what
//! its resolvers need in the schema's data, its demo data for `mosaic seed`, its scheduled
//! jobs and its HTTP routes. The gateway lists the domains in one place (its `domains!`
//! invocation) and derives everything from that list.

use std::sync::Arc;

use async_graphql::{ObjectType, SchemaBuilder, SubscriptionType};
use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::crypto::Keyring;
use crate::directory::Directory;
use crate::error::ApiError;

/// What a domain's jobs, routes and demo data run with.
#[derive(Clone)]
pub struct Services {
    /// The jobs' pool (connections log in as `mosaic_jobs`; work runs as `mosaic_worker`).
    pub db: DatabaseConnection,
    /// The requests' pool (connections log in as `mosaic_api`; work runs as `mosaic_app`), for
    /// work done as a user through the API's own services, such as the demo data.
    pub requests: DatabaseConnection,
    /// What requests' scopes are sealed with.
    pub seal: crate::db::ScopeSeal,
    /// Facts about users, from identity.
    pub directory: Arc<dyn Directory>,
    /// The encryption keys for secrets users give us.
    pub keyring: Keyring,
}

impl Services {
    /// A request of `user` (whose email is `email`) made by the server, through the services
    /// the API runs: how demo data is made as the people it belongs to.
    pub async fn request_as(&self, user_id: Uuid, email: &str) -> Result<crate::request::RequestAs, ApiError> {
        let viewer = crate::context::Viewer { user_id, email: email.to_owned(), credential: crate::context::Credential::Token };
        crate::request::RequestAs::begin(&self.requests, &self.seal, viewer, Arc::clone(&self.directory)).await
    }
}

/// The people and workspace `mosaic seed` makes before it asks each domain for its demo data.
#[derive(Debug, Clone)]
pub struct Demo {
    /// The demo user (`demo@mosaic.dev`), owner of the team workspace.
    pub user_id: Uuid,
    pub email: String,
    /// A second member of the team workspace.
    pub teammate_id: Uuid,
    /// The team workspace, `acme`.
    pub workspace_id: Uuid,
}

/// One run of a job as of an instant; it answers a line for the log.
pub type JobRun = for<'a> fn(&'a Services, DateTime<Utc>) -> BoxFuture<'a, Result<String, ApiError>>;

/// A job the server runs on a schedule (every `MOSAIC_MAINTENANCE_INTERVAL_SECS`), as the
/// worker role.
pub struct Job {
    pub name: &'static str,
    pub run: JobRun,
}

/// What the two working roles may do to a table: privileges written as
/// `SELECT,INSERT,UPDATE,DELETE` (in that order), empty for none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub table: &'static str,
    pub app: &'static str,
    pub worker: &'static str,
}

impl Grant {
    pub const ALL: &'static str = "SELECT,INSERT,UPDATE,DELETE";

    /// Read and written by requests and by background work alike.
    pub fn read_write(table: &'static str) -> Self {
        Self { table, app: Self::ALL, worker: Self::ALL }
    }
}

/// One domain of the API.
pub trait Domain: 'static {
    type Query: ObjectType + Default + 'static;
    type Mutation: ObjectType + Default + 'static;
    type Subscription: SubscriptionType + Default + 'static;
    /// The domain's fields on `Workspace`.
    type WorkspaceFields: ObjectType + 'static;

    fn workspace_fields(workspace_id: Uuid) -> Self::WorkspaceFields;

    /// The tables the domain's migration makes, for the tests that read the catalogue
    /// (constraints with typed errors, grants, keys ready for distribution).
    fn tables() -> &'static [&'static str];

    /// Which of them are global (catalogues without `workspace_id`): with Citus, reference
    /// tables copied to every node. Every other table is distributed by `workspace_id`.
    fn reference_tables() -> &'static [&'static str] {
        &[]
    }

    /// What the request role (`mosaic_app`) and the worker role (`mosaic_worker`) may do to
    /// each table, as `has_table_privilege` reports it: by default both may read and write
    /// every table (row-level security decides which rows). A domain whose tables are read-only
    /// to requests, or append-only, says so here; a test holds the database to it.
    fn grants() -> Vec<Grant> {
        Self::tables().iter().map(|table| Grant::read_write(table)).collect()
    }

    /// Puts what the domain's resolvers need into the schema's data.
    fn data<Q, M, S>(builder: SchemaBuilder<Q, M, S>, _services: &Services) -> SchemaBuilder<Q, M, S> {
        builder
    }

    /// Loads the domain's demo data; safe to run again.
    fn seed<'a>(_services: &'a Services, _demo: &'a Demo) -> BoxFuture<'a, Result<(), ApiError>> {
        Box::pin(async { Ok(()) })
    }

    /// The domain's scheduled jobs.
    fn jobs() -> Vec<Job> {
        Vec::new()
    }

    /// Checks the domain's own settings from the environment when the server starts: a
    /// value that is present but unusable stops the server with the variable's name and what
    /// it should be, as a bad platform setting does. Unset settings are the domain's choice.
    fn check_settings() -> Result<(), String> {
        Ok(())
    }

    /// The domain's HTTP routes (webhooks, redirects), merged into the server's router.
    fn routes(_services: &Services) -> axum::Router {
        axum::Router::new()
    }
}
