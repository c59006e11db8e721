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
