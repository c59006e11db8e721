//! A/B testing: variants share a group, `declare_winner` needs the group's threshold, and a
//! group has exactly one winner, in the service and in the database.

use content::ContentError;
use content::entity::{emails as email_rows, social_posts as posts};
use content::service::emails::{NewEmail, add_email};
use content::service::social_posts::{SocialPostChanges, get_social_post, update_social_post};
use content::service::variants::{create_variant, declare_winner};
use serde_json::{Map, Value, json};

use crate::support::*;

fn texts(value: Value) -> Map<String, Value> {
    value.as_object().cloned().unwrap()
}

async fn metrics(s: &Session, id: uuid::Uuid, value: Value) {
    update_social_post(s, id, SocialPostChanges { engagement_metrics: Some(value), ..Default::default() }, None).await.unwrap();
}

/// An original with a threshold and a variant; answers (original, variant).
async fn group(s: &Session, ws: uuid::Uuid, threshold: Option<i32>) -> (posts::Model, posts::Model) {
    let biz = business(s, ws, "Northwind").await;
    let original = social_post(s, ws, biz.id, "Version A").await;
    if let Some(t) = threshold {
        update_social_post(s, original.id, SocialPostChanges { winning_threshold: Some(Some(t)), ..Default::default() }, None)
            .await
            .unwrap();
    }
    let variant = create_variant::<posts::Entity>(s, original.id, &texts(json!({ "content": "Version B" })), None).await.unwrap();
    (get_social_post(s, original.id).await.unwrap(), variant)
}

#[tokio::test]
async fn variants_share_their_originals_group() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let (original, variant) = group(&s, ada.workspace_id, Some(5)).await;
    assert_eq!(original.variant_group_id, Some(original.id));
    assert!(!original.is_variant);
    assert_eq!((variant.variant_group_id, variant.is_variant, variant.content.as_str()), (Some(original.id), true, "Version B"));
    // A variant of the variant joins the same group.
    let third = create_variant::<posts::Entity>(&s, variant.id, &texts(json!({ "content": "Version C" })), None).await.unwrap();
    assert_eq!(third.variant_group_id, Some(original.id));
}

#[tokio::test]
async fn declare_winner_needs_the_threshold() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let (original, variant) = group(&s, ada.workspace_id, Some(10)).await;
    // Engagement: likes + comments + shares + saves + clicks. 30 against 25: a lead of 5 < 10.
    metrics(&s, original.id, json!({ "likes": 20, "comments": 10 })).await;
    metrics(&s, variant.id, json!({ "likes": 20, "shares": 5 })).await;
    let err = declare_winner::<posts::Entity>(&s, original.id).await.unwrap_err();
    assert!(matches!(err, ContentError::InvalidState { field: "variantGroupId", .. }), "{err:?}");
    assert_eq!(get_social_post(&s, original.id).await.unwrap().is_winner, None, "nothing changes");
    // 30 against 40: the variant leads by exactly the threshold, and wins.
    metrics(&s, variant.id, json!({ "likes": 30, "clicks": 10 })).await;
    let members = declare_winner::<posts::Entity>(&s, original.id).await.unwrap();
    assert_eq!(members[0].id, variant.id, "the winner comes first");
    assert_eq!(get_social_post(&s, variant.id).await.unwrap().is_winner, Some(true));
    assert_eq!(get_social_post(&s, original.id).await.unwrap().is_winner, Some(false));
}

#[tokio::test]
async fn a_group_without_a_threshold_a_runner_up_or_a_single_leader_has_no_winner() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let (original, variant) = group(&s, ada.workspace_id, None).await;
    metrics(&s, variant.id, json!({ "likes": 100 })).await;
    let err = declare_winner::<posts::Entity>(&s, original.id).await.unwrap_err();
    assert!(matches!(&err, ContentError::InvalidState { message, .. } if message.contains("threshold")), "null is not zero: {err:?}");
    // A tie at the top, threshold 0.
    update_social_post(&s, original.id, SocialPostChanges { winning_threshold: Some(Some(0)), ..Default::default() }, None).await.unwrap();
    metrics(&s, original.id, json!({ "likes": 100 })).await;
    let err = declare_winner::<posts::Entity>(&s, original.id).await.unwrap_err();
    assert!(matches!(&err, ContentError::InvalidState { message, .. } if message.contains("tied")), "{err:?}");
    // A group of one.
    let biz = business(&s, ada.workspace_id, "Solo").await;
    let alone = social_post(&s, ada.workspace_id, biz.id, "alone").await;
    let err = declare_winner::<posts::Entity>(&s, alone.id).await.unwrap_err();
    assert!(matches!(err, ContentError::NotFound { field: "variantGroupId", .. }), "not in a group: {err:?}");
}

#[tokio::test]
async fn exactly_one_winner_per_group() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let (original, variant) = group(&s, ada.workspace_id, Some(1)).await;
    metrics(&s, original.id, json!({ "likes": 10 })).await;
    declare_winner::<posts::Entity>(&s, original.id).await.unwrap();
    // The scores move: declaring again moves the win, and only one member holds it.
    metrics(&s, variant.id, json!({ "likes": 50 })).await;
    declare_winner::<posts::Entity>(&s, original.id).await.unwrap();
    let winners =
        scalar_i64(s.db(), "SELECT count(*) FROM social_posts WHERE variant_group_id = $1 AND is_winner", vec![original.id.into()]).await;
    assert_eq!(winners, 1);
    assert_eq!(get_social_post(&s, variant.id).await.unwrap().is_winner, Some(true));
    s.commit().await;
    // The database refuses a second winner on its own.
    let worker = platform::db::begin_worker(&t.db).await.unwrap();
    let err = exec(&worker, "UPDATE social_posts SET is_winner = true WHERE id = $1", vec![original.id.into()]).await.unwrap_err();
    assert!(matches!(ContentError::from(err), ContentError::GroupHasWinner));
}

#[tokio::test]
async fn an_email_variant_shares_its_originals_position() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    add_email(&s, welcome.id, NewEmail::new("One", "first"), None).await.unwrap();
    let two = add_email(&s, welcome.id, NewEmail::new("Two", "second"), None).await.unwrap();
    let texts = texts(json!({ "subjectLine": "Two, again", "content": "second, shorter" }));
    let variant = create_variant::<email_rows::Entity>(&s, two.id, &texts, None).await.unwrap();
    assert_eq!((variant.sequence_id, variant.sequence_position, variant.is_variant), (welcome.id, 2, true));
    let welcome = content::service::email_sequences::get_email_sequence(&s, welcome.id).await.unwrap();
    assert_eq!(welcome.total_emails, 2, "a variant is not a position");
}
