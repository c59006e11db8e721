//! The content domain's demo data for `mosaic seed`, made by the same services the API uses,
//! as the demo user: a business with a bundle; a social post linked to a blog post, the blog
//! post to an attached content upgrade, the upgrade to an email sequence of three emails; an
//! A/B test of the social post with a declared winner; an edited blog post (so it has two
//! versions); a managed URL on the blog post; an ESP integration. Every content table
//! gets rows. Skipped when the workspace already has a business.

use platform::ApiError;
use platform::domain::{Demo, Services};
use platform::secret::Secret;
use platform::tenancy::in_workspace;
use serde_json::json;

use crate::entity::{ContentItemType, ContentUpgradeType, EspProvider, SocialPlatform, businesses, social_posts};
use crate::error::ContentError;
use crate::service::item::ContentRef;
use crate::service::{blog_posts, bundles, businesses as business, content_upgrades, email_sequences, emails, esp, flow, managed_urls};
use crate::service::{social_posts as social, variants};

fn internal(e: ContentError) -> ApiError {
    ApiError::internal(e)
}

pub async fn seed(services: &Services, demo: &Demo) -> Result<(), ApiError> {
    let ws = demo.workspace_id;
    let ctx = services.request_as(demo.user_id, &demo.email).await?;
    let existing = platform::rows::one(ctx.db(), in_workspace::<businesses::Entity>(&ctx, ws).await?).await?;
    if existing.is_some() {
        return Ok(());
    }
    let result: Result<(), ContentError> = async {
        let profile = business::BusinessProfile {
            name: Some("Northwind Coffee Roasters".into()),
            industry: Some("Specialty coffee".into()),
            website: Some("https://northwind.example.com".into()),
            business_type: Some("E-commerce".into()),
            primary_product: Some("Single-origin coffee subscriptions".into()),
            core_offer_description: Some("Freshly roasted single-origin beans, delivered every two weeks.".into()),
            audience_demographics: Some(json!({ "age": "25-45", "location": "North America" })),
            audience_pain_points: Some(vec!["Stale supermarket coffee".into(), "Too many choices".into()]),
            primary_topics: Some(vec!["Brewing".into(), "Origins".into()]),
            tone_of_voice: Some("Warm and expert".into()),
            social_platforms: Some(vec!["instagram".into(), "linkedin".into()]),
            ..Default::default()
        };
        let biz = business::create_business(&ctx, ws, profile).await?;
        let bundle = bundles::create_content_bundle(
            &ctx,
            ws,
            bundles::NewBundle {
                business_id: biz.id,
                name: "Spring launch".into(),
                time_period: "Q2 2026".into(),
                status: None,
                generation_date: None,
            },
        )
        .await?;

        let mut post = social::NewSocialPost::new(biz.id, SocialPlatform::Instagram, "Three brewing mistakes that ruin great beans.");
        post.bundle_id = Some(bundle.id);
        post.hashtags = vec!["coffee".into(), "brewing".into()];
        post.winning_threshold = Some(5);
        post.engagement_metrics = Some(json!({ "likes": 42, "comments": 7, "shares": 3 }));
        post.cta_url = Some("https://northwind.example.com/blog/brewing-mistakes".into());
        let post = social::create_social_post(&ctx, ws, post, None).await?;

        let mut blog =
            blog_posts::NewBlogPost::new(biz.id, "Brewing mistakes, and how to fix them", "Grind size, water temperature and ratio…");
        blog.bundle_id = Some(bundle.id);
        blog.keywords = vec!["brewing".into(), "pour over".into()];
        let blog = blog_posts::create_blog_post(&ctx, ws, blog, None).await?;
        let edit = blog_posts::BlogPostChanges {
            content: Some("Grind size, water temperature, ratio and bloom time…".into()),
            reason: Some("added the bloom".into()),
            ..Default::default()
        };
        blog_posts::update_blog_post(&ctx, blog.id, edit, None).await?;

        let mut upgrade = content_upgrades::NewContentUpgrade::new(biz.id, "The perfect brew checklist");
        upgrade.blog_post_id = Some(blog.id);
        upgrade.upgrade_type = Some(ContentUpgradeType::Checklist);
        upgrade.content = Some("1. Weigh your beans. 2. Grind just before brewing. 3. Bloom for 30 seconds.".into());
        let upgrade = content_upgrades::create_content_upgrade(&ctx, ws, upgrade, None).await?;

        let mut sequence = email_sequences::NewEmailSequence::new(biz.id, "Welcome to better coffee");
        sequence.bundle_id = Some(bundle.id);
        let sequence = email_sequences::create_email_sequence(&ctx, ws, sequence, None).await?;
        for (subject, body, delay) in [
            ("Your checklist is here", "Here is the perfect brew checklist you asked for.", 0),
            ("The grind matters most", "Why grind size changes everything.", 2),
            ("A bag on us", "Your first subscription bag is 20% off.", 4),
        ] {
            let mut email = emails::NewEmail::new(subject, body);
            email.delay_days = Some(delay);
            emails::add_email(&ctx, sequence.id, email, None).await?;
        }

        let r = ContentRef::new;
        flow::link_next(&ctx, r(ContentItemType::SocialPost, post.id), r(ContentItemType::BlogPost, blog.id)).await?;
        flow::link_next(&ctx, r(ContentItemType::BlogPost, blog.id), r(ContentItemType::ContentUpgrade, upgrade.id)).await?;
        flow::link_next(&ctx, r(ContentItemType::ContentUpgrade, upgrade.id), r(ContentItemType::EmailSequence, sequence.id)).await?;

        let texts = json!({ "content": "Your beans deserve better: three brewing mistakes to stop today." });
        let texts = texts.as_object().cloned().unwrap_or_default();
        let variant = variants::create_variant::<social_posts::Entity>(&ctx, post.id, &texts, None).await?;
        let metrics = social::SocialPostChanges { engagement_metrics: Some(json!({ "likes": 20, "comments": 2 })), ..Default::default() };
        social::update_social_post(&ctx, variant.id, metrics, None).await?;
        variants::declare_winner::<social_posts::Entity>(&ctx, post.id).await?;

        managed_urls::create_managed_url(
            &ctx,
            ws,
            managed_urls::NewManagedUrl {
                business_id: biz.id,
                source_type: ContentItemType::BlogPost,
                source_id: blog.id,
                url: "https://northwind.example.com/subscribe".into(),
                utm_params: Some(json!({ "utm_source": "blog", "utm_medium": "cta", "utm_campaign": "spring-launch" })),
            },
        )
        .await?;
        esp::connect_esp_integration(
            &ctx,
            ws,
            &services.keyring,
            esp::ConnectEsp {
                business_id: biz.id,
                provider: EspProvider::Mailchimp,
                credentials: Secret::new(json!({ "api_key": "demo-key-us21" }).to_string()),
                settings: Some(json!({ "list_id": "spring-launch" })),
            },
        )
        .await?;
        Ok(())
    }
    .await;
    result.map_err(internal)?;
    ctx.commit().await
}
