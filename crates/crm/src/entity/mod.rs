//! SeaORM models of the CRM tables; they follow `migration/src/sql/0003_crm.sql`.

pub mod actions;
mod by_position;
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
    ActionState, ActionType, CalendarConnectionStatus, CalendarProvider, CapacityLevel, ContentPromptStatus, ContentPromptType, LeadStatus,
};
