//! The rules of the CRM: plain async functions taking the request context (or, for the
//! maintenance worker, a connection).
//!
//! Every read starts from a query scoped to the viewer's workspaces (`platform::tenancy`), so
//! another tenant's row is answered exactly like a missing one; every write runs in a savepoint
//! of the request's transaction and records an audit entry (`platform::write`).

pub mod actions;
pub mod calendar;
pub mod leads;
pub mod maintenance;
pub mod plans;
pub mod prompts;
pub mod stats;
pub mod summaries;
pub mod values;
