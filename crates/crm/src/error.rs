//! Everything that can go wrong in the CRM, mapped once to the API's codes.
//!
//! Database constraint violations are mapped here too, by constraint name ([`CrmError::from_db`]),
//! so a `?` on a statement that breaks a rule gives the same typed error the service's own check
//! would have given.

use platform::error::{ApiError, ServiceError, UserError, UserErrorCode, check_violation, unique_violation};

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug)]
pub enum CrmError {
    /// A text is blank (when required) or longer than `max` characters.
    InvalidText {
        field: &'static str,
        max: usize,
        required: bool,
    },
    /// A lead's URL is not an https://, http:// or mailto: link.
    InvalidUrl,
    LeadNotFound {
        field: &'static str,
    },
    ActionNotFound {
        field: &'static str,
    },
    PlanNotFound,
    SummaryNotFound {
        field: &'static str,
    },
    PromptNotFound,
    ConnectionNotFound,
    /// The change is not allowed from the object's current state (a refused transition).
    InvalidState {
        field: &'static str,
        message: String,
    },
    /// Snoozing needs the day the item comes back.
    SnoozeDateRequired,
    /// A snooze must end after today.
    SnoozeDateNotInFuture,
    /// An action cannot be due before the day it was created.
    DueDateBeforeCreation,
    /// The end of a date range (the named filter field) comes before its start.
    InvalidDateRange(&'static str),
    WeekStartNotMonday,
    WeekInFuture,
    /// A count that must be between 0 and `max`.
    InvalidCount {
        field: &'static str,
        max: i32,
    },
    InvalidFreeMinutes,
    PlanAlreadyExists,
    PlanPositionTaken,
    ActionAlreadyInPlan,
    SummaryAlreadyExists,
    ConnectionAlreadyExists,
    /// A connected calendar needs its refresh token.
    RefreshTokenRequired,
    ErrorMessageRequired,
    InvalidSyncOperation,
    /// A sync result needs a date with its free minutes, or an error message; `field` is missing.
    IncompleteSyncResult {
        field: &'static str,
    },
    /// A sync result gave free minutes and an error message at once.
    ConflictingSyncResult,
    Api(ApiError),
}

impl CrmError {
    /// A sentence for people.
    pub fn message(&self) -> String {
        match self {
            Self::InvalidText { field, max, required: true } => format!("{field} must be 1 to {max} characters"),
            Self::InvalidText { field, max, required: false } => format!("{field} must be at most {max} characters"),
            Self::InvalidUrl => "a lead's URL must start with https://, http:// or mailto:".into(),
            Self::LeadNotFound { .. } => "no such lead".into(),
            Self::ActionNotFound { .. } => "no such action".into(),
            Self::PlanNotFound => "no such daily plan".into(),
            Self::SummaryNotFound { .. } => "no such weekly summary".into(),
            Self::PromptNotFound => "no such content prompt".into(),
            Self::ConnectionNotFound => "no such calendar connection".into(),
            Self::InvalidState { message, .. } => message.clone(),
            Self::SnoozeDateRequired => "snoozing needs the date the item comes back".into(),
            Self::SnoozeDateNotInFuture => "the snooze date must be after today".into(),
            Self::DueDateBeforeCreation => "an action cannot be due before the day it was created".into(),
            Self::InvalidDateRange(_) => "the end of the date range comes before its start".into(),
            Self::WeekStartNotMonday => "a week starts on a Monday".into(),
            Self::WeekInFuture => "that week has not started yet".into(),
            Self::InvalidCount { field, max } => format!("{field} must be between 0 and {max}"),
            Self::InvalidFreeMinutes => "free minutes must be between 0 and 1440".into(),
            Self::PlanAlreadyExists => "there is already a plan for that day".into(),
            Self::PlanPositionTaken => "that position of the plan is taken".into(),
            Self::ActionAlreadyInPlan => "that action is already in the plan".into(),
            Self::SummaryAlreadyExists => "there is already a summary for that week".into(),
            Self::ConnectionAlreadyExists => "that calendar provider is already connected".into(),
            Self::RefreshTokenRequired => "a calendar connection needs a refresh token".into(),
            Self::ErrorMessageRequired => "a failed sync needs an error message".into(),
            Self::InvalidSyncOperation => "the sync operation is one of sync, refresh_token or fetch_freebusy".into(),
            Self::IncompleteSyncResult { .. } => "give the date and its free minutes, or the error message of a failed sync".into(),
            Self::ConflictingSyncResult => "give free minutes or an error message, not both".into(),
            Self::Api(api) => api.message(),
        }
    }

    /// Maps a failed statement to the rule it broke, by constraint name. Violations of
    /// constraints no input can reach (and every other database error) are internal.
    pub fn from_db(error: sea_orm::DbErr) -> Self {
        let constraint = unique_violation(&error).or_else(|| check_violation(&error)).or_else(|| foreign_key_violation(&error));
        let Some(name) = constraint else {
            return Self::Api(error.into());
        };
        match name.as_str() {
            "leads_name_length" => Self::InvalidText { field: "name", max: 200, required: true },
            "leads_url_scheme" | "leads_url_length" => Self::InvalidUrl,
            "leads_notes_length" | "actions_notes_length" => Self::InvalidText { field: "notes", max: 10_000, required: false },
            "leads_snooze_until_when_snoozed" | "actions_snooze_until_when_snoozed" => Self::SnoozeDateRequired,
            "actions_person_fkey" => Self::LeadNotFound { field: "leadId" },
            "actions_due_date_not_before_creation" => Self::DueDateBeforeCreation,
            "actions_completed_at_matches_state" => {
                Self::InvalidState { field: "state", message: "a completed action needs its completion time, an open one has none".into() }
            }
            "actions_description_length" => Self::InvalidText { field: "description", max: 2000, required: false },
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
            "content_prompts_content_length" => Self::InvalidText { field: "content", max: 10_000, required: true },
            "content_prompts_summary_fkey" => Self::SummaryNotFound { field: "weeklySummaryId" },
            "calendar_connections_user_provider_key" => Self::ConnectionAlreadyExists,
            "calendar_connections_token_while_connected" => Self::RefreshTokenRequired,
            "calendar_connections_calendar_id_length" => Self::InvalidText { field: "calendarId", max: 500, required: true },
            "calendar_sync_logs_connection_fkey" => Self::ConnectionNotFound,
            "calendar_sync_logs_operation_check" => Self::InvalidSyncOperation,
            "calendar_sync_logs_error_has_message" => Self::ErrorMessageRequired,
            // calendar_connections_tokens_encrypted (a token about to be stored in plaintext),
            // calendar_sync_logs_status_check, crm_user_stats_streak_non_negative: our bugs.
            other => Self::Api(ApiError::Internal(format!("constraint {other} violated: {error}"))),
        }
    }
}

/// The name of the foreign key a statement violated (SQLSTATE 23503).
fn foreign_key_violation(error: &sea_orm::DbErr) -> Option<String> {
    let sqlx_error = match error {
        sea_orm::DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) | sea_orm::DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e)) => e,
        _ => return None,
    };
    let db = sqlx_error.as_database_error()?;
    if db.code().as_deref() != Some("23503") {
        return None;
    }
    let pg = db.try_downcast_ref::<sea_orm::sqlx::postgres::PgDatabaseError>()?;
    pg.constraint().map(str::to_string)
}

impl From<ApiError> for CrmError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl From<sea_orm::DbErr> for CrmError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::from_db(error)
    }
}

impl From<CrmError> for ServiceError {
    fn from(error: CrmError) -> Self {
        use CrmError as E;
        use UserErrorCode as C;
        let message = error.message();
        let (code, field): (C, &[&str]) = match &error {
            E::InvalidText { field, .. } | E::InvalidCount { field, .. } => return user(C::Invalid, field, message),
            E::LeadNotFound { field } | E::ActionNotFound { field } | E::SummaryNotFound { field } => {
                return user(C::NotFound, field, message);
            }
            E::IncompleteSyncResult { field } => return user(C::Required, field, message),
            E::InvalidState { field, .. } => return user(C::InvalidState, field, message),
            E::InvalidUrl => (C::Invalid, &["url"]),
            E::PlanNotFound | E::PromptNotFound | E::ConnectionNotFound => (C::NotFound, &["id"]),
            E::SnoozeDateRequired => (C::Required, &["snoozeUntil"]),
            E::SnoozeDateNotInFuture => (C::Invalid, &["snoozeUntil"]),
            E::DueDateBeforeCreation => (C::Invalid, &["dueDate"]),
            E::InvalidDateRange(field) => return ServiceError::User(UserError::new_at(C::Invalid, &["filter", field], message)),
            E::WeekStartNotMonday | E::WeekInFuture => (C::Invalid, &["weekStartDate"]),
            E::InvalidFreeMinutes => (C::Invalid, &["freeMinutes"]),
            E::PlanAlreadyExists => (C::AlreadyExists, &["date"]),
            E::PlanPositionTaken => (C::AlreadyExists, &["position"]),
            E::ActionAlreadyInPlan => (C::AlreadyExists, &["actionId"]),
            E::SummaryAlreadyExists => (C::AlreadyExists, &["weekStartDate"]),
            E::ConnectionAlreadyExists => (C::AlreadyExists, &["provider"]),
            E::RefreshTokenRequired => (C::Required, &["refreshToken"]),
            E::ErrorMessageRequired => (C::Required, &["errorMessage"]),
            E::InvalidSyncOperation => (C::Invalid, &["operation"]),
            E::ConflictingSyncResult => (C::Invalid, &["errorMessage"]),
            E::Api(_) => {
                return match error {
                    E::Api(api) => ServiceError::Api(api),
                    _ => ServiceError::Api(ApiError::internal("unreachable")),
                };
            }
        };
        ServiceError::User(UserError::new(code, field, message))
    }
}

/// Outside a payload (a query, a nested field), a rule violation is `BAD_USER_INPUT` and every
/// other failure keeps its code, so `?` on a `CrmError` in a resolver gives `extensions.code`.
impl From<CrmError> for async_graphql::Error {
    fn from(error: CrmError) -> Self {
        ServiceError::from(error).into()
    }
}

fn user(code: UserErrorCode, field: &str, message: String) -> ServiceError {
    ServiceError::User(UserError::new(code, &[field], message))
}

pub type Result<T, E = CrmError> = std::result::Result<T, E>;
