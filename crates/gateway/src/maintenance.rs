//! Scheduled upkeep of the domains, inside the server: each domain's jobs (the CRM's
//! unsnoozing, archiving and log clean-up…) run as the worker role, so they cover every tenant.

use std::time::Duration;

use platform::domain::Services;

/// Runs every domain's jobs once, as of now; answers a line per job.
pub async fn run_once(services: &Services) -> Vec<(&'static str, Result<String, String>)> {
    let now = chrono::Utc::now();
    let mut results = Vec::new();
    for job in crate::schema::domain_jobs() {
        let result = (job.run)(services, now).await.map_err(|e| e.for_the_log());
        results.push((job.name, result));
    }
    results
}

/// Runs forever: once at start, then every `interval`. Replicas may overlap harmlessly: every
/// job is made of idempotent updates and deletes of rows whose time has come.
pub async fn every(services: Services, interval: Duration) {
    let mut ticker = tokio::time::interval(interval.max(Duration::from_secs(1)));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        for (job, result) in run_once(&services).await {
            match result {
                Ok(report) => tracing::info!(job, report, "job ran"),
                Err(error) => tracing::warn!(job, %error, "job failed; will try again at the next interval"),
            }
        }
    }
}
