//! Opening the database the configuration names: the embedded cluster, or `DATABASE_URL`.

use platform::config::{Config, Database};
use platform::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};
use sea_orm::DatabaseConnection;
use sea_orm_migration::MigratorTrait;

/// The database a command works on, and the embedded server behind it when there is one.
pub struct Runtime {
    pub db: DatabaseConnection,
    pub url: String,
    embedded: Option<EmbeddedPostgres>,
}

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error(transparent)]
    Embedded(#[from] platform::embedded::EmbeddedError),
    #[error("cannot connect to the database: {0}")]
    Connect(sea_orm::DbErr),
    #[error("migrations failed: {0}")]
    Migrate(sea_orm::DbErr),
}

impl Runtime {
    /// Opens the database; with `own_server`, this process also stops an embedded server it
    /// found already running (the server does; one-shot commands leave it alone).
    pub async fn open(config: &Config, own_server: bool) -> Result<Self, RuntimeError> {
        let (url, embedded) = match &config.database {
            Database::External(url) => (url.expose().clone(), None),
            Database::Embedded => {
                let options =
                    EmbeddedOptions { data_dir: config.data_dir.clone(), cache_dir: default_cache_dir(), ephemeral: false, port: None };
                let mut pg = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&options))
                    .await
                    .map_err(|e| platform::embedded::EmbeddedError::Command { step: "start".into(), detail: e.to_string() })??;
                if own_server {
                    pg.take_ownership();
                }
                ensure_database(&pg).await?;
                (pg.url("mosaic"), Some(pg))
            }
        };
        let db = platform::db::connect(&url, config.pool_size).await.map_err(RuntimeError::Connect)?;
        Ok(Self { db, url, embedded })
    }

    pub async fn migrate(&self) -> Result<(), RuntimeError> {
        migration::Migrator::up(&self.db, None).await.map_err(RuntimeError::Migrate)
    }

    /// Closes the pool, then stops the embedded server if this process owns it.
    pub async fn close(mut self) {
        let _ = self.db.close().await;
        if let Some(mut pg) = self.embedded.take() {
            let _ = tokio::task::spawn_blocking(move || {
                if let Err(error) = pg.stop() {
                    tracing::warn!(%error, "embedded Postgres did not stop cleanly");
                }
            })
            .await;
        }
    }
}

/// The embedded cluster starts with only `postgres`; the app's database is made once.
async fn ensure_database(pg: &EmbeddedPostgres) -> Result<(), RuntimeError> {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let admin = platform::db::connect(&pg.url("postgres"), 1).await.map_err(RuntimeError::Connect)?;
    let exists = admin
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT 1 AS one FROM pg_database WHERE datname = 'mosaic'"))
        .await
        .map_err(RuntimeError::Connect)?
        .is_some();
    if !exists {
        admin.execute_raw(Statement::from_string(DbBackend::Postgres, "CREATE DATABASE mosaic")).await.map_err(RuntimeError::Connect)?;
    }
    let _ = admin.close().await;
    Ok(())
}
