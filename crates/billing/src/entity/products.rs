use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{CatalogueProvider, ProductType};

/// A product of the catalogue (seed 003's products merged with seed 001's bundle products):
/// a plan, a credit pack or a content bundle. Global: every signed-in user reads it.
#[platform::object(name = "Product", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "products")]
pub struct Model {
    /// The product's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Where the product is defined.
    pub provider: CatalogueProvider,
    #[object(skip)]
    pub provider_product_id: Option<String>,
    /// The product's name, 1 to 200 characters.
    pub name: String,
    /// What it is, for people.
    pub description: Option<String>,
    /// An image URL.
    pub image: Option<String>,
    /// Whether it can be bought now.
    pub active: bool,
    /// Free facts: `credits` (what one unit of a credit pack grants), `plan`, `features`…
    pub metadata: Json,
    /// A content bundle's kind; null for plans and credit packs.
    #[sea_orm(column_name = "type")]
    #[object(name = "type")]
    pub product_type: Option<ProductType>,
    /// How many pieces of content a bundle delivers.
    pub content_count: Option<i32>,
    /// The bundle's period, e.g. `1 year`.
    pub time_period: Option<String>,
    /// The features included, a list.
    pub features: Json,
    /// A bundle's list price in minor units of `currency` (cents); orders copy it.
    pub base_price: Option<i64>,
    /// ISO 4217 code, lowercase (`usd`).
    pub currency: String,
    /// Volume discount tiers, `[{"min_quantity": 10, "percent_off": 15}]`: the highest tier
    /// whose `min_quantity` the quantity reaches applies.
    pub volume_discounts: Json,
    /// When the product was added.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
