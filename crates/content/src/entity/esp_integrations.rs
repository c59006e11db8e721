use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{EspProvider, EspSyncStatus};

/// A business's connection to an email service provider. Its credentials are stored encrypted
/// and never leave the server: they are neither in the schema nor in the audit log.
#[platform::object(name = "EspIntegration", complex)]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "esp_integrations")]
pub struct Model {
    /// The integration's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The workspace the integration belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    /// The user who connected it.
    pub user_id: Uuid,
    /// The business it is for (one connection per provider per business).
    pub business_id: Uuid,
    /// The provider.
    pub provider: EspProvider,
    #[object(skip)]
    #[serde(skip)]
    pub credentials: String,
    /// Provider-specific settings (list ids, sender…), as a JSON object.
    pub settings: Json,
    /// When the last sync finished successfully.
    pub last_sync_at: Option<DateTimeWithTimeZone>,
    /// How the last sync went.
    pub sync_status: EspSyncStatus,
    /// The errors of failed syncs, newest last, as a JSON array of `{at, message}` objects.
    pub error_log: Option<Json>,
    /// When it was connected.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
