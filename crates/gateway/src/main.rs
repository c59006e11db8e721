//! `mosaic`: the Mosaic GraphQL server and its commands.

use std::time::Duration;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use gateway::auth::{DEV_TOKEN_TTL, Jwt};
use gateway::runtime::Runtime;
use gateway::telemetry::Telemetry;
use platform::config::Config;
use tracing_subscriber::EnvFilter;

// GraphQL execution allocates many small values per field; mimalloc serves them markedly
// faster than glibc's allocator under concurrency (see the README's performance section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The environment `mosaic` reads (the README's configuration table says more).
const ENVIRONMENT: &str = "\
Environment (read once at start; see the README's configuration table):
  DATABASE_URL                   a Postgres 18 (the owner's URL); unset: the embedded Postgres
  MOSAIC_API_DATABASE_URL        what requests log in as (default: DATABASE_URL as mosaic_api)
  MOSAIC_JOBS_DATABASE_URL       what background work logs in as (default: as mosaic_jobs)
  MOSAIC_DATA_DIR                the embedded cluster and generated secrets (default: .mosaic in the workspace)
  MOSAIC_PG_CACHE                where the Postgres wheel is kept
  MOSAIC_BIND                    listen address (default 127.0.0.1:8080)
  JWT_SECRET, JWT_AUDIENCE, JWT_ISSUER   token checks (the secret is required with DATABASE_URL)
  MOSAIC_ENCRYPTION_KEYS         id:base64 keys for users' secrets (required with DATABASE_URL)
  MOSAIC_PRODUCTION              true hides introspection and suggestions
  MOSAIC_MAX_DEPTH, MOSAIC_MAX_COMPLEXITY, MOSAIC_MAX_BODY_BYTES, MOSAIC_MAX_LIST_ITEMS   limits
  MOSAIC_POOL_SIZE               connections for requests (default 16)
  MOSAIC_MAINTENANCE_INTERVAL_SECS   how often maintenance runs (default 3600)
  MOSAIC_DRAIN_MS, MOSAIC_SHUTDOWN_TIMEOUT_SECS   shutdown (defaults 1000, 30)
  MOSAIC_PERSISTED_OPERATIONS, MOSAIC_PERSISTED_ONLY   the clients' persisted operations
  OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME   traces over OTLP/HTTP (off when unset)
  STRIPE_WEBHOOK_SECRET, WHOP_WEBHOOK_SECRET   billing's webhook secrets (unset: that provider is off)
  PHONEPE_MERCHANT_ID, PHONEPE_SALT_KEY, PHONEPE_SALT_INDEX   PhonePe (unset: off)
  MOSAIC_GST_PERCENT             GST on INR payments (default 18)
  MOSAIC_LINK_CHECK              dns: the link-check job resolves managed URLs' hosts
  RUST_LOG                       log filter (default info,sqlx=warn,sea_orm=warn)";

#[derive(Parser)]
#[command(name = "mosaic", version, about = "The Mosaic GraphQL API", after_help = ENVIRONMENT)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve GraphQL (the default).
    Serve,
    /// Apply every pending migration.
    Migrate,
    /// Print the schema in SDL.
    Schema,
    /// Print a development token (valid 24 h) for EMAIL, creating that user when missing.
    Token {
        #[arg(long)]
        email: String,
    },
    /// Load the demo data (safe to run again).
    Seed,
    /// Make the user with EMAIL platform staff (feature flags, maintenance runs); --revoke undoes it.
    Staff {
        #[arg(long)]
        email: String,
        #[arg(long)]
        revoke: bool,
    },
}

/// Errors are the user's to fix (a taken port, a bad URL, a database that is not there): a
/// plain message with its causes, never a backtrace.
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mosaic: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[tokio::main]
async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::Schema = command {
        print!("{}", gateway::schema::sdl());
        return Ok(());
    }
    let config = Config::from_env().context("configuration")?;
    gateway::schema::check_domain_settings().map_err(|e| anyhow::anyhow!(e)).context("configuration")?;
    let telemetry = logging(&config)?;
    match command {
        Command::Serve => {
            let served = serve(config, telemetry.as_ref()).await;
            if let Some(telemetry) = telemetry {
                telemetry.shutdown();
            }
            served
        }
        Command::Migrate => {
            // Opening the database applies every pending migration.
            let runtime = Runtime::open(&config, false).await?;
            runtime.close().await;
            eprintln!("mosaic: migrations applied");
            Ok(())
        }
        Command::Token { email } => {
            let runtime = Runtime::open(&config, false).await?;
            let result = async {
                let user = gateway::seed::ensure_user(&runtime.pools.jobs, &email).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
                Ok::<_, anyhow::Error>(Jwt::new(config.jwt.clone()).mint(user.id, &user.email, DEV_TOKEN_TTL))
            }
            .await;
            runtime.close().await;
            println!("{}", result?);
            Ok(())
        }
        Command::Seed => {
            let runtime = Runtime::open(&config, false).await?;
            let result =
                gateway::seed::run(&gateway::services(&config, &runtime.pools)).await.map_err(|e| anyhow::anyhow!(e.for_the_log()));
            runtime.close().await;
            result?;
            eprintln!(
                "mosaic: demo data loaded; `mosaic token --email {0}` (from the repository: `cargo run -q -- token --email {0}`) signs in as the demo user",
                gateway::seed::DEMO_EMAIL
            );
            Ok(())
        }
        Command::Staff { email, revoke } => {
            let runtime = Runtime::open(&config, false).await?;
            let result = runtime.set_staff(&email, !revoke).await;
            runtime.close().await;
            result?;
            eprintln!("mosaic: {email} is {}platform staff", if revoke { "no longer " } else { "" });
            Ok(())
        }
        Command::Schema => Ok(()),
    }
}

/// The log on stderr (`RUST_LOG`, by default `info,sqlx=warn,sea_orm=warn`), and traces when
/// an OTLP endpoint is configured.
fn logging(config: &Config) -> anyhow::Result<Option<Telemetry>> {
    use tracing_subscriber::Layer as _;
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let log = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let fmt = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_filter(log);
    let Some(url) = &config.traces_url else {
        tracing_subscriber::registry().with(fmt).init();
        return Ok(None);
    };
    let telemetry = Telemetry::start(url, &config.service_name)?;
    let traced = telemetry.layer().with_filter(EnvFilter::new(gateway::telemetry::TRACED));
    tracing_subscriber::registry().with(fmt).with(traced).init();
    tracing::info!(url = %url, "exporting traces");
    Ok(Some(telemetry))
}

async fn serve(config: Config, telemetry: Option<&Telemetry>) -> anyhow::Result<()> {
    // Bind first: a taken port is reported before anything else starts.
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("cannot listen on {} (is another server using it? set MOSAIC_BIND)", config.bind))?;
    let runtime = Runtime::open(&config, true).await?;
    let mut pools = runtime.pools.clone();
    if let Some(telemetry) = telemetry {
        telemetry.trace_statements(&mut pools.requests);
        telemetry.trace_statements(&mut pools.jobs);
    }
    let state = gateway::app_state(&config, pools);
    let supervisor = gateway::supervise::start(&runtime, &state.health);
    let maintenance = tokio::spawn(gateway::maintenance::every(state.services.clone(), config.maintenance_interval));
    tracing::info!("Mosaic listens on http://{} (GraphiQL at /, GraphQL at /graphql)", config.bind);

    // SIGTERM: drain first (readiness fails, responses close their connections), then stop
    // accepting and let the requests in flight finish, for at most the shutdown timeout.
    let draining = std::sync::Arc::clone(&state.draining);
    let events = state.events.clone();
    let (drain, shutdown_timeout) = (config.drain, config.shutdown_timeout);
    let (stopping_tx, stopping) = tokio::sync::oneshot::channel::<()>();
    let shutdown = async move {
        shutdown_signal().await;
        draining.store(true, std::sync::atomic::Ordering::Relaxed);
        tracing::info!(drain_ms = drain.as_millis(), "shutting down: draining connections");
        tokio::time::sleep(drain).await;
        tracing::info!(timeout_s = shutdown_timeout.as_secs(), "no longer accepting connections; finishing the requests in flight");
        let _ = stopping_tx.send(());
    };
    let mut server = tokio::spawn(gateway::serve(listener, state, config.limits.max_body_bytes, shutdown));
    let served = tokio::select! {
        served = &mut server => served,
        _ = stopping => match tokio::time::timeout(shutdown_timeout, &mut server).await {
            Ok(served) => served,
            Err(_) => {
                tracing::warn!("requests still in flight after the shutdown timeout; stopping anyway");
                server.abort();
                Ok(Ok(()))
            }
        },
    };
    tracing::info!("requests drained; stopping");
    supervisor.abort();
    maintenance.abort();
    events.stop();
    tokio::time::sleep(Duration::from_millis(10)).await;
    runtime.close().await;
    served.context("server task")?.context("server")
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
