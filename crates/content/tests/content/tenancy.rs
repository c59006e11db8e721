//! Another tenant's content is answered exactly like a missing one, by the services and by
//! row-level security on its own; viewers read but do not write.

use content::ContentError;
use content::entity::ContentItemType;
use content::service::item::ContentOrder;
use content::service::{blog_posts, bundles, businesses, emails, flow, social_posts, variants, versions};
use platform::ApiError;
use platform::pagination::PageArgs;
use sea_orm::TransactionTrait;

use crate::support::*;

#[tokio::test]
async fn another_workspaces_content_is_answered_as_missing() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    let email = emails::add_email(&s, welcome.id, emails::NewEmail::new("Hi", "hello"), None).await.unwrap();
    s.commit().await;

    for b in [Session::open(&t.db, &bob).await, Session::without_row_security(&t.db, &bob).await] {
        let bobs = business(&b, bob.workspace_id, "Bob's").await;
        let bobs_post = social_post(&b, bob.workspace_id, bobs.id, "mine").await;
        let missing = uuid::Uuid::now_v7();
        for id in [post.id, missing] {
            let answers = [
                social_posts::get_social_post(&b, id).await.unwrap_err(),
                social_posts::update_social_post(
                    &b,
                    id,
                    social_posts::SocialPostChanges { content: Some("mine".into()), ..Default::default() },
                    None,
                )
                .await
                .unwrap_err(),
                social_posts::delete_social_post(&b, id).await.unwrap_err(),
            ];
            for err in answers {
                assert!(matches!(err, ContentError::NotFound { field: "id", .. }), "{err:?}");
            }
            let err = flow::link_next(&b, social(id), blog(article.id)).await.unwrap_err();
            assert!(matches!(err, ContentError::NotFound { field: "id", .. }), "{err:?}");
            let err = variants::declare_winner::<content::entity::social_posts::Entity>(&b, id).await.unwrap_err();
            assert!(matches!(err, ContentError::NotFound { field: "variantGroupId", .. }), "{err:?}");
        }
        for id in [article.id, missing] {
            let err = flow::link_next(&b, social(bobs_post.id), blog(id)).await.unwrap_err();
            assert!(matches!(err, ContentError::NotFound { field: "nextId", .. }), "{err:?}");
            assert!(matches!(blog_posts::get_blog_post(&b, id).await.unwrap_err(), ContentError::NotFound { .. }));
        }
        for id in [email.id, missing] {
            assert!(matches!(emails::move_email(&b, id, 1).await.unwrap_err(), ContentError::NotFound { field: "id", .. }));
            assert!(matches!(emails::remove_email(&b, id).await.unwrap_err(), ContentError::NotFound { field: "id", .. }));
        }
        for id in [welcome.id, missing] {
            let err = emails::add_email(&b, id, emails::NewEmail::new("x", "y"), None).await.unwrap_err();
            assert!(matches!(err, ContentError::NotFound { field: "sequenceId", .. }), "{err:?}");
        }
        for id in [biz.id, missing] {
            assert!(matches!(businesses::get_business(&b, id).await.unwrap_err(), ContentError::NotFound { field: "id", .. }));
            // Bob cannot hang his own content on Ada's business.
            let new = content::service::social_posts::NewSocialPost::new(id, content::entity::SocialPlatform::Linkedin, "x");
            let err = social_posts::create_social_post(&b, bob.workspace_id, new, None).await.unwrap_err();
            assert!(matches!(err, ContentError::NotFound { field: "businessId", .. }), "{err:?}");
        }
        let version = scalar_i64(&t.db, "SELECT count(*) FROM content_versions WHERE entity_id = $1", vec![post.id.into()]).await;
        assert_eq!(version, 1);
        // Ada's workspace itself is missing.
        let err = bundles::list_content_bundles(&b, ws, Default::default(), ContentOrder::default(), &PageArgs::default(), false)
            .await
            .unwrap_err();
        assert!(matches!(err, ContentError::Api(ApiError::NotFound("workspace"))), "{err:?}");
        let err = businesses::create_business(&b, ws, Default::default()).await.unwrap_err();
        assert!(matches!(err, ContentError::Api(ApiError::NotFound("workspace"))), "{err:?}");
        let _ = versions::AI_ACTOR;
        b.commit().await;
    }
    let s = Session::open(&t.db, &ada).await;
    assert_eq!(social_posts::get_social_post(&s, post.id).await.unwrap().content, "hello", "untouched");
    assert_eq!(ContentItemType::SocialPost.allowed_next().len(), 2);
}

#[tokio::test]
async fn row_level_security_alone_hides_another_workspaces_content() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let biz = business(&s, ada.workspace_id, "Northwind").await;
    let post = social_post(&s, ada.workspace_id, biz.id, "hello").await;
    s.commit().await;

    let scope = |who: &Person| platform::db::DbScope { user_id: Some(who.user_id), ..Default::default() };
    let seal = seal(&t.db).await;
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&bob)).await.unwrap();
    for table in content::TABLES {
        assert_eq!(scalar_i64(&tx, &format!("SELECT count(*) FROM {table}"), vec![]).await, 0, "{table}");
    }
    assert_eq!(exec(&tx, "UPDATE social_posts SET content = 'taken' WHERE id = $1", vec![post.id.into()]).await.unwrap(), 0);
    assert_eq!(exec(&tx, "DELETE FROM businesses WHERE id = $1", vec![biz.id.into()]).await.unwrap(), 0);
    let nested = tx.begin().await.unwrap();
    let insert = exec(
        &nested,
        "INSERT INTO businesses (workspace_id, user_id, name, industry, business_type, primary_product, core_offer_description) \
         VALUES ($1, $2, 'x', 'x', 'x', 'x', 'x')",
        vec![ada.workspace_id.into(), bob.user_id.into()],
    )
    .await;
    assert!(insert.unwrap_err().to_string().contains("row-level security"));
    drop(nested);
    tx.rollback().await.unwrap();

    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&ada)).await.unwrap();
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM social_posts", vec![]).await, 1);
    tx.rollback().await.unwrap();
}

#[tokio::test]
async fn a_viewer_reads_the_content_but_cannot_change_it() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let carol = person(&t.db, "carol", "UTC").await;
    join(&t.db, &carol, ada.workspace_id, "viewer").await;
    let s = Session::open(&t.db, &ada).await;
    let biz = business(&s, ada.workspace_id, "Northwind").await;
    let post = social_post(&s, ada.workspace_id, biz.id, "hello").await;
    let article = blog_post(&s, ada.workspace_id, biz.id, "Brewing").await;
    s.commit().await;

    let c = Session::open(&t.db, &carol).await;
    assert_eq!(social_posts::get_social_post(&c, post.id).await.unwrap().id, post.id);
    let refusals = [
        social_posts::update_social_post(&c, post.id, Default::default(), None).await.unwrap_err(),
        flow::link_next(&c, social(post.id), blog(article.id)).await.unwrap_err(),
        businesses::create_business(&c, ada.workspace_id, Default::default()).await.unwrap_err(),
        social_posts::delete_social_post(&c, post.id).await.unwrap_err(),
    ];
    for err in refusals {
        assert!(matches!(err, ContentError::Api(ApiError::Forbidden(_))), "{err:?}");
    }
}
