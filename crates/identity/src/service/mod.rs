//! The rules of identity: plain async functions taking a connection and the viewer.

pub mod api_keys;
pub mod audit;
pub mod flags;
pub mod members;
pub mod users;
pub mod values;
pub mod workspaces;
