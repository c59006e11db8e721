//! The CRM's part of the schema: its query, mutation and subscription roots, its fields on
//! `Workspace`, and the fields of its objects that are not columns (`types`). The objects are
//! the models themselves (`crate::entity`). Resolvers are thin: they read the context, call a
//! service and map the result.

mod mutation;
mod query;
mod subscription;
mod types;
mod workspace;

pub use mutation::CrmMutation;
pub use query::CrmQuery;
pub use subscription::{ActionChange, CrmSubscription, DailyPlanChange};
pub use types::MaintenanceReport;
pub use workspace::{
    ActionFilter, ActionOrder, CalendarConnectionFilter, ContentPromptFilter, CrmWorkspaceFields, DailyPlanFilter, LeadFilter, LeadOrder,
    WeeklySummaryFilter,
};
