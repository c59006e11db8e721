//! The shared kernel of Mosaic. Every domain crate depends on this crate and on no other.

pub mod audit;
pub mod batch;
pub mod config;
pub mod context;
pub mod crypto;
pub mod db;
pub mod embedded;
pub mod error;
pub mod events;
pub mod pagination;
pub mod plain;
pub mod rows;
pub mod scalars;
pub mod secret;
#[cfg(feature = "testing")]
pub mod testing;

pub use context::{Credential, Membership, RequestContext, Role, Viewer};
pub use error::{ApiError, ServiceError, UserError, UserErrorCode};
