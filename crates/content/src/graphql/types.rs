//! The fields of the content objects that are not columns: related rows and nested lists, each
//! through a loader (`platform::loader`), so a page of 50 blog posts asking for their versions
//! runs one statement, not 50. The objects themselves are the models (`crate::entity`).

use async_graphql::{ComplexObject, Context, Result, Union};
use platform::loader::{First, by_id, children};
use platform::one_pass::PlainList;

use crate::entity::{
    ContentItemType, blog_posts, businesses, content_bundles, content_upgrades, content_versions, email_sequences, emails,
    esp_integrations, managed_urls, social_posts,
};
use crate::service::blog_posts::BundleBlogPosts;
use crate::service::bundles::BusinessBundles;
use crate::service::content_upgrades::BlogPostUpgrades;
use crate::service::email_sequences::BundleEmailSequences;
use crate::service::emails::SequenceEmails;
use crate::service::item::{ContentRef, FlowRow};
use crate::service::social_posts::BundleSocialPosts;
use crate::service::values::effective_link;
use crate::service::versions::{ItemVersions, VersionsOf};

/// A member of an A/B group: a social post, a blog post or an email.
#[derive(Union, Debug, Clone, PartialEq)]
pub enum AbVariant {
    SocialPost(social_posts::Model),
    BlogPost(blog_posts::Model),
    Email(emails::Model),
}

/// The flow item a pair of flow columns names, through the request's loaders; `None` when
/// unset (or deleted in this request).
async fn flow_item(ctx: &Context<'_>, item: Option<ContentRef>) -> Result<Option<FlowRow>> {
    let Some(item) = item else { return Ok(None) };
    Ok(match item.item_type {
        ContentItemType::SocialPost => by_id::<social_posts::Entity>(ctx, item.id).await?.map(FlowRow::SocialPost),
        ContentItemType::BlogPost => by_id::<blog_posts::Entity>(ctx, item.id).await?.map(FlowRow::BlogPost),
        ContentItemType::ContentUpgrade => by_id::<content_upgrades::Entity>(ctx, item.id).await?.map(FlowRow::ContentUpgrade),
        ContentItemType::EmailSequence => by_id::<email_sequences::Entity>(ctx, item.id).await?.map(FlowRow::EmailSequence),
        ContentItemType::Email => None,
    })
}

async fn business(ctx: &Context<'_>, id: uuid::Uuid) -> Result<businesses::Model> {
    by_id::<businesses::Entity>(ctx, id).await?.ok_or_else(|| platform::ApiError::NotFound("business").into())
}

async fn bundle(ctx: &Context<'_>, id: Option<uuid::Uuid>) -> Result<Option<content_bundles::Model>> {
    match id {
        Some(id) => by_id::<content_bundles::Entity>(ctx, id).await,
        None => Ok(None),
    }
}

async fn versions(ctx: &Context<'_>, item_type: ContentItemType, id: uuid::Uuid, first: i32) -> Result<PlainList<content_versions::Model>> {
    children::<ItemVersions>(ctx, id, First::parse(first)?, VersionsOf(item_type)).await
}

#[ComplexObject]
impl businesses::Model {
    /// The business's content bundles, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn content_bundles(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_bundles::Model>> {
        children::<BusinessBundles>(ctx, self.id, First::parse(first)?, ()).await
    }
}

#[ComplexObject]
impl content_bundles::Model {
    /// The business the bundle is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// The bundle's social posts, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn social_posts(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<social_posts::Model>> {
        children::<BundleSocialPosts>(ctx, self.id, First::parse(first)?, ()).await
    }

    /// The bundle's blog posts, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn blog_posts(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<blog_posts::Model>> {
        children::<BundleBlogPosts>(ctx, self.id, First::parse(first)?, ()).await
    }

    /// The bundle's email sequences, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn email_sequences(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<email_sequences::Model>> {
        children::<BundleEmailSequences>(ctx, self.id, First::parse(first)?, ()).await
    }
}

#[ComplexObject]
impl social_posts::Model {
    /// The business the post is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// The bundle the post belongs to, if any.
    async fn bundle(&self, ctx: &Context<'_>) -> Result<Option<content_bundles::Model>> {
        bundle(ctx, self.bundle_id).await
    }

    /// The next item of the content flow, if any.
    async fn next_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.next_action_type, self.next_action_id)).await
    }

    /// The previous item of the content flow (a social post never has one).
    async fn previous_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.previous_action_type, self.previous_action_id)).await
    }

    /// The post's versions, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn versions(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_versions::Model>> {
        versions(ctx, ContentItemType::SocialPost, self.id, first).await
    }
}

#[ComplexObject]
impl blog_posts::Model {
    /// The business the post is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// The bundle the post belongs to, if any.
    async fn bundle(&self, ctx: &Context<'_>) -> Result<Option<content_bundles::Model>> {
        bundle(ctx, self.bundle_id).await
    }

    /// The content upgrades attached to the post, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn content_upgrades(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_upgrades::Model>> {
        children::<BlogPostUpgrades>(ctx, self.id, First::parse(first)?, ()).await
    }

    /// The next item of the content flow, if any.
    async fn next_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.next_action_type, self.next_action_id)).await
    }

    /// The previous item of the content flow, if any.
    async fn previous_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.previous_action_type, self.previous_action_id)).await
    }

    /// The post's versions, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn versions(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_versions::Model>> {
        versions(ctx, ContentItemType::BlogPost, self.id, first).await
    }
}

#[ComplexObject]
impl content_upgrades::Model {
    /// The business the upgrade is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// The blog post it is attached to, if any.
    async fn blog_post(&self, ctx: &Context<'_>) -> Result<Option<blog_posts::Model>> {
        match self.blog_post_id {
            Some(id) => by_id::<blog_posts::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }

    /// The next item of the content flow, if any.
    async fn next_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.next_action_type, self.next_action_id)).await
    }

    /// The previous item of the content flow, if any.
    async fn previous_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.previous_action_type, self.previous_action_id)).await
    }

    /// The upgrade's versions, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn versions(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_versions::Model>> {
        versions(ctx, ContentItemType::ContentUpgrade, self.id, first).await
    }
}

#[ComplexObject]
impl email_sequences::Model {
    /// The business the sequence is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// The bundle the sequence belongs to, if any.
    async fn bundle(&self, ctx: &Context<'_>) -> Result<Option<content_bundles::Model>> {
        bundle(ctx, self.bundle_id).await
    }

    /// The sequence's emails in order (by position, each original before its variants): at
    /// most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn emails(&self, ctx: &Context<'_>, #[graphql(default = 20)] first: i32) -> Result<PlainList<emails::Model>> {
        children::<SequenceEmails>(ctx, self.id, First::parse(first)?, ()).await
    }

    /// The next item of the content flow, if any.
    async fn next_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.next_action_type, self.next_action_id)).await
    }

    /// The previous item of the content flow, if any.
    async fn previous_item(&self, ctx: &Context<'_>) -> Result<Option<FlowRow>> {
        flow_item(ctx, ContentRef::of(self.previous_action_type, self.previous_action_id)).await
    }

    /// The sequence's versions, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn versions(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_versions::Model>> {
        versions(ctx, ContentItemType::EmailSequence, self.id, first).await
    }
}

#[ComplexObject]
impl emails::Model {
    /// The sequence the email belongs to.
    async fn sequence(&self, ctx: &Context<'_>) -> Result<email_sequences::Model> {
        by_id::<email_sequences::Entity>(ctx, self.sequence_id).await?.ok_or_else(|| platform::ApiError::NotFound("email sequence").into())
    }

    /// The email's versions, oldest first: at most `first` (0 to 100).
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn versions(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<PlainList<content_versions::Model>> {
        versions(ctx, ContentItemType::Email, self.id, first).await
    }
}

#[ComplexObject]
impl esp_integrations::Model {
    /// The business the integration is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }
}

#[ComplexObject]
impl managed_urls::Model {
    /// The business the URL is for.
    async fn business(&self, ctx: &Context<'_>) -> Result<businesses::Model> {
        business(ctx, self.business_id).await
    }

    /// Where `/r/{id}` sends a visitor: the URL with its UTM parameters merged into its query.
    async fn effective_link(&self) -> String {
        effective_link(&self.url, self.utm_params.as_ref())
    }

    /// The tracked link's path on this server, `/r/{id}`.
    async fn redirect_path(&self) -> String {
        format!("/r/{}", self.id)
    }
}
