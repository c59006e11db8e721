//! `/readyz` follows the database: it fails while Postgres is down and recovers after.
//! This test runs its own cluster, since it stops it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use platform::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};
use sea_orm_migration::MigratorTrait;
use tower::ServiceExt;

async fn readyz(router: &axum::Router) -> u16 {
    let request = Request::builder().uri("/readyz").body(Body::empty()).unwrap();
    router.clone().oneshot(request).await.unwrap().status().as_u16()
}

#[tokio::test]
async fn readyz_fails_while_the_database_is_down_and_recovers_after() {
    let dir = std::env::temp_dir().join(format!("mosaic-readyz-{}", uuid::Uuid::new_v4().simple()));
    let first = dir.clone();
    let mut pg = tokio::task::spawn_blocking(move || {
        EmbeddedPostgres::start(&EmbeddedOptions { data_dir: first, cache_dir: default_cache_dir(), ephemeral: true, port: None }).unwrap()
    })
    .await
    .unwrap();
    let port = pg.port();
    let url = pg.url("postgres");
    let db = platform::db::connect(&url, 2).await.unwrap();
    migration::Migrator::up(&db, None).await.unwrap();
    let config = platform::config::Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "JWT_SECRET" => Some("test-secret-test-secret-test-secret!".into()),
        "MOSAIC_ENCRYPTION_KEYS" => Some("k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=".into()),
        _ => None,
    })
    .unwrap();
    let api = platform::db::login_url(&url, platform::db::API_LOGIN, None);
    let jobs = platform::db::login_url(&url, platform::db::JOBS_LOGIN, None);
    let seal = platform::db::ScopeSeal::read(&db).await.unwrap();
    let state = gateway::app_state(&config, platform::db::Pools::connect(&api, &jobs, 2, seal).await.unwrap());
    let router = gateway::http::router(state, 1 << 20);
    assert_eq!(readyz(&router).await, 200);

    pg = tokio::task::spawn_blocking(move || {
        pg.stop().unwrap();
        pg
    })
    .await
    .unwrap();
    assert_eq!(readyz(&router).await, 503);

    let dir2 = dir.clone();
    let mut again = tokio::task::spawn_blocking(move || {
        EmbeddedPostgres::start(&EmbeddedOptions { data_dir: dir2, cache_dir: default_cache_dir(), ephemeral: true, port: Some(port) })
            .unwrap()
    })
    .await
    .unwrap();
    let mut ready = false;
    for _ in 0..50 {
        if readyz(&router).await == 200 {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(pg);
    tokio::task::spawn_blocking(move || again.stop()).await.unwrap().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ready, "readyz recovered once the database came back");
}
