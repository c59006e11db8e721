//! What every migration is held to, read from Postgres's own catalogue, for every table of
//! every domain (a new domain's tables join by existing):
//! - every table is either distributed by `workspace_id` or declared global (a reference
//!   table), and a distributed table's primary key, unique constraints and unique indexes
//!   include `workspace_id`, and so do its foreign keys to other distributed tables (Citus's
//!   rules for distribution by tenant, see docs/architecture.md);
//! - every CHECK, UNIQUE, EXCLUDE and foreign key of identity's tables has a typed error.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use platform::testing::fresh_database;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

async fn strings(db: &sea_orm::DatabaseConnection, sql: &str) -> Vec<Vec<String>> {
    let rows = db.query_all_raw(Statement::from_string(DbBackend::Postgres, sql)).await.unwrap();
    rows.iter()
        .map(|r| (0..).map_while(|i| r.try_get_by_index::<Option<String>>(i).ok()).map(Option::unwrap_or_default).collect())
        .collect()
}

#[tokio::test]
async fn every_tenant_table_is_keyed_for_distribution_by_workspace() {
    let db = fresh_database::<migration::Migrator>().await.db;
    let mut reference: Vec<&str> = identity::REFERENCE_TABLES.to_vec();
    reference.extend(gateway::schema::domain_reference_tables());
    let mut known: Vec<&str> = identity::TABLES.to_vec();
    known.extend(gateway::schema::domain_tables());

    let tables = strings(
        &db,
        "SELECT c.relname::text, (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped))::text \
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'seaql_migrations' ORDER BY 1",
    )
    .await;
    let mut problems = Vec::new();
    for row in &tables {
        let (table, has_workspace) = (row[0].as_str(), row[1] == "true");
        if !known.contains(&table) {
            problems.push(format!("{table}: no domain lists it in its tables()"));
        }
        if !has_workspace && !reference.contains(&table) {
            problems.push(format!("{table}: no workspace_id, and not declared a reference table"));
        }
    }
    let distributed: Vec<&str> = tables.iter().map(|r| r[0].as_str()).filter(|t| !reference.contains(t)).collect();

    // Keys of distributed tables: primary keys, unique and exclusion constraints, unique indexes.
    let keys = strings(
        &db,
        "SELECT c.relname::text, i.indexrelid::regclass::text, \
                (EXISTS (SELECT 1 FROM unnest(i.indkey) k JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k WHERE a.attname = 'workspace_id'))::text \
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND (i.indisunique OR i.indisexclusion OR i.indisprimary)",
    )
    .await;
    for row in &keys {
        if distributed.contains(&row[0].as_str()) && row[2] != "true" {
            problems.push(format!("{}: key {} leaves out workspace_id", row[0], row[1]));
        }
    }

    // Foreign keys: between distributed tables, through workspace_id on both sides; never from
    // a reference table to a distributed one.
    let foreign_keys = strings(
        &db,
        "SELECT src.relname::text, dst.relname::text, f.conname::text, \
                (EXISTS (SELECT 1 FROM unnest(f.conkey, f.confkey) AS p(s, d) \
                         JOIN pg_attribute sa ON sa.attrelid = f.conrelid AND sa.attnum = p.s \
                         JOIN pg_attribute da ON da.attrelid = f.confrelid AND da.attnum = p.d \
                         WHERE sa.attname = 'workspace_id' AND da.attname = 'workspace_id'))::text \
         FROM pg_constraint f JOIN pg_class src ON src.oid = f.conrelid JOIN pg_class dst ON dst.oid = f.confrelid \
         JOIN pg_namespace n ON n.oid = src.relnamespace WHERE f.contype = 'f' AND n.nspname = 'public'",
    )
    .await;
    for row in &foreign_keys {
        let (src, dst, name, colocated) = (row[0].as_str(), row[1].as_str(), row[2].as_str(), row[3] == "true");
        let (src_distributed, dst_distributed) = (distributed.contains(&src), distributed.contains(&dst));
        if src_distributed && dst_distributed && !colocated {
            problems.push(format!("{src}: foreign key {name} to {dst} does not go through workspace_id"));
        }
        if !src_distributed && dst_distributed {
            problems.push(format!("{src}: reference table with foreign key {name} to the distributed {dst}"));
        }
    }
    assert!(problems.is_empty(), "not ready for distribution by workspace:\n{}", problems.join("\n"));
    assert!(distributed.contains(&"leads") && distributed.contains(&"audit_logs") && reference.contains(&"users"));
}

#[tokio::test]
async fn every_constraint_of_identitys_tables_has_a_typed_error() {
    let db = fresh_database::<migration::Migrator>().await.db;
    platform::testing::assert_constraints_mapped::<identity::IdentityError>(&db, identity::TABLES).await;
}
