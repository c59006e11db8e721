//! Whether the database is there, as one value every part of the server reads.
//!
//! The gateway's supervisor (`gateway::supervise`) probes the database and, for the embedded
//! cluster, restarts a Postgres that died; it writes what it finds here. Requests read it
//! before they take a connection, so that while the database is away they fail at once with
//! `UNAVAILABLE` (HTTP 503) instead of waiting the pool's timeout, and a request already
//! waiting for a connection stops waiting the moment the database is found gone. `/readyz`
//! answers from it, and `/healthz` turns false once the supervisor has given up.

use tokio::sync::watch;

/// What the supervisor last found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseState {
    /// Answering.
    Up,
    /// Away: requests fail fast while the supervisor brings it back or waits for it.
    Down,
    /// Away for good: the supervisor stopped restarting the embedded cluster, and the process
    /// should be restarted (liveness fails).
    GivenUp,
}

/// The database's state, shared (cloning shares it).
#[derive(Debug, Clone)]
pub struct DatabaseHealth {
    state: watch::Sender<DatabaseState>,
}

impl Default for DatabaseHealth {
    fn default() -> Self {
        Self { state: watch::Sender::new(DatabaseState::Up) }
    }
}

impl DatabaseHealth {
    pub fn state(&self) -> DatabaseState {
        *self.state.borrow()
    }

    pub fn is_up(&self) -> bool {
        self.state() == DatabaseState::Up
    }

    /// Records a new state; answers whether it changed.
    pub fn set(&self, state: DatabaseState) -> bool {
        self.state.send_if_modified(|now| {
            let changed = *now != state;
            *now = state;
            changed
        })
    }

    /// Resolves once the database is not up (at once if it is not now).
    pub async fn down(&self) {
        let mut watching = self.state.subscribe();
        // The sender lives as long as `self`, so waiting cannot fail.
        let _ = watching.wait_for(|state| *state != DatabaseState::Up).await;
    }

    /// Resolves once the database is up again (at once if it is now).
    pub async fn up(&self) {
        let mut watching = self.state.subscribe();
        let _ = watching.wait_for(|state| *state == DatabaseState::Up).await;
    }
}

/// Whether a database error means the connection or the server went away (so the request is
/// answered `UNAVAILABLE` and may be retried), not that the statement failed: pool timeouts,
/// broken sockets, and Postgres's own "shutting down" and "cannot connect now" codes.
pub fn connection_lost(error: &sea_orm::DbErr) -> bool {
    use sea_orm::{DbErr, RuntimeErr};
    let sqlx = match error {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(RuntimeErr::SqlxError(e)) | DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
        DbErr::Conn(_) => return true,
        _ => return false,
    };
    sqlx_connection_lost(sqlx)
}

/// [`connection_lost`] for an error of sqlx itself.
pub fn sqlx_connection_lost(error: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match error {
        Error::Io(_) | Error::PoolTimedOut | Error::PoolClosed | Error::WorkerCrashed | Error::Tls(_) | Error::Protocol(_) => true,
        // Class 08: connection exception; 57P01-57P03: admin or crash shutdown, cannot
        // connect now (starting up or recovering).
        Error::Database(db) => db.code().is_some_and(|code| code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiting_for_down_ends_when_the_state_changes() {
        let health = DatabaseHealth::default();
        assert!(health.is_up());
        let watcher = health.clone();
        let waiting = tokio::spawn(async move { watcher.down().await });
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished());
        assert!(health.set(DatabaseState::Down));
        assert!(!health.set(DatabaseState::Down), "the same state again is no change");
        tokio::time::timeout(std::time::Duration::from_secs(1), waiting).await.unwrap().unwrap();
        health.set(DatabaseState::Up);
        tokio::time::timeout(std::time::Duration::from_secs(1), health.up()).await.unwrap();
    }

    #[test]
    fn a_timed_out_pool_is_a_lost_connection_and_a_refused_statement_is_not() {
        use sea_orm::{DbErr, RuntimeErr};
        assert!(connection_lost(&DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(sea_orm::sqlx::Error::PoolTimedOut)))));
        assert!(!connection_lost(&DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(sea_orm::sqlx::Error::RowNotFound)))));
        assert!(!connection_lost(&DbErr::RecordNotFound("x".into())));
    }
}
