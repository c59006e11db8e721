//! Factories: databases, people, sessions, a backend with fake providers, signed deliveries.
#![allow(dead_code)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use billing::config::{BillingConfig, PhonePeSettings, StripeSettings, WhopSettings};
use billing::providers::Providers;
use billing::providers::fake::{FakePhonePe, FakeStripe, FakeWhop};
use billing::service::Backend;
use billing::service::values::BasisPoints;
use http_body_util::BodyExt;
use platform::RequestContext;
use platform::directory::Directory;
use platform::secret::Secret;
pub use platform::testing::{Person, exec, person, scalar_i64};
use platform::testing::{TestDatabase, fresh_database};
use sea_orm::DatabaseConnection;
use tower::ServiceExt;
use uuid::Uuid;

pub const STRIPE_SECRET: &str = "whsec_test_stripe_secret";
pub const WHOP_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
pub const SALT: &str = "test-salt-key";

pub async fn database() -> TestDatabase {
    fresh_database::<migration::Migrator>().await
}

pub fn directory() -> Arc<dyn Directory> {
    Arc::new(identity::IdentityDirectory)
}

pub async fn seal(db: &DatabaseConnection) -> platform::db::ScopeSeal {
    platform::db::ScopeSeal::read(db).await.expect("the scope key")
}

pub async fn join(db: &DatabaseConnection, who: &Person, workspace_id: Uuid, role: &str) {
    platform::testing::join(db, who, workspace_id, platform::Role::from_sql(role).unwrap()).await;
}

/// Makes `who` platform staff.
pub async fn staff(db: &DatabaseConnection, who: &Person) {
    exec(db, "UPDATE users SET is_staff = true WHERE id = $1", vec![who.user_id.into()]).await.unwrap();
}

/// One request of a person, as the gateway makes it.
pub struct Session(platform::testing::Session);

impl Session {
    pub async fn open(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::open(db, &seal(db).await, who, directory()).await)
    }

    pub async fn without_row_security(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::without_row_security(db, &seal(db).await, who, directory()).await)
    }

    pub async fn commit(self) {
        self.0.commit().await;
    }
}

impl std::ops::Deref for Session {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.0
    }
}

/// A backend on the worker's login role with every provider faked and every secret set.
pub struct Fakes {
    pub backend: Backend,
    pub stripe: Arc<FakeStripe>,
    pub whop: Arc<FakeWhop>,
    pub phonepe: Arc<FakePhonePe>,
}

pub async fn jobs_pool(t: &TestDatabase) -> DatabaseConnection {
    use platform::db::{JOBS_LOGIN, connect, login_url};
    connect(&login_url(&t.url, JOBS_LOGIN, None), 16).await.expect("mosaic_jobs connects")
}

pub fn config() -> BillingConfig {
    BillingConfig {
        stripe: Some(StripeSettings { webhook_secret: Secret::new(STRIPE_SECRET.into()) }),
        whop: Some(WhopSettings { webhook_secret: Secret::new(WHOP_SECRET.into()) }),
        phonepe: Some(PhonePeSettings { merchant_id: "MOSAICTEST".into(), salt_key: Secret::new(SALT.into()), salt_index: "1".into() }),
        gst_rate: BasisPoints(1_800),
    }
}

pub async fn fakes(t: &TestDatabase) -> Fakes {
    let (stripe, whop, phonepe) = (Arc::new(FakeStripe::default()), Arc::new(FakeWhop::default()), Arc::new(FakePhonePe::default()));
    let providers =
        Providers { stripe: Some(Arc::clone(&stripe) as _), whop: Some(Arc::clone(&whop) as _), phonepe: Some(Arc::clone(&phonepe) as _) };
    Fakes { backend: Backend::new(jobs_pool(t).await, providers, config()), stripe, whop, phonepe }
}

/// POSTs `body` to a webhook route of `router` with `headers`.
pub async fn post(router: &axum::Router, path: &str, headers: &[(&str, String)], body: &[u8]) -> StatusCode {
    let mut request = Request::builder().method("POST").uri(path);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    let response = router.clone().oneshot(request.body(Body::from(body.to_vec())).unwrap()).await.unwrap();
    let status = response.status();
    let _ = response.into_body().collect().await;
    status
}

/// A Stripe delivery of `body`, signed now.
pub fn stripe_headers(body: &[u8]) -> Vec<(&'static str, String)> {
    let t = chrono::Utc::now().timestamp();
    vec![("stripe-signature", billing::webhooks::signatures::sign_stripe(STRIPE_SECRET, t, body))]
}

/// A Stripe event's body.
pub fn stripe_event(id: &str, kind: &str, object: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "id": id, "type": kind, "data": { "object": object } })).unwrap()
}

/// A Whop delivery of `body` as message `id`, signed now as Standard Webhooks sign, made here
/// from the specification rather than with the server's signer: the key is the base64 after
/// `whsec_`, the signature `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`.
pub fn whop_headers(id: &str, body: &[u8]) -> Vec<(&'static str, String)> {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use hmac::Mac;
    let key = STANDARD.decode(WHOP_SECRET.strip_prefix("whsec_").unwrap()).unwrap();
    let t = chrono::Utc::now().timestamp();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{t}.").as_bytes());
    mac.update(body);
    let signature = STANDARD.encode(mac.finalize().into_bytes());
    vec![("webhook-id", id.to_owned()), ("webhook-timestamp", t.to_string()), ("webhook-signature", format!("v1,{signature}"))]
}

/// A Whop event's body.
pub fn whop_event(kind: &str, data: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "api_version": "v1", "type": kind, "data": data })).unwrap()
}

/// Counts rows with SQL as the owner.
pub async fn count(db: &DatabaseConnection, sql: &str, values: Vec<sea_orm::Value>) -> i64 {
    scalar_i64(db, sql, values).await
}

/// The catalogue of the demo, for tests that order or subscribe.
pub async fn catalogue(db: &DatabaseConnection) {
    use sea_orm::ConnectionTrait;
    db.execute_unprepared(
        "INSERT INTO products (id, provider, provider_product_id, name, metadata, type, content_count, time_period, base_price, currency, volume_discounts) VALUES
          ('00000000-0000-7000-8000-0000000000a1', 'internal', NULL, 'Social year', '{}', 'social', 365, '1 year', 1000, 'usd',
           '[{\"min_quantity\": 5, \"percent_off\": 10}, {\"min_quantity\": 10, \"percent_off\": 15.5}]'),
          ('00000000-0000-7000-8000-0000000000a2', 'internal', NULL, 'Blog quarter', '{}', 'blog', 12, '1 quarter', 99900, 'inr', '[]'),
          ('00000000-0000-7000-8000-0000000000a3', 'internal', NULL, 'Credit pack', '{\"credits\": 100}', NULL, NULL, NULL, NULL, 'usd', '[]'),
          ('00000000-0000-7000-8000-0000000000a4', 'stripe', 'prod_growth', 'Growth', '{\"plan\": \"growth\", \"creator_limit\": 25, \"user_limit\": 10}', NULL, NULL, NULL, NULL, 'usd', '[]'),
          ('00000000-0000-7000-8000-0000000000a5', 'internal', NULL, 'Retired bundle', '{}', 'email', 7, '1 quarter', 500, 'usd', '[]');
         UPDATE products SET active = false WHERE id = '00000000-0000-7000-8000-0000000000a5';
         INSERT INTO prices (id, product_id, provider, provider_price_id, unit_amount, currency, type, interval, trial_period_days) VALUES
          ('00000000-0000-7000-8000-0000000000b1', '00000000-0000-7000-8000-0000000000a4', 'stripe', 'price_growth', 4900, 'usd', 'recurring', 'month', 14);
         INSERT INTO ai_models (id, name, provider, openrouter_id, credit_cost, model_type) VALUES
          ('00000000-0000-7000-8000-0000000000c1', 'Mini', 'openai', 'openai/gpt-4o-mini', 0.5, 'fast'),
          ('00000000-0000-7000-8000-0000000000c2', 'Old', 'openai', 'openai/old', 1, 'fast');
         UPDATE ai_models SET is_active = false WHERE id = '00000000-0000-7000-8000-0000000000c2';",
    )
    .await
    .unwrap();
}

pub const SOCIAL_YEAR: Uuid = Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_00a1);
pub const BLOG_QUARTER: Uuid = Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_00a2);
pub const CREDIT_PACK: Uuid = Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_00a3);
pub const RETIRED: Uuid = Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_00a5);
pub const GROWTH_PRICE: Uuid = Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_00b1);
