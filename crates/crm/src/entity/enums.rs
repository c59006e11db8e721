//! The CRM's enums, with the seed's names and values: each is both the column's type and the
//! GraphQL enum (one declaration; `platform::db_enums!` gives models their column handling).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a lead stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "lead_status")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeadStatus {
    /// Being worked.
    #[sea_orm(string_value = "ACTIVE")]
    Active,
    /// Out of sight until its snooze date.
    #[sea_orm(string_value = "SNOOZED")]
    Snoozed,
    /// Kept, but out of plans and lists; restorable.
    #[sea_orm(string_value = "ARCHIVED")]
    Archived,
}

/// What kind of move an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "action_type")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionType {
    /// A first message to someone new.
    #[sea_orm(string_value = "OUTREACH")]
    Outreach,
    /// A follow-up on an earlier message.
    #[sea_orm(string_value = "FOLLOW_UP")]
    FollowUp,
    /// Keeping a relationship warm.
    #[sea_orm(string_value = "NURTURE")]
    Nurture,
    /// Preparing for a booked call.
    #[sea_orm(string_value = "CALL_PREP")]
    CallPrep,
    /// What to do after a call.
    #[sea_orm(string_value = "POST_CALL")]
    PostCall,
    /// Writing or posting content.
    #[sea_orm(string_value = "CONTENT")]
    Content,
    /// A small move that takes minutes.
    #[sea_orm(string_value = "FAST_WIN")]
    FastWin,
}

/// Where an action stands. The moves allowed between states are listed on `setActionState`
/// (and in `service::actions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "action_state")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionState {
    /// Not started.
    #[sea_orm(string_value = "NEW")]
    New,
    /// The message went out; waiting for an answer.
    #[sea_orm(string_value = "SENT")]
    Sent,
    /// The person answered (a completed state).
    #[sea_orm(string_value = "REPLIED")]
    Replied,
    /// Out of sight until its snooze date.
    #[sea_orm(string_value = "SNOOZED")]
    Snoozed,
    /// Completed.
    #[sea_orm(string_value = "DONE")]
    Done,
    /// Kept, but out of plans and lists.
    #[sea_orm(string_value = "ARCHIVED")]
    Archived,
}

impl ActionState {
    /// Completed states count towards streaks and weekly totals.
    pub fn is_completed(self) -> bool {
        matches!(self, Self::Done | Self::Replied)
    }

    /// Open actions are the ones a daily plan picks from.
    pub fn is_open(self) -> bool {
        matches!(self, Self::New | Self::Sent)
    }
}

/// How much a day can hold, from the free minutes a calendar sync read (see `service::plans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "capacity_level")]
#[serde(rename_all = "lowercase")]
pub enum CapacityLevel {
    /// Under 30 free minutes: 2 actions.
    #[sea_orm(string_value = "micro")]
    Micro,
    /// 30 to 89 free minutes: 4 actions.
    #[sea_orm(string_value = "light")]
    Light,
    /// 90 to 239 free minutes: 6 actions.
    #[sea_orm(string_value = "standard")]
    Standard,
    /// 240 free minutes or more: 8 actions.
    #[sea_orm(string_value = "heavy")]
    Heavy,
    /// No calendar data: 5 actions.
    #[sea_orm(string_value = "default")]
    Default,
}

/// The kind of post a content prompt drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "content_prompt_type")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContentPromptType {
    /// A post celebrating a win.
    #[sea_orm(string_value = "WIN_POST")]
    WinPost,
    /// A post sharing a lesson.
    #[sea_orm(string_value = "INSIGHT_POST")]
    InsightPost,
}

/// Where a content prompt stands: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "content_prompt_status")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContentPromptStatus {
    /// Saved, not posted; the only status whose text can change.
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    /// Posted by the user.
    #[sea_orm(string_value = "POSTED")]
    Posted,
    /// Put away.
    #[sea_orm(string_value = "ARCHIVED")]
    Archived,
}

/// A calendar service the user can connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "calendar_provider")]
#[serde(rename_all = "lowercase")]
pub enum CalendarProvider {
    /// Google Calendar.
    #[sea_orm(string_value = "google")]
    Google,
    /// Microsoft Outlook.
    #[sea_orm(string_value = "outlook")]
    Outlook,
}

/// Where a calendar connection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "calendar_connection_status")]
#[serde(rename_all = "lowercase")]
pub enum CalendarConnectionStatus {
    /// Connected and syncing.
    #[sea_orm(string_value = "active")]
    Active,
    /// The provider refused the token: connect again.
    #[sea_orm(string_value = "expired")]
    Expired,
    /// The last sync failed.
    #[sea_orm(string_value = "error")]
    Error,
    /// Disconnected by the user; no token is kept.
    #[sea_orm(string_value = "disconnected")]
    Disconnected,
}

/// What a calendar sync did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum CalendarSyncOperation {
    /// A general sync.
    #[sea_orm(string_value = "sync")]
    Sync,
    /// A token refresh (a refused token leaves the connection EXPIRED).
    #[sea_orm(string_value = "refresh_token")]
    RefreshToken,
    /// A free/busy read of one day.
    #[sea_orm(string_value = "fetch_freebusy")]
    FetchFreebusy,
}

/// How a calendar sync ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum CalendarSyncStatus {
    /// It worked.
    #[sea_orm(string_value = "success")]
    Success,
    /// It failed; the log has the message.
    #[sea_orm(string_value = "error")]
    Error,
}

platform::db_enums!(
    LeadStatus,
    ActionType,
    ActionState,
    CapacityLevel,
    ContentPromptType,
    ContentPromptStatus,
    CalendarProvider,
    CalendarConnectionStatus,
    CalendarSyncOperation,
    CalendarSyncStatus,
);
