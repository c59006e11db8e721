use async_graphql::{Context, Object, Result};
use platform::RequestContext;
use uuid::Uuid;

use platform::loader::global_by_id;

use super::types::FeatureFlag;
use crate::entity::users;
use crate::service;

/// Identity's root query fields.
#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// A user the viewer can see: themself, or someone who shares a workspace with them.
    async fn user(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<users::Model>> {
        RequestContext::of(ctx)?.viewer()?;
        global_by_id::<users::Entity>(ctx, id).await
    }

    /// Every feature flag with its value for the viewer.
    async fn feature_flags(&self, ctx: &Context<'_>) -> Result<Vec<FeatureFlag>> {
        let request = RequestContext::of(ctx)?;
        let flags = service::flags::for_viewer(request).await?;
        Ok(flags.into_iter().map(|(model, enabled)| FeatureFlag { model, enabled }).collect())
    }
}
