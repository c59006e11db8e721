//! The webhooks: every forgery refused with nothing written; every event taking effect exactly
//! once however often and in whatever order it arrives; a failed effect leaving nothing
//! half-done and answering 5xx so the provider retries; PhonePe believed only after its status
//! check.

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use billing::webhooks::signatures::{phonepe_checksum, sign_standard, sign_stripe};
use rand::seq::SliceRandom;
use serde_json::json;

use crate::support::*;

/// A delivery to try: what it is, its headers, its body, and the status it must get.
type Delivery<'a> = (&'a str, Vec<(&'a str, String)>, Vec<u8>, StatusCode);

async fn nothing_written(t: &platform::testing::TestDatabase) {
    let rows = count(
        &t.db,
        "SELECT (SELECT count(*) FROM webhook_events) + (SELECT count(*) FROM credit_transactions) + (SELECT count(*) FROM customers) + (SELECT count(*) FROM subscriptions)",
        vec![],
    )
    .await;
    assert_eq!(rows, 0, "a refused delivery wrote something");
}

fn pack_purchase(id: &str, workspace: uuid::Uuid, session: &str) -> Vec<u8> {
    stripe_event(
        id,
        "checkout.session.completed",
        json!({ "id": session, "mode": "payment", "payment_status": "paid", "client_reference_id": workspace, "metadata": { "credit_product_id": CREDIT_PACK, "quantity": "2" } }),
    )
}

#[tokio::test]
async fn every_forged_stripe_delivery_is_refused_and_writes_nothing() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let body = pack_purchase("evt_1", ada.workspace_id, "cs_1");
    let now = chrono::Utc::now().timestamp();
    let good = sign_stripe(STRIPE_SECRET, now, &body);
    let mut changed = body.clone();
    let at = changed.len() - 3;
    changed[at] ^= 0x01;
    let other_body = pack_purchase("evt_2", ada.workspace_id, "cs_2");
    let forgeries: Vec<Delivery<'_>> = vec![
        ("a changed body byte", vec![("stripe-signature", good.clone())], changed, StatusCode::UNAUTHORIZED),
        ("a wrong secret", vec![("stripe-signature", sign_stripe("whsec_wrong", now, &body))], body.clone(), StatusCode::UNAUTHORIZED),
        ("a missing header", vec![], body.clone(), StatusCode::BAD_REQUEST),
        (
            "a timestamp 301 s old",
            vec![("stripe-signature", sign_stripe(STRIPE_SECRET, now - 301, &body))],
            body.clone(),
            StatusCode::UNAUTHORIZED,
        ),
        ("only a v0 signature", vec![("stripe-signature", good.replace("v1=", "v0="))], body.clone(), StatusCode::UNAUTHORIZED),
        ("a replayed signature on another body", vec![("stripe-signature", good.clone())], other_body, StatusCode::UNAUTHORIZED),
        ("a malformed header", vec![("stripe-signature", "garbage".into())], body.clone(), StatusCode::BAD_REQUEST),
    ];
    for (what, headers, body, want) in forgeries {
        assert_eq!(post(&router, "/webhooks/stripe", &headers, &body).await, want, "{what}");
    }
    nothing_written(&t).await;
    // The genuine delivery is accepted.
    assert_eq!(post(&router, "/webhooks/stripe", &[("stripe-signature", good)], &body).await, StatusCode::OK);
    assert_eq!(count(&t.db, "SELECT credits_balance::bigint FROM user_credits", vec![]).await, 200);
}

#[tokio::test]
async fn every_forged_whop_and_phonepe_delivery_is_refused_and_writes_nothing() {
    let t = database().await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let body = br#"{"type":"membership.went_valid","data":{"id":"mem_1","metadata":{}}}"#.to_vec();
    let now = chrono::Utc::now().timestamp();
    let sig = sign_standard(WHOP_SECRET, "msg_1", now, &body);
    let headers = |id: &str, ts: i64, sig: &str| {
        vec![("webhook-id", id.to_owned()), ("webhook-timestamp", ts.to_string()), ("webhook-signature", sig.to_owned())]
    };
    let mut changed = body.clone();
    changed[3] ^= 1;
    let cases: Vec<Delivery<'_>> = vec![
        ("a changed body byte", headers("msg_1", now, &sig), changed, StatusCode::UNAUTHORIZED),
        (
            "a wrong secret",
            headers("msg_1", now, &sign_standard("whsec_AAAAAAAA", "msg_1", now, &body)),
            body.clone(),
            StatusCode::UNAUTHORIZED,
        ),
        ("a missing header", headers("msg_1", now, &sig)[..2].to_vec(), body.clone(), StatusCode::BAD_REQUEST),
        (
            "a timestamp 301 s old",
            headers("msg_1", now - 301, &sign_standard(WHOP_SECRET, "msg_1", now - 301, &body)),
            body.clone(),
            StatusCode::UNAUTHORIZED,
        ),
        ("only a v0 signature", headers("msg_1", now, &sig.replace("v1,", "v0,")), body.clone(), StatusCode::UNAUTHORIZED),
        ("a replayed signature on another id", headers("msg_2", now, &sig), body.clone(), StatusCode::UNAUTHORIZED),
    ];
    for (what, headers, body, want) in cases {
        assert_eq!(post(&router, "/webhooks/whop", &headers, &body).await, want, "whop: {what}");
    }
    let response = STANDARD.encode(br#"{"code":"PAYMENT_SUCCESS","data":{"merchantTransactionId":"MT1","amount":100}}"#);
    let envelope = serde_json::to_vec(&json!({ "response": response })).unwrap();
    let good = format!("{}###1", phonepe_checksum(&response, SALT));
    let other = STANDARD.encode(br#"{"code":"PAYMENT_SUCCESS","data":{"merchantTransactionId":"MT2","amount":100}}"#);
    let cases: Vec<Delivery<'_>> = vec![
        (
            "a wrong salt",
            vec![("x-verify", format!("{}###1", phonepe_checksum(&response, "wrong")))],
            envelope.clone(),
            StatusCode::UNAUTHORIZED,
        ),
        ("another salt index", vec![("x-verify", good.replace("###1", "###2"))], envelope.clone(), StatusCode::UNAUTHORIZED),
        ("a missing header", vec![], envelope.clone(), StatusCode::BAD_REQUEST),
        (
            "a replayed checksum on another response",
            vec![("x-verify", good.clone())],
            serde_json::to_vec(&json!({ "response": other })).unwrap(),
            StatusCode::UNAUTHORIZED,
        ),
    ];
    for (what, headers, body, want) in cases {
        assert_eq!(post(&router, "/webhooks/phonepe", &headers, &body).await, want, "phonepe: {what}");
    }
    nothing_written(&t).await;
}

#[tokio::test]
async fn a_provider_without_secrets_answers_503_and_stores_nothing() {
    let t = database().await;
    let backend = billing::service::Backend::new(jobs_pool(&t).await, Default::default(), billing::config::BillingConfig::default());
    let router = billing::webhooks::router(backend);
    let body = stripe_event("evt_1", "product.created", json!({ "id": "prod_1", "name": "x" }));
    for path in ["/webhooks/stripe", "/webhooks/whop", "/webhooks/phonepe"] {
        assert_eq!(post(&router, path, &stripe_headers(&body), &body).await, StatusCode::SERVICE_UNAVAILABLE, "{path}");
    }
    nothing_written(&t).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_webhook_delivered_a_hundred_times_at_once_takes_effect_once() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let body = pack_purchase("evt_once", ada.workspace_id, "cs_once");
    let headers = stripe_headers(&body);
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let (router, headers, body) = (router.clone(), headers.clone(), body.clone());
        tasks.spawn(async move { post(&router, "/webhooks/stripe", &headers, &body).await });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM credit_transactions", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT credits_balance::bigint FROM user_credits", vec![]).await, 200);
    assert_eq!(count(&t.db, "SELECT count(*) FROM webhook_events WHERE processed_at IS NOT NULL AND attempts = 1", vec![]).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_events_each_delivered_three_times_in_shuffled_order_take_effect_a_thousand_times() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let mut deliveries = Vec::with_capacity(3_000);
    for n in 0..1_000 {
        let body = pack_purchase(&format!("evt_{n}"), ada.workspace_id, &format!("cs_{n}"));
        let headers = stripe_headers(&body);
        for _ in 0..3 {
            deliveries.push((headers.clone(), body.clone()));
        }
    }
    deliveries.shuffle(&mut rand::thread_rng());
    let mut tasks = tokio::task::JoinSet::new();
    for chunk in deliveries.chunks(375) {
        let (router, chunk) = (router.clone(), chunk.to_vec());
        tasks.spawn(async move {
            for (headers, body) in chunk {
                assert_eq!(post(&router, "/webhooks/stripe", &headers, &body).await, StatusCode::OK);
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM webhook_events WHERE processed_at IS NOT NULL", vec![]).await, 1_000);
    assert_eq!(count(&t.db, "SELECT count(*) FROM credit_transactions", vec![]).await, 1_000);
    assert_eq!(count(&t.db, "SELECT credits_balance::bigint FROM user_credits", vec![]).await, 200_000);
    assert_eq!(count(&t.db, "SELECT sum(credits_amount)::bigint FROM credit_transactions", vec![]).await, 200_000);
}

#[tokio::test]
async fn a_failed_effect_answers_500_leaves_nothing_half_done_and_a_retry_applies_it() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    // The subscription arrives before the checkout that links its customer to the workspace.
    let sub = stripe_event(
        "evt_sub",
        "customer.subscription.created",
        json!({ "id": "sub_1", "customer": "cus_1", "status": "active", "current_period_start": 1_767_225_600, "current_period_end": 1_769_904_000,
                "items": { "data": [{ "quantity": 1, "price": { "id": "price_growth", "unit_amount": 4900, "currency": "usd" } }] } }),
    );
    assert_eq!(post(&router, "/webhooks/stripe", &stripe_headers(&sub), &sub).await, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions", vec![]).await, 0);
    assert_eq!(count(&t.db, "SELECT count(*) FROM customers", vec![]).await, 0);
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM webhook_events WHERE processed_at IS NULL AND attempts = 1 AND error IS NOT NULL", vec![]).await,
        1
    );
    let checkout = stripe_event(
        "evt_co",
        "checkout.session.completed",
        json!({ "id": "cs_1", "mode": "subscription", "customer": "cus_1", "client_reference_id": ada.workspace_id }),
    );
    assert_eq!(post(&router, "/webhooks/stripe", &stripe_headers(&checkout), &checkout).await, StatusCode::OK);
    // Stripe's retry now applies, once; the plan follows in the same transaction.
    assert_eq!(post(&router, "/webhooks/stripe", &stripe_headers(&sub), &sub).await, StatusCode::OK);
    assert_eq!(post(&router, "/webhooks/stripe", &stripe_headers(&sub), &sub).await, StatusCode::OK);
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM subscriptions WHERE status = 'active' AND plan = 'growth' AND gates_plan", vec![]).await,
        1
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT count(*) FROM workspaces WHERE id = $1 AND subscription_tier = 'growth' AND creator_limit = 25 AND user_limit = 10",
            vec![ada.workspace_id.into()]
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT count(*) FROM webhook_events WHERE provider_event_id = 'evt_sub' AND processed_at IS NOT NULL AND attempts = 2",
            vec![]
        )
        .await,
        1
    );
}

#[tokio::test]
async fn a_phonepe_callback_is_believed_only_after_the_status_check() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let router = billing::webhooks::router(fakes.backend.clone());
    let s = Session::open(&t.db, &ada).await;
    let order = billing::service::orders::create_order(
        &s,
        &fakes.backend,
        ada.workspace_id,
        billing::service::orders::NewOrder {
            items: vec![billing::service::orders::NewItem {
                product_id: BLOG_QUARTER,
                quantity: 1,
                content_bundle_id: None,
                options: None,
            }],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let input = billing::service::payments::NewPayment { order_id: Some(order.id), ..Default::default() };
    let started = billing::service::payments::create_payment(&s, &fakes.backend, ada.workspace_id, input).await.unwrap();
    s.commit().await;
    let merchant = started.payment.phonepe_merchant_transaction_id.clone();
    let callback = |code: &str| {
        let response = STANDARD.encode(serde_json::to_vec(&json!({ "success": true, "code": code, "data": { "merchantTransactionId": merchant, "amount": started.payment.total_amount } })).unwrap());
        let x_verify = format!("{}###1", phonepe_checksum(&response, SALT));
        (vec![("x-verify", x_verify)], serde_json::to_vec(&json!({ "response": response })).unwrap())
    };
    // The callback claims success, but PhonePe's status still says pending: nothing moves, and
    // the callback is answered 5xx so that PhonePe sends it again.
    let (headers, body) = callback("PAYMENT_SUCCESS");
    assert_eq!(post(&router, "/webhooks/phonepe", &headers, &body).await, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(count(&t.db, "SELECT count(*) FROM payments WHERE status = 'pending'", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM orders WHERE status = 'pending'", vec![]).await, 1);
    // Once PhonePe settles it, the same callback again completes the payment and pays the order.
    fakes.phonepe.settle(&merchant, "PAYMENT_SUCCESS");
    assert_eq!(post(&router, "/webhooks/phonepe", &headers, &body).await, StatusCode::OK);
    assert_eq!(post(&router, "/webhooks/phonepe", &headers, &body).await, StatusCode::OK);
    assert_eq!(count(&t.db, "SELECT count(*) FROM payments WHERE status = 'completed' AND completed_at IS NOT NULL", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM orders WHERE status = 'paid'", vec![]).await, 1);
    // A final payment never changes: a later failure callback (and status) moves nothing.
    fakes.phonepe.settle(&merchant, "PAYMENT_ERROR");
    let (headers, body) = callback("PAYMENT_ERROR");
    assert_eq!(post(&router, "/webhooks/phonepe", &headers, &body).await, StatusCode::OK);
    assert_eq!(count(&t.db, "SELECT count(*) FROM payments WHERE status = 'completed'", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM orders WHERE status = 'paid'", vec![]).await, 1);
}

/// Stripe may deliver an older `customer.subscription.updated` after the deletion; an ended
/// Stripe subscription stays ended and the workspace's plan does not come back.
#[tokio::test]
async fn an_update_delivered_after_the_deletion_does_not_bring_the_subscription_back() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let subscription = |status: &str| {
        json!({ "id": "sub_1", "customer": "cus_1", "status": status, "current_period_start": 1_767_225_600, "current_period_end": 1_769_904_000,
                "items": { "data": [{ "quantity": 1, "price": { "id": "price_growth", "unit_amount": 4900, "currency": "usd" } }] } })
    };
    let events = [
        stripe_event(
            "evt_co",
            "checkout.session.completed",
            json!({ "id": "cs_1", "mode": "subscription", "customer": "cus_1", "client_reference_id": ada.workspace_id }),
        ),
        stripe_event("evt_created", "customer.subscription.created", subscription("active")),
        stripe_event("evt_deleted", "customer.subscription.deleted", subscription("canceled")),
        stripe_event("evt_late", "customer.subscription.updated", subscription("active")),
    ];
    for event in &events {
        assert_eq!(post(&router, "/webhooks/stripe", &stripe_headers(event), event).await, StatusCode::OK);
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions WHERE status = 'canceled' AND ended_at IS NOT NULL", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions WHERE status = 'active'", vec![]).await, 0);
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM workspaces WHERE id = $1 AND subscription_tier = 'growth'", vec![ada.workspace_id.into()]).await,
        0
    );
}

// Every handled event, one rule a test. Times: 2026-01-01 and 2026-02-01, 00:00 UTC.
const JANUARY: i64 = 1_767_225_600;
const FEBRUARY: i64 = 1_769_904_000;
/// The free plan with 002's default limits, as `plan_columns` spells it, after a cancellation.
const FREE_CANCELLED: &str = "free cancelled individual 5 1 10 50 10.0000";

/// Delivers a signed Stripe event; answers the status.
async fn deliver_stripe(router: &axum::Router, body: &[u8]) -> StatusCode {
    post(router, "/webhooks/stripe", &stripe_headers(body), body).await
}

/// The first column of one row as text, by SQL as the owner ("no row" when there is none).
async fn line(db: &sea_orm::DatabaseConnection, sql: &str, values: Vec<sea_orm::Value>) -> String {
    let statement = sea_orm::Statement::from_sql_and_values(sea_orm::DbBackend::Postgres, sql, values);
    match sea_orm::ConnectionTrait::query_one_raw(db, statement).await.unwrap() {
        Some(row) => row.try_get_by_index::<String>(0).unwrap(),
        None => "no row".into(),
    }
}

/// The workspace's plan columns: tier, status, plan type, the four limits, the monthly budget.
async fn plan_columns(t: &platform::testing::TestDatabase, workspace: uuid::Uuid) -> String {
    line(
        &t.db,
        "SELECT concat_ws(' ', subscription_tier, subscription_status, plan_type, creator_limit, user_limit, voice_model_limit, \
         storage_limit_gb, budget_limit_monthly) FROM workspaces WHERE id = $1",
        vec![workspace.into()],
    )
    .await
}

/// A subscription row: provider, status, plan, whether it gates the plan, whether it has ended.
async fn subscription_row(t: &platform::testing::TestDatabase, provider_id: &str) -> String {
    line(
        &t.db,
        "SELECT concat_ws(' ', provider, status, plan, gates_plan::text, (ended_at IS NOT NULL)::text) FROM subscriptions WHERE provider_subscription_id = $1",
        vec![provider_id.into()],
    )
    .await
}

/// Stripe's subscription `sub_1` of customer `cus_1` on `price`, in `status`.
fn stripe_subscription(status: &str, price: &str) -> serde_json::Value {
    json!({ "id": "sub_1", "object": "subscription", "customer": "cus_1", "status": status, "cancel_at_period_end": false,
            "current_period_start": JANUARY, "current_period_end": FEBRUARY,
            "items": { "data": [{ "quantity": 1, "price": { "id": price, "unit_amount": 4900, "currency": "usd", "nickname": "Monthly" } }] } })
}

/// The checkout that links `cus_1` to the workspace, then `sub_1` created ACTIVE on `price`.
async fn subscribe(router: &axum::Router, workspace: uuid::Uuid, price: &str) {
    let checkout = stripe_event(
        "evt_checkout",
        "checkout.session.completed",
        json!({ "id": "cs_1", "mode": "subscription", "customer": "cus_1", "client_reference_id": workspace }),
    );
    assert_eq!(deliver_stripe(router, &checkout).await, StatusCode::OK);
    let created = stripe_event("evt_created", "customer.subscription.created", stripe_subscription("active", price));
    assert_eq!(deliver_stripe(router, &created).await, StatusCode::OK);
}

/// A PENDING order of one Social year ($10.00) in `who`'s workspace, made as the gateway would.
async fn pending_order(t: &platform::testing::TestDatabase, fakes: &Fakes, who: &Person) -> uuid::Uuid {
    use billing::service::orders::{NewItem, NewOrder, create_order};
    let s = Session::open(&t.db, who).await;
    let item = NewItem { product_id: SOCIAL_YEAR, quantity: 1, content_bundle_id: None, options: None };
    let order = create_order(&s, &fakes.backend, who.workspace_id, NewOrder { items: vec![item], ..Default::default() }).await.unwrap();
    s.commit().await;
    order.id
}

/// An order's status, payment intent, payment status and method.
async fn order_row(t: &platform::testing::TestDatabase, order: uuid::Uuid) -> String {
    line(
        &t.db,
        "SELECT concat_ws(' ', status, payment_intent_id, payment_status, payment_method) FROM orders WHERE id = $1",
        vec![order.into()],
    )
    .await
}

/// Stripe's payment intent `pi_1` for `order`, in `status`.
fn payment_intent(workspace: uuid::Uuid, order: uuid::Uuid, status: &str) -> serde_json::Value {
    json!({ "id": "pi_1", "object": "payment_intent", "amount": 1000, "currency": "usd", "status": status,
            "payment_method_types": ["card"], "metadata": { "workspace_id": workspace, "order_id": order } })
}

/// The invoice row of `in_1`: status, amount, currency, its period (unix), payment intent, the
/// subscription it belongs to, and whether that subscription is in the same workspace.
async fn invoice_row(t: &platform::testing::TestDatabase) -> String {
    line(
        &t.db,
        "SELECT concat_ws(' ', i.status, i.amount, i.currency, extract(epoch FROM i.billing_period_start)::bigint, \
         extract(epoch FROM i.billing_period_end)::bigint, i.payment_intent_id, s.provider_subscription_id, (i.workspace_id = s.workspace_id)::text) \
         FROM subscription_invoices i JOIN subscriptions s ON s.id = i.subscription_id WHERE i.stripe_invoice_id = 'in_1'",
        vec![],
    )
    .await
}

#[tokio::test]
async fn a_subscription_update_moves_the_workspaces_plan_columns_by_the_status_map() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    subscribe(&router, ada.workspace_id, "price_growth").await;
    assert_eq!(plan_columns(&t, ada.workspace_id).await, "growth active individual 25 10 10 50 10.0000");
    // past_due is live: the plan and its limits hold, the workspace shows past_due; unpaid is
    // not: the free plan's limits, still past_due; paid again: the plan comes back.
    let steps = [
        ("past_due", "growth past_due individual 25 10 10 50 10.0000"),
        ("unpaid", "free past_due individual 5 1 10 50 10.0000"),
        ("active", "growth active individual 25 10 10 50 10.0000"),
    ];
    for (n, (status, plan)) in steps.into_iter().enumerate() {
        let updated =
            stripe_event(&format!("evt_updated_{n}"), "customer.subscription.updated", stripe_subscription(status, "price_growth"));
        assert_eq!(deliver_stripe(&router, &updated).await, StatusCode::OK, "{status}");
        assert_eq!(subscription_row(&t, "sub_1").await, format!("stripe {status} growth true false"));
        assert_eq!(plan_columns(&t, ada.workspace_id).await, plan, "{status}");
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions", vec![]).await, 1);
}

#[tokio::test]
async fn a_deleted_subscription_puts_the_workspace_back_on_the_free_plan_and_its_limits() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    subscribe(&router, ada.workspace_id, "price_growth").await;
    assert_eq!(plan_columns(&t, ada.workspace_id).await, "growth active individual 25 10 10 50 10.0000");
    let mut ended = stripe_subscription("canceled", "price_growth");
    ended["canceled_at"] = json!(JANUARY + 86_400);
    ended["ended_at"] = json!(JANUARY + 86_400);
    let deleted = stripe_event("evt_deleted", "customer.subscription.deleted", ended);
    assert_eq!(deliver_stripe(&router, &deleted).await, StatusCode::OK);
    assert_eq!(subscription_row(&t, "sub_1").await, "stripe canceled growth true true");
    let ended_at =
        count(&t.db, "SELECT extract(epoch FROM ended_at)::bigint FROM subscriptions WHERE provider_subscription_id = 'sub_1'", vec![]);
    assert_eq!(ended_at.await, JANUARY + 86_400, "Stripe's ended_at is kept");
    assert_eq!(plan_columns(&t, ada.workspace_id).await, FREE_CANCELLED);
}

#[tokio::test]
async fn a_paid_invoice_is_recorded_paid_against_its_subscription() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    subscribe(&router, ada.workspace_id, "price_growth").await;
    let paid = stripe_event(
        "evt_invoice_paid",
        "invoice.paid",
        json!({ "id": "in_1", "object": "invoice", "customer": "cus_1", "subscription": "sub_1", "status": "paid",
                "amount_due": 4900, "amount_paid": 4900, "currency": "usd", "payment_intent": "pi_invoice_1",
                "hosted_invoice_url": "https://invoice.stripe.com/i/acct_1/in_1",
                "lines": { "data": [{ "period": { "start": JANUARY, "end": FEBRUARY } }] } }),
    );
    assert_eq!(deliver_stripe(&router, &paid).await, StatusCode::OK);
    assert_eq!(deliver_stripe(&router, &paid).await, StatusCode::OK);
    assert_eq!(invoice_row(&t).await, format!("paid 4900 usd {JANUARY} {FEBRUARY} pi_invoice_1 sub_1 true"));
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscription_invoices", vec![]).await, 1);
    // The subscription keeps the latest invoice's page; the plan is untouched.
    assert_eq!(
        line(&t.db, "SELECT latest_invoice_url FROM subscriptions WHERE provider_subscription_id = 'sub_1'", vec![]).await,
        "https://invoice.stripe.com/i/acct_1/in_1"
    );
    assert_eq!(plan_columns(&t, ada.workspace_id).await, "growth active individual 25 10 10 50 10.0000");
}

#[tokio::test]
async fn a_failed_invoice_payment_is_recorded_failed_and_a_later_payment_marks_the_same_invoice_paid() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    subscribe(&router, ada.workspace_id, "price_growth").await;
    // Stripe's newer invoices name their subscription under parent.subscription_details.
    let invoice = |status: &str, paid: i64| {
        json!({ "id": "in_1", "object": "invoice", "customer": "cus_1", "status": status, "amount_due": 4900, "amount_paid": paid,
                "currency": "usd", "parent": { "type": "subscription_details", "subscription_details": { "subscription": "sub_1" } },
                "lines": { "data": [{ "period": { "start": JANUARY, "end": FEBRUARY } }] } })
    };
    let failed = stripe_event("evt_invoice_failed", "invoice.payment_failed", invoice("open", 0));
    assert_eq!(deliver_stripe(&router, &failed).await, StatusCode::OK);
    assert_eq!(invoice_row(&t).await, format!("failed 4900 usd {JANUARY} {FEBRUARY} sub_1 true"));
    // Stripe's retry succeeds: the same invoice row, now paid.
    let paid = stripe_event("evt_invoice_paid", "invoice.paid", invoice("paid", 4900));
    assert_eq!(deliver_stripe(&router, &paid).await, StatusCode::OK);
    assert_eq!(invoice_row(&t).await, format!("paid 4900 usd {JANUARY} {FEBRUARY} sub_1 true"));
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscription_invoices", vec![]).await, 1);
}

#[tokio::test]
async fn a_succeeded_payment_intent_pays_its_pending_order() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let router = billing::webhooks::router(fakes.backend.clone());
    let order = pending_order(&t, &fakes, &ada).await;
    assert_eq!(order_row(&t, order).await, "pending");
    let succeeded = stripe_event("evt_pi", "payment_intent.succeeded", payment_intent(ada.workspace_id, order, "succeeded"));
    assert_eq!(deliver_stripe(&router, &succeeded).await, StatusCode::OK);
    assert_eq!(deliver_stripe(&router, &succeeded).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "paid pi_1 succeeded card");
}

/// A failed attempt is not the end of a Stripe payment intent (the customer may try another
/// card): the order stays pending with the attempt's status, and a later success pays it.
/// Only a canceled intent fails the order.
#[tokio::test]
async fn a_failed_attempt_keeps_the_order_pending_and_only_a_canceled_intent_fails_it() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let router = billing::webhooks::router(fakes.backend.clone());
    let order = pending_order(&t, &fakes, &ada).await;
    let failed =
        stripe_event("evt_pi_failed", "payment_intent.payment_failed", payment_intent(ada.workspace_id, order, "requires_payment_method"));
    assert_eq!(deliver_stripe(&router, &failed).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "pending pi_1 requires_payment_method card");
    let succeeded = stripe_event("evt_pi", "payment_intent.succeeded", payment_intent(ada.workspace_id, order, "succeeded"));
    assert_eq!(deliver_stripe(&router, &succeeded).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "paid pi_1 succeeded card");

    let other = pending_order(&t, &fakes, &ada).await;
    let canceled = stripe_event(
        "evt_pi_canceled",
        "payment_intent.canceled",
        json!({ "id": "pi_2", "object": "payment_intent", "status": "canceled", "payment_method_types": ["card"],
                "metadata": { "workspace_id": ada.workspace_id, "order_id": other } }),
    );
    assert_eq!(deliver_stripe(&router, &canceled).await, StatusCode::OK);
    assert_eq!(order_row(&t, other).await, "failed pi_2 canceled card");
}

/// A whole refund refunds the order; a partial one leaves it paid; a refund delivered before the
/// payment it refunds fails and is applied when Stripe delivers it again.
#[tokio::test]
async fn a_refunded_charge_refunds_the_order_its_payment_intent_paid() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let router = billing::webhooks::router(fakes.backend.clone());
    let order = pending_order(&t, &fakes, &ada).await;
    // The refund of an order's payment that is not recorded yet fails, so Stripe delivers it
    // again after the payment.
    let early = stripe_event(
        "evt_early",
        "charge.refunded",
        json!({ "id": "ch_1", "object": "charge", "payment_intent": "pi_1", "amount": 1000, "amount_refunded": 1000,
                "refunded": true, "metadata": { "order_id": order, "workspace_id": ada.workspace_id } }),
    );
    assert_eq!(deliver_stripe(&router, &early).await, StatusCode::INTERNAL_SERVER_ERROR);
    let succeeded = stripe_event("evt_pi", "payment_intent.succeeded", payment_intent(ada.workspace_id, order, "succeeded"));
    assert_eq!(deliver_stripe(&router, &succeeded).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "paid pi_1 succeeded card");
    // A partial refund leaves the order paid.
    let partial = stripe_event(
        "evt_partial",
        "charge.refunded",
        json!({ "id": "ch_1", "object": "charge", "payment_intent": "pi_1", "amount": 1000, "amount_refunded": 100,
                "refunded": false, "status": "succeeded", "currency": "usd" }),
    );
    assert_eq!(deliver_stripe(&router, &partial).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "paid pi_1 succeeded card");
    let refunded = stripe_event(
        "evt_refund",
        "charge.refunded",
        json!({ "id": "ch_1", "object": "charge", "payment_intent": "pi_1", "amount": 1000, "amount_refunded": 1000,
                "refunded": true, "status": "succeeded", "currency": "usd" }),
    );
    assert_eq!(deliver_stripe(&router, &refunded).await, StatusCode::OK);
    assert_eq!(deliver_stripe(&router, &refunded).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "refunded pi_1 refunded card");
    // Stripe's retry of the early delivery now finds the order already refunded: no change.
    assert_eq!(deliver_stripe(&router, &early).await, StatusCode::OK);
    assert_eq!(order_row(&t, order).await, "refunded pi_1 refunded card");
}

#[tokio::test]
async fn a_created_product_and_price_enter_the_catalogue_and_a_second_delivery_changes_nothing() {
    let t = database().await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let product = stripe_event(
        "evt_product",
        "product.created",
        json!({ "id": "prod_pro", "object": "product", "active": true, "name": "Pro", "description": "For teams",
                "images": ["https://files.stripe.com/pro.png"], "metadata": { "plan": "enterprise" } }),
    );
    let price = stripe_event(
        "evt_price",
        "price.created",
        json!({ "id": "price_pro_monthly", "object": "price", "active": true, "product": "prod_pro", "currency": "usd",
                "unit_amount": 9900, "nickname": "Pro, monthly", "type": "recurring", "metadata": {},
                "recurring": { "interval": "month", "interval_count": 1, "trial_period_days": 7, "usage_type": "licensed" } }),
    );
    let product_row =
        "SELECT concat_ws(' ', provider, provider_product_id, name, description, image, active::text, metadata) FROM products";
    let price_row = "SELECT concat_ws(' ', p.provider, p.provider_price_id, r.provider_product_id, p.description, p.unit_amount, p.currency, \
                     p.type, p.interval, p.interval_count, p.trial_period_days, p.active::text) FROM prices p JOIN products r ON r.id = p.product_id";
    let snapshot = "SELECT (SELECT jsonb_agg(to_jsonb(p)) FROM products p)::text || (SELECT jsonb_agg(to_jsonb(p)) FROM prices p)::text";
    assert_eq!(deliver_stripe(&router, &product).await, StatusCode::OK);
    assert_eq!(deliver_stripe(&router, &price).await, StatusCode::OK);
    assert_eq!(
        line(&t.db, product_row, vec![]).await,
        r#"stripe prod_pro Pro For teams https://files.stripe.com/pro.png true {"plan": "enterprise"}"#
    );
    assert_eq!(line(&t.db, price_row, vec![]).await, "stripe price_pro_monthly prod_pro Pro, monthly 9900 usd recurring month 1 7 true");
    let before = line(&t.db, snapshot, vec![]).await;
    for body in [&product, &price] {
        assert_eq!(deliver_stripe(&router, body).await, StatusCode::OK);
    }
    assert_eq!(line(&t.db, snapshot, vec![]).await, before, "a second delivery changed the catalogue");
    assert_eq!(count(&t.db, "SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM prices)", vec![]).await, 2);
    assert_eq!(count(&t.db, "SELECT count(*) FROM webhook_events WHERE processed_at IS NOT NULL AND attempts = 1", vec![]).await, 2);
}

/// Stripe keeps metadata values as strings: a plan product synced from Stripe says
/// `"creator_limit": "25"`, and that is the limit its subscription gives (docs/billing.md: "a
/// plan's tier and limits: from the price's product metadata").
#[tokio::test]
async fn a_plan_synced_from_stripe_gives_the_limits_its_product_metadata_names() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let product = stripe_event(
        "evt_product",
        "product.created",
        json!({ "id": "prod_team", "object": "product", "active": true, "name": "Team",
                "metadata": { "plan": "growth", "creator_limit": "25", "user_limit": "10", "voice_model_limit": "20", "storage_limit_gb": "100" } }),
    );
    let price = stripe_event(
        "evt_price",
        "price.created",
        json!({ "id": "price_team", "object": "price", "active": true, "product": "prod_team", "currency": "usd", "unit_amount": 4900,
                "type": "recurring", "recurring": { "interval": "month", "interval_count": 1 }, "metadata": {} }),
    );
    assert_eq!(deliver_stripe(&router, &product).await, StatusCode::OK);
    assert_eq!(deliver_stripe(&router, &price).await, StatusCode::OK);
    subscribe(&router, ada.workspace_id, "price_team").await;
    assert_eq!(plan_columns(&t, ada.workspace_id).await, "growth active individual 25 10 20 100 10.0000");
}

#[tokio::test]
async fn a_signed_whop_membership_going_valid_then_invalid_makes_its_subscription_active_then_canceled() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let router = billing::webhooks::router(fakes(&t).await.backend);
    let membership = |status: &str, valid: bool| {
        json!({ "id": "mem_1", "object": "membership", "user_id": "user_whop_1", "plan_id": "plan_unknown", "product_id": "prod_whop_1",
                "status": status, "valid": valid, "cancel_at_period_end": false,
                "renewal_period_start": JANUARY, "renewal_period_end": FEBRUARY, "metadata": { "workspace_id": ada.workspace_id } })
    };
    let valid = whop_event("membership.went_valid", membership("active", true));
    assert_eq!(post(&router, "/webhooks/whop", &whop_headers("msg_valid", &valid), &valid).await, StatusCode::OK);
    // A plan not in the catalogue: the starter tier with the free plan's limits.
    assert_eq!(subscription_row(&t, "mem_1").await, "whop active starter true false");
    assert_eq!(plan_columns(&t, ada.workspace_id).await, "starter active individual 5 1 10 50 10.0000");
    assert_eq!(
        line(&t.db, "SELECT concat_ws(' ', whop_customer_id, (workspace_id = $1)::text) FROM customers", vec![ada.workspace_id.into()])
            .await,
        "user_whop_1 true"
    );
    let invalid = whop_event("membership.went_invalid", membership("expired", false));
    assert_eq!(post(&router, "/webhooks/whop", &whop_headers("msg_invalid", &invalid), &invalid).await, StatusCode::OK);
    assert_eq!(subscription_row(&t, "mem_1").await, "whop canceled starter true true");
    assert_eq!(plan_columns(&t, ada.workspace_id).await, FREE_CANCELLED);
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions", vec![]).await, 1);
    assert_eq!(
        count(
            &t.db,
            "SELECT count(*) FROM webhook_events WHERE provider = 'whop' AND processed_at IS NOT NULL AND workspace_id = $1",
            vec![ada.workspace_id.into()]
        )
        .await,
        2
    );
}
