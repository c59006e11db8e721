//! Billing through the whole server: its webhook routes mounted by `Billing::routes`, its
//! fields on `Workspace` over HTTP, provider ids for owners and admins only, and nested lists
//! read in a number of statements that does not grow with the rows.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::atomic::Ordering;

use axum::http::StatusCode;
use common::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_webhook_routes_are_mounted_and_answer_503_without_their_secrets() {
    let app = TestApp::new().await;
    for path in ["/webhooks/stripe", "/webhooks/whop", "/webhooks/phonepe"] {
        let (status, _) = app.request("POST", path, &[("content-type", "application/json")], b"{}".to_vec()).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
    }
    let (status, _) = app.request("GET", "/webhooks/stripe", &[], Vec::new()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    app.sql("DO $$ BEGIN IF (SELECT count(*) FROM webhook_events) <> 0 THEN RAISE EXCEPTION 'stored'; END IF; END $$").await;
}

#[tokio::test]
async fn the_demo_workspaces_money_reads_over_http_and_provider_ids_are_for_owners_and_admins() {
    let app = TestApp::new().await;
    gateway::seed::run(&app.state.services).await.unwrap();
    let query = "{ workspace(slug: \"acme\") {
        plan { tier status creatorLimit }
        billingSubscriptions(first: 5) { totalCount edges { node { status plan providerSubscriptionId price { unitAmount currency } invoices { amount status hostedInvoiceUrl } } } }
        orders(first: 5) { edges { node { status totalAmount currency items { quantity unitPrice discountAmount subtotal product { name } } } } }
        payments(first: 5) { edges { node { status amount gstAmount totalAmount phonepeMerchantTransactionId order { status } } } }
        credits { creditsBalance planCredits transactions(first: 10) { totalCount edges { node { transactionType creditsAmount creditsBalanceAfter } } } }
        usageRecords(first: 3) { edges { node { date tokensUsed costUsd } } }
        monthlyBudget { limitUsd allowsMore }
    } }";
    let demo = app.jwt().mint(
        gateway::seed::ensure_user(&app.state.services.db, gateway::seed::DEMO_EMAIL).await.unwrap().id,
        gateway::seed::DEMO_EMAIL,
        gateway::auth::DEV_TOKEN_TTL,
    );
    let data = app.ok(&demo, query, json!({})).await;
    let ws = &data["workspace"];
    assert_eq!(ws["plan"], json!({ "tier": "growth", "status": "active", "creatorLimit": 25 }));
    let sub = &ws["billingSubscriptions"]["edges"][0]["node"];
    assert_eq!((sub["status"].as_str(), sub["plan"].as_str()), (Some("ACTIVE"), Some("GROWTH")));
    assert!(sub["providerSubscriptionId"].as_str().unwrap().starts_with("sub_demo_"), "{sub}");
    assert_eq!(sub["invoices"][0]["status"], "PAID");
    let order = &ws["orders"]["edges"][0]["node"];
    let items_total: i64 = order["items"].as_array().unwrap().iter().map(|i| i["subtotal"].as_i64().unwrap()).sum();
    assert_eq!(order["totalAmount"].as_i64().unwrap(), items_total, "an order's total equals its items");
    assert_eq!(order["status"], "PAID");
    let payment = &ws["payments"]["edges"][0]["node"];
    assert_eq!(payment["totalAmount"].as_i64().unwrap(), payment["amount"].as_i64().unwrap() + payment["gstAmount"].as_i64().unwrap());
    assert!(payment["phonepeMerchantTransactionId"].is_string());
    let credits = &ws["credits"];
    let sum: i64 = credits["transactions"]["edges"].as_array().unwrap().iter().map(|e| e["node"]["creditsAmount"].as_i64().unwrap()).sum();
    assert_eq!(credits["creditsBalance"].as_i64().unwrap(), sum, "the ledger sums to the balance");

    // Sam, a member of acme, reads the money but not the provider ids.
    let sam_id = gateway::seed::ensure_user(&app.state.services.db, "sam@mosaic.dev").await.unwrap().id;
    let sam = app.jwt().mint(sam_id, "sam@mosaic.dev", gateway::auth::DEV_TOKEN_TTL);
    let data = app.ok(&sam, query, json!({})).await;
    let ws = &data["workspace"];
    assert!(ws["billingSubscriptions"]["edges"][0]["node"]["providerSubscriptionId"].is_null());
    assert!(ws["billingSubscriptions"]["edges"][0]["node"]["invoices"][0]["hostedInvoiceUrl"].is_null());
    assert!(ws["payments"]["edges"][0]["node"]["phonepeMerchantTransactionId"].is_null());
    let answer = app.gql(&sam, "{ workspace(slug: \"acme\") { billingCustomer { stripeCustomerId } } }", json!({})).await;
    assert_eq!(common::codes(&answer), vec!["FORBIDDEN"]);
}

#[tokio::test]
async fn orders_with_their_items_and_products_take_the_same_statements_for_two_or_twenty() {
    let (app, statements) = TestApp::counting().await;
    let ada = app.sign_up("ada@example.com").await;
    app.sql(
        "INSERT INTO products (id, name, type, content_count, time_period, base_price, currency) VALUES
         ('00000000-0000-7000-8000-0000000000a1', 'Social year', 'social', 365, '1 year', 1000, 'usd'),
         ('00000000-0000-7000-8000-0000000000a2', 'Blog quarter', 'blog', 12, '1 quarter', 2000, 'usd')",
    )
    .await;
    let order = "mutation($input: CreateOrderInput!) { createOrder(input: $input) { errors { code } } }";
    let query =
        "query($ws: UUID!) { workspace(id: $ws) { orders(first: 50) { edges { node { id items { quantity product { name } } } } } } }";
    let mut counts = Vec::new();
    for target in [2, 20] {
        while app
            .ok(
                &ada.token,
                "query($ws: UUID!) { workspace(id: $ws) { orders(first: 50) { edges { node { id } } } } }",
                json!({ "ws": ada.workspace_id }),
            )
            .await["workspace"]["orders"]["edges"]
            .as_array()
            .unwrap()
            .len()
            < target
        {
            let items = json!([{ "productId": "00000000-0000-7000-8000-0000000000a1", "quantity": 2 }, { "productId": "00000000-0000-7000-8000-0000000000a2" }]);
            let data = app.ok(&ada.token, order, json!({ "input": { "workspaceId": ada.workspace_id, "items": items } })).await;
            assert_eq!(data["createOrder"]["errors"], json!([]));
        }
        statements.store(0, Ordering::SeqCst);
        let data = app.ok(&ada.token, query, json!({ "ws": ada.workspace_id })).await;
        assert_eq!(data["workspace"]["orders"]["edges"].as_array().unwrap().len(), target);
        counts.push(statements.load(Ordering::SeqCst));
    }
    assert_eq!(counts[0], counts[1], "statements for 2 and 20 orders: {counts:?}");
}
