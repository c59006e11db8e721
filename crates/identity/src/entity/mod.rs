//! SeaORM models of the identity tables; they follow `migration/src/sql/0002_identity.sql`.

pub mod api_keys;
pub mod audit_logs;
pub mod feature_flags;
pub mod users;
pub mod workspace_members;
pub mod workspaces;
