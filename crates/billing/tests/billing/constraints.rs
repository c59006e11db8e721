//! Every constraint of billing's tables has a typed error, and the ones an input can reach
//! answer as the services' own checks.

use billing::error::BillingError;
use platform::error::Constraints;

use crate::support::*;

/// What a case expects of the error it gets.
type Expected = fn(&BillingError) -> bool;

#[tokio::test]
async fn every_constraint_of_billings_tables_has_a_typed_error() {
    let t = database().await;
    platform::testing::assert_constraints_mapped::<BillingError>(&t.db, <billing::Billing as platform::domain::Domain>::tables()).await;
}

#[tokio::test]
async fn constraints_an_input_can_break_answer_their_fields_and_the_rest_is_internal() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let tx = fakes.backend.begin().await.unwrap();
    use sea_orm::TransactionTrait;
    let cases: [(&str, Expected); 6] = [
        ("INSERT INTO orders (workspace_id, total_amount, idempotency_key) VALUES ($1, 0, '')", |e| {
            matches!(e, BillingError::IdempotencyKeyInvalid { .. })
        }),
        ("INSERT INTO orders (workspace_id, total_amount, business_id) VALUES ($1, 0, uuidv7())", |e| {
            matches!(e, BillingError::BusinessNotFound)
        }),
        ("INSERT INTO payments (workspace_id, amount, total_amount, phonepe_merchant_transaction_id) VALUES ($1, 50, 50, 'MT1')", |e| {
            matches!(e, BillingError::InvalidAmount { field: "amount", .. })
        }),
        ("INSERT INTO user_credits (workspace_id, credits_balance) VALUES ($1, -1)", |e| {
            matches!(e, BillingError::InsufficientCredits { .. })
        }),
        (
            "INSERT INTO orders (workspace_id, total_amount, status) VALUES ($1, 0, 'failed'); UPDATE orders SET status = 'paid' WHERE workspace_id = $1",
            |e| matches!(e, BillingError::InvalidState { field: "status", .. }),
        ),
        (
            "INSERT INTO subscriptions (workspace_id, provider, plan, status, current_period_end) VALUES ($1, 'manual', 'growth', 'bogus', now())",
            |e| matches!(e, BillingError::Api(platform::ApiError::Internal(_))),
        ),
    ];
    for (sql, expected) in cases {
        let nested = tx.begin().await.unwrap();
        let mut result = Ok(0);
        for statement in sql.split("; ") {
            result = exec(&nested, statement, vec![ada.workspace_id.into()]).await;
            if result.is_err() {
                break;
            }
        }
        let err = BillingError::from(result.unwrap_err());
        assert!(expected(&err), "{sql}: {err:?}");
        drop(nested);
    }
    assert!(BillingError::from_constraint("no_such_constraint").is_none());
}
