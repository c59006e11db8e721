//! The rules of the content domain: plain async functions taking the request context (or, for
//! the link-check job and the redirect, a connection). `docs/content.md` lists every choice
//! the seed left open.
//!
//! Every read starts from a query scoped to the viewer's workspaces (`platform::tenancy`), so
//! another tenant's row is answered exactly like a missing one; every write runs in a savepoint
//! of the request's transaction and records an audit entry (`platform::write`), with the AI
//! worker's model and prompt when one made the change.

pub mod blog_posts;
pub mod bundles;
pub mod businesses;
pub mod content_upgrades;
pub mod email_sequences;
pub mod emails;
pub mod esp;
pub mod flow;
pub mod item;
pub mod managed_urls;
pub mod social_posts;
pub mod values;
pub mod variants;
pub mod versions;
