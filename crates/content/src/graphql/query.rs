use async_graphql::{Context, Object, Result};
use platform::RequestContext;
use platform::error::found;
use uuid::Uuid;

use crate::entity::{
    blog_posts, businesses, content_bundles, content_upgrades, content_versions, email_sequences, emails, esp_integrations, managed_urls,
    social_posts,
};
use crate::service;

/// The content domain's root query fields: single objects by id. Another tenant's id is
/// answered exactly like a missing one: `null`.
#[derive(Default)]
pub struct ContentQuery;

#[Object]
impl ContentQuery {
    /// A business by id.
    async fn business(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<businesses::Model>> {
        found(service::businesses::get_business(RequestContext::of(ctx)?, id).await)
    }

    /// A content bundle by id.
    async fn content_bundle(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<content_bundles::Model>> {
        found(service::bundles::get_content_bundle(RequestContext::of(ctx)?, id).await)
    }

    /// A social post by id.
    async fn social_post(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<social_posts::Model>> {
        found(service::social_posts::get_social_post(RequestContext::of(ctx)?, id).await)
    }

    /// A blog post by id.
    async fn blog_post(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<blog_posts::Model>> {
        found(service::blog_posts::get_blog_post(RequestContext::of(ctx)?, id).await)
    }

    /// A content upgrade by id.
    async fn content_upgrade(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<content_upgrades::Model>> {
        found(service::content_upgrades::get_content_upgrade(RequestContext::of(ctx)?, id).await)
    }

    /// An email sequence by id.
    async fn email_sequence(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<email_sequences::Model>> {
        found(service::email_sequences::get_email_sequence(RequestContext::of(ctx)?, id).await)
    }

    /// An email by id.
    async fn email(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<emails::Model>> {
        found(service::emails::get_email(RequestContext::of(ctx)?, id).await)
    }

    /// A content version by id.
    async fn content_version(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<content_versions::Model>> {
        found(service::versions::get_content_version(RequestContext::of(ctx)?, id).await)
    }

    /// An ESP integration by id (never its credentials).
    async fn esp_integration(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<esp_integrations::Model>> {
        found(service::esp::get_esp_integration(RequestContext::of(ctx)?, id).await)
    }

    /// A managed URL by id.
    async fn managed_url(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<managed_urls::Model>> {
        found(service::managed_urls::get_managed_url(RequestContext::of(ctx)?, id).await)
    }
}
