//! The content domain's part of the schema: its query, mutation and subscription roots, its
//! fields on `Workspace`, and the fields of its objects that are not columns (`types`). The
//! objects are the models themselves (`crate::entity`); the `ContentItem` union is
//! `crate::service::item::FlowRow`. Resolvers are thin: they read the context, call a service
//! and map the result.

mod mutation;
mod query;
mod subscription;
mod types;
mod workspace;

pub use mutation::ContentMutation;
pub use query::ContentQuery;
pub use subscription::{ContentChange, ContentSubscription};
pub use types::AbVariant;
pub use workspace::ContentWorkspaceFields;
