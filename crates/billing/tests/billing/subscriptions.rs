//! Subscriptions: the merged status set mapped onto the workspace's plan in the same
//! transaction, cancel at period end and resume, the end of a canceled period.

use billing::entity::{BillingProvider, BillingSubscriptionStatus as S, prices};
use billing::error::BillingError;
use billing::service::subscriptions::{self, ProviderSubscription};
use chrono::{Duration, Utc};
use sea_orm::EntityTrait;

use crate::support::*;

fn sub(id: &str, status: S, price: Option<prices::Model>) -> ProviderSubscription {
    let now = Utc::now();
    ProviderSubscription {
        provider: BillingProvider::Stripe,
        provider_subscription_id: id.into(),
        status,
        price,
        quantity: 1,
        cancel_at_period_end: false,
        current_period_start: now - Duration::days(1),
        current_period_end: now + Duration::days(29),
        trial_start: None,
        trial_end: None,
        cancel_at: None,
        canceled_at: None,
        ended_at: None,
        metadata: serde_json::json!({}),
    }
}

async fn plan(t: &platform::testing::TestDatabase, workspace: uuid::Uuid) -> (String, String, i64) {
    let row = sea_orm::ConnectionTrait::query_one_raw(
        &t.db,
        sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT subscription_tier, subscription_status, creator_limit::bigint FROM workspaces WHERE id = $1",
            [workspace.into()],
        ),
    )
    .await
    .unwrap()
    .unwrap();
    (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap(), row.try_get_by_index(2).unwrap())
}

#[tokio::test]
async fn every_status_maps_onto_the_workspaces_plan_in_the_same_transaction() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let price = prices::Entity::find_by_id(GROWTH_PRICE).one(&t.db).await.unwrap();
    // (status, workspace tier, workspace status, creator limit): live statuses keep the plan.
    let map = [
        (S::Trialing, "growth", "trialing", 25),
        (S::Active, "growth", "active", 25),
        (S::PastDue, "growth", "past_due", 25),
        (S::Unpaid, "free", "past_due", 5),
        (S::Paused, "free", "past_due", 5),
        (S::Incomplete, "free", "active", 5),
        (S::IncompleteExpired, "free", "active", 5),
        (S::Canceled, "free", "cancelled", 5),
    ];
    for (status, tier, workspace_status, creators) in map {
        let tx = fakes.backend.begin().await.unwrap();
        let saved = subscriptions::upsert(&tx, ada.workspace_id, None, sub("sub_1", status, price.clone())).await.unwrap();
        // Inside the change's own transaction, the plan has followed already.
        let inside = scalar_i64(&tx, "SELECT creator_limit::bigint FROM workspaces WHERE id = $1", vec![ada.workspace_id.into()]).await;
        assert_eq!(inside, creators, "{status:?} in the same transaction");
        tx.commit().await.unwrap();
        assert_eq!(plan(&t, ada.workspace_id).await, (tier.to_owned(), workspace_status.to_owned(), creators), "{status:?}");
        assert_eq!(saved.ended_at.is_some(), status == S::Canceled);
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions", vec![]).await, 1);
    // A new plan subscription takes the gate; the old one keeps its row.
    let tx = fakes.backend.begin().await.unwrap();
    subscriptions::upsert(&tx, ada.workspace_id, None, sub("sub_2", S::Active, price.clone())).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(count(&t.db, "SELECT count(*) FROM subscriptions WHERE gates_plan", vec![]).await, 1);
    assert_eq!(plan(&t, ada.workspace_id).await.0, "growth");
}

#[tokio::test]
async fn cancel_keeps_the_status_until_the_period_ends_and_resume_takes_it_back() {
    let t = database().await;
    catalogue(&t.db).await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    join(&t.db, &bob, ada.workspace_id, "member").await;
    let fakes = fakes(&t).await;
    let price = prices::Entity::find_by_id(GROWTH_PRICE).one(&t.db).await.unwrap();
    let tx = fakes.backend.begin().await.unwrap();
    let row = subscriptions::upsert(&tx, ada.workspace_id, None, sub("sub_1", S::Active, price)).await.unwrap();
    tx.commit().await.unwrap();
    let now = Utc::now();

    let b = Session::open(&t.db, &bob).await;
    let err = subscriptions::cancel_subscription(&b, &fakes.backend, row.id, now).await.unwrap_err();
    assert!(matches!(err, BillingError::Api(platform::ApiError::Forbidden(_))), "members do not cancel: {err:?}");

    let s = Session::open(&t.db, &ada).await;
    let canceled = subscriptions::cancel_subscription(&s, &fakes.backend, row.id, now).await.unwrap();
    assert!(canceled.cancel_at_period_end && canceled.status == S::Active && canceled.canceled_at.is_some());
    assert_eq!(*fakes.stripe.cancellations.lock().unwrap(), vec![("sub_1".to_owned(), true)]);
    assert!(matches!(
        subscriptions::cancel_subscription(&s, &fakes.backend, row.id, now).await.unwrap_err(),
        BillingError::InvalidState { .. }
    ));
    let resumed = subscriptions::resume_subscription(&s, &fakes.backend, row.id, now).await.unwrap();
    assert!(!resumed.cancel_at_period_end && resumed.canceled_at.is_none());
    // Canceled again, then the period ends: CANCELED, ended at the period's end, free plan.
    subscriptions::cancel_subscription(&s, &fakes.backend, row.id, now).await.unwrap();
    assert_eq!(subscriptions::end_due(&fakes.backend, now).await.unwrap(), 0, "not before the period ends");
    assert_eq!(subscriptions::end_due(&fakes.backend, now + Duration::days(30)).await.unwrap(), 1);
    assert_eq!(plan(&t, ada.workspace_id).await, ("free".to_owned(), "cancelled".to_owned(), 5));
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM subscriptions WHERE status = 'canceled' AND ended_at = current_period_end", vec![]).await,
        1
    );
    // Refused by Stripe: a payload error, nothing changed.
    let tx = fakes.backend.begin().await.unwrap();
    let other = subscriptions::upsert(&tx, ada.workspace_id, None, sub("sub_gone", S::Active, None)).await.unwrap();
    tx.commit().await.unwrap();
    fakes.stripe.unknown.lock().unwrap().push("sub_gone".into());
    let err = subscriptions::cancel_subscription(&s, &fakes.backend, other.id, now).await.unwrap_err();
    assert!(matches!(err, BillingError::ProviderRefused { provider: "Stripe", .. }), "{err:?}");
    assert_eq!(
        count(&t.db, "SELECT count(*) FROM subscriptions WHERE provider_subscription_id = 'sub_gone' AND NOT cancel_at_period_end", vec![])
            .await,
        1
    );
}
