//! Scheduled upkeep of the domains, inside the server: the CRM's unsnoozing, archiving and log
//! clean-up. It runs as the worker role so it covers every tenant. Staff can also trigger it
//! with the `runCrmMaintenance` mutation.

use std::time::Duration;

use platform::db::begin_worker;
use sea_orm::DatabaseConnection;

/// One run, as of now.
pub async fn run_once(db: &DatabaseConnection) -> Result<crm::service::maintenance::MaintenanceReport, String> {
    let tx = begin_worker(db).await.map_err(|e| e.to_string())?;
    let report = crm::service::maintenance::run_maintenance(&tx, chrono::Utc::now()).await.map_err(|e| e.message())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(report)
}

/// Runs forever: once at start, then every `interval`. Replicas may overlap harmlessly: every
/// step is an idempotent UPDATE or DELETE on rows whose time has come.
pub async fn every(db: DatabaseConnection, interval: Duration) {
    let mut ticker = tokio::time::interval(interval.max(Duration::from_secs(1)));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        match run_once(&db).await {
            Ok(report) => tracing::info!(?report, "maintenance ran"),
            Err(error) => tracing::warn!(%error, "maintenance failed; will try again at the next interval"),
        }
    }
}
