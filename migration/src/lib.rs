//! Mosaic's schema. SQL lives here, in plain `.sql` files run in order; entities follow it.
//!
//! Migrations must run as a role that can create roles and bypasses row-level security
//! (a superuser, as the embedded cluster's `app` and the Docker image's `POSTGRES_USER` are):
//! the security-definer functions the policies use are owned by it. The server itself never
//! logs in as that role: requests run on `mosaic_api`, background work on `mosaic_jobs`
//! (`sql/0005_roles.sql`).

pub use sea_orm_migration::prelude::*;

macro_rules! sql_migration {
    ($ty:ident, $name:literal, $file:literal) => {
        struct $ty;

        impl MigrationName for $ty {
            fn name(&self) -> &str {
                $name
            }
        }

        #[sea_orm_migration::async_trait::async_trait]
        impl MigrationTrait for $ty {
            async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
                manager.get_connection().execute_unprepared(include_str!($file)).await.map(|_| ())
            }
        }
    };
}

sql_migration!(Foundation, "m0001_foundation", "sql/0001_foundation.sql");
sql_migration!(Identity, "m0002_identity", "sql/0002_identity.sql");
sql_migration!(Crm, "m0003_crm", "sql/0003_crm.sql");
sql_migration!(Kit, "m0004_kit", "sql/0004_kit.sql");
sql_migration!(Roles, "m0005_roles", "sql/0005_roles.sql");
sql_migration!(SealedScope, "m0006_sealed_scope", "sql/0006_sealed_scope.sql");
sql_migration!(Content, "m0007_content", "sql/0007_content.sql");
sql_migration!(Billing, "m0008_billing", "sql/0008_billing.sql");

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(Foundation),
            Box::new(Identity),
            Box::new(Crm),
            Box::new(Kit),
            Box::new(Roles),
            Box::new(SealedScope),
            Box::new(Content),
            Box::new(Billing),
        ]
    }
}
