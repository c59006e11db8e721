use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::CreditTransactionType;

/// One change of a workspace's credit balance (seed 003), never edited: `creditsAmount` is
/// positive when credits are added and negative when spent, `creditsBalanceAfter` the balance
/// it left.
#[platform::object(name = "CreditTransaction")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "credit_transactions")]
pub struct Model {
    /// The transaction's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace whose balance changed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who caused it.
    pub user_id: Option<Uuid>,
    /// Why the balance changed.
    pub transaction_type: CreditTransactionType,
    /// The change: positive adds, negative deducts.
    pub credits_amount: i32,
    /// The balance right after it.
    pub credits_balance_after: i32,
    /// Why, for people.
    pub reason: Option<String>,
    /// Facts about it: `model`, `conversation_id`, `calls_count`…
    pub metadata: Json,
    /// The key it was made with: the same key again answers this transaction.
    pub idempotency_key: Option<String>,
    /// When it happened.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
