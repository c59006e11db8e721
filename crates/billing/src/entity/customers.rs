use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A workspace's billing customer at the providers (seed 003's customers merged with seed
/// 004's billing_customers): one per workspace. Nothing but provider ids, so only owners and
/// admins read it.
#[platform::object(name = "Customer")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "customers")]
pub struct Model {
    /// The customer's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace billed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// Who set billing up.
    pub user_id: Option<Uuid>,
    /// Stripe's customer id (`cus_…`).
    pub stripe_customer_id: Option<String>,
    /// Whop's customer id.
    pub whop_customer_id: Option<String>,
    /// The provider's default payment method id.
    pub default_payment_method: Option<String>,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    /// When the customer was made.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
