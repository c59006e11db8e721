//! The content domain's rules against a real Postgres: a fresh migrated database per test,
//! people made with the kit's fixtures, requests made like the gateway makes them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod constraints;
mod emails;
mod flow;
mod integrations;
mod items;
mod tenancy;
mod variants;
mod versions;
