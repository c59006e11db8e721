//! The CRM's Postgres enums, with the seed's names and values.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a lead stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "lead_status")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeadStatus {
    #[sea_orm(string_value = "ACTIVE")]
    Active,
    #[sea_orm(string_value = "SNOOZED")]
    Snoozed,
    #[sea_orm(string_value = "ARCHIVED")]
    Archived,
}

/// What kind of move an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "action_type")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionType {
    #[sea_orm(string_value = "OUTREACH")]
    Outreach,
    #[sea_orm(string_value = "FOLLOW_UP")]
    FollowUp,
    #[sea_orm(string_value = "NURTURE")]
    Nurture,
    #[sea_orm(string_value = "CALL_PREP")]
    CallPrep,
    #[sea_orm(string_value = "POST_CALL")]
    PostCall,
    #[sea_orm(string_value = "CONTENT")]
    Content,
    #[sea_orm(string_value = "FAST_WIN")]
    FastWin,
}

/// Where an action stands; see `service::actions` for the transitions allowed between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "action_state")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionState {
    #[sea_orm(string_value = "NEW")]
    New,
    #[sea_orm(string_value = "SENT")]
    Sent,
    #[sea_orm(string_value = "REPLIED")]
    Replied,
    #[sea_orm(string_value = "SNOOZED")]
    Snoozed,
    #[sea_orm(string_value = "DONE")]
    Done,
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

/// How much a day can hold; see `service::plans` for how it is chosen and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "capacity_level")]
#[serde(rename_all = "lowercase")]
pub enum CapacityLevel {
    #[sea_orm(string_value = "micro")]
    Micro,
    #[sea_orm(string_value = "light")]
    Light,
    #[sea_orm(string_value = "standard")]
    Standard,
    #[sea_orm(string_value = "heavy")]
    Heavy,
    #[sea_orm(string_value = "default")]
    Default,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "content_prompt_type")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContentPromptType {
    #[sea_orm(string_value = "WIN_POST")]
    WinPost,
    #[sea_orm(string_value = "INSIGHT_POST")]
    InsightPost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "content_prompt_status")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContentPromptStatus {
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    #[sea_orm(string_value = "POSTED")]
    Posted,
    #[sea_orm(string_value = "ARCHIVED")]
    Archived,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "calendar_provider")]
#[serde(rename_all = "lowercase")]
pub enum CalendarProvider {
    #[sea_orm(string_value = "google")]
    Google,
    #[sea_orm(string_value = "outlook")]
    Outlook,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "calendar_connection_status")]
#[serde(rename_all = "lowercase")]
pub enum CalendarConnectionStatus {
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "expired")]
    Expired,
    #[sea_orm(string_value = "error")]
    Error,
    #[sea_orm(string_value = "disconnected")]
    Disconnected,
}
