use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::SubscriptionInvoiceStatus;

/// A subscription's invoice for one billing period (seed 001). Provider ids and the hosted
/// page are shown to owners and admins only.
#[platform::object(name = "SubscriptionInvoice", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "subscription_invoices")]
pub struct Model {
    /// The invoice's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace billed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The subscription invoiced.
    pub subscription_id: Uuid,
    /// The amount in minor units of `currency`.
    pub amount: i64,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    /// Where it stands.
    pub status: SubscriptionInvoiceStatus,
    /// The first instant of the period billed.
    pub billing_period_start: DateTimeWithTimeZone,
    /// The end of the period billed.
    pub billing_period_end: DateTimeWithTimeZone,
    #[object(skip)]
    pub stripe_invoice_id: Option<String>,
    #[object(skip)]
    pub payment_intent_id: Option<String>,
    #[object(skip)]
    pub hosted_invoice_url: Option<String>,
    /// When the invoice was recorded.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
