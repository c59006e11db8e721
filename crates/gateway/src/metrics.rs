//! Prometheus metrics, kept in atomics: requests, latency, errors by code, pool use.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
pub struct Metrics {
    requests: AtomicU64,
    buckets: [AtomicU64; BUCKETS.len()],
    latency_sum_micros: AtomicU64,
    errors: Mutex<BTreeMap<String, u64>>,
}

impl Metrics {
    pub fn observe(&self, elapsed: Duration, error_codes: impl IntoIterator<Item = String>) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.latency_sum_micros.fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
        let secs = elapsed.as_secs_f64();
        for (bound, counter) in BUCKETS.iter().zip(&self.buckets) {
            if secs <= *bound {
                counter.fetch_add(1, Ordering::Relaxed);
            }
        }
        let mut codes = error_codes.into_iter().peekable();
        if codes.peek().is_some() {
            let mut errors = match self.errors.lock() {
                Ok(e) => e,
                Err(p) => p.into_inner(),
            };
            for code in codes {
                *errors.entry(code).or_default() += 1;
            }
        }
    }

    /// The text exposition format; `pool` is (connections open, idle, maximum).
    pub fn render(&self, pool: (u32, u32, u32)) -> String {
        let mut out = String::new();
        let requests = self.requests.load(Ordering::Relaxed);
        let _ = writeln!(out, "# HELP mosaic_graphql_requests_total GraphQL requests served.");
        let _ = writeln!(out, "# TYPE mosaic_graphql_requests_total counter");
        let _ = writeln!(out, "mosaic_graphql_requests_total {requests}");
        let _ = writeln!(out, "# HELP mosaic_graphql_request_duration_seconds Time to answer a GraphQL request.");
        let _ = writeln!(out, "# TYPE mosaic_graphql_request_duration_seconds histogram");
        for (bound, counter) in BUCKETS.iter().zip(&self.buckets) {
            let _ = writeln!(out, "mosaic_graphql_request_duration_seconds_bucket{{le=\"{bound}\"}} {}", counter.load(Ordering::Relaxed));
        }
        let _ = writeln!(out, "mosaic_graphql_request_duration_seconds_bucket{{le=\"+Inf\"}} {requests}");
        let sum = self.latency_sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "mosaic_graphql_request_duration_seconds_sum {sum}");
        let _ = writeln!(out, "mosaic_graphql_request_duration_seconds_count {requests}");
        let _ = writeln!(out, "# HELP mosaic_graphql_errors_total GraphQL errors by extensions.code.");
        let _ = writeln!(out, "# TYPE mosaic_graphql_errors_total counter");
        let errors = match self.errors.lock() {
            Ok(e) => e.clone(),
            Err(p) => p.into_inner().clone(),
        };
        for (code, n) in errors {
            let _ = writeln!(out, "mosaic_graphql_errors_total{{code=\"{code}\"}} {n}");
        }
        let lists = platform::one_pass::stats();
        let _ = writeln!(out, "# HELP mosaic_graphql_lists_total Lists (nested lists and connection pages) by how they were resolved.");
        let _ = writeln!(out, "# TYPE mosaic_graphql_lists_total counter");
        let _ = writeln!(out, "mosaic_graphql_lists_total{{list=\"nested\",path=\"one_pass\"}} {}", lists.one_pass);
        let _ = writeln!(out, "mosaic_graphql_lists_total{{list=\"nested\",path=\"field_by_field\"}} {}", lists.field_by_field);
        let _ = writeln!(out, "mosaic_graphql_lists_total{{list=\"nested\",path=\"rendered_by_database\"}} {}", lists.rendered_by_database);
        let _ = writeln!(out, "mosaic_graphql_lists_total{{list=\"connection\",path=\"one_pass\"}} {}", lists.pages_one_pass);
        let _ = writeln!(out, "mosaic_graphql_lists_total{{list=\"connection\",path=\"field_by_field\"}} {}", lists.pages_field_by_field);
        let (open, idle, max) = pool;
        let _ = writeln!(out, "# HELP mosaic_db_pool_connections Database connections by state.");
        let _ = writeln!(out, "# TYPE mosaic_db_pool_connections gauge");
        let _ = writeln!(out, "mosaic_db_pool_connections{{state=\"open\"}} {open}");
        let _ = writeln!(out, "mosaic_db_pool_connections{{state=\"idle\"}} {idle}");
        let _ = writeln!(out, "mosaic_db_pool_connections{{state=\"in_use\"}} {}", open.saturating_sub(idle));
        let _ = writeln!(out, "mosaic_db_pool_connections{{state=\"max\"}} {max}");
        out
    }
}
