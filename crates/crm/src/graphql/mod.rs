//! The CRM's part of the schema: its types, its query, mutation and subscription roots, its
//! loaders and its fields on `Workspace`. Resolvers are thin: they read the context, call a
//! service and map the result; nested fields go through the loaders in [`loaders`], so the
//! number of statements a request runs depends on the query's shape, not on its rows.

mod loaders;
mod mutation;
mod query;
mod subscription;
mod types;
mod workspace;

pub use loaders::{
    LeadActionsKey, LeadActionsLoader, LeadLoader, PlanItemsLoader, SummaryLoader, SummaryPromptsLoader, SyncLogsKey, SyncLogsLoader,
};
pub use mutation::CrmMutation;
pub use query::CrmQuery;
pub use subscription::{ActionChange, CrmChangeOp, CrmSubscription, DailyPlanChange};
pub use types::{
    Action, CalendarConnection, CalendarSyncLog, CalendarSyncOperation, CalendarSyncStatus, ContentPrompt, CrmStats, DailyPlan,
    DailyPlanItem, Lead, MaintenanceReport, WeeklySummary,
};
pub use workspace::{
    ActionFilter, ActionOrder, CalendarConnectionFilter, ContentPromptFilter, CrmWorkspaceFields, DailyPlanFilter, LeadFilter, LeadOrder,
    WeeklySummaryFilter,
};

use crate::error::CrmError;

fn utc(t: sea_orm::prelude::DateTimeWithTimeZone) -> chrono::DateTime<chrono::Utc> {
    t.with_timezone(&chrono::Utc)
}

/// A lookup by id whose miss (or another tenant's row, answered the same) is `null`.
fn found<T>(result: crate::error::Result<T>) -> async_graphql::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(
            CrmError::LeadNotFound { .. }
            | CrmError::ActionNotFound { .. }
            | CrmError::PlanNotFound
            | CrmError::SummaryNotFound { .. }
            | CrmError::PromptNotFound
            | CrmError::ConnectionNotFound,
        ) => Ok(None),
        Err(other) => Err(other.into()),
    }
}
