//! Test support: one embedded cluster per test process, a fresh database per test cloned from a
//! migrated template, so tests run in parallel without sharing rows.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use sea_orm_migration::MigratorTrait;
use uuid::Uuid;

use crate::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};

struct Cluster {
    pg: EmbeddedPostgres,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
static TEMPLATE: tokio::sync::OnceCell<Result<(), String>> = tokio::sync::OnceCell::const_new();

const TEMPLATE_DB: &str = "mosaic_template";

fn cluster() -> &'static Cluster {
    let result = CLUSTER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("mosaic-test-{}-{}", std::process::id(), Uuid::new_v4().simple()));
        let options = EmbeddedOptions { data_dir: dir.clone(), cache_dir: default_cache_dir(), ephemeral: true, port: None };
        let pg = EmbeddedPostgres::start(&options).map_err(|e| e.to_string())?;
        reap_when_done(&dir);
        Ok(Cluster { pg })
    });
    match result {
        Ok(cluster) => cluster,
        Err(e) => panic!("could not start the test cluster: {e}"),
    }
}

/// A process-wide static is never dropped, so a small watcher outlives this process, stops
/// the cluster once it is gone, and removes its folder.
fn reap_when_done(dir: &Path) {
    let pid = std::process::id();
    let pgdata = dir.join("pg");
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.3; done; \
         kill -INT $(head -1 '{pm}' 2>/dev/null) 2>/dev/null; \
         for i in $(seq 1 50); do [ -f '{pm}' ] || break; sleep 0.1; done; rm -rf '{dir}'",
        pm = pgdata.join("postmaster.pid").display(),
        dir = dir.display(),
    );
    let _ =
        Command::new("sh").arg("-c").arg(script).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).process_group(0).spawn();
}

use std::os::unix::process::CommandExt;

/// A database of its own for one test.
pub struct TestDatabase {
    pub url: String,
    pub name: String,
    pub db: DatabaseConnection,
}

impl TestDatabase {
    /// The cluster's port, for tests that stop and start things around it.
    pub fn admin_url(&self) -> String {
        cluster().pg.url("postgres")
    }
}

async fn admin_exec(sql: &str) -> Result<(), String> {
    let admin = crate::db::connect(&cluster().pg.url("postgres"), 1).await.map_err(|e| e.to_string())?;
    let result = admin.execute_raw(Statement::from_string(DbBackend::Postgres, sql)).await.map(|_| ()).map_err(|e| e.to_string());
    let _ = admin.close().await;
    result
}

/// A fresh database with every migration of `M` applied.
pub async fn fresh_database<M: MigratorTrait>() -> TestDatabase {
    let pg = &cluster().pg;
    let template = TEMPLATE
        .get_or_init(|| async {
            admin_exec(&format!("CREATE DATABASE {TEMPLATE_DB}")).await?;
            let db = crate::db::connect(&pg.url(TEMPLATE_DB), 2).await.map_err(|e| e.to_string())?;
            M::up(&db, None).await.map_err(|e| format!("migrations failed: {e}"))?;
            db.close().await.map_err(|e| e.to_string())?;
            Ok(())
        })
        .await;
    if let Err(e) = template {
        panic!("could not build the template database: {e}");
    }
    let name = format!("test_{}", Uuid::new_v4().simple());
    if let Err(e) = admin_exec(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB} STRATEGY FILE_COPY")).await {
        panic!("could not create a test database: {e}");
    }
    let url = pg.url(&name);
    let db = match crate::db::connect(&url, 8).await {
        Ok(db) => db,
        Err(e) => panic!("could not connect to the test database: {e}"),
    };
    TestDatabase { url, name, db }
}
