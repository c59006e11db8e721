//! The GraphQL layer, served as the gateway serves it: payload errors with codes and paths,
//! provider ids for owners and admins only, staff-only credit mutations.

use async_graphql::{EmptySubscription, Schema};
use billing::{BillingMutation, BillingQuery};
use platform::testing::{TestApi, codes};
use serde_json::json;

use crate::support::*;

async fn api(t: &platform::testing::TestDatabase) -> (TestApi<BillingQuery, BillingMutation, EmptySubscription>, Fakes) {
    let fakes = fakes(t).await;
    let builder = Schema::build(BillingQuery, BillingMutation, EmptySubscription);
    let schema = billing::with_backend(builder, fakes.backend.clone()).finish();
    let api = TestApi { api: platform::request::Api::new(schema, t.db.clone(), seal(&t.db).await, directory()) };
    (api, fakes)
}

#[tokio::test]
async fn provider_ids_are_shown_to_owners_and_admins_only() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    join(&t.db, &bob, ada.workspace_id, "member").await;
    let (api, fakes) = api(&t).await;
    let tx = fakes.backend.begin().await.unwrap();
    let now = chrono::Utc::now();
    let input = billing::service::subscriptions::ProviderSubscription {
        provider: billing::entity::BillingProvider::Stripe,
        provider_subscription_id: "sub_secret".into(),
        status: billing::entity::BillingSubscriptionStatus::Active,
        price: None,
        quantity: 1,
        cancel_at_period_end: false,
        current_period_start: now,
        current_period_end: now + chrono::Duration::days(30),
        trial_start: None,
        trial_end: None,
        cancel_at: None,
        canceled_at: None,
        ended_at: None,
        metadata: json!({}),
    };
    let sub = billing::service::subscriptions::upsert(&tx, ada.workspace_id, None, input).await.unwrap();
    tx.commit().await.unwrap();
    let query = "query($id: UUID!) { billingSubscription(id: $id) { status plan providerSubscriptionId } }";
    let owner = api.ok(&ada, query, json!({ "id": sub.id })).await;
    assert_eq!(owner["billingSubscription"], json!({ "status": "ACTIVE", "plan": "STARTER", "providerSubscriptionId": "sub_secret" }));
    let member = api.ok(&bob, query, json!({ "id": sub.id })).await;
    assert_eq!(member["billingSubscription"]["providerSubscriptionId"], json!(null));
    let eve = person(&t.db, "eve", "UTC").await;
    assert_eq!(api.ok(&eve, query, json!({ "id": sub.id })).await["billingSubscription"], json!(null));
}

#[tokio::test]
async fn create_order_answers_payload_errors_at_the_items_path() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let (api, _) = api(&t).await;
    let mutation = "mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { totalAmount currency status items { quantity unitPrice discountAmount subtotal product { name } } } errors { code field } } }";
    let ok = api
        .ok(&ada, mutation, json!({ "input": { "workspaceId": ada.workspace_id, "items": [{ "productId": SOCIAL_YEAR, "quantity": 12 }], "idempotencyKey": "o1" } }))
        .await;
    assert_eq!(
        ok["createOrder"]["order"],
        json!({ "totalAmount": 10_140, "currency": "usd", "status": "PENDING", "items": [{ "quantity": 12, "unitPrice": 1_000, "discountAmount": 1_860, "subtotal": 10_140, "product": { "name": "Social year" } }] })
    );
    let missing = api
        .ok(&ada, mutation, json!({ "input": { "workspaceId": ada.workspace_id, "items": [{ "productId": SOCIAL_YEAR }, { "productId": uuid::Uuid::now_v7() }] } }))
        .await;
    assert_eq!(
        missing["createOrder"],
        json!({ "order": null, "errors": [{ "code": "NOT_FOUND", "field": ["input", "items", "1", "productId"] }] })
    );
}

#[tokio::test]
async fn credit_mutations_are_for_staff_and_a_short_balance_is_limit_exceeded() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let sam = person(&t.db, "sam", "UTC").await;
    staff(&t.db, &sam).await;
    let (api, _) = api(&t).await;
    let grant = "mutation($input: GrantCreditsInput!) { grantCredits(input: $input) { creditTransaction { creditsAmount creditsBalanceAfter transactionType } replayed errors { code field } } }";
    let deduct = "mutation($input: DeductCreditsInput!) { deductCredits(input: $input) { creditTransaction { creditsBalanceAfter } errors { code field } } }";
    let input = json!({ "input": { "workspaceId": ada.workspace_id, "amount": 50, "type": "BONUS", "idempotencyKey": "g1" } });
    assert_eq!(codes(&api.request(Some(&ada), grant, input.clone()).await), vec!["FORBIDDEN"]);
    let first = api.ok(&sam, grant, input.clone()).await;
    assert_eq!(
        first["grantCredits"],
        json!({ "creditTransaction": { "creditsAmount": 50, "creditsBalanceAfter": 50, "transactionType": "BONUS" }, "replayed": false, "errors": [] })
    );
    assert_eq!(api.ok(&sam, grant, input).await["grantCredits"]["replayed"], json!(true));
    let short = api.ok(&sam, deduct, json!({ "input": { "workspaceId": ada.workspace_id, "amount": 51, "idempotencyKey": "d1" } })).await;
    assert_eq!(
        short["deductCredits"],
        json!({ "creditTransaction": null, "errors": [{ "code": "LIMIT_EXCEEDED", "field": ["input", "amount"] }] })
    );
    let deduction =
        api.ok(&sam, deduct, json!({ "input": { "workspaceId": ada.workspace_id, "amount": 50, "idempotencyKey": "d2" } })).await;
    assert_eq!(deduction["deductCredits"]["creditTransaction"]["creditsBalanceAfter"], json!(0));
    let not_a_grant = api
        .ok(&sam, grant, json!({ "input": { "workspaceId": ada.workspace_id, "amount": 5, "type": "DEDUCTION", "idempotencyKey": "g2" } }))
        .await;
    assert_eq!(not_a_grant["grantCredits"]["errors"][0]["code"], json!("INVALID"));
}
