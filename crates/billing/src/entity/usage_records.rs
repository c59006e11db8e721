use platform::scalars::Date;
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One user's agent usage on one day in a workspace (seed 000): tokens, cost, and the same by
/// agent.
#[platform::object(name = "UsageRecord")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "usage_records")]
pub struct Model {
    /// The record's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the work was for.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user the agents worked for.
    pub user_id: Uuid,
    /// The day (UTC).
    pub date: Date,
    /// Tokens used that day.
    pub tokens_used: i64,
    /// What the work cost, in USD, a decimal string with six decimals.
    #[sea_orm(select_as = "text", save_as = "numeric")]
    pub cost_usd: String,
    /// The same by agent: `{"<agent>": {"tokens": n, "cost_usd": "0.012300"}}`.
    pub agent_usage: Json,
    /// When the first usage of the day was recorded.
    pub created_at: DateTimeWithTimeZone,
    /// When usage was last recorded.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
