use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{CatalogueProvider, PriceInterval, PriceType};

/// A price of a product (seed 003): one-time or recurring, with a trial. Global.
#[platform::object(name = "Price")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "prices")]
pub struct Model {
    /// The price's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The product it prices.
    pub product_id: Uuid,
    /// Where the price is defined.
    pub provider: CatalogueProvider,
    #[object(skip)]
    pub provider_price_id: Option<String>,
    /// What the price is, for people.
    pub description: Option<String>,
    /// The amount in minor units of `currency` (cents, paise).
    pub unit_amount: i64,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    /// One-time or recurring.
    #[sea_orm(column_name = "type")]
    #[object(name = "type")]
    pub price_type: PriceType,
    /// A recurring price's period unit.
    pub interval: Option<PriceInterval>,
    /// How many `interval`s one period lasts.
    pub interval_count: i32,
    /// Days of trial before the first charge.
    pub trial_period_days: i32,
    /// Whether it can be bought now.
    pub active: bool,
    /// Free facts.
    pub metadata: Json,
    /// When the price was added.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
