use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A workspace's credit balance (seed 003): one per workspace, never below zero, always the
/// sum of its ledger (`transactions`).
#[platform::object(name = "UserCredit", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "user_credits")]
pub struct Model {
    /// The balance's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace whose credits these are.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who the balance was opened for.
    pub user_id: Option<Uuid>,
    /// The subscription whose plan credits refill it.
    pub subscription_id: Option<Uuid>,
    /// Credits available now.
    pub credits_balance: i32,
    /// The monthly allowance: at `nextResetAt` the balance becomes this (no rollover).
    pub plan_credits: i32,
    /// When the balance is next reset to `planCredits`.
    pub next_reset_at: Option<DateTimeWithTimeZone>,
    /// Storage used by documents and canvases, in MB.
    pub storage_used_mb: f64,
    /// When the balance was opened.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
