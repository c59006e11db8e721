//! The content domain's fields on `Workspace`: its lists, Relay connections with a filter and
//! an order.

use async_graphql::{Context, InputObject, Object, Result};
use platform::RequestContext;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use uuid::Uuid;

use crate::entity::{
    ContentBundleStatus, ContentItemType, ContentUpgradeType, EmailSequenceStatus, EspProvider, EspSyncStatus, PublicationStatus,
    SequenceGoal, SocialPlatform, SocialPostStatus, blog_posts, businesses, content_bundles, content_upgrades, email_sequences,
    esp_integrations, managed_urls, social_posts,
};
use crate::service;
use crate::service::item::ContentOrder;
use crate::service::managed_urls::ManagedUrlOrder;

/// The content domain's fields of `Workspace`; the gateway merges them into it.
pub struct ContentWorkspaceFields {
    workspace_id: Uuid,
}

impl ContentWorkspaceFields {
    pub fn new(workspace_id: Uuid) -> Self {
        Self { workspace_id }
    }
}

/// Narrows the business list; omitted fields match every business.
#[derive(InputObject, Default)]
pub struct BusinessFilter {
    /// A case-insensitive part of the name.
    pub search: Option<String>,
    /// Only businesses this user created.
    pub user_id: Option<Uuid>,
}

/// Narrows the content bundle list; omitted fields match every bundle.
#[derive(InputObject, Default)]
pub struct ContentBundleFilter {
    /// Only this business's bundles.
    pub business_id: Option<Uuid>,
    /// Only bundles in one of these statuses.
    pub statuses: Option<Vec<ContentBundleStatus>>,
    /// A case-insensitive part of the name.
    pub search: Option<String>,
}

/// Narrows the social post list; omitted fields match every post.
#[derive(InputObject, Default)]
pub struct SocialPostFilter {
    /// Only this business's posts.
    pub business_id: Option<Uuid>,
    /// Only this bundle's posts.
    pub bundle_id: Option<Uuid>,
    /// Only posts for one of these networks.
    pub platforms: Option<Vec<SocialPlatform>>,
    /// Only posts in one of these statuses.
    pub statuses: Option<Vec<SocialPostStatus>>,
    /// Only the members of this A/B group.
    pub variant_group_id: Option<Uuid>,
    /// A case-insensitive part of the text.
    pub search: Option<String>,
}

/// Narrows the blog post list; omitted fields match every post.
#[derive(InputObject, Default)]
pub struct BlogPostFilter {
    /// Only this business's posts.
    pub business_id: Option<Uuid>,
    /// Only this bundle's posts.
    pub bundle_id: Option<Uuid>,
    /// Only posts in one of these statuses.
    pub statuses: Option<Vec<PublicationStatus>>,
    /// Only the members of this A/B group.
    pub variant_group_id: Option<Uuid>,
    /// A case-insensitive part of the title.
    pub search: Option<String>,
}

/// Narrows the content upgrade list; omitted fields match every upgrade.
#[derive(InputObject, Default)]
pub struct ContentUpgradeFilter {
    /// Only this business's upgrades.
    pub business_id: Option<Uuid>,
    /// Only the upgrades attached to this blog post.
    pub blog_post_id: Option<Uuid>,
    /// Only upgrades of one of these kinds.
    pub types: Option<Vec<ContentUpgradeType>>,
    /// Only upgrades in one of these statuses.
    pub statuses: Option<Vec<PublicationStatus>>,
    /// A case-insensitive part of the title.
    pub search: Option<String>,
}

/// Narrows the email sequence list; omitted fields match every sequence.
#[derive(InputObject, Default)]
pub struct EmailSequenceFilter {
    /// Only this business's sequences.
    pub business_id: Option<Uuid>,
    /// Only this bundle's sequences.
    pub bundle_id: Option<Uuid>,
    /// Only sequences with one of these goals.
    pub goals: Option<Vec<SequenceGoal>>,
    /// Only sequences in one of these statuses.
    pub statuses: Option<Vec<EmailSequenceStatus>>,
    /// A case-insensitive part of the name.
    pub search: Option<String>,
}

/// Narrows the managed URL list; omitted fields match every URL.
#[derive(InputObject, Default)]
pub struct ManagedUrlFilter {
    /// Only this business's URLs.
    pub business_id: Option<Uuid>,
    /// Only URLs in items of this type.
    pub source_type: Option<ContentItemType>,
    /// Only URLs in this item.
    pub source_id: Option<Uuid>,
    /// Only URLs the last check found valid (true) or invalid (false).
    pub is_valid: Option<bool>,
}

/// Narrows the ESP integration list; omitted fields match every integration.
#[derive(InputObject, Default)]
pub struct EspIntegrationFilter {
    /// Only this business's integrations.
    pub business_id: Option<Uuid>,
    /// Only integrations with one of these providers.
    pub providers: Option<Vec<EspProvider>>,
    /// Only integrations whose last sync ended so.
    pub sync_statuses: Option<Vec<EspSyncStatus>>,
}

#[Object]
impl ContentWorkspaceFields {
    /// The workspace's businesses, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn businesses(
        &self,
        ctx: &Context<'_>,
        filter: Option<BusinessFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<businesses::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::businesses::BusinessFilter { name_contains: f.search, user_id: f.user_id };
        let args = PageArgs::new(after, before, first, last);
        let page =
            service::businesses::list_businesses(request, self.workspace_id, filter, order_by.unwrap_or_default(), &args, wants_total(ctx))
                .await?;
        Ok(connection(page))
    }

    /// The workspace's content bundles, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn content_bundles(
        &self,
        ctx: &Context<'_>,
        filter: Option<ContentBundleFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<content_bundles::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::bundles::BundleFilter {
            business_id: f.business_id,
            statuses: f.statuses.unwrap_or_default(),
            name_contains: f.search,
        };
        let args = PageArgs::new(after, before, first, last);
        let page = service::bundles::list_content_bundles(
            request,
            self.workspace_id,
            filter,
            order_by.unwrap_or_default(),
            &args,
            wants_total(ctx),
        )
        .await?;
        Ok(connection(page))
    }

    /// The workspace's social posts, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn social_posts(
        &self,
        ctx: &Context<'_>,
        filter: Option<SocialPostFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<social_posts::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::social_posts::SocialPostFilter {
            business_id: f.business_id,
            bundle_id: f.bundle_id,
            platforms: f.platforms.unwrap_or_default(),
            statuses: f.statuses.unwrap_or_default(),
            variant_group_id: f.variant_group_id,
            content_contains: f.search,
        };
        let args = PageArgs::new(after, before, first, last);
        let page = service::social_posts::list_social_posts(
            request,
            self.workspace_id,
            filter,
            order_by.unwrap_or_default(),
            &args,
            wants_total(ctx),
        )
        .await?;
        Ok(connection(page))
    }

    /// The workspace's blog posts, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn blog_posts(
        &self,
        ctx: &Context<'_>,
        filter: Option<BlogPostFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<blog_posts::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::blog_posts::BlogPostFilter {
            business_id: f.business_id,
            bundle_id: f.bundle_id,
            statuses: f.statuses.unwrap_or_default(),
            variant_group_id: f.variant_group_id,
            title_contains: f.search,
        };
        let args = PageArgs::new(after, before, first, last);
        let page =
            service::blog_posts::list_blog_posts(request, self.workspace_id, filter, order_by.unwrap_or_default(), &args, wants_total(ctx))
                .await?;
        Ok(connection(page))
    }

    /// The workspace's content upgrades, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn content_upgrades(
        &self,
        ctx: &Context<'_>,
        filter: Option<ContentUpgradeFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<content_upgrades::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::content_upgrades::ContentUpgradeFilter {
            business_id: f.business_id,
            blog_post_id: f.blog_post_id,
            types: f.types.unwrap_or_default(),
            statuses: f.statuses.unwrap_or_default(),
            title_contains: f.search,
        };
        let args = PageArgs::new(after, before, first, last);
        let page = service::content_upgrades::list_content_upgrades(
            request,
            self.workspace_id,
            filter,
            order_by.unwrap_or_default(),
            &args,
            wants_total(ctx),
        )
        .await?;
        Ok(connection(page))
    }

    /// The workspace's email sequences, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn email_sequences(
        &self,
        ctx: &Context<'_>,
        filter: Option<EmailSequenceFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<email_sequences::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::email_sequences::EmailSequenceFilter {
            business_id: f.business_id,
            bundle_id: f.bundle_id,
            goals: f.goals.unwrap_or_default(),
            statuses: f.statuses.unwrap_or_default(),
            name_contains: f.search,
        };
        let args = PageArgs::new(after, before, first, last);
        let page = service::email_sequences::list_email_sequences(
            request,
            self.workspace_id,
            filter,
            order_by.unwrap_or_default(),
            &args,
            wants_total(ctx),
        )
        .await?;
        Ok(connection(page))
    }

    /// The workspace's managed URLs, newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn managed_urls(
        &self,
        ctx: &Context<'_>,
        filter: Option<ManagedUrlFilter>,
        order_by: Option<ManagedUrlOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<managed_urls::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::managed_urls::ManagedUrlFilter {
            business_id: f.business_id,
            source_type: f.source_type,
            source_id: f.source_id,
            is_valid: f.is_valid,
        };
        let args = PageArgs::new(after, before, first, last);
        let page = service::managed_urls::list_managed_urls(
            request,
            self.workspace_id,
            filter,
            order_by.unwrap_or_default(),
            &args,
            wants_total(ctx),
        )
        .await?;
        Ok(connection(page))
    }

    /// The workspace's ESP integrations (never their credentials), newest first unless
    /// `orderBy` says otherwise.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn esp_integrations(
        &self,
        ctx: &Context<'_>,
        filter: Option<EspIntegrationFilter>,
        order_by: Option<ContentOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<esp_integrations::Model>> {
        let request = RequestContext::of(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = service::esp::EspFilter {
            business_id: f.business_id,
            providers: f.providers.unwrap_or_default(),
            sync_statuses: f.sync_statuses.unwrap_or_default(),
        };
        let args = PageArgs::new(after, before, first, last);
        let page =
            service::esp::list_esp_integrations(request, self.workspace_id, filter, order_by.unwrap_or_default(), &args, wants_total(ctx))
                .await?;
        Ok(connection(page))
    }
}
