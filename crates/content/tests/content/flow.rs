//! The content flow: links set both ends in one go, relinking and unlinking clear the old
//! partners, only the seed's next types are allowed, and no chain loops.

use content::ContentError;
use content::entity::ContentItemType;
use content::service::flow::{link_next, unlink_next};
use content::service::item::{ContentRef, FlowRow};
use content::service::{blog_posts, social_posts};

use crate::support::*;

async fn both(
    s: &Session,
    post: uuid::Uuid,
    blog_id: uuid::Uuid,
) -> (content::entity::social_posts::Model, content::entity::blog_posts::Model) {
    (social_posts::get_social_post(s, post).await.unwrap(), blog_posts::get_blog_post(s, blog_id).await.unwrap())
}

#[tokio::test]
async fn a_link_sets_both_ends() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;

    let (item, next) = link_next(&s, social(post.id), blog(article.id)).await.unwrap();
    assert!(matches!(item, FlowRow::SocialPost(_)) && matches!(next, FlowRow::BlogPost(_)));
    let (post, article) = both(&s, post.id, article.id).await;
    assert_eq!((post.next_action_type, post.next_action_id), (Some(ContentItemType::BlogPost), Some(article.id)));
    assert_eq!((article.previous_action_type, article.previous_action_id), (Some(ContentItemType::SocialPost), Some(post.id)));
    s.commit().await;
    // Both ends have their audit entry.
    for id in [post.id, article.id] {
        let entries = audit_of(&t.db, id).await;
        let last = entries.last().unwrap();
        assert_eq!(last.0, "update", "{entries:?}");
    }
}

#[tokio::test]
async fn relinking_clears_the_old_partner() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let other_post = social_post(&s, ws, biz.id, "hello again").await;
    let first = blog_post(&s, ws, biz.id, "First").await;
    let second = blog_post(&s, ws, biz.id, "Second").await;

    link_next(&s, social(post.id), blog(first.id)).await.unwrap();
    link_next(&s, social(post.id), blog(second.id)).await.unwrap();
    let first = blog_posts::get_blog_post(&s, first.id).await.unwrap();
    assert_eq!((first.previous_action_type, first.previous_action_id), (None, None), "the old next item lost its previous");
    let (post_now, second_now) = both(&s, post.id, second.id).await;
    assert_eq!(post_now.next_action_id, Some(second.id));
    assert_eq!(second_now.previous_action_id, Some(post.id));

    // Linking another post to `second` takes it from `post`: an item has one previous item.
    link_next(&s, social(other_post.id), blog(second.id)).await.unwrap();
    let (post_now, second_now) = both(&s, post.id, second.id).await;
    assert_eq!((post_now.next_action_type, post_now.next_action_id), (None, None));
    assert_eq!(second_now.previous_action_id, Some(other_post.id));
}

#[tokio::test]
async fn unlinking_clears_both_ends() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    link_next(&s, social(post.id), blog(article.id)).await.unwrap();

    unlink_next(&s, social(post.id)).await.unwrap();
    let (post, article) = both(&s, post.id, article.id).await;
    assert_eq!((post.next_action_type, post.next_action_id), (None, None));
    assert_eq!((article.previous_action_type, article.previous_action_id), (None, None));
}

#[tokio::test]
async fn only_the_seeds_next_types_are_allowed() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let items = [
        social(social_post(&s, ws, biz.id, "hello").await.id),
        blog(blog_post(&s, ws, biz.id, "Brewing").await.id),
        upgrade_ref(upgrade(&s, ws, biz.id, "Checklist").await.id),
        seq(sequence(&s, ws, biz.id, "Welcome").await.id),
    ];
    let allowed = [
        (ContentItemType::SocialPost, ContentItemType::BlogPost),
        (ContentItemType::SocialPost, ContentItemType::ContentUpgrade),
        (ContentItemType::BlogPost, ContentItemType::ContentUpgrade),
        (ContentItemType::BlogPost, ContentItemType::EmailSequence),
        (ContentItemType::ContentUpgrade, ContentItemType::EmailSequence),
        (ContentItemType::EmailSequence, ContentItemType::BlogPost),
        (ContentItemType::EmailSequence, ContentItemType::ContentUpgrade),
    ];
    for from in items {
        for to in items {
            if from == to {
                continue;
            }
            let result = link_next(&s, from, to).await;
            if allowed.contains(&(from.item_type, to.item_type)) {
                // Linked; undone so that no chain forms between the checks.
                assert!(result.is_ok(), "{from:?} → {to:?}: {result:?}");
                unlink_next(&s, from).await.unwrap();
            } else {
                let err = result.unwrap_err();
                assert!(matches!(err, ContentError::InvalidNext { field: "nextType", .. }), "{from:?} → {to:?}: {err:?}");
            }
        }
    }
}

/// The type is checked before the id: an email (never in the flow) is INVALID on `nextType`
/// whether its id exists, is another workspace's or is made up.
#[tokio::test]
async fn a_type_that_cannot_follow_is_invalid_whatever_the_id() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social(social_post(&s, ws, biz.id, "hello").await.id);
    for id in [uuid::Uuid::now_v7(), uuid::Uuid::nil()] {
        let err = link_next(&s, post, ContentRef::new(ContentItemType::Email, id)).await.unwrap_err();
        assert!(matches!(err, ContentError::InvalidNext { field: "nextType", .. }), "{err:?}");
    }
}

#[tokio::test]
async fn no_chain_loops_back_on_itself() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let magnet = upgrade(&s, ws, biz.id, "Checklist").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    // blog → sequence → upgrade; then upgrade → sequence would close a loop.
    link_next(&s, blog(article.id), seq(welcome.id)).await.unwrap();
    link_next(&s, seq(welcome.id), upgrade_ref(magnet.id)).await.unwrap();
    let err = link_next(&s, upgrade_ref(magnet.id), seq(welcome.id)).await.unwrap_err();
    assert!(matches!(err, ContentError::InvalidState { field: "nextId", .. }), "{err:?}");
    // sequence → blog, with blog → sequence already there, loops as well.
    let err = link_next(&s, seq(welcome.id), blog(article.id)).await.unwrap_err();
    assert!(matches!(err, ContentError::InvalidState { field: "nextId", .. }), "{err:?}");
    // Nothing was written by the refusals.
    let magnet = content::service::content_upgrades::get_content_upgrade(&s, magnet.id).await.unwrap();
    assert_eq!(magnet.next_action_id, None);
    let welcome = content::service::email_sequences::get_email_sequence(&s, welcome.id).await.unwrap();
    assert_eq!(welcome.next_action_id, Some(magnet.id));
}

#[tokio::test]
async fn a_link_to_another_workspaces_item_is_not_found() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ada_biz = business(&s, ada.workspace_id, "Northwind").await;
    let adas_blog = blog_post(&s, ada.workspace_id, ada_biz.id, "Ada's").await;
    s.commit().await;
    // Bob is also a member of Ada's workspace as a viewer: still not a place he links into.
    join(&t.db, &bob, ada.workspace_id, "viewer").await;

    let b = Session::open(&t.db, &bob).await;
    let biz = business(&b, bob.workspace_id, "Bob's").await;
    let post = social_post(&b, bob.workspace_id, biz.id, "hello").await;
    let missing = uuid::Uuid::now_v7();
    for target in [adas_blog.id, missing] {
        let err = link_next(&b, social(post.id), blog(target)).await.unwrap_err();
        assert!(matches!(err, ContentError::NotFound { field: "nextId", .. }), "{err:?}");
    }
    // Ada's item as the one to link from is missing too.
    let err = link_next(&b, blog(adas_blog.id), upgrade_ref(missing)).await.unwrap_err();
    assert!(matches!(err, ContentError::Api(platform::ApiError::Forbidden(_))), "a viewer of the workspace may not write: {err:?}");
    let post = social_posts::get_social_post(&b, post.id).await.unwrap();
    assert_eq!(post.next_action_id, None, "nothing half-written");
}

#[tokio::test]
async fn links_stay_within_one_business() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let one = business(&s, ws, "One").await;
    let two = business(&s, ws, "Two").await;
    let post = social_post(&s, ws, one.id, "hello").await;
    let article = blog_post(&s, ws, two.id, "Elsewhere").await;
    let err = link_next(&s, social(post.id), blog(article.id)).await.unwrap_err();
    assert!(matches!(err, ContentError::InvalidNext { field: "nextId", .. }), "{err:?}");
}

#[tokio::test]
async fn deleting_an_item_clears_the_links_to_it() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let magnet = upgrade(&s, ws, biz.id, "Checklist").await;
    link_next(&s, social(post.id), blog(article.id)).await.unwrap();
    link_next(&s, blog(article.id), ContentRef::new(ContentItemType::ContentUpgrade, magnet.id)).await.unwrap();

    blog_posts::delete_blog_post(&s, article.id).await.unwrap();
    let post = social_posts::get_social_post(&s, post.id).await.unwrap();
    assert_eq!((post.next_action_type, post.next_action_id), (None, None));
    let magnet = content::service::content_upgrades::get_content_upgrade(&s, magnet.id).await.unwrap();
    assert_eq!((magnet.previous_action_type, magnet.previous_action_id), (None, None));
    assert_eq!(scalar_i64(s.db(), "SELECT count(*) FROM content_versions WHERE entity_id = $1", vec![article.id.into()]).await, 0);
}
