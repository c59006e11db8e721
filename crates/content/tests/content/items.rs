//! The rules of the items themselves: conversion goals from each type's set with the seed's
//! defaults, calls to action over http(s) only, statuses that need their times, bundles that
//! take their content with them.

use content::ContentError;
use content::entity::{ContentUpgradeType, ConversionGoal, PublicationStatus, SocialPlatform, SocialPostStatus};
use content::service::blog_posts::{BlogPostChanges, NewBlogPost, create_blog_post, update_blog_post};
use content::service::bundles::{NewBundle, create_content_bundle, delete_content_bundle};
use content::service::content_upgrades::{NewContentUpgrade, create_content_upgrade};
use content::service::email_sequences::{NewEmailSequence, create_email_sequence};
use content::service::flow::link_next;
use content::service::social_posts::{NewSocialPost, SocialPostChanges, create_social_post, update_social_post};

use crate::support::*;

#[tokio::test]
async fn conversion_goals_come_from_each_types_set_with_the_seeds_defaults() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    assert_eq!(social_post(&s, ws, biz.id, "x").await.conversion_goal, ConversionGoal::WebsiteVisit);
    assert_eq!(blog_post(&s, ws, biz.id, "x").await.conversion_goal, ConversionGoal::LeadMagnet);
    assert_eq!(upgrade(&s, ws, biz.id, "x").await.conversion_goal, ConversionGoal::EmailSignup);
    assert_eq!(sequence(&s, ws, biz.id, "x").await.conversion_goal, ConversionGoal::Sale);

    let mut post = NewSocialPost::new(biz.id, SocialPlatform::Instagram, "x");
    post.conversion_goal = Some(ConversionGoal::Share);
    assert!(matches!(create_social_post(&s, ws, post, None).await.unwrap_err(), ContentError::InvalidConversionGoal { .. }));
    let mut article = NewBlogPost::new(biz.id, "x", "y");
    article.conversion_goal = Some(ConversionGoal::WebsiteVisit);
    assert!(matches!(create_blog_post(&s, ws, article, None).await.unwrap_err(), ContentError::InvalidConversionGoal { .. }));
    let mut magnet = NewContentUpgrade::new(biz.id, "x");
    magnet.conversion_goal = Some(ConversionGoal::Referral);
    assert!(matches!(create_content_upgrade(&s, ws, magnet, None).await.unwrap_err(), ContentError::InvalidConversionGoal { .. }));
    let mut welcome = NewEmailSequence::new(biz.id, "x");
    welcome.conversion_goal = Some(ConversionGoal::LeadMagnet);
    assert!(matches!(create_email_sequence(&s, ws, welcome, None).await.unwrap_err(), ContentError::InvalidConversionGoal { .. }));
    let mut fine = NewEmailSequence::new(biz.id, "x");
    fine.conversion_goal = Some(ConversionGoal::Testimonial);
    assert_eq!(create_email_sequence(&s, ws, fine, None).await.unwrap().conversion_goal, ConversionGoal::Testimonial);
}

#[tokio::test]
async fn calls_to_action_link_over_http_or_https_only() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    for bad in ["javascript:alert(1)", "ftp://x.io/file", "northwind.example.com", "mailto:a@b.c"] {
        let mut post = NewSocialPost::new(biz.id, SocialPlatform::Linkedin, "x");
        post.cta_url = Some(bad.into());
        let err = create_social_post(&s, ws, post, None).await.unwrap_err();
        assert!(matches!(err, ContentError::InvalidUrl { field: "ctaUrl" }), "{bad}: {err:?}");
    }
    let mut post = NewSocialPost::new(biz.id, SocialPlatform::Linkedin, "x");
    post.cta_url = Some("https://northwind.example.com/shop".into());
    let post = create_social_post(&s, ws, post, None).await.unwrap();
    let err =
        update_social_post(&s, post.id, SocialPostChanges { cta_url: Some(Some("data:text/html,hi".into())), ..Default::default() }, None)
            .await
            .unwrap_err();
    assert!(matches!(err, ContentError::InvalidUrl { field: "ctaUrl" }));
}

#[tokio::test]
async fn statuses_need_their_times() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let mut post = NewSocialPost::new(biz.id, SocialPlatform::Linkedin, "x");
    post.status = Some(SocialPostStatus::Scheduled);
    assert!(matches!(create_social_post(&s, ws, post, None).await.unwrap_err(), ContentError::ScheduledNeedsTime));
    let article = blog_post(&s, ws, biz.id, "x").await;
    let published =
        update_blog_post(&s, article.id, BlogPostChanges { status: Some(PublicationStatus::Published), ..Default::default() }, None)
            .await
            .unwrap();
    assert!(published.published_at.is_some(), "publishing sets the time");
    // An attached upgrade needs its type and content.
    let mut magnet = NewContentUpgrade::new(biz.id, "Checklist");
    magnet.blog_post_id = Some(article.id);
    assert!(matches!(create_content_upgrade(&s, ws, magnet.clone(), None).await.unwrap_err(), ContentError::AttachedUpgradeIncomplete));
    magnet.upgrade_type = Some(ContentUpgradeType::Checklist);
    magnet.content = Some("1. Weigh".into());
    create_content_upgrade(&s, ws, magnet, None).await.unwrap();
}

#[tokio::test]
async fn a_bundle_takes_its_content_with_it() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let bundle = create_content_bundle(
        &s,
        ws,
        NewBundle { business_id: biz.id, name: "Spring".into(), time_period: "Q2 2026".into(), status: None, generation_date: None },
    )
    .await
    .unwrap();
    let mut post = NewSocialPost::new(biz.id, SocialPlatform::Linkedin, "in the bundle");
    post.bundle_id = Some(bundle.id);
    let post = create_social_post(&s, ws, post, None).await.unwrap();
    let outside = blog_post(&s, ws, biz.id, "outside").await;
    link_next(&s, social(post.id), blog(outside.id)).await.unwrap();
    // A post of another business cannot join the bundle.
    let other = business(&s, ws, "Other").await;
    let mut stray = NewSocialPost::new(other.id, SocialPlatform::Linkedin, "stray");
    stray.bundle_id = Some(bundle.id);
    assert!(matches!(create_social_post(&s, ws, stray, None).await.unwrap_err(), ContentError::NotFound { field: "bundleId", .. }));

    delete_content_bundle(&s, bundle.id).await.unwrap();
    assert_eq!(scalar_i64(s.db(), "SELECT count(*) FROM social_posts WHERE id = $1", vec![post.id.into()]).await, 0);
    let outside = content::service::blog_posts::get_blog_post(&s, outside.id).await.unwrap();
    assert_eq!(outside.previous_action_id, None, "the link from the deleted post is cleared");
}
