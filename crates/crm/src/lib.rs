//! CRM (seed 004, NextBestMove): leads, actions and their states, daily plans, weekly summaries,
//! content prompts, calendar connections and their sync logs, and each user's streak.
//!
//! The GraphQL layer is not written yet; the rules live in [`service`].

pub mod entity;
pub mod error;
pub mod service;

pub use error::CrmError;
