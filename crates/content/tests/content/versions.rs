//! Versions: every edit of a text writes the next version, concurrent edits get distinct
//! numbers, restoring writes a new version, and the history is append-only for requests.

use content::entity::{ContentItemType, content_versions};
use content::service::blog_posts::{BlogPostChanges, update_blog_post};
use content::service::social_posts::{SocialPostChanges, update_social_post};
use content::service::versions::{AI_ACTOR, restore_content_version};
use platform::audit::Provenance;
use platform::tenancy::in_workspace;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::json;

use crate::support::*;

async fn versions(s: &Session, ws: uuid::Uuid, id: uuid::Uuid) -> Vec<content_versions::Model> {
    let select = in_workspace::<content_versions::Entity>(s, ws)
        .await
        .unwrap()
        .filter(content_versions::Column::EntityId.eq(id))
        .order_by_asc(content_versions::Column::VersionNumber);
    platform::rows::all(s.db(), select).await.unwrap()
}

#[tokio::test]
async fn every_edit_of_a_text_writes_the_next_version() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let changes = BlogPostChanges {
        content: Some("A better body.".into()),
        performance_metrics: Some(json!({ "clicks": 12 })),
        reason: Some("tightened the intro".into()),
        ..Default::default()
    };
    update_blog_post(&s, article.id, changes, None).await.unwrap();
    // A change of something else than the texts writes no version.
    update_blog_post(&s, article.id, BlogPostChanges { keywords: Some(vec!["coffee".into()]), ..Default::default() }, None).await.unwrap();

    let history = versions(&s, ws, article.id).await;
    assert_eq!(history.iter().map(|v| v.version_number).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(history[0].reason.as_deref(), Some("created"));
    assert_eq!(history[1].entity_type, ContentItemType::BlogPost);
    assert_eq!(history[1].reason.as_deref(), Some("tightened the intro"));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&history[1].content).unwrap(),
        json!({ "title": "Brewing", "content": "A better body." })
    );
    assert_eq!(history[1].performance_snapshot, Some(json!({ "clicks": 12 })), "the metrics at that moment");
    assert_eq!(history[1].created_by, ada.user_id);
}

#[tokio::test]
async fn two_concurrent_edits_get_distinct_version_numbers() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let biz = business(&s, ada.workspace_id, "Northwind").await;
    let post = social_post(&s, ada.workspace_id, biz.id, "v1").await;
    s.commit().await;

    let mut edits = Vec::new();
    for n in 0..4 {
        let db = t.db.clone();
        let ada = ada.clone();
        edits.push(tokio::spawn(async move {
            let s = Session::open(&db, &ada).await;
            let change = SocialPostChanges { content: Some(format!("edit {n}")), ..Default::default() };
            update_social_post(&s, post.id, change, None).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            s.commit().await;
        }));
    }
    for edit in edits {
        edit.await.unwrap();
    }
    let s = Session::open(&t.db, &ada).await;
    let numbers: Vec<i32> = versions(&s, ada.workspace_id, post.id).await.iter().map(|v| v.version_number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn restoring_a_version_writes_a_new_one() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "the original").await;
    update_social_post(&s, post.id, SocialPostChanges { content: Some("a rewrite".into()), ..Default::default() }, None).await.unwrap();
    let first = versions(&s, ws, post.id).await.remove(0);

    let restored = restore_content_version(&s, first.id, None).await.unwrap();
    assert_eq!(restored.version_number, 3);
    assert_eq!(restored.reason.as_deref(), Some("restored version 1"));
    let post = content::service::social_posts::get_social_post(&s, post.id).await.unwrap();
    assert_eq!(post.content, "the original");
}

#[tokio::test]
async fn an_ai_workers_change_is_recorded_with_its_model_and_prompt() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let ai = Provenance { model: "gpt-4o".into(), prompt: Some("make it punchier".into()) };
    update_social_post(&s, post.id, SocialPostChanges { content: Some("HELLO!".into()), ..Default::default() }, Some(&ai)).await.unwrap();
    let history = versions(&s, ws, post.id).await;
    assert_eq!(history[1].created_by, AI_ACTOR);
    assert_eq!(history[1].user_id, ada.user_id);
    s.commit().await;
    let entries = audit_of(&t.db, post.id).await;
    let last = entries.last().unwrap();
    assert_eq!((last.0.as_str(), last.2, last.3.as_deref()), ("update", true, Some("gpt-4o")));
    assert_eq!(last.1["content"]["to"], "HELLO!");
    let prompt =
        scalar_i64(&t.db, "SELECT count(*) FROM audit_logs WHERE entity_id = $1 AND ai_prompt = 'make it punchier'", vec![post.id.into()])
            .await;
    assert_eq!(prompt, 1);
    assert_eq!(entries[0].0, "create", "the creation is audited too");
}

#[tokio::test]
async fn requests_cannot_rewrite_the_history() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let biz = business(&s, ada.workspace_id, "Northwind").await;
    social_post(&s, ada.workspace_id, biz.id, "hello").await;
    let nested = s.db().begin().await.unwrap();
    let err = exec(&nested, "UPDATE content_versions SET content = 'rewritten'", vec![]).await.unwrap_err();
    assert!(err.to_string().contains("permission denied"), "{err}");
}
