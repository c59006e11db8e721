//! The database's supervisor: it notices when the database goes away, brings back an embedded
//! Postgres that died, and tells the rest of the server through `platform::health`.
//!
//! Every [`PROBE_EVERY`] it checks the embedded postmaster's process (when the server runs
//! one) and asks the database `SELECT 1` on a connection of its own. A dead postmaster (a
//! `kill -9`, the kernel's OOM killer) is started again on the same folder and port, Postgres
//! recovering from its own log first; a failed start is tried again with a growing pause, up
//! to [`RESTARTS`] times, after which the supervisor gives up and liveness fails so that
//! whatever runs the process restarts it. With `DATABASE_URL` there is nothing to restart: the
//! supervisor waits for the database to answer again. Either way the database counts as back
//! only once both pools answer, and every step is a line in the log.

use std::time::{Duration, Instant};

use platform::db::Pools;
use platform::embedded::EmbeddedPostgres;
use platform::health::{DatabaseHealth, DatabaseState};
use sea_orm::sqlx::{Connection, PgConnection};

use crate::runtime::Embedded;

/// How often the database is checked: a dead database is noticed within about this long.
pub const PROBE_EVERY: Duration = Duration::from_millis(500);
/// How long a probe may take before the database counts as away.
const PROBE_TIMEOUT: Duration = Duration::from_secs(1);
/// How many times a dead embedded Postgres is started again before the supervisor gives up.
pub const RESTARTS: u32 = 8;

/// What the supervisor watches.
pub struct Supervisor {
    pub(crate) health: DatabaseHealth,
    pub(crate) pools: Pools,
    pub(crate) embedded: Option<Embedded>,
}

impl Supervisor {
    /// Runs until the process ends, or until it gives up on the embedded server.
    pub async fn run(self) {
        let mut probe: Option<PgConnection> = None;
        loop {
            tokio::time::sleep(PROBE_EVERY).await;
            if let Some(embedded) = &self.embedded
                && !alive(embedded)
            {
                probe = None;
                if !self.restart(embedded).await {
                    return;
                }
            }
            match answers(&mut probe, &self.pools.listen_url).await {
                Ok(()) if self.health.state() != DatabaseState::Up => {
                    // Back only once the pools hand out working connections again (their
                    // dead ones are tested and replaced as they are taken).
                    match (self.pools.requests.ping().await, self.pools.jobs.ping().await) {
                        (Ok(()), Ok(())) => {
                            self.health.set(DatabaseState::Up);
                            tracing::info!("the database answers again and the pools are reconnected; serving requests");
                        }
                        (Err(error), _) | (_, Err(error)) => tracing::warn!(%error, "the database answers but a pool does not yet"),
                    }
                }
                Ok(()) => {}
                Err(error) => {
                    if self.health.set(DatabaseState::Down) {
                        tracing::warn!(%error, "the database does not answer; requests fail at once with UNAVAILABLE until it does");
                    }
                }
            }
        }
    }

    /// Starts a dead embedded server again; answers `false` when it gave up.
    async fn restart(&self, embedded: &Embedded) -> bool {
        self.health.set(DatabaseState::Down);
        tracing::error!(
            folder = %embedded.options.data_dir.display(),
            "the embedded Postgres died; requests fail at once with UNAVAILABLE while it is started again"
        );
        let mut pause = Duration::from_millis(250);
        for attempt in 1..=RESTARTS {
            let started = Instant::now();
            let embedded = embedded.clone();
            let outcome = tokio::task::spawn_blocking(move || start_again(&embedded)).await;
            match outcome {
                Ok(Ok(pid)) => {
                    let took = started.elapsed().as_millis();
                    tracing::info!(attempt, pid, took_ms = took, "the embedded Postgres is running again (it recovered from its log)");
                    return true;
                }
                Ok(Err(error)) => tracing::warn!(attempt, of = RESTARTS, %error, "the embedded Postgres did not start; trying again"),
                Err(error) => tracing::warn!(attempt, of = RESTARTS, %error, "starting the embedded Postgres failed"),
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(10));
        }
        self.health.set(DatabaseState::GivenUp);
        tracing::error!(
            attempts = RESTARTS,
            "giving up on the embedded Postgres: /healthz now fails, so that whatever runs mosaic restarts it"
        );
        false
    }
}

fn alive(embedded: &Embedded) -> bool {
    embedded.server.lock().is_ok_and(|held| held.as_ref().is_some_and(EmbeddedPostgres::is_alive))
}

/// Starts the server on the same folder and port, replacing the handle of the dead one;
/// answers the new postmaster's pid.
fn start_again(embedded: &Embedded) -> Result<u32, String> {
    let mut held = embedded.server.lock().map_err(|_| "the embedded server's handle is poisoned".to_owned())?;
    if let Some(dead) = held.take() {
        dead.forget();
    }
    let mut pg = EmbeddedPostgres::start(&embedded.options).map_err(|e| e.to_string())?;
    pg.take_ownership();
    let pid = pg.pid().unwrap_or_default();
    *held = Some(pg);
    Ok(pid)
}

/// `SELECT 1` on the probe's own connection, made (again) when there is none.
async fn answers(probe: &mut Option<PgConnection>, url: &str) -> Result<(), String> {
    let asked = async {
        if probe.is_none() {
            *probe = Some(PgConnection::connect(url).await.map_err(|e| e.to_string())?);
        }
        let connection = probe.as_mut().ok_or("no probe connection")?;
        sea_orm::sqlx::query("SELECT 1").execute(connection).await.map(|_| ()).map_err(|e| e.to_string())
    };
    let result = match tokio::time::timeout(PROBE_TIMEOUT, asked).await {
        Ok(answered) => answered,
        Err(_) => Err(format!("no answer within {} ms", PROBE_TIMEOUT.as_millis())),
    };
    if result.is_err() {
        *probe = None;
    }
    result
}

/// Starts supervising the database `runtime` opened, writing to `health`.
pub fn start(runtime: &crate::runtime::Runtime, health: &DatabaseHealth) -> tokio::task::JoinHandle<()> {
    let supervisor = Supervisor { health: health.clone(), pools: runtime.pools.clone(), embedded: runtime.embedded.clone() };
    tokio::spawn(supervisor.run())
}
