//! Identity: users (the global identity), workspaces (the tenant), members and their roles,
//! API keys, the audit log and feature flags.

pub mod demo;
pub mod directory;
pub mod entity;
pub mod error;
pub mod graphql;
pub mod service;

pub use directory::IdentityDirectory;
pub use error::IdentityError;
pub use graphql::{IdentityMutation, IdentityQuery, WorkspaceFields};

/// Identity's tables (its migrations are the foundation's).
pub const TABLES: &[&str] = &["users", "workspaces", "workspace_members", "api_keys", "audit_logs", "feature_flags"];

/// Identity's global tables, read on every request by user or by key: with Citus, reference
/// tables copied to every node. `audit_logs` is tenant data, distributed by `workspace_id`.
pub const REFERENCE_TABLES: &[&str] = &["users", "workspaces", "workspace_members", "api_keys", "feature_flags"];

/// What the request and worker roles may do to identity's tables (see
/// `platform::domain::Domain::grants`); column grants add the profile's, a workspace's and a
/// key's editable columns to the request role (`migration/src/sql/0002_identity.sql`).
pub fn grants() -> Vec<platform::domain::Grant> {
    use platform::domain::Grant;
    vec![
        Grant { table: "users", app: "SELECT", worker: Grant::ALL },
        Grant { table: "workspaces", app: "SELECT,DELETE", worker: Grant::ALL },
        Grant::read_write("workspace_members"),
        Grant { table: "api_keys", app: "SELECT,INSERT", worker: Grant::ALL },
        Grant { table: "audit_logs", app: "SELECT,INSERT", worker: Grant::ALL },
        Grant::read_write("feature_flags"),
    ]
}
