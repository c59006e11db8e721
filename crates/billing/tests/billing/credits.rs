//! The credit ledger: never below zero, one row a change, summing to the balance, exactly once
//! per idempotency key, under any concurrency.

use billing::entity::CreditTransactionType;
use billing::error::BillingError;
use billing::ports::Ports;
use billing::service::credits::{self, Grant, LedgerEntry};
use platform::billing::{Caller, CreditLedger, Deduction, Spend};
use proptest::prelude::*;
use serde_json::json;

use crate::support::*;

async fn grant(fakes: &Fakes, workspace: uuid::Uuid, credits: i64, key: &str) {
    let tx = fakes.backend.begin().await.unwrap();
    let entry =
        credits::grant_entry(None, Grant { kind: CreditTransactionType::Bonus, credits, reason: None, idempotency_key: key.into() })
            .unwrap();
    credits::apply(&tx, workspace, entry).await.unwrap();
    tx.commit().await.unwrap();
}

/// (balance, Σ ledger, ledger rows, last balance_after) of a workspace.
async fn books(db: &sea_orm::DatabaseConnection, workspace: uuid::Uuid) -> (i64, i64, i64, i64) {
    (
        count(db, "SELECT coalesce(max(credits_balance), 0)::bigint FROM user_credits WHERE workspace_id = $1", vec![workspace.into()]).await,
        count(db, "SELECT coalesce(sum(credits_amount), 0)::bigint FROM credit_transactions WHERE workspace_id = $1", vec![workspace.into()]).await,
        count(db, "SELECT count(*) FROM credit_transactions WHERE workspace_id = $1", vec![workspace.into()]).await,
        count(db, "SELECT coalesce((SELECT credits_balance_after FROM credit_transactions WHERE workspace_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1), 0)::bigint", vec![workspace.into()]).await,
    )
}

fn deduction(credits: i64, key: String) -> Deduction {
    Deduction { spend: Spend::Credits(credits), reason: None, metadata: json!({}), idempotency_key: key }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_concurrent_one_credit_deductions_on_five_hundred_leave_zero() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    grant(&fakes, ada.workspace_id, 500, "start").await;
    let ports = std::sync::Arc::new(Ports { backend: fakes.backend.clone() });
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..1_000 {
        let ports = std::sync::Arc::clone(&ports);
        let workspace = ada.workspace_id;
        tasks.spawn(async move { ports.deduct(Caller::System, workspace, deduction(1, format!("call-{n}"))).await });
    }
    let (mut ok, mut short) = (0, 0);
    while let Some(done) = tasks.join_next().await {
        match done.unwrap() {
            Ok(change) => {
                assert_eq!(change.credits, -1);
                ok += 1;
            }
            Err(platform::ApiError::LimitExceeded(_)) => short += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((ok, short), (500, 500));
    let (balance, sum, rows, last) = books(&t.db, ada.workspace_id).await;
    assert_eq!((balance, sum, rows, last), (0, 0, 501, 0), "balance, Σ ledger, rows, last balance_after");
}

#[tokio::test]
async fn a_short_balance_refuses_with_limit_exceeded_and_writes_nothing() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    grant(&fakes, ada.workspace_id, 10, "start").await;
    let ports = Ports { backend: fakes.backend.clone() };
    let err = ports.deduct(Caller::System, ada.workspace_id, deduction(11, "big".into())).await.unwrap_err();
    assert!(matches!(err, platform::ApiError::LimitExceeded(_)), "{err:?}");
    assert_eq!(books(&t.db, ada.workspace_id).await, (10, 10, 1, 10));
    // The same key may be tried again once the balance allows it.
    grant(&fakes, ada.workspace_id, 5, "more").await;
    let change = ports.deduct(Caller::System, ada.workspace_id, deduction(11, "big".into())).await.unwrap();
    assert_eq!((change.balance_after, change.replayed), (4, false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_idempotency_key_changes_the_balance_once_and_answers_the_same() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    grant(&fakes, ada.workspace_id, 100, "start").await;
    let ports = std::sync::Arc::new(Ports { backend: fakes.backend.clone() });
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let ports = std::sync::Arc::clone(&ports);
        let workspace = ada.workspace_id;
        tasks.spawn(async move { ports.deduct(Caller::System, workspace, deduction(7, "once".into())).await.unwrap() });
    }
    let mut answers = Vec::new();
    while let Some(done) = tasks.join_next().await {
        answers.push(done.unwrap());
    }
    assert!(answers.iter().all(|a| a.transaction_id == answers[0].transaction_id && a.balance_after == 93));
    assert_eq!(answers.iter().filter(|a| !a.replayed).count(), 1);
    assert_eq!(books(&t.db, ada.workspace_id).await, (93, 93, 2, 93));
    // The key with another amount is refused, and changes nothing.
    let tx = fakes.backend.begin().await.unwrap();
    let entry = LedgerEntry {
        kind: CreditTransactionType::Deduction,
        credits: -8,
        user_id: None,
        reason: None,
        metadata: json!({}),
        idempotency_key: Some("once".into()),
    };
    assert!(matches!(credits::apply(&tx, ada.workspace_id, entry).await.unwrap_err(), BillingError::IdempotencyKeyReused { .. }));
}

#[tokio::test]
async fn an_ai_call_costs_its_models_credit_cost_rounded_up_and_an_inactive_model_is_invalid() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    grant(&fakes, ada.workspace_id, 100, "start").await;
    let ports = Ports { backend: fakes.backend.clone() };
    // 0.5 credits a call: 3 calls cost ceil(1.5) = 2.
    let spend = Spend::ModelCalls { openrouter_id: "openai/gpt-4o-mini".into(), calls: 3 };
    let change = ports
        .deduct(
            Caller::System,
            ada.workspace_id,
            Deduction { spend, reason: None, metadata: json!({ "conversation_id": "c1" }), idempotency_key: "ai".into() },
        )
        .await
        .unwrap();
    assert_eq!((change.credits, change.balance_after), (-2, 98));
    let meta = count(&t.db, "SELECT count(*) FROM credit_transactions WHERE metadata @> '{\"model\": \"openai/gpt-4o-mini\", \"calls_count\": 3, \"conversation_id\": \"c1\"}'", vec![]).await;
    assert_eq!(meta, 1);
    for model in ["openai/old", "nobody/nothing"] {
        let spend = Spend::ModelCalls { openrouter_id: model.into(), calls: 1 };
        let err = ports
            .deduct(Caller::System, ada.workspace_id, Deduction { spend, reason: None, metadata: json!({}), idempotency_key: model.into() })
            .await
            .unwrap_err();
        assert!(matches!(err, platform::ApiError::BadUserInput(_)), "{err:?}");
    }
    assert_eq!(books(&t.db, ada.workspace_id).await, (98, 98, 2, 98));
}

#[tokio::test]
async fn the_monthly_reset_sets_the_balance_to_the_plan_credits_once() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    grant(&fakes, ada.workspace_id, 740, "start").await;
    exec(
        &t.db,
        "UPDATE user_credits SET plan_credits = 1000, next_reset_at = '2026-01-01T00:00:00Z' WHERE workspace_id = $1",
        vec![ada.workspace_id.into()],
    )
    .await
    .unwrap();
    let now = "2026-03-15T12:00:00Z".parse().unwrap();
    assert_eq!(credits::reset_due(&fakes.backend, now).await.unwrap(), 1);
    assert_eq!(credits::reset_due(&fakes.backend, now).await.unwrap(), 0, "a second run changes nothing");
    assert_eq!(books(&t.db, ada.workspace_id).await, (1000, 1000, 2, 1000));
    let next = count(
        &t.db,
        "SELECT extract(epoch FROM next_reset_at)::bigint FROM user_credits WHERE workspace_id = $1",
        vec![ada.workspace_id.into()],
    )
    .await;
    assert_eq!(next, chrono::DateTime::parse_from_rfc3339("2026-04-01T00:00:00Z").unwrap().timestamp(), "a month past now, no rollover");
}

#[derive(Debug, Clone)]
enum Op {
    Grant(i64),
    Deduct(i64),
    Refund(i64),
    Replay,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![(1i64..200).prop_map(Op::Grant), (1i64..300).prop_map(Op::Deduct), (1i64..50).prop_map(Op::Refund), Just(Op::Replay)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random grants, deductions, refunds and replayed keys: after every step the ledger sums to
    /// the balance, the balance equals a model of the rules, and it is never negative.
    #[test]
    fn random_grants_deductions_and_refunds_keep_the_ledger_equal_to_the_balance(ops in proptest::collection::vec(op(), 1..25)) {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let t = database().await;
            let ada = person(&t.db, "ada", "UTC").await;
            let fakes = fakes(&t).await;
            let mut model: i64 = 0;
            let mut last_key: Option<(String, CreditTransactionType, i64)> = None;
            for (n, op) in ops.into_iter().enumerate() {
                let (kind, credits, key) = match op {
                    Op::Grant(c) => (CreditTransactionType::Purchase, c, format!("k{n}")),
                    Op::Deduct(c) => (CreditTransactionType::Deduction, -c, format!("k{n}")),
                    Op::Refund(c) => (CreditTransactionType::Refund, c, format!("k{n}")),
                    Op::Replay => match last_key.clone() {
                        Some((key, kind, credits)) => (kind, credits, key),
                        None => continue,
                    },
                };
                let tx = fakes.backend.begin().await.unwrap();
                let entry = LedgerEntry { kind, credits, user_id: None, reason: None, metadata: json!({}), idempotency_key: Some(key.clone()) };
                match credits::apply(&tx, ada.workspace_id, entry).await {
                    Ok(applied) => {
                        tx.commit().await.unwrap();
                        if !applied.replayed {
                            model += credits;
                        }
                        last_key = Some((key, kind, credits));
                    }
                    Err(BillingError::InsufficientCredits { .. }) => {
                        assert!(model + credits < 0, "refused a deduction the balance covered");
                    }
                    Err(other) => panic!("unexpected {other:?}"),
                }
                let (balance, sum, _, last) = books(&t.db, ada.workspace_id).await;
                assert!(balance >= 0);
                assert_eq!((balance, sum), (model, model));
                if model > 0 { assert_eq!(last, model); }
            }
        });
    }
}
