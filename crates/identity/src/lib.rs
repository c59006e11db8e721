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
