//! The CRM's tables: each model is also its GraphQL object (`#[platform::object]`), following
//! `migration/src/sql/0003_crm.sql` and `0004_kit.sql`.

pub mod actions;
pub mod calendar_connections;
pub mod calendar_sync_logs;
pub mod content_prompts;
pub mod crm_user_stats;
pub mod daily_plan_actions;
pub mod daily_plans;
pub mod enums;
pub mod leads;
pub mod weekly_summaries;

pub use enums::{
    ActionState, ActionType, CalendarConnectionStatus, CalendarProvider, CalendarSyncOperation, CalendarSyncStatus, CapacityLevel,
    ContentPromptStatus, ContentPromptType, LeadStatus,
};
