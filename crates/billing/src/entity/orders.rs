use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::OrderStatus;

/// An order of catalogue products (seed 001), priced when it was made. PENDING until its
/// payment succeeds (PAID) or fails (FAILED); a PAID order can be REFUNDED.
#[platform::object(name = "Order", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    /// The order's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace that ordered.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who ordered.
    pub user_id: Option<Uuid>,
    /// The business (content) the order is for.
    pub business_id: Option<Uuid>,
    /// Where it stands.
    pub status: OrderStatus,
    /// The sum of its items' subtotals, in minor units of `currency`.
    pub total_amount: i64,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    #[object(skip)]
    pub payment_intent_id: Option<String>,
    /// The provider's word on the payment (`succeeded`, `requires_payment_method`…).
    pub payment_status: Option<String>,
    /// How it was paid (`card`, `upi`…).
    pub payment_method: Option<String>,
    /// Free facts given when ordering.
    pub metadata: Json,
    /// The key the order was made with: the same key again answers this order.
    pub idempotency_key: Option<String>,
    /// When the order was made.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
