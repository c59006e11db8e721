//! Identity's part of the schema: its types, its query and mutation roots, its loaders and its
//! fields on `Workspace`.

mod loaders;
mod mutation;
mod query;
mod types;

pub use loaders::UserLoader;
pub use mutation::IdentityMutation;
pub use query::IdentityQuery;
pub use types::{ApiKey, AuditLog, FeatureFlag, Member, User, WorkspaceFields};

fn utc(t: sea_orm::prelude::DateTimeWithTimeZone) -> chrono::DateTime<chrono::Utc> {
    t.with_timezone(&chrono::Utc)
}
