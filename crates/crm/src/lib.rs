//! CRM (seed 004, NextBestMove): leads, actions and their states, daily plans, weekly summaries,
//! content prompts, calendar connections and their sync logs, and each user's streak.
//!
//! The rules live in [`service`], one module per concern, each documenting its rules
//! (transition tables, the plan's sizing and order, how a week is counted); [`graphql`] is the
//! thin layer over them: [`CrmQuery`], [`CrmMutation`], [`CrmSubscription`] and
//! [`CrmWorkspaceFields`] (the CRM's lists on `Workspace`), which the gateway merges. Choices
//! where the seed is silent or does not fit Mosaic:
//! - Everything belongs to a workspace (the tenant) and to its owning user; the seed's per-user
//!   counters on `users` (streak, last action day, calendar connected) are `crm_user_stats`,
//!   one row per (workspace, user).
//! - Days are the user's own (`users.timezone`): streaks, "today" for snoozes and due dates,
//!   and weekly summaries all count in it; maintenance ends a snooze when its day has begun
//!   there.
//! - The seed's cron functions (`auto_unsnooze_items`, `auto_archive_old_actions`, the 90-day
//!   sync log retention) are [`service::maintenance::run_maintenance`]; its
//!   `calculate_user_streak` is [`service::stats::recompute_streak`], run whenever an action
//!   enters or leaves DONE or REPLIED.
//! - Calendar tokens are encrypted with `platform::crypto` and a disconnected calendar keeps
//!   none; the database refuses a token that is not a ciphertext.
//! - Summary texts and post drafts come from a [`service::summaries::SummaryWriter`], rule-based
//!   for now, so that a language model can be plugged in.
//! - Errors are one enum, [`CrmError`], mapped once to the API's codes and input fields;
//!   constraint violations map to the same typed errors as the services' own checks.
//! - The stored streak is only rewritten when an action is completed or reopened, so it goes
//!   stale; what is shown ([`service::stats::user_stats`]) is 0 once the last completion is
//!   before yesterday in the user's time zone.
//! - In the schema an action's `person_id` is its `leadId`. Nested lists (`Lead.actions`,
//!   `DailyPlan.items`, `WeeklySummary.contentPrompts`, `CalendarConnection.syncLogs`) are
//!   plain lists of at most 100 rows read through per-request loaders, one statement per
//!   batch (`row_number()` per parent where a list is bounded); top-level lists are Relay
//!   connections on `Workspace`.

mod demo;
pub mod entity;
pub mod error;
pub mod graphql;
pub mod service;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use platform::ApiError;
use platform::domain::{Demo, Domain, Job, Services};
use uuid::Uuid;

pub use error::CrmError;
pub use graphql::{CrmMutation, CrmQuery, CrmSubscription, CrmWorkspaceFields};

use crate::service::summaries::{RuleBasedWriter, SummaryWriter};

/// The CRM as the gateway sees it.
pub struct Crm;

impl Domain for Crm {
    type Query = CrmQuery;
    type Mutation = CrmMutation;
    type Subscription = CrmSubscription;
    type WorkspaceFields = CrmWorkspaceFields;

    fn workspace_fields(workspace_id: Uuid) -> CrmWorkspaceFields {
        CrmWorkspaceFields::new(workspace_id)
    }

    fn tables() -> &'static [&'static str] {
        &[
            "leads",
            "actions",
            "daily_plans",
            "daily_plan_actions",
            "weekly_summaries",
            "content_prompts",
            "calendar_connections",
            "calendar_sync_logs",
            "crm_user_stats",
        ]
    }

    fn data<Q, M, S>(builder: async_graphql::SchemaBuilder<Q, M, S>, _services: &Services) -> async_graphql::SchemaBuilder<Q, M, S> {
        builder.data(Arc::new(RuleBasedWriter) as Arc<dyn SummaryWriter>)
    }

    fn seed<'a>(services: &'a Services, demo: &'a Demo) -> BoxFuture<'a, Result<(), ApiError>> {
        Box::pin(demo::seed(services, demo))
    }

    fn jobs() -> Vec<Job> {
        vec![Job { name: "crm maintenance", run: maintenance }]
    }
}

/// The seed's cron functions, as a scheduled job (see [`service::maintenance`]).
fn maintenance(services: &Services, now: DateTime<Utc>) -> BoxFuture<'_, Result<String, ApiError>> {
    Box::pin(async move {
        let tx = platform::db::begin_worker(&services.db).await?;
        let report = service::maintenance::run_maintenance(services.directory.as_ref(), &tx, now).await.map_err(ApiError::internal)?;
        tx.commit().await?;
        Ok(format!("{report:?}"))
    })
}
