//! Configuration, read once from the environment at start and checked with messages a person
//! can act on. Nothing here is a global: `main` loads it and hands it down.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::crypto::{Keyring, KeyringError};
use crate::secret::Secret;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("DATABASE_URL is not a Postgres URL (expected postgres://user@host:port/database): {0}")]
    DatabaseUrl(String),
    #[error("MOSAIC_BIND is not an address like 127.0.0.1:8080: {0}")]
    Bind(String),
    #[error("JWT_SECRET is required when DATABASE_URL is set (the embedded mode generates one); use at least 32 random bytes")]
    MissingJwtSecret,
    #[error("JWT_SECRET is too short ({0} bytes): use at least 32 bytes")]
    ShortJwtSecret(usize),
    #[error("MOSAIC_ENCRYPTION_KEYS: {0}")]
    EncryptionKeys(#[from] KeyringError),
    #[error(
        "MOSAIC_ENCRYPTION_KEYS is required when DATABASE_URL is set (the embedded mode generates one): give `id:base64-of-32-bytes`, newest first"
    )]
    MissingEncryptionKeys,
    #[error("{name} must be {expected}, got {value:?}")]
    Invalid { name: &'static str, expected: &'static str, value: String },
    #[error("cannot keep generated secrets in {path}: {source}")]
    SecretFile { path: PathBuf, source: std::io::Error },
    #[error("MOSAIC_PERSISTED_OPERATIONS: {0}")]
    PersistedOperations(#[from] crate::persisted::ManifestError),
    #[error("MOSAIC_PERSISTED_ONLY=true needs a manifest in MOSAIC_PERSISTED_OPERATIONS")]
    PersistedOnlyWithoutManifest,
}

/// Where the database comes from.
#[derive(Debug, Clone)]
pub enum Database {
    /// `DATABASE_URL` is set: use it, start nothing.
    External(ExternalDatabase),
    /// Start (or reuse) the embedded Postgres in `data_dir`.
    Embedded,
}

/// A Postgres the server did not start: the owner's URL (migrations only) and, when given,
/// the URLs of the two roles the server logs in as (see `crate::db::Logins`).
#[derive(Debug, Clone)]
pub struct ExternalDatabase {
    pub owner: Secret<String>,
    /// `MOSAIC_API_DATABASE_URL`: requests' connections, as `mosaic_api`.
    pub api: Option<Secret<String>>,
    /// `MOSAIC_JOBS_DATABASE_URL`: background work's connections, as `mosaic_jobs`.
    pub jobs: Option<Secret<String>>,
}

#[derive(Debug, Clone)]
pub struct JwtConfig {
    pub secret: Secret<Vec<u8>>,
    pub audience: Option<String>,
    pub issuer: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub max_batch: usize,
    pub max_body_bytes: usize,
    /// List items (nested items and connection edges) one operation may answer with.
    pub max_list_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_depth: 12, max_complexity: 5_000, max_aliases: 30, max_batch: 10, max_body_bytes: 1 << 20, max_list_items: 10_000 }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database: Database,
    pub data_dir: PathBuf,
    pub bind: SocketAddr,
    pub jwt: JwtConfig,
    pub keyring: Keyring,
    /// Production hides introspection and field suggestions.
    pub production: bool,
    pub limits: Limits,
    pub pool_size: u32,
    /// How often the scheduled maintenance of the domains runs.
    pub maintenance_interval: Duration,
    /// After SIGTERM: how long the server keeps answering, with readiness failing and every
    /// response closing its connection, before it stops accepting connections.
    pub drain: Duration,
    /// Then: how long it waits for the requests in flight before it exits anyway.
    pub shutdown_timeout: Duration,
    /// The clients' persisted operations, and whether only they run.
    pub persisted: crate::persisted::PersistedOperations,
    /// Where traces go (OTLP over HTTP): `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as it is, else
    /// `OTEL_EXPORTER_OTLP_ENDPOINT` with `/v1/traces`; none, no traces.
    pub traces_url: Option<String>,
    /// The service traces name (`OTEL_SERVICE_NAME`, by default `mosaic`).
    pub service_name: String,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// Reads configuration through `lookup`, so tests can give their own environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let data_dir = lookup("MOSAIC_DATA_DIR").map_or_else(default_data_dir, PathBuf::from);
        let database = match lookup("DATABASE_URL") {
            Some(url) => {
                check_database_url(&url)?;
                let login = |name: &'static str| -> Result<Option<Secret<String>>, ConfigError> {
                    match lookup(name) {
                        Some(url) => {
                            check_database_url(&url).map_err(|e| ConfigError::Invalid {
                                name,
                                expected: "a postgres:// URL",
                                value: e.to_string(),
                            })?;
                            Ok(Some(Secret::new(url)))
                        }
                        None => Ok(None),
                    }
                };
                Database::External(ExternalDatabase {
                    owner: Secret::new(url),
                    api: login("MOSAIC_API_DATABASE_URL")?,
                    jobs: login("MOSAIC_JOBS_DATABASE_URL")?,
                })
            }
            None => Database::Embedded,
        };
        let embedded = matches!(database, Database::Embedded);

        let bind_text = lookup("MOSAIC_BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind = bind_text.parse().map_err(|_| ConfigError::Bind(bind_text.clone()))?;

        let secret = match lookup("JWT_SECRET") {
            Some(s) => s.into_bytes(),
            None if embedded => generated_secret(&data_dir, "jwt_secret")?.into_bytes(),
            None => return Err(ConfigError::MissingJwtSecret),
        };
        if secret.len() < 32 {
            return Err(ConfigError::ShortJwtSecret(secret.len()));
        }
        let keyring = match lookup("MOSAIC_ENCRYPTION_KEYS") {
            Some(spec) => Keyring::parse(&spec)?,
            None if embedded => Keyring::parse(&generated_key_spec(&data_dir)?)?,
            None => return Err(ConfigError::MissingEncryptionKeys),
        };

        let production = parse_bool(&lookup, "MOSAIC_PRODUCTION", false)?;
        let mut limits = Limits::default();
        limits.max_depth = parse_num(&lookup, "MOSAIC_MAX_DEPTH", limits.max_depth)?;
        limits.max_complexity = parse_num(&lookup, "MOSAIC_MAX_COMPLEXITY", limits.max_complexity)?;
        limits.max_body_bytes = parse_num(&lookup, "MOSAIC_MAX_BODY_BYTES", limits.max_body_bytes)?;
        limits.max_list_items = parse_num(&lookup, "MOSAIC_MAX_LIST_ITEMS", limits.max_list_items)?;
        let persisted_only = parse_bool(&lookup, "MOSAIC_PERSISTED_ONLY", false)?;
        let persisted = match lookup("MOSAIC_PERSISTED_OPERATIONS") {
            Some(path) => crate::persisted::PersistedOperations::load(std::path::Path::new(&path), persisted_only)?,
            None if persisted_only => return Err(ConfigError::PersistedOnlyWithoutManifest),
            None => crate::persisted::PersistedOperations::default(),
        };

        Ok(Self {
            database,
            data_dir,
            bind,
            jwt: JwtConfig { secret: Secret::new(secret), audience: lookup("JWT_AUDIENCE"), issuer: lookup("JWT_ISSUER") },
            keyring,
            production,
            limits,
            pool_size: parse_num(&lookup, "MOSAIC_POOL_SIZE", 16)?,
            maintenance_interval: Duration::from_secs(parse_num(&lookup, "MOSAIC_MAINTENANCE_INTERVAL_SECS", 3600)?),
            drain: Duration::from_millis(parse_num(&lookup, "MOSAIC_DRAIN_MS", 1000)?),
            shutdown_timeout: Duration::from_secs(parse_num(&lookup, "MOSAIC_SHUTDOWN_TIMEOUT_SECS", 30)?),
            persisted,
            traces_url: lookup("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
                .or_else(|| lookup("OTEL_EXPORTER_OTLP_ENDPOINT").map(|base| format!("{}/v1/traces", base.trim_end_matches('/')))),
            service_name: lookup("OTEL_SERVICE_NAME").unwrap_or_else(|| "mosaic".into()),
        })
    }
}

/// `.mosaic` in the Cargo workspace the current folder is in (so `cargo run` from a crate's
/// folder finds the same cluster as from the root), else in the current folder.
fn default_data_dir() -> PathBuf {
    let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    workspace_root(&here).unwrap_or(here).join(".mosaic")
}

/// The nearest folder, from `start` up, whose `Cargo.toml` declares a `[workspace]`.
fn workspace_root(start: &std::path::Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| std::fs::read_to_string(dir.join("Cargo.toml")).is_ok_and(|toml| toml.lines().any(|l| l.trim() == "[workspace]")))
        .map(std::path::Path::to_path_buf)
}

fn check_database_url(url: &str) -> Result<(), ConfigError> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
        .ok_or_else(|| ConfigError::DatabaseUrl("it must start with postgres:// or postgresql://".into()))?;
    let host_part = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    if host_part.is_empty() || host_part.starts_with('/') {
        return Err(ConfigError::DatabaseUrl("it names no host".into()));
    }
    Ok(())
}

fn parse_bool(lookup: &impl Fn(&str) -> Option<String>, name: &'static str, default: bool) -> Result<bool, ConfigError> {
    match lookup(name).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(ConfigError::Invalid { name, expected: "true or false", value: other.into() }),
    }
}

fn parse_num<T: std::str::FromStr>(lookup: &impl Fn(&str) -> Option<String>, name: &'static str, default: T) -> Result<T, ConfigError> {
    match lookup(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| ConfigError::Invalid { name, expected: "a positive whole number", value: v }),
    }
}

/// A secret generated on first use and kept in the data folder (mode 0600), so that tokens
/// and encrypted values outlive a restart in embedded mode.
fn generated_secret(data_dir: &std::path::Path, name: &str) -> Result<String, ConfigError> {
    use base64::Engine;
    use rand::RngCore;
    let path = data_dir.join(name);
    let wrap = |source| ConfigError::SecretFile { path: path.clone(), source };
    if let Ok(existing) = std::fs::read_to_string(&path) {
        return Ok(existing.trim().to_string());
    }
    std::fs::create_dir_all(data_dir).map_err(wrap)?;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let value = base64::engine::general_purpose::STANDARD.encode(bytes);
    write_private(&path, &value).map_err(wrap)?;
    Ok(value)
}

fn generated_key_spec(data_dir: &std::path::Path) -> Result<String, ConfigError> {
    Ok(format!("k1:{}", generated_secret(data_dir, "encryption_key")?))
}

fn write_private(path: &std::path::Path, value: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(value.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn the_data_folder_is_found_from_any_folder_of_the_workspace() {
        let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = workspace_root(crate_dir).expect("this crate is in a workspace");
        assert!(root.join("Cargo.toml").exists() && crate_dir.starts_with(&root) && crate_dir != root);
        assert_eq!(workspace_root(&crate_dir.join("src")), Some(root.clone()));
        assert_eq!(workspace_root(std::path::Path::new("/")), None);
    }

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    const KEY: &str = "k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    #[test]
    fn an_external_database_needs_a_jwt_secret() {
        let err = config(&[("DATABASE_URL", "postgres://u@localhost/db"), ("MOSAIC_ENCRYPTION_KEYS", KEY)]).err();
        assert!(matches!(err, Some(ConfigError::MissingJwtSecret)), "{err:?}");
    }

    #[test]
    fn a_bad_database_url_is_named() {
        let err = config(&[("DATABASE_URL", "mysql://x")]).err();
        assert!(matches!(err, Some(ConfigError::DatabaseUrl(_))), "{err:?}");
    }

    #[test]
    fn a_short_jwt_secret_is_refused() {
        let err = config(&[("DATABASE_URL", "postgres://u@h/db"), ("JWT_SECRET", "short"), ("MOSAIC_ENCRYPTION_KEYS", KEY)]).err();
        assert!(matches!(err, Some(ConfigError::ShortJwtSecret(5))), "{err:?}");
    }

    #[test]
    fn an_encryption_key_of_the_wrong_length_is_refused() {
        let err = config(&[
            ("DATABASE_URL", "postgres://u@h/db"),
            ("JWT_SECRET", "0123456789abcdef0123456789abcdef"),
            ("MOSAIC_ENCRYPTION_KEYS", "k1:c2hvcnQ="),
        ])
        .err();
        assert!(matches!(err, Some(ConfigError::EncryptionKeys(KeyringError::KeyLength { .. }))), "{err:?}");
    }

    #[test]
    fn a_bad_bind_address_is_named() {
        let err = config(&[
            ("DATABASE_URL", "postgres://u@h/db"),
            ("JWT_SECRET", "0123456789abcdef0123456789abcdef"),
            ("MOSAIC_ENCRYPTION_KEYS", KEY),
            ("MOSAIC_BIND", "localhost"),
        ])
        .err();
        assert!(matches!(err, Some(ConfigError::Bind(_))), "{err:?}");
    }
}
