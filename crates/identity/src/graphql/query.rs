use async_graphql::{Context, Object, Result};
use platform::RequestContext;
use uuid::Uuid;

use super::loaders;
use super::types::{FeatureFlag, User};
use crate::service;

/// Identity's root query fields.
#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// A user the viewer can see: themself, or someone who shares a workspace with them.
    async fn user(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<User>> {
        RequestContext::of(ctx)?.viewer()?;
        Ok(loaders::user(ctx, id).await?.map(User))
    }

    /// Every feature flag with its value for the viewer.
    async fn feature_flags(&self, ctx: &Context<'_>) -> Result<Vec<FeatureFlag>> {
        let request = RequestContext::of(ctx)?;
        let flags = service::flags::for_viewer(request).await?;
        Ok(flags.into_iter().map(|(model, enabled)| FeatureFlag { model, enabled }).collect())
    }
}
