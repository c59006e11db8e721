//! Everything that can go wrong in the CRM, each declared once with its payload code, its
//! input field and its message; constraint violations map to the same errors by name
//! ([`Constraints`]), so a statement that breaks a rule answers as the service's own check.

use platform::error::{ApiError, Constraints};
use platform::text::TextError;

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug, platform::DomainError)]
pub enum CrmError {
    #[error(Invalid, field = field, "{field} must be 1 to {max} characters")]
    TextRequired { field: &'static str, max: usize },
    #[error(Invalid, field = field, "{field} must be at most {max} characters")]
    TextTooLong { field: &'static str, max: usize },
    #[error(Invalid, field = "url", "a lead's URL must start with https://, http:// or mailto:")]
    InvalidUrl,
    #[error(NotFound, field = field, "no such lead")]
    LeadNotFound { field: &'static str },
    #[error(NotFound, field = field, "no such action")]
    ActionNotFound { field: &'static str },
    #[error(NotFound, field = "id", "no such daily plan")]
    PlanNotFound,
    #[error(NotFound, field = field, "no such weekly summary")]
    SummaryNotFound { field: &'static str },
    #[error(NotFound, field = "id", "no such content prompt")]
    PromptNotFound,
    #[error(NotFound, field = "id", "no such calendar connection")]
    ConnectionNotFound,
    /// The change is not allowed from the object's current state (a refused transition).
    #[error(InvalidState, field = field, "{message}")]
    InvalidState { field: &'static str, message: String },
    #[error(Required, field = "snoozeUntil", "snoozing needs the date the item comes back")]
    SnoozeDateRequired,
    #[error(Invalid, field = "snoozeUntil", "the snooze date must be after today")]
    SnoozeDateNotInFuture,
    #[error(Invalid, field = "dueDate", "an action cannot be due before the day it was created")]
    DueDateBeforeCreation,
    /// The end of a date range (the named filter field) comes before its start.
    #[error(Invalid, path = ["filter", field], "the end of the date range comes before its start")]
    InvalidDateRange { field: &'static str },
    #[error(Invalid, field = "weekStartDate", "a week starts on a Monday")]
    WeekStartNotMonday,
    #[error(Invalid, field = "weekStartDate", "that week has not started yet")]
    WeekInFuture,
    /// A count that must be between 0 and `max`.
    #[error(Invalid, field = field, "{field} must be between 0 and {max}")]
    InvalidCount { field: &'static str, max: i32 },
    #[error(Invalid, field = "freeMinutes", "free minutes must be between 0 and 1440")]
    InvalidFreeMinutes,
    #[error(AlreadyExists, field = "date", "there is already a plan for that day")]
    PlanAlreadyExists,
    #[error(AlreadyExists, field = "position", "that position of the plan is taken")]
    PlanPositionTaken,
    #[error(AlreadyExists, field = "actionId", "that action is already in the plan")]
    ActionAlreadyInPlan,
    #[error(AlreadyExists, field = "weekStartDate", "there is already a summary for that week")]
    SummaryAlreadyExists,
    #[error(AlreadyExists, field = "provider", "that calendar provider is already connected")]
    ConnectionAlreadyExists,
    #[error(Required, field = "refreshToken", "a calendar connection needs a refresh token")]
    RefreshTokenRequired,
    #[error(Required, field = "errorMessage", "a failed sync needs an error message")]
    ErrorMessageRequired,
    #[error(Invalid, field = "operation", "the sync operation is one of sync, refresh_token or fetch_freebusy")]
    InvalidSyncOperation,
    /// A sync result needs a date with its free minutes, or an error message; `field` is missing.
    #[error(Required, field = field, "give the date and its free minutes, or the error message of a failed sync")]
    IncompleteSyncResult { field: &'static str },
    #[error(Invalid, field = "errorMessage", "give free minutes or an error message, not both")]
    ConflictingSyncResult,
    #[error(api)]
    Api(ApiError),
}

impl From<TextError> for CrmError {
    fn from(e: TextError) -> Self {
        if e.required { Self::TextRequired { field: e.field, max: e.max } } else { Self::TextTooLong { field: e.field, max: e.max } }
    }
}

/// The CRM's constraints by name. `tests/crm/constraints.rs` breaks each one and checks its
/// error; `platform::testing::assert_constraints_mapped` checks that none is missing here.
impl Constraints for CrmError {
    fn from_constraint(name: &str) -> Option<Self> {
        Some(match name {
            "leads_name_length" => Self::TextRequired { field: "name", max: 200 },
            "leads_url_scheme" | "leads_url_length" => Self::InvalidUrl,
            "leads_notes_length" | "actions_notes_length" => Self::TextTooLong { field: "notes", max: 10_000 },
            "leads_snooze_until_when_snoozed" | "actions_snooze_until_when_snoozed" => Self::SnoozeDateRequired,
            "actions_person_fkey" => Self::LeadNotFound { field: "leadId" },
            "actions_due_date_not_before_creation" => Self::DueDateBeforeCreation,
            "actions_completed_at_matches_state" => {
                Self::InvalidState { field: "state", message: "a completed action needs its completion time, an open one has none".into() }
            }
            "actions_description_length" => Self::TextTooLong { field: "description", max: 2000 },
            "daily_plans_user_date_key" => Self::PlanAlreadyExists,
            "daily_plans_free_minutes_range" | "calendar_sync_logs_free_minutes_range" => Self::InvalidFreeMinutes,
            "daily_plan_actions_plan_position_key" | "daily_plan_actions_position_range" | "daily_plan_actions_fast_win_first" => {
                Self::PlanPositionTaken
            }
            "daily_plan_actions_plan_action_key" => Self::ActionAlreadyInPlan,
            "daily_plan_actions_action_fkey" => Self::ActionNotFound { field: "actionId" },
            "daily_plan_actions_plan_fkey" => Self::PlanNotFound,
            "weekly_summaries_user_week_key" => Self::SummaryAlreadyExists,
            "weekly_summaries_week_start_monday" => Self::WeekStartNotMonday,
            "weekly_summaries_days_active_range" => Self::InvalidCount { field: "daysActive", max: 7 },
            "weekly_summaries_counts_non_negative" => Self::InvalidCount { field: "callsBooked", max: i32::MAX },
            "content_prompts_content_length" => Self::TextRequired { field: "content", max: 10_000 },
            "content_prompts_summary_fkey" => Self::SummaryNotFound { field: "weeklySummaryId" },
            "calendar_connections_user_provider_key" => Self::ConnectionAlreadyExists,
            "calendar_connections_token_while_connected" => Self::RefreshTokenRequired,
            "calendar_connections_calendar_id_length" => Self::TextRequired { field: "calendarId", max: 500 },
            "calendar_sync_logs_connection_fkey" => Self::ConnectionNotFound,
            "calendar_sync_logs_operation_check" => Self::InvalidSyncOperation,
            "calendar_sync_logs_error_has_message" => Self::ErrorMessageRequired,
            // No input reaches these: a token about to be stored in plaintext, a sync status or
            // a streak the services themselves set. Breaking one is our bug.
            "calendar_connections_tokens_encrypted" | "calendar_sync_logs_status_check" | "crm_user_stats_streak_non_negative" => {
                Self::Api(ApiError::Internal(format!("constraint {name} violated")))
            }
            // Rows always belong to a workspace and a user that exist; a reference to them
            // fails only when they were deleted during the request.
            name if name.ends_with("_workspace_id_fkey") || name.ends_with("_user_id_fkey") => Self::Api(ApiError::NotFound("workspace")),
            _ => return None,
        })
    }
}

pub type Result<T, E = CrmError> = std::result::Result<T, E>;
