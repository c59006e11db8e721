//! Opening the database the configuration names (the embedded cluster, or `DATABASE_URL`):
//! migrations as the owner on a connection of their own, then the two pools the server logs
//! in with (`platform::db::Pools`).

use std::sync::{Arc, Mutex};

use platform::config::{Config, Database};
use platform::db::{API_LOGIN, JOBS_LOGIN, Pools, ScopeSeal, login_url, url_password};
use platform::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sea_orm_migration::MigratorTrait;

/// The database a command works on, and the embedded server behind it when there is one.
pub struct Runtime {
    pub pools: Pools,
    /// The owner's URL, for the operator's commands that no login role may run.
    owner: platform::secret::Secret<String>,
    /// The embedded server, shared with the supervisor that restarts it.
    pub(crate) embedded: Option<Embedded>,
}

/// The embedded server and how to start it again on the same folder and port.
#[derive(Clone)]
pub(crate) struct Embedded {
    pub(crate) server: Arc<Mutex<Option<EmbeddedPostgres>>>,
    pub(crate) options: EmbeddedOptions,
}

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error(transparent)]
    Embedded(#[from] platform::embedded::EmbeddedError),
    #[error("cannot connect to the database: {0}")]
    Connect(sea_orm::DbErr),
    #[error("migrations failed: {0}")]
    Migrate(sea_orm::DbErr),
    #[error("no user has the email {0} (they sign in once first, or `mosaic token --email` makes them)")]
    NoSuchUser(String),
    #[error("cannot connect as {role}, the role the server logs in with ({source}); see the README's \"Roles\" section")]
    Login { role: &'static str, source: sea_orm::DbErr },
}

impl Runtime {
    /// Opens the database and applies every pending migration as its owner; with
    /// `own_server`, this process also stops an embedded server it found already running (the
    /// server does; one-shot commands leave it alone).
    pub async fn open(config: &Config, own_server: bool) -> Result<Self, RuntimeError> {
        let (owner, api, jobs, embedded) = match &config.database {
            Database::External(external) => {
                let owner = external.owner.expose().clone();
                // Without their own URLs the login roles use the owner's password, which
                // `migrate` gives them.
                let password = url_password(&owner).map(str::to_owned);
                let api = external.api.as_ref().map_or_else(|| login_url(&owner, API_LOGIN, password.as_deref()), |u| u.expose().clone());
                let jobs =
                    external.jobs.as_ref().map_or_else(|| login_url(&owner, JOBS_LOGIN, password.as_deref()), |u| u.expose().clone());
                (owner, api, jobs, None)
            }
            Database::Embedded => {
                let options =
                    EmbeddedOptions { data_dir: config.data_dir.clone(), cache_dir: default_cache_dir(), ephemeral: false, port: None };
                let starting = options.clone();
                let mut pg = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&starting))
                    .await
                    .map_err(|e| platform::embedded::EmbeddedError::Command { step: "start".into(), detail: e.to_string() })??;
                if own_server {
                    pg.take_ownership();
                }
                ensure_database(&pg).await?;
                let owner = pg.url("mosaic");
                let (api, jobs) = (login_url(&owner, API_LOGIN, None), login_url(&owner, JOBS_LOGIN, None));
                // A restart reuses the port: the pools' URLs name it.
                let options = EmbeddedOptions { port: Some(pg.port()), ..options };
                (owner, api, jobs, Some(Embedded { server: Arc::new(Mutex::new(Some(pg))), options }))
            }
        };
        let seal = migrate(&owner, &api, &jobs).await?;
        let requests =
            platform::db::connect(&api, config.pool_size).await.map_err(|source| RuntimeError::Login { role: API_LOGIN, source })?;
        let jobs_pool =
            platform::db::connect(&jobs, Pools::JOBS).await.map_err(|source| RuntimeError::Login { role: JOBS_LOGIN, source })?;
        let pools = Pools { requests, jobs: jobs_pool, listen_url: jobs, seal };
        Ok(Self { pools, owner: platform::secret::Secret::new(owner), embedded })
    }

    /// Makes a user platform staff (feature flags, maintenance runs), or ordinary again: an
    /// operator's act, done as the owner, since no role a request can become may change it.
    pub async fn set_staff(&self, email: &str, is_staff: bool) -> Result<(), RuntimeError> {
        let db = platform::db::connect(self.owner.expose(), 1).await.map_err(RuntimeError::Connect)?;
        let changed = db
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "UPDATE users SET is_staff = $2 WHERE lower(email) = lower($1)",
                [email.into(), is_staff.into()],
            ))
            .await
            .map_err(RuntimeError::Connect);
        let _ = db.close().await;
        if changed?.rows_affected() == 0 {
            return Err(RuntimeError::NoSuchUser(email.to_owned()));
        }
        Ok(())
    }

    /// Closes the pools, then stops the embedded server if this process owns it.
    pub async fn close(mut self) {
        let _ = self.pools.requests.close().await;
        let _ = self.pools.jobs.close().await;
        let server = self.embedded.take().and_then(|embedded| embedded.server.lock().ok().and_then(|mut held| held.take()));
        if let Some(mut pg) = server {
            let _ = tokio::task::spawn_blocking(move || {
                if let Err(error) = pg.stop() {
                    tracing::warn!(%error, "embedded Postgres did not stop cleanly");
                }
            })
            .await;
        }
    }
}

/// Applies the pending migrations as the owner, on a connection of its own that closes after;
/// when the login roles' URLs carry passwords, gives the roles those passwords (an owner that
/// may not is told in the log, and the operator sets them once). Answers the key requests'
/// scopes are sealed with, which only the owner may read.
pub async fn migrate(owner: &str, api: &str, jobs: &str) -> Result<ScopeSeal, RuntimeError> {
    let db = platform::db::connect(owner, 1).await.map_err(RuntimeError::Connect)?;
    let result = migration::Migrator::up(&db, None).await.map_err(RuntimeError::Migrate);
    let result = match result {
        Ok(()) => ScopeSeal::read(&db).await.map_err(RuntimeError::Migrate),
        Err(e) => Err(e),
    };
    if result.is_ok() {
        for (role, url) in [(API_LOGIN, api), (JOBS_LOGIN, jobs)] {
            let Some(password) = url_password(url) else { continue };
            if let Err(error) = set_password(&db, role, password).await {
                tracing::warn!(role, %error, "cannot set the login role's password; set it once as the database's administrator");
            }
        }
    }
    let _ = db.close().await;
    result
}

/// `ALTER ROLE … PASSWORD` takes no parameters: the password goes in through a setting (a
/// parameter), and Postgres quotes it as a literal itself.
async fn set_password(db: &sea_orm::DatabaseConnection, role: &str, password: &str) -> Result<(), sea_orm::DbErr> {
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT set_config('mosaic.login_role', $1, false), set_config('mosaic.login_password', $2, false)",
        [role.into(), password.into()],
    ))
    .await?;
    let result = db
        .execute_raw(Statement::from_string(
            DbBackend::Postgres,
            "DO $$ BEGIN EXECUTE format('ALTER ROLE %I PASSWORD %L', current_setting('mosaic.login_role'), current_setting('mosaic.login_password')); END $$",
        ))
        .await;
    db.execute_unprepared("RESET mosaic.login_role; RESET mosaic.login_password").await?;
    result.map(|_| ())
}

/// The embedded cluster starts with only `postgres`; the app's database is made once.
async fn ensure_database(pg: &EmbeddedPostgres) -> Result<(), RuntimeError> {
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
