//! Managed URLs (the redirect, its click count, the link check) and ESP integrations
//! (encrypted credentials, syncs through a fake client).

use std::sync::Mutex;

use async_trait::async_trait;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use content::ContentError;
use content::entity::{ContentItemType, EspProvider, EspSyncStatus};
use content::service::emails::{NewEmail, add_email};
use content::service::esp::{
    ConnectEsp, EspChanges, EspClient, EspFailure, EspSync, connect_esp_integration, sync_esp_integration, update_esp_integration,
};
use content::service::managed_urls::{Follow, LinkChecker, NewManagedUrl, check_links, create_managed_url, follow};
use platform::crypto::Keyring;
use platform::domain::{Domain, Services};
use platform::secret::Secret;
use serde_json::json;
use tower::ServiceExt;

use crate::support::*;

fn keyring() -> Keyring {
    Keyring::parse(KEYS).unwrap()
}

async fn services(t: &platform::testing::TestDatabase) -> Services {
    Services { db: t.db.clone(), requests: t.db.clone(), seal: t.seal.clone(), directory: directory(), keyring: keyring() }
}

async fn get(router: &axum::Router, path: &str) -> (StatusCode, Option<String>) {
    let response = router.clone().oneshot(Request::builder().uri(path).body(Body::empty()).unwrap()).await.unwrap();
    let location = response.headers().get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned());
    (response.status(), location)
}

#[tokio::test]
async fn the_redirect_counts_every_hit_once_and_sends_to_the_effective_link() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let link = create_managed_url(
        &s,
        ws,
        NewManagedUrl {
            business_id: biz.id,
            source_type: ContentItemType::BlogPost,
            source_id: article.id,
            url: "https://northwind.example.com/shop?ref=blog#beans".into(),
            utm_params: Some(json!({ "utm_source": "blog", "utm_campaign": "spring launch" })),
        },
    )
    .await
    .unwrap();
    s.commit().await;

    let router = content::Content::routes(&services(&t).await);
    let (status, location) = get(&router, &format!("/r/{}", link.id)).await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(location.as_deref(), Some("https://northwind.example.com/shop?ref=blog&utm_source=blog&utm_campaign=spring+launch#beans"));
    assert_eq!(get(&router, &format!("/r/{}", uuid::Uuid::now_v7())).await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&router, "/r/not-an-id").await.0, StatusCode::NOT_FOUND);

    // N concurrent hits count N.
    let hits: Vec<_> = (0..20)
        .map(|_| {
            let db = t.db.clone();
            tokio::spawn(async move { follow(&db, link.id).await.unwrap() })
        })
        .collect();
    for hit in hits {
        assert!(matches!(hit.await.unwrap(), Follow::Redirect(_)));
    }
    assert_eq!(scalar_i64(&t.db, "SELECT click_count FROM managed_urls WHERE id = $1", vec![link.id.into()]).await, 21);

    // A link the checker found broken answers 410, and the hit still counts.
    exec(&t.db, "UPDATE managed_urls SET is_valid = false WHERE id = $1", vec![link.id.into()]).await.unwrap();
    assert_eq!(get(&router, &format!("/r/{}", link.id)).await.0, StatusCode::GONE);
    assert_eq!(scalar_i64(&t.db, "SELECT click_count FROM managed_urls WHERE id = $1", vec![link.id.into()]).await, 22);
}

/// Says a link is valid unless it mentions "broken"; remembers what it was asked.
#[derive(Default)]
struct FakeChecker(Mutex<Vec<String>>);

#[async_trait]
impl LinkChecker for FakeChecker {
    async fn is_valid(&self, link: &str) -> bool {
        self.0.lock().unwrap().push(link.to_owned());
        !link.contains("broken")
    }
}

#[tokio::test]
async fn the_link_check_records_what_the_checker_found() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let new = |url: &str| NewManagedUrl {
        business_id: biz.id,
        source_type: ContentItemType::SocialPost,
        source_id: post.id,
        url: url.into(),
        utm_params: None,
    };
    let good = create_managed_url(&s, ws, new("https://northwind.example.com/ok")).await.unwrap();
    let bad = create_managed_url(&s, ws, new("https://northwind.example.com/broken")).await.unwrap();
    // A URL must name an item of its business.
    let mut stray = new("https://x.io");
    stray.source_id = uuid::Uuid::now_v7();
    assert!(matches!(create_managed_url(&s, ws, stray).await.unwrap_err(), ContentError::NotFound { field: "sourceId", .. }));
    s.commit().await;

    let checker = FakeChecker::default();
    let tx = platform::db::begin_worker(&t.db).await.unwrap();
    let now = chrono::Utc::now();
    let report = check_links(&tx, &checker, now, 10).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((report.checked, report.invalid), (2, 1));
    assert_eq!(checker.0.lock().unwrap().len(), 2);
    let valid = |id: uuid::Uuid| {
        scalar_i64(&t.db, "SELECT (is_valid AND last_checked_at IS NOT NULL)::int::bigint FROM managed_urls WHERE id = $1", vec![id.into()])
    };
    assert_eq!(valid(good.id).await, 1);
    assert_eq!(valid(bad.id).await, 0);
}

/// Succeeds or fails as told; remembers the credentials and sequences it was given.
struct FakeEsp {
    fail: Option<String>,
    seen: Mutex<Vec<(String, usize)>>,
}

#[async_trait]
impl EspClient for FakeEsp {
    async fn sync(&self, request: EspSync<'_>) -> Result<(), EspFailure> {
        let emails = request.sequences.iter().map(|s| s.emails.len()).sum();
        self.seen.lock().unwrap().push((request.credentials.expose().clone(), emails));
        match &self.fail {
            Some(message) => Err(EspFailure { message: message.clone() }),
            None => Ok(()),
        }
    }
}

#[tokio::test]
async fn esp_credentials_are_encrypted_and_a_sync_records_how_it_went() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    add_email(&s, welcome.id, NewEmail::new("Hi", "hello"), None).await.unwrap();
    let secret = r#"{"api_key":"sk-live-very-secret"}"#;
    let connect = |credentials: &str| ConnectEsp {
        business_id: biz.id,
        provider: EspProvider::Mailchimp,
        credentials: Secret::new(credentials.into()),
        settings: Some(json!({ "list_id": "main" })),
    };
    assert!(matches!(
        connect_esp_integration(&s, ws, &keyring(), connect("not json")).await.unwrap_err(),
        ContentError::CredentialsRequired
    ));
    let integration = connect_esp_integration(&s, ws, &keyring(), connect(secret)).await.unwrap();
    assert!(matches!(connect_esp_integration(&s, ws, &keyring(), connect(secret)).await.unwrap_err(), ContentError::EspAlreadyConnected));
    assert_eq!(integration.sync_status, EspSyncStatus::Pending);
    assert!(integration.credentials.starts_with("v1:") && !integration.credentials.contains("sk-live"));

    let failing = FakeEsp { fail: Some("401 invalid API key".into()), seen: Mutex::default() };
    let failed = sync_esp_integration(&s, integration.id, &keyring(), &failing).await.unwrap();
    assert_eq!(failed.sync_status, EspSyncStatus::Failed);
    assert_eq!(failed.error_log.as_ref().unwrap()[0]["message"], "401 invalid API key");
    assert_eq!(failed.last_sync_at, None);
    assert_eq!(failing.seen.lock().unwrap()[0], (secret.to_owned(), 1), "the client got the credentials in the clear, and the email");

    let working = FakeEsp { fail: None, seen: Mutex::default() };
    let synced = sync_esp_integration(&s, integration.id, &keyring(), &working).await.unwrap();
    assert_eq!(synced.sync_status, EspSyncStatus::Synced);
    assert!(synced.last_sync_at.is_some());

    let rotated = r#"{"api_key":"sk-live-rotated"}"#;
    update_esp_integration(&s, integration.id, &keyring(), EspChanges { credentials: Some(Secret::new(rotated.into())), settings: None })
        .await
        .unwrap();
    s.commit().await;
    // Never in the audit log, neither in clear nor encrypted.
    let leaks = scalar_i64(
        &t.db,
        "SELECT count(*) FROM audit_logs WHERE entity_id = $1 AND (changes::text LIKE '%sk-live%' OR changes::text LIKE '%v1:%')",
        vec![integration.id.into()],
    )
    .await;
    assert_eq!(leaks, 0);
    let entries = audit_of(&t.db, integration.id).await;
    assert_eq!(entries.last().unwrap().1["credentials"], "replaced");
}
