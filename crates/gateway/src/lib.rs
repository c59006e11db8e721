//! The gateway: HTTP, authentication, the assembled schema, and the commands of `mosaic`.

// The merged roots of every domain nest deeper than the default limit of 128.
#![recursion_limit = "256"]

pub mod auth;
pub mod http;
pub mod maintenance;
pub mod metrics;
pub mod playground;
pub mod runtime;
pub mod schema;
pub mod seed;
pub mod subscription;
pub mod supervise;
pub mod telemetry;

use std::sync::Arc;

use platform::config::Config;
use platform::db::Pools;
use platform::domain::Services;
use platform::events::EventHub;
use platform::health::DatabaseHealth;
use platform::request::Api;
use sea_orm_migration::MigratorTrait;

use crate::auth::{Authenticator, Jwt};
use crate::http::AppState;
use crate::schema::SchemaOptions;

/// What the domains' jobs, routes and demo data run with, on `jobs` (a pool that logs in as
/// `mosaic_jobs`).
pub fn services(config: &Config, pools: &Pools) -> Services {
    Services {
        db: pools.jobs.clone(),
        requests: pools.requests.clone(),
        seal: pools.seal.clone(),
        directory: Arc::new(identity::IdentityDirectory),
        keyring: config.keyring.clone(),
    }
}

/// Builds the application state on a migrated database: requests on `pools.requests`, sign-in,
/// jobs, routes and subscriptions' checks on `pools.jobs`.
pub fn app_state(config: &Config, pools: Pools) -> AppState {
    let events = EventHub::listen(pools.listen_url.clone());
    let services = services(config, &pools);
    let builder = schema::builder(&SchemaOptions { limits: config.limits.clone(), production: config.production })
        .data(config.keyring.clone())
        .data(platform::db::Pool(pools.jobs.clone()))
        .data(events.clone());
    let schema = schema::domain_data(builder, &services).finish();
    let health = DatabaseHealth::default();
    AppState {
        api: Api::new(schema, pools.requests.clone(), pools.seal.clone(), Arc::clone(&services.directory))
            .with_max_list_items(config.limits.max_list_items)
            .with_max_aliases(config.limits.max_aliases)
            .with_max_depth(config.limits.max_depth)
            .with_persisted(config.persisted.clone())
            .with_health(health.clone()),
        services,
        auth: Arc::new(Authenticator::new(Jwt::new(config.jwt.clone()), pools.jobs.clone())),
        db: pools.requests,
        metrics: Arc::new(metrics::Metrics::default()),
        events,
        max_batch: config.limits.max_batch,
        migrations: migration::Migrator::migrations().len(),
        pool_max: config.pool_size,
        health,
        draining: Arc::default(),
    }
}

/// Serves on `listener` until `shutdown` resolves; in-flight requests finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    max_body_bytes: usize,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = http::router(state, max_body_bytes);
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
