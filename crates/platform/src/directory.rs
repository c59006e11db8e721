//! The port through which domains learn facts about users, which identity owns.
//!
//! No domain crate names identity's tables in SQL: a CRM that counts days in its user's time
//! zone asks [`Directory::time_zone`], maintenance that works across users asks
//! [`Directory::time_zones`]. Identity implements the trait; the gateway hands its
//! implementation to every request context and job.

use std::collections::HashMap;

use async_trait::async_trait;
use chrono_tz::Tz;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

use crate::error::ApiError;

#[async_trait]
pub trait Directory: Send + Sync {
    /// A user's time zone, where their days begin and end; UTC for a user the transaction
    /// cannot see or whose zone is not an IANA name.
    async fn time_zone(&self, db: &DatabaseTransaction, user_id: Uuid) -> Result<Tz, ApiError>;

    /// The time zones of many users at once (for work across users, as the worker role).
    async fn time_zones(&self, db: &DatabaseTransaction, user_ids: &[Uuid]) -> Result<HashMap<Uuid, Tz>, ApiError>;

    /// Whether a user is platform staff.
    async fn is_staff(&self, db: &DatabaseTransaction, user_id: Uuid) -> Result<bool, ApiError>;
}
