use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::PaymentStatus;

/// A PhonePe payment in INR (seed 000), in paise: `totalAmount = amount + gstAmount`.
/// PENDING until PhonePe's status check confirms it (COMPLETED) or refuses it (FAILED);
/// a final payment never changes. Provider ids are shown to owners and admins only.
#[platform::object(name = "Payment", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "payments")]
pub struct Model {
    /// The payment's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace that pays.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who started the payment.
    pub user_id: Option<Uuid>,
    /// The order it pays, if any.
    pub order_id: Option<Uuid>,
    /// The subscription it pays, if any.
    pub subscription_id: Option<Uuid>,
    /// The amount before GST, in paise.
    pub amount: i64,
    /// GST on the amount, in paise (18 % by default, rounded half up).
    pub gst_amount: i64,
    /// What is charged, in paise.
    pub total_amount: i64,
    /// ISO 4217 code, lowercase (`inr`).
    pub currency: String,
    /// Where it stands.
    pub status: PaymentStatus,
    #[object(skip)]
    pub phonepe_transaction_id: Option<String>,
    #[object(skip)]
    pub phonepe_merchant_transaction_id: String,
    /// How it was paid (`UPI`, `CARD`…), once known.
    pub payment_method: Option<String>,
    #[object(skip)]
    pub redirect_url: Option<String>,
    /// When PhonePe confirmed it.
    pub completed_at: Option<DateTimeWithTimeZone>,
    /// When it was started.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
