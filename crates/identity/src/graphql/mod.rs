//! Identity's part of the schema: its query and mutation roots, its fields on `Workspace`, and
//! the fields of its objects that are not columns. The objects are the models (`crate::entity`).

mod mutation;
mod query;
mod types;

pub use mutation::IdentityMutation;
pub use query::IdentityQuery;
pub use types::{FeatureFlag, WorkspaceFields};

fn utc(t: sea_orm::prelude::DateTimeWithTimeZone) -> chrono::DateTime<chrono::Utc> {
    t.with_timezone(&chrono::Utc)
}
