use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A line of an order (seed 001): `subtotal = quantity × unitPrice − discountAmount`, in minor
/// units of the order's currency.
#[platform::object(name = "OrderItem", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "order_items")]
pub struct Model {
    /// The item's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace that ordered.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The order.
    pub order_id: Uuid,
    /// The product ordered.
    pub product_id: Uuid,
    /// How many.
    pub quantity: i32,
    /// The product's base price when the order was made.
    pub unit_price: i64,
    /// The volume discount for this quantity.
    pub discount_amount: i64,
    /// `quantity × unitPrice − discountAmount`.
    pub subtotal: i64,
    /// The content bundle the item produced.
    pub content_bundle_id: Option<Uuid>,
    /// Product-specific options.
    pub options: Json,
    /// When the item was ordered.
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
