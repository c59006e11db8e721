//! The shared kernel of Mosaic and its domain kit. Every domain crate depends on this crate and
//! on no other domain; `docs/architecture.md` walks through adding one.
//!
//! What a domain takes from here:
//! - [`object`] on each SeaORM model: the GraphQL object, its one-pass accessors, the SQL that
//!   renders it as JSON, its row decoder and its tenancy, from one field list ([`fields`]);
//! - [`DomainError`] on its error enum, mapped once to the API's codes ([`error`]);
//! - scoped reads ([`tenancy::scoped`]), generic loaders ([`loader`]), writes with their audit
//!   entry ([`write`]), one-pass lists and connections ([`one_pass`], [`pagination`]);
//! - facts about users through the [`directory::Directory`] port, never SQL on identity's tables;
//! - change streams for subscriptions ([`events`]), time zones ([`days`]), texts ([`text`]),
//!   search patterns ([`search`]);
//! - one registration with the gateway ([`domain::Domain`]) and test fixtures (`testing`).

pub mod audit;
pub mod batch;
pub mod billing;
pub mod config;
pub mod context;
pub mod crypto;
pub mod days;
pub mod db;
pub mod directory;
pub mod domain;
pub mod embedded;
pub mod error;
pub mod events;
pub mod fields;
pub mod health;
pub mod loader;
pub mod one_pass;
pub mod order;
pub mod pagination;
pub mod persisted;
pub mod request;
pub mod rows;
pub mod scalars;
pub mod search;
pub mod secret;
pub mod tenancy;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod write;

pub use context::{Credential, RequestContext, Viewer};
pub use error::{ApiError, DomainError, ServiceError, UserError, UserErrorCode};
pub use platform_macros::{DomainError, object};
pub use tenancy::{Membership, Role};
