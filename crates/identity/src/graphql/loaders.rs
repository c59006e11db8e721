use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use platform::ApiError;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

use crate::entity::users;

/// Users by id, one `id IN (…)` query per batch.
pub struct UserLoader(pub Arc<DatabaseTransaction>);

impl Loader<Uuid> for UserLoader {
    type Value = users::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = crate::service::users::by_ids(self.0.as_ref(), keys).await.map_err(|e| Arc::new(ApiError::internal(e)))?;
        Ok(rows.into_iter().map(|u| (u.id, u)).collect())
    }
}

pub(crate) async fn user(ctx: &async_graphql::Context<'_>, id: Uuid) -> async_graphql::Result<Option<users::Model>> {
    let request = platform::RequestContext::of(ctx)?;
    let loader = request.loader(UserLoader);
    loader.load_one(id).await.map_err(|e| ApiError::internal(e).into())
}
