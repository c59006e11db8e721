//! Identity's side of the `platform::directory::Directory` port: what domains may know about
//! users, read from identity's own tables.

use std::collections::HashMap;

use async_trait::async_trait;
use chrono_tz::Tz;
use platform::ApiError;
use platform::directory::Directory;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::entity::users;

/// Users' facts, as the transaction's role may see them.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentityDirectory;

fn zone(name: &str) -> Tz {
    name.parse::<Tz>().unwrap_or(Tz::UTC)
}

#[async_trait]
impl Directory for IdentityDirectory {
    async fn time_zone(&self, db: &DatabaseTransaction, user_id: Uuid) -> Result<Tz, ApiError> {
        let name: Option<String> =
            users::Entity::find_by_id(user_id).select_only().column(users::Column::Timezone).into_tuple().one(db).await?;
        Ok(name.as_deref().map_or(Tz::UTC, zone))
    }

    async fn time_zones(&self, db: &DatabaseTransaction, user_ids: &[Uuid]) -> Result<HashMap<Uuid, Tz>, ApiError> {
        let rows: Vec<(Uuid, String)> = users::Entity::find()
            .select_only()
            .column(users::Column::Id)
            .column(users::Column::Timezone)
            .filter(users::Column::Id.is_in(user_ids.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        Ok(rows.into_iter().map(|(id, name)| (id, zone(&name))).collect())
    }

    async fn is_staff(&self, db: &DatabaseTransaction, user_id: Uuid) -> Result<bool, ApiError> {
        let staff: Option<bool> =
            users::Entity::find_by_id(user_id).select_only().column(users::Column::IsStaff).into_tuple().one(db).await?;
        Ok(staff.unwrap_or(false))
    }
}
