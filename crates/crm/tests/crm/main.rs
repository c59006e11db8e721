//! The CRM's rules against a real Postgres: a fresh migrated database per test, users and
//! workspaces made with raw SQL, requests made like the gateway makes them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod actions;
mod calendar;
mod constraints;
mod graphql;
mod leads;
mod plans;
mod rows;
mod summaries;
mod tenancy;
