//! `mosaic seed`: identity's demo (a user, a team workspace, flags), then every domain's demo
//! data in that workspace; safe to run again.

use platform::ApiError;
use platform::domain::Services;

pub use identity::demo::{DEMO_EMAIL, ensure_user};

/// Loads the demo data of identity and of every domain.
pub async fn run(services: &Services) -> Result<(), ApiError> {
    let demo = identity::demo::seed(services).await.map_err(ApiError::internal)?;
    crate::schema::seed_domains(services, &demo).await
}
