//! The GraphQL layer, served as the gateway serves it: payload errors with codes and paths,
//! provider ids for owners and admins only, staff-only credit and catalogue mutations.

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

const CREATE_PRODUCT: &str = "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id name type contentCount timePeriod basePrice currency volumeDiscounts metadata active provider } errors { code field } } }";
const UPDATE_PRODUCT: &str =
    "mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name basePrice active } errors { code field } } }";
const CREATE_PRICE: &str = "mutation($input: CreatePriceInput!) { createPrice(input: $input) { price { id unitAmount currency type interval trialPeriodDays active } errors { code field } } }";
const UPDATE_PRICE: &str =
    "mutation($input: UpdatePriceInput!) { updatePrice(input: $input) { price { unitAmount type interval } errors { code field } } }";
const CREATE_MODEL: &str = "mutation($input: CreateAiModelInput!) { createAiModel(input: $input) { aiModel { id name provider openrouterId creditCost modelType isActive } errors { code field } } }";
const UPDATE_MODEL: &str =
    "mutation($input: UpdateAiModelInput!) { updateAiModel(input: $input) { aiModel { name creditCost isActive } errors { code field } } }";

#[tokio::test]
async fn staff_write_the_catalogue_and_signed_in_users_read_it() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let sam = person(&t.db, "sam", "UTC").await;
    staff(&t.db, &sam).await;
    let (api, _) = api(&t).await;
    let rows = |sql: &'static str| count(&t.db, sql, vec![]);

    // Not staff: FORBIDDEN, nothing written.
    let bundle = json!({ "input": { "name": "Social month", "type": "SOCIAL", "contentCount": 30, "timePeriod": "1 month", "basePrice": 2_500, "currency": "USD",
        "volumeDiscounts": [{ "min_quantity": 3, "percent_off": 5 }], "metadata": { "tag": "new" } } });
    assert_eq!(codes(&api.request(Some(&ada), CREATE_PRODUCT, bundle.clone()).await), vec!["FORBIDDEN"]);
    let rename = json!({ "input": { "id": SOCIAL_YEAR, "name": "Mine" } });
    assert_eq!(codes(&api.request(Some(&ada), UPDATE_PRODUCT, rename).await), vec!["FORBIDDEN"]);
    let price = json!({ "input": { "productId": SOCIAL_YEAR, "unitAmount": 100, "type": "ONE_TIME" } });
    assert_eq!(codes(&api.request(Some(&ada), CREATE_PRICE, price).await), vec!["FORBIDDEN"]);
    let model = json!({ "input": { "name": "Claude", "provider": "ANTHROPIC", "openrouterId": "anthropic/claude", "creditCost": "1.25", "modelType": "ADVANCED" } });
    assert_eq!(codes(&api.request(Some(&ada), CREATE_MODEL, model.clone()).await), vec!["FORBIDDEN"]);
    let cost = json!({ "input": { "id": "00000000-0000-7000-8000-0000000000c1", "creditCost": "9" } });
    assert_eq!(codes(&api.request(Some(&ada), UPDATE_MODEL, cost).await), vec!["FORBIDDEN"]);
    assert_eq!(rows("SELECT count(*) FROM products").await, 5);
    assert_eq!(rows("SELECT count(*) FROM products WHERE name = 'Social year'").await, 1);
    assert_eq!(rows("SELECT count(*) FROM prices").await, 1);
    assert_eq!(rows("SELECT count(*) FROM ai_models WHERE credit_cost = 0.5 AND openrouter_id = 'openai/gpt-4o-mini'").await, 1);
    assert_eq!(rows("SELECT count(*) FROM ai_models").await, 2);

    // Staff: a content bundle, its price, a model; then changes to each.
    let created = api.ok(&sam, CREATE_PRODUCT, bundle).await["createProduct"].clone();
    assert_eq!(created["errors"], json!([]));
    let product = created["product"].clone();
    let product_id = product["id"].clone();
    assert_eq!(
        product,
        json!({ "id": product_id, "name": "Social month", "type": "SOCIAL", "contentCount": 30, "timePeriod": "1 month", "basePrice": 2_500,
            "currency": "usd", "volumeDiscounts": [{ "min_quantity": 3, "percent_off": 5 }], "metadata": { "tag": "new" }, "active": true, "provider": "INTERNAL" })
    );
    let updated =
        api.ok(&sam, UPDATE_PRODUCT, json!({ "input": { "id": product_id, "name": " Social month+ ", "basePrice": 2_000 } })).await;
    assert_eq!(
        updated["updateProduct"],
        json!({ "product": { "name": "Social month+", "basePrice": 2_000, "active": true }, "errors": [] })
    );

    let price = api
        .ok(&sam, CREATE_PRICE, json!({ "input": { "productId": product_id, "unitAmount": 1_500, "type": "RECURRING", "interval": "MONTH", "trialPeriodDays": 7 } }))
        .await["createPrice"]
        .clone();
    assert_eq!(price["errors"], json!([]));
    let price_id = price["price"]["id"].clone();
    assert_eq!(
        price["price"],
        json!({ "id": price_id, "unitAmount": 1_500, "currency": "usd", "type": "RECURRING", "interval": "MONTH", "trialPeriodDays": 7, "active": true })
    );
    let repriced = api.ok(&sam, UPDATE_PRICE, json!({ "input": { "id": price_id, "unitAmount": 1_200, "type": "ONE_TIME" } })).await;
    assert_eq!(repriced["updatePrice"], json!({ "price": { "unitAmount": 1_200, "type": "ONE_TIME", "interval": null }, "errors": [] }));

    let model = api.ok(&sam, CREATE_MODEL, model).await["createAiModel"].clone();
    assert_eq!(model["errors"], json!([]));
    let model_id = model["aiModel"]["id"].clone();
    assert_eq!(
        model["aiModel"],
        json!({ "id": model_id, "name": "Claude", "provider": "ANTHROPIC", "openrouterId": "anthropic/claude", "creditCost": "1.2500", "modelType": "ADVANCED", "isActive": true })
    );
    let changed = api.ok(&sam, UPDATE_MODEL, json!({ "input": { "id": model_id, "name": "Claude S", "creditCost": "0.75" } })).await;
    assert_eq!(
        changed["updateAiModel"],
        json!({ "aiModel": { "name": "Claude S", "creditCost": "0.7500", "isActive": true }, "errors": [] })
    );
    let unchanged = api.ok(&sam, UPDATE_MODEL, json!({ "input": { "id": model_id } })).await;
    assert_eq!(unchanged["updateAiModel"], changed["updateAiModel"]);

    // A signed-in user who is not staff reads them through the catalogue's queries.
    let read = "query($product: UUID!, $model: UUID!) { product(id: $product) { name basePrice prices { unitAmount type } }
        products(filter: { search: \"social month\" }) { nodes { name } } aiModel(id: $model) { name creditCost } aiModels { nodes { openrouterId } } }";
    let seen = api.ok(&ada, read, json!({ "product": product_id, "model": model_id })).await;
    assert_eq!(
        seen["product"],
        json!({ "name": "Social month+", "basePrice": 2_000, "prices": [{ "unitAmount": 1_200, "type": "ONE_TIME" }] })
    );
    assert_eq!(seen["products"]["nodes"], json!([{ "name": "Social month+" }]));
    assert_eq!(seen["aiModel"], json!({ "name": "Claude S", "creditCost": "0.7500" }));
    assert_eq!(seen["aiModels"]["nodes"], json!([{ "openrouterId": "anthropic/claude" }, { "openrouterId": "openai/gpt-4o-mini" }]));
}

#[tokio::test]
async fn bad_catalogue_inputs_name_their_field_and_providers_products_are_theirs() {
    let t = database().await;
    catalogue(&t.db).await;
    let sam = person(&t.db, "sam", "UTC").await;
    staff(&t.db, &sam).await;
    let (api, _) = api(&t).await;
    let errors = |mutation: &'static str, name: &'static str, input: serde_json::Value| {
        let api = &api;
        let sam = &sam;
        async move {
            let data = api.ok(sam, mutation, json!({ "input": input })).await;
            assert!(data[name].as_object().unwrap().values().next().unwrap().is_null() || data[name]["errors"] != json!([]), "{data}");
            data[name]["errors"].clone()
        }
    };
    let one = |code: &str, field: &str| json!([{ "code": code, "field": ["input", field] }]);

    for (input, field) in [
        (json!({ "name": "  " }), "name"),
        (json!({ "name": "Half a bundle", "type": "SOCIAL", "timePeriod": "1 year", "basePrice": 100 }), "contentCount"),
        (json!({ "name": "Bundle", "type": "BLOG", "contentCount": 0, "timePeriod": "1 year", "basePrice": 100 }), "contentCount"),
        (json!({ "name": "Bundle", "type": "BLOG", "contentCount": 4, "timePeriod": "1 year", "basePrice": -1 }), "basePrice"),
        (json!({ "name": "Pack", "currency": "dollars" }), "currency"),
        (json!({ "name": "Pack", "metadata": [1] }), "metadata"),
        (json!({ "name": "Pack", "volumeDiscounts": [{ "min_quantity": 0, "percent_off": 10 }] }), "volumeDiscounts"),
        (json!({ "name": "Pack", "volumeDiscounts": [{ "min_quantity": 2, "percent_off": 10.001 }] }), "volumeDiscounts"),
        (json!({ "name": "Pack", "volumeDiscounts": { "min_quantity": 2 } }), "volumeDiscounts"),
    ] {
        assert_eq!(errors(CREATE_PRODUCT, "createProduct", input.clone()).await, one("INVALID", field), "{input}");
    }
    let half = json!({ "id": CREDIT_PACK, "type": "EMAIL" });
    assert_eq!(errors(UPDATE_PRODUCT, "updateProduct", half).await, one("INVALID", "contentCount"));
    for (input, field) in [
        (json!({ "productId": CREDIT_PACK, "unitAmount": -1, "type": "ONE_TIME" }), "unitAmount"),
        (json!({ "productId": CREDIT_PACK, "unitAmount": 100, "type": "RECURRING" }), "interval"),
        (json!({ "productId": CREDIT_PACK, "unitAmount": 100, "type": "ONE_TIME", "interval": "YEAR" }), "interval"),
        (json!({ "productId": CREDIT_PACK, "unitAmount": 100, "type": "ONE_TIME", "trialPeriodDays": -1 }), "trialPeriodDays"),
        (json!({ "productId": CREDIT_PACK, "unitAmount": 100, "type": "ONE_TIME", "currency": "us" }), "currency"),
    ] {
        assert_eq!(errors(CREATE_PRICE, "createPrice", input.clone()).await, one("INVALID", field), "{input}");
    }
    let base =
        json!({ "name": "Claude", "provider": "ANTHROPIC", "openrouterId": "anthropic/claude", "creditCost": "1", "modelType": "FAST" });
    for (change, code, field) in [
        (json!({ "creditCost": "0" }), "INVALID", "creditCost"),
        (json!({ "creditCost": "0.00001" }), "INVALID", "creditCost"),
        (json!({ "creditCost": "-1" }), "INVALID", "creditCost"),
        (json!({ "name": "" }), "INVALID", "name"),
        (json!({ "openrouterId": "openai/gpt-4o-mini" }), "ALREADY_EXISTS", "openrouterId"),
    ] {
        let mut input = base.clone();
        input.as_object_mut().unwrap().extend(change.as_object().unwrap().clone());
        assert_eq!(errors(CREATE_MODEL, "createAiModel", input.clone()).await, one(code, field), "{input}");
    }

    // Stripe's product and price are Stripe's.
    let stripe_product = json!({ "id": "00000000-0000-7000-8000-0000000000a4", "name": "Mine now" });
    assert_eq!(errors(UPDATE_PRODUCT, "updateProduct", stripe_product).await, one("INVALID_STATE", "id"));
    let stripe_price = json!({ "id": GROWTH_PRICE, "unitAmount": 1 });
    assert_eq!(errors(UPDATE_PRICE, "updatePrice", stripe_price).await, one("INVALID_STATE", "id"));
    let onto_stripe = json!({ "productId": "00000000-0000-7000-8000-0000000000a4", "unitAmount": 1, "type": "ONE_TIME" });
    assert_eq!(errors(CREATE_PRICE, "createPrice", onto_stripe).await, one("INVALID_STATE", "productId"));

    // Nothing was written.
    assert_eq!(count(&t.db, "SELECT count(*) FROM products", vec![]).await, 5);
    assert_eq!(count(&t.db, "SELECT count(*) FROM products WHERE name = 'Growth' AND type IS NULL", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM prices WHERE unit_amount = 4900", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM prices", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT count(*) FROM ai_models", vec![]).await, 2);
}
