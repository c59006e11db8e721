//! Traces, exported with OpenTelemetry's protocol (OTLP over HTTP, JSON) when
//! `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; off otherwise,
//! at no cost: the spans below are at levels the log's filter leaves off, and no statement
//! callback is installed.
//!
//! What a trace holds: one span per GraphQL request (`query Name`, with the operation, the
//! user as `enduser.id`, an API key's workspace and the workspaces in reach, from
//! `platform::request`); under it one span per loader batch (`platform::context`, named after
//! the loader); and under those, one span per SQL statement (`db.statement`, its duration as
//! measured by the pool), recorded here from the pools' statement callback.

use std::time::SystemTime;

use opentelemetry::KeyValue;
use opentelemetry::trace::{Span as _, SpanKind, Tracer, TracerProvider as _};
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::trace::SdkTracerProvider;
use sea_orm::DatabaseConnection;
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// The spans traces carry: the request, loader and statement spans are at `debug`, so a log
/// filter of `info` does not pay for them.
pub const TRACED: &str = "info,mosaic=debug";

/// An exporter running; flushes and stops when shut down.
pub struct Telemetry {
    provider: SdkTracerProvider,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot export traces to {endpoint}: {detail}")]
pub struct TelemetryError {
    endpoint: String,
    detail: String,
}

impl Telemetry {
    /// Exports to `traces_url` (the full URL, `…/v1/traces`) as `service`.
    pub fn start(traces_url: &str, service: &str) -> Result<Self, TelemetryError> {
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_protocol(Protocol::HttpJson)
            .with_endpoint(traces_url)
            .build()
            .map_err(|e| TelemetryError { endpoint: traces_url.to_owned(), detail: e.to_string() })?;
        let resource = opentelemetry_sdk::Resource::builder().with_service_name(service.to_owned()).build();
        let provider = SdkTracerProvider::builder().with_batch_exporter(exporter).with_resource(resource).build();
        Ok(Self { provider })
    }

    /// The `tracing` layer that turns spans into OpenTelemetry spans.
    pub fn layer<S>(&self) -> impl tracing_subscriber::Layer<S> + use<S>
    where
        S: tracing::Subscriber + for<'span> tracing_subscriber::registry::LookupSpan<'span>,
    {
        tracing_opentelemetry::layer().with_tracer(self.provider.tracer("mosaic"))
    }

    /// Records every statement the pool runs as a span under the span it ran in.
    pub fn trace_statements(&self, db: &mut DatabaseConnection) {
        let tracer = self.provider.tracer("mosaic.sql");
        db.set_metric_callback(move |info| {
            let end = SystemTime::now();
            let start = end.checked_sub(info.elapsed).unwrap_or(end);
            let sql = &info.statement.sql;
            let verb = sql.split_whitespace().next().unwrap_or("SQL").to_uppercase();
            let parent = tracing::Span::current().context();
            let mut attributes = vec![KeyValue::new("db.system.name", "postgresql"), KeyValue::new("db.query.text", sql.clone())];
            if info.failed {
                attributes.push(KeyValue::new("error.type", "statement failed"));
            }
            let mut span = tracer
                .span_builder(verb)
                .with_kind(SpanKind::Client)
                .with_start_time(start)
                .with_attributes(attributes)
                .start_with_context(&tracer, &parent);
            span.end_with_timestamp(end);
        });
    }

    /// Sends what is buffered.
    pub fn flush(&self) {
        if let Err(error) = self.provider.force_flush() {
            tracing::warn!(%error, "traces could not be flushed");
        }
    }

    /// Flushes and stops the exporter.
    pub fn shutdown(self) {
        if let Err(error) = self.provider.shutdown() {
            tracing::warn!(%error, "the trace exporter did not stop cleanly");
        }
    }
}
