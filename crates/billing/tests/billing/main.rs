//! Billing's rules against a real Postgres: a fresh migrated database per test, people and
//! workspaces made with SQL, requests made like the gateway makes them, the webhooks driven
//! through their HTTP routes, providers faked (no test touches the network).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod constraints;
mod credits;
mod graphql;
mod orders;
mod subscriptions;
mod tenancy;
mod usage;
mod webhooks;
