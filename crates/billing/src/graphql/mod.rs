//! Billing's part of the schema: its query, mutation and subscription roots, its fields on
//! `Workspace`, and the fields of its objects that are not columns (`types`). The objects are
//! the models themselves (`crate::entity`). Resolvers are thin: they read the context, call a
//! service and map the result.

mod mutation;
mod query;
mod subscription;
mod types;
mod workspace;

pub use mutation::BillingMutation;
pub use query::BillingQuery;
pub use subscription::{BillingSubscriptionRoot, OrderChange};
pub use types::MonthlyBudget;
pub use workspace::BillingWorkspaceFields;

use platform::ApiError;

use crate::service::Backend;

/// What billing's resolvers run with, from the schema's data.
fn backend<'a>(ctx: &'a async_graphql::Context<'_>) -> Result<&'a Backend, ApiError> {
    ctx.data::<Backend>().map_err(|_| ApiError::Internal("billing's backend missing".into()))
}
