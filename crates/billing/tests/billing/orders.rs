//! Orders priced from the catalogue (volume discounts, totals equal to their items) and PhonePe
//! payments with GST, on the documented examples.

use billing::error::BillingError;
use billing::service::orders::{NewItem, NewOrder, create_order};
use billing::service::payments::{NewPayment, create_payment};
use serde_json::json;

use crate::support::*;

/// What a case expects of the error it gets.
type Expected = fn(&BillingError) -> bool;

fn item(product_id: uuid::Uuid, quantity: i32) -> NewItem {
    NewItem { product_id, quantity, content_bundle_id: None, options: None }
}

#[tokio::test]
async fn an_order_is_priced_with_volume_discounts_and_its_total_equals_its_items() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let s = Session::open(&t.db, &ada).await;
    // $10.00 each, tiers 5 → 10 %, 10 → 15.5 %: 4 units no discount, 12 units 15.5 % of $120.00.
    let order = NewOrder { items: vec![item(SOCIAL_YEAR, 4), item(SOCIAL_YEAR, 12), item(SOCIAL_YEAR, 5)], ..Default::default() };
    let order = create_order(&s, &fakes.backend, ada.workspace_id, order).await.unwrap();
    assert_eq!((order.total_amount, order.currency.as_str()), (4_000 + 10_140 + 4_500, "usd"));
    let items = count(&t.db, "SELECT sum(subtotal)::bigint FROM order_items WHERE order_id = $1", vec![order.id.into()]).await;
    assert_eq!(items, order.total_amount, "the total equals its items");
    let discounts = count(&t.db, "SELECT sum(discount_amount)::bigint FROM order_items WHERE order_id = $1", vec![order.id.into()]).await;
    assert_eq!(discounts, 1_860 + 500);
    // A later price change leaves the order as it was.
    exec(&t.db, "UPDATE products SET base_price = 1 WHERE id = $1", vec![SOCIAL_YEAR.into()]).await.unwrap();
    assert_eq!(count(&t.db, "SELECT total_amount FROM orders WHERE id = $1", vec![order.id.into()]).await, 18_640);
}

#[tokio::test]
async fn bad_orders_name_their_item_and_write_nothing() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let s = Session::open(&t.db, &ada).await;
    let cases: Vec<(NewOrder, Expected)> = vec![
        (NewOrder::default(), |e| matches!(e, BillingError::ItemCount { .. })),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 1), item(uuid::Uuid::now_v7(), 1)], ..Default::default() }, |e| {
            matches!(e, BillingError::ItemProductNotFound { index: 1 })
        }),
        (NewOrder { items: vec![item(RETIRED, 1)], ..Default::default() }, |e| matches!(e, BillingError::ItemProductInactive { index: 0 })),
        (NewOrder { items: vec![item(CREDIT_PACK, 1)], ..Default::default() }, |e| {
            matches!(e, BillingError::ItemProductUnpriced { index: 0 })
        }),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 1), item(BLOG_QUARTER, 1)], ..Default::default() }, |e| {
            matches!(e, BillingError::ItemCurrencyMismatch { index: 1 })
        }),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 0)], ..Default::default() }, |e| {
            matches!(e, BillingError::ItemQuantity { index: 0, .. })
        }),
        (
            NewOrder {
                items: vec![NewItem { content_bundle_id: Some(uuid::Uuid::now_v7()), ..item(SOCIAL_YEAR, 1) }],
                ..Default::default()
            },
            |e| matches!(e, BillingError::ItemContentBundleNotFound { index: 0 }),
        ),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 1)], business_id: Some(uuid::Uuid::now_v7()), ..Default::default() }, |e| {
            matches!(e, BillingError::BusinessNotFound)
        }),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 1)], metadata: Some(json!([1])), ..Default::default() }, |e| {
            matches!(e, BillingError::NotAnObject { field: "metadata" })
        }),
        (NewOrder { items: vec![item(SOCIAL_YEAR, 1)], idempotency_key: Some(" ".into()), ..Default::default() }, |e| {
            matches!(e, BillingError::IdempotencyKeyInvalid { .. })
        }),
    ];
    for (order, expected) in cases {
        let err = create_order(&s, &fakes.backend, ada.workspace_id, order).await.unwrap_err();
        assert!(expected(&err), "{err:?}");
    }
    assert_eq!(count(&t.db, "SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM order_items)", vec![]).await, 0);
}

#[tokio::test]
async fn the_same_order_key_answers_the_first_order_and_another_order_under_it_is_refused() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let s = Session::open(&t.db, &ada).await;
    let order = |quantity| NewOrder { items: vec![item(SOCIAL_YEAR, quantity)], idempotency_key: Some("k".into()), ..Default::default() };
    let first = create_order(&s, &fakes.backend, ada.workspace_id, order(2)).await.unwrap();
    let again = create_order(&s, &fakes.backend, ada.workspace_id, order(2)).await.unwrap();
    assert_eq!(first, again);
    assert!(matches!(
        create_order(&s, &fakes.backend, ada.workspace_id, order(3)).await.unwrap_err(),
        BillingError::IdempotencyKeyReused { .. }
    ));
    assert_eq!(count(&t.db, "SELECT count(*) FROM orders", vec![]).await, 1);
}

#[tokio::test]
async fn a_payment_adds_eighteen_percent_gst_rounded_half_up_and_is_made_once_per_key() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let s = Session::open(&t.db, &ada).await;
    // Seed 000's example: ₹999.00 → GST ₹179.82 → ₹1,178.82.
    let pay = |amount: &str, key: &str| NewPayment { amount: Some(amount.into()), idempotency_key: Some(key.into()), ..Default::default() };
    let started = create_payment(&s, &fakes.backend, ada.workspace_id, pay("999.00", "k1")).await.unwrap();
    let p = &started.payment;
    assert_eq!((p.amount, p.gst_amount, p.total_amount, p.currency.as_str()), (99_900, 17_982, 117_882, "inr"));
    let merchant = &p.phonepe_merchant_transaction_id;
    assert!(merchant.len() < 38 && merchant.starts_with("MT") && merchant.chars().all(|c| c.is_ascii_alphanumeric()), "{merchant}");
    assert_eq!(started.redirect_url.as_deref(), Some(format!("https://mercury.phonepe.test/transact/{merchant}").as_str()));
    // The same key answers the same payment and pay page; PhonePe saw one transaction.
    let again = create_payment(&s, &fakes.backend, ada.workspace_id, pay("999.00", "k1")).await.unwrap();
    assert_eq!((again.payment.id, again.redirect_url), (p.id, started.redirect_url.clone()));
    assert_eq!(fakes.phonepe.paid().len(), 1);
    // Half a paisa rounds up: ₹0.25 → GST 4.5 paise → 5; below ₹1.00 in all is refused.
    let small = create_payment(&s, &fakes.backend, ada.workspace_id, pay("1.25", "k2")).await.unwrap().payment;
    assert_eq!((small.gst_amount, small.total_amount), (23, 148));
    for (amount, key) in [("0.50", "k3"), ("abc", "k4"), ("1.234", "k5"), ("-5", "k6")] {
        let err = create_payment(&s, &fakes.backend, ada.workspace_id, pay(amount, key)).await.unwrap_err();
        assert!(matches!(err, BillingError::InvalidAmount { field: "amount", .. }), "{amount}: {err:?}");
    }
    // An order in USD is not paid through PhonePe; an INR order's total is the amount.
    let usd = create_order(&s, &fakes.backend, ada.workspace_id, NewOrder { items: vec![item(SOCIAL_YEAR, 1)], ..Default::default() })
        .await
        .unwrap();
    let err = create_payment(&s, &fakes.backend, ada.workspace_id, NewPayment { order_id: Some(usd.id), ..Default::default() })
        .await
        .unwrap_err();
    assert!(matches!(err, BillingError::PaymentCurrency { .. }), "{err:?}");
    let inr = create_order(&s, &fakes.backend, ada.workspace_id, NewOrder { items: vec![item(BLOG_QUARTER, 1)], ..Default::default() })
        .await
        .unwrap();
    let p = create_payment(&s, &fakes.backend, ada.workspace_id, NewPayment { order_id: Some(inr.id), ..Default::default() })
        .await
        .unwrap()
        .payment;
    assert_eq!((p.amount, p.gst_amount, p.total_amount), (99_900, 17_982, 117_882));
    let err = create_payment(
        &s,
        &fakes.backend,
        ada.workspace_id,
        NewPayment { order_id: Some(inr.id), amount: Some("1".into()), ..Default::default() },
    )
    .await
    .unwrap_err();
    assert!(matches!(err, BillingError::PaymentTargetConflict), "{err:?}");
}

#[tokio::test]
async fn a_payment_without_phonepe_set_up_is_a_payload_error_and_writes_nothing() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let backend = billing::service::Backend::new(jobs_pool(&t).await, Default::default(), billing::config::BillingConfig::default());
    let s = Session::open(&t.db, &ada).await;
    let input = NewPayment { amount: Some("10".into()), ..Default::default() };
    let err = create_payment(&s, &backend, ada.workspace_id, input).await.unwrap_err();
    assert!(matches!(err, BillingError::ProviderNotConfigured { provider: "PhonePe" }), "{err:?}");
    assert_eq!(count(&t.db, "SELECT count(*) FROM payments", vec![]).await, 0);
}
