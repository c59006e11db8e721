//! Not in the schema: a system table the webhook routes write as the worker role.

use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::WebhookProvider;

/// One verified provider event, stored once per (provider, event id) in the same transaction
/// as its effect (seed 003's webhook_events merged with seed 004's billing_events).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "webhook_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub provider: WebhookProvider,
    pub provider_event_id: String,
    pub event_type: String,
    pub payload: Json,
    pub workspace_id: Option<Uuid>,
    pub processed_at: Option<DateTimeWithTimeZone>,
    pub attempts: i32,
    pub error: Option<String>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
