//! Another workspace's money, by id, everywhere, is answered exactly like a missing one, by the
//! services and by row-level security alone; members write billing's tables only through the
//! documented mutations (the request role writes none of them).

use billing::error::BillingError;
use billing::service::{credits, orders, payments, subscriptions, usage};
use platform::ApiError;
use platform::pagination::PageArgs;
use sea_orm::TransactionTrait;

use crate::support::*;

/// Ada's workspace with one row in every billing table, as the demo makes it.
async fn ada_with_money(t: &platform::testing::TestDatabase) -> (Person, Person) {
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    seed_demo(t, &ada, &bob).await;
    (ada, bob)
}

/// Billing's part of `mosaic seed`, with ada as the demo user and bob as her teammate.
async fn seed_demo(t: &platform::testing::TestDatabase, ada: &Person, bob: &Person) {
    let fakes = fakes(t).await;
    let services = platform::domain::Services {
        db: fakes.backend.db.clone(),
        requests: {
            use platform::db::{API_LOGIN, connect, login_url};
            connect(&login_url(&t.url, API_LOGIN, None), 4).await.unwrap()
        },
        seal: seal(&t.db).await,
        directory: directory(),
        keyring: platform::crypto::Keyring::parse("k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=").unwrap(),
    };
    let demo =
        platform::domain::Demo { user_id: ada.user_id, email: ada.email.clone(), teammate_id: bob.user_id, workspace_id: ada.workspace_id };
    <billing::Billing as platform::domain::Domain>::seed(&services, &demo).await.unwrap();
}

const TABLES: &[&str] = &[
    "customers",
    "subscriptions",
    "subscription_invoices",
    "orders",
    "order_items",
    "payments",
    "user_credits",
    "credit_transactions",
    "usage_records",
    "api_usage_logs",
    "account_usage_stats",
];

#[tokio::test]
async fn the_demo_puts_a_row_in_every_billing_table_and_runs_again_without_doubling() {
    let t = database().await;
    let (ada, bob) = ada_with_money(&t).await;
    for table in TABLES {
        let n = count(&t.db, &format!("SELECT count(*) FROM {table} WHERE workspace_id = $1"), vec![ada.workspace_id.into()]).await;
        assert!(n > 0, "{table} is empty");
    }
    assert!(count(&t.db, "SELECT count(*) FROM webhook_events WHERE workspace_id = $1", vec![ada.workspace_id.into()]).await > 0);
    // The books balance, and the workspace is on the subscription's plan.
    let balance =
        count(&t.db, "SELECT credits_balance::bigint FROM user_credits WHERE workspace_id = $1", vec![ada.workspace_id.into()]).await;
    let ledger =
        count(&t.db, "SELECT sum(credits_amount)::bigint FROM credit_transactions WHERE workspace_id = $1", vec![ada.workspace_id.into()])
            .await;
    assert_eq!(balance, ledger);
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM workspaces WHERE id = $1 AND subscription_tier = 'growth'", vec![ada.workspace_id.into()]).await,
        1
    );
    // Run again: every table keeps its rows, none doubles.
    let counts = |t: &'static str| format!("SELECT count(*) FROM {t}");
    let mut before = Vec::new();
    for table in TABLES.iter().chain(&["webhook_events", "products", "prices", "ai_models"]) {
        before.push((table, count(&t.db, &counts(table), vec![]).await));
    }
    seed_demo(&t, &ada, &bob).await;
    for (table, n) in before {
        assert_eq!(count(&t.db, &counts(table), vec![]).await, n, "{table} changed when the demo ran again");
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM orders WHERE status = 'paid'", vec![]).await, 1);
}

#[tokio::test]
async fn another_workspaces_money_by_id_is_missing_everywhere() {
    let t = database().await;
    let (ada, bob) = ada_with_money(&t).await;
    let fakes = fakes(&t).await;
    let id_of = |table: &'static str| {
        let db = t.db.clone();
        let ws = ada.workspace_id;
        async move {
            let row = sea_orm::ConnectionTrait::query_one_raw(
                &db,
                sea_orm::Statement::from_sql_and_values(
                    sea_orm::DbBackend::Postgres,
                    format!("SELECT id FROM {table} WHERE workspace_id = $1 LIMIT 1"),
                    [ws.into()],
                ),
            )
            .await
            .unwrap()
            .unwrap();
            row.try_get_by_index::<uuid::Uuid>(0).unwrap()
        }
    };
    let (order, payment, sub, invoice) =
        (id_of("orders").await, id_of("payments").await, id_of("subscriptions").await, id_of("subscription_invoices").await);
    for b in [Session::open(&t.db, &bob).await, Session::without_row_security(&t.db, &bob).await] {
        let missing = uuid::Uuid::now_v7();
        for (theirs, none) in [(order, missing), (payment, missing), (sub, missing), (invoice, missing)] {
            for id in [theirs, none] {
                assert!(matches!(orders::get_order(&b, id).await.unwrap_err(), BillingError::OrderNotFound { field: "id" }));
                assert!(matches!(payments::get_payment(&b, id).await.unwrap_err(), BillingError::PaymentNotFound));
                assert!(matches!(
                    subscriptions::get_subscription(&b, id).await.unwrap_err(),
                    BillingError::SubscriptionNotFound { field: "id" }
                ));
                assert!(matches!(subscriptions::get_invoice(&b, id).await.unwrap_err(), BillingError::InvoiceNotFound));
                assert!(matches!(
                    subscriptions::cancel_subscription(&b, &fakes.backend, id, chrono::Utc::now()).await.unwrap_err(),
                    BillingError::SubscriptionNotFound { field: "id" }
                ));
            }
        }
        // Bob's own payment cannot name Ada's order or subscription.
        for (order_id, subscription_id) in [(Some(order), None), (None, Some(sub))] {
            let input = payments::NewPayment { order_id, subscription_id, ..Default::default() };
            let err = payments::create_payment(&b, &fakes.backend, bob.workspace_id, input).await.unwrap_err();
            assert!(matches!(err, BillingError::OrderNotFound { .. } | BillingError::SubscriptionNotFound { .. }), "{err:?}");
        }
        // Ada's workspace itself is missing for Bob, for every list and every write.
        let args = PageArgs::default();
        let refusals = [
            orders::list_orders(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            payments::list_payments(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            subscriptions::list_subscriptions(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            subscriptions::list_invoices(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            subscriptions::get_customer(&b, ada.workspace_id).await.unwrap_err(),
            credits::get_credits(&b, ada.workspace_id).await.unwrap_err(),
            credits::list_transactions(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            usage::list_usage(&b, ada.workspace_id, Default::default(), &args, false).await.unwrap_err(),
            usage::list_stats(&b, ada.workspace_id, &args, false).await.unwrap_err(),
            usage::list_api_calls(&b, ada.workspace_id, None, &args, false).await.unwrap_err(),
            usage::get_budget(&b, ada.workspace_id, chrono::Utc::now()).await.unwrap_err(),
            orders::create_order(&b, &fakes.backend, ada.workspace_id, Default::default()).await.unwrap_err(),
            payments::create_payment(
                &b,
                &fakes.backend,
                ada.workspace_id,
                payments::NewPayment { amount: Some("5".into()), ..Default::default() },
            )
            .await
            .unwrap_err(),
        ];
        for err in refusals {
            assert!(matches!(err, BillingError::Api(ApiError::NotFound("workspace"))), "{err:?}");
        }
        b.commit().await;
    }
}

#[tokio::test]
async fn row_level_security_alone_hides_another_workspaces_money_and_members_write_no_billing_table() {
    let t = database().await;
    let (ada, bob) = ada_with_money(&t).await;
    let scope = |who: &Person| platform::db::DbScope { user_id: Some(who.user_id), ..Default::default() };
    let seal = seal(&t.db).await;
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&bob)).await.unwrap();
    for table in TABLES {
        assert_eq!(scalar_i64(&tx, &format!("SELECT count(*) FROM {table}"), vec![]).await, 0, "{table} as Bob");
    }
    tx.rollback().await.unwrap();
    // Ada, the owner, reads every table of hers; but writes none of them, not even her own rows.
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&ada)).await.unwrap();
    for table in TABLES {
        assert!(scalar_i64(&tx, &format!("SELECT count(*) FROM {table}"), vec![]).await > 0, "{table} as Ada");
    }
    let writes = [
        "UPDATE user_credits SET credits_balance = credits_balance + 1000",
        "INSERT INTO credit_transactions (workspace_id, transaction_type, credits_amount, credits_balance_after) SELECT workspace_id, 'bonus', 5, 5 FROM user_credits",
        "UPDATE orders SET status = 'paid'",
        "UPDATE payments SET status = 'completed'",
        "DELETE FROM subscriptions",
        "UPDATE subscriptions SET plan = 'enterprise'",
        "INSERT INTO usage_records (workspace_id, user_id, date) SELECT workspace_id, user_id, current_date + 1 FROM usage_records LIMIT 1",
        "SELECT count(*) FROM webhook_events",
        "UPDATE workspaces SET subscription_tier = 'enterprise'",
    ];
    for sql in writes {
        let nested = tx.begin().await.unwrap();
        let err = exec(&nested, sql, vec![]).await.unwrap_err();
        assert!(err.to_string().contains("permission denied"), "{sql}: {err}");
        drop(nested);
    }
    tx.rollback().await.unwrap();
    // The same statement as Bob's transaction only claiming to be Ada: the seal no longer holds.
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&bob)).await.unwrap();
    exec(&tx, "SELECT set_config('app.user_id', $1, true)", vec![ada.user_id.to_string().into()]).await.unwrap();
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM credit_transactions", vec![]).await, 0);
    tx.rollback().await.unwrap();
}
