//! Test fixtures every domain's tests use: one embedded cluster per test process, a fresh
//! database per test cloned from a migrated template (so tests run in parallel without
//! sharing rows), people and workspaces with members in each role, signed-in request
//! contexts, and a domain's schema served as the gateway serves it ([`TestApi`]).

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use sea_orm_migration::MigratorTrait;
use uuid::Uuid;

use crate::embedded::{EmbeddedOptions, EmbeddedPostgres, default_cache_dir};

struct Cluster {
    pg: EmbeddedPostgres,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
static TEMPLATE: tokio::sync::OnceCell<Result<(), String>> = tokio::sync::OnceCell::const_new();

const TEMPLATE_DB: &str = "mosaic_template";

fn cluster() -> &'static Cluster {
    let result = CLUSTER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("mosaic-test-{}-{}", std::process::id(), Uuid::new_v4().simple()));
        let options = EmbeddedOptions { data_dir: dir.clone(), cache_dir: default_cache_dir(), ephemeral: true, port: None };
        let pg = EmbeddedPostgres::start(&options).map_err(|e| e.to_string())?;
        reap_when_done(&dir);
        Ok(Cluster { pg })
    });
    match result {
        Ok(cluster) => cluster,
        Err(e) => panic!("could not start the test cluster: {e}"),
    }
}

/// A process-wide static is never dropped, so a small watcher outlives this process, stops
/// the cluster once it is gone, and removes its folder.
fn reap_when_done(dir: &Path) {
    let pid = std::process::id();
    let pgdata = dir.join("pg");
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.3; done; \
         kill -INT $(head -1 '{pm}' 2>/dev/null) 2>/dev/null; \
         for i in $(seq 1 50); do [ -f '{pm}' ] || break; sleep 0.1; done; rm -rf '{dir}'",
        pm = pgdata.join("postmaster.pid").display(),
        dir = dir.display(),
    );
    let _ =
        Command::new("sh").arg("-c").arg(script).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).process_group(0).spawn();
}

use std::os::unix::process::CommandExt;

/// A database of its own for one test.
pub struct TestDatabase {
    pub url: String,
    pub name: String,
    pub db: DatabaseConnection,
    /// What requests' scopes are sealed with on this database.
    pub seal: crate::db::ScopeSeal,
}

impl TestDatabase {
    /// The cluster's port, for tests that stop and start things around it.
    pub fn admin_url(&self) -> String {
        cluster().pg.url("postgres")
    }

    /// An exact copy of this database as it is now, the same rows with the same ids, for
    /// tests that ask two databases the same questions and compare the answers. Postgres
    /// copies only a database nobody is connected to, so every connection to this one is cut
    /// first (pools reconnect on their next use; an app made on it should be made again).
    pub async fn twin(&self) -> TestDatabase {
        let name = format!("{}_twin", self.name);
        let source = &self.name;
        // Pools and listeners reconnect at once; closed to connections, the database stays empty.
        let steps = [
            format!("ALTER DATABASE {source} WITH ALLOW_CONNECTIONS false"),
            format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{source}' AND pid <> pg_backend_pid()"),
        ];
        for step in steps {
            if let Err(e) = admin_exec(&step).await {
                panic!("could not close {source}: {e}");
            }
        }
        // A terminated backend takes a moment to be gone.
        let mut copied = Err(String::new());
        for _ in 0..100 {
            copied = admin_exec(&format!("CREATE DATABASE {name} TEMPLATE {source} STRATEGY FILE_COPY")).await;
            if copied.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let reopened = admin_exec(&format!("ALTER DATABASE {source} WITH ALLOW_CONNECTIONS true")).await;
        if let Err(e) = copied.and(reopened) {
            panic!("could not copy {source}: {e}");
        }
        let url = cluster().pg.url(&name);
        let db = match crate::db::connect(&url, 8).await {
            Ok(db) => db,
            Err(e) => panic!("could not connect to the copy: {e}"),
        };
        let seal = expect(crate::db::ScopeSeal::read(&db).await, "read the scope key");
        TestDatabase { url, name, db, seal }
    }
}

async fn admin_exec(sql: &str) -> Result<(), String> {
    let admin = crate::db::connect(&cluster().pg.url("postgres"), 1).await.map_err(|e| e.to_string())?;
    let result = admin.execute_raw(Statement::from_string(DbBackend::Postgres, sql)).await.map(|_| ()).map_err(|e| e.to_string());
    let _ = admin.close().await;
    result
}

/// A fresh database with every migration of `M` applied.
pub async fn fresh_database<M: MigratorTrait>() -> TestDatabase {
    let pg = &cluster().pg;
    let template = TEMPLATE
        .get_or_init(|| async {
            admin_exec(&format!("CREATE DATABASE {TEMPLATE_DB}")).await?;
            let db = crate::db::connect(&pg.url(TEMPLATE_DB), 2).await.map_err(|e| e.to_string())?;
            M::up(&db, None).await.map_err(|e| format!("migrations failed: {e}"))?;
            db.close().await.map_err(|e| e.to_string())?;
            Ok(())
        })
        .await;
    if let Err(e) = template {
        panic!("could not build the template database: {e}");
    }
    let name = format!("test_{}", Uuid::new_v4().simple());
    if let Err(e) = admin_exec(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB} STRATEGY FILE_COPY")).await {
        panic!("could not create a test database: {e}");
    }
    let url = pg.url(&name);
    let db = match crate::db::connect(&url, 8).await {
        Ok(db) => db,
        Err(e) => panic!("could not connect to the test database: {e}"),
    };
    let seal = expect(crate::db::ScopeSeal::read(&db).await, "read the scope key");
    TestDatabase { url, name, db, seal }
}

// ---- people, workspaces, sessions ----

use std::sync::Arc;

use sea_orm::{DatabaseTransaction, DbErr, TransactionTrait};

use crate::context::{Credential, RequestContext, Viewer};
use crate::db::{DbScope, begin_worker};
use crate::directory::Directory;
use crate::tenancy::Role;

/// A user and their personal workspace (where they are the owner).
#[derive(Debug, Clone)]
pub struct Person {
    pub user_id: Uuid,
    pub email: String,
    pub workspace_id: Uuid,
}

impl Person {
    /// The person signed in with a token.
    pub fn viewer(&self) -> Viewer {
        Viewer { user_id: self.user_id, email: self.email.clone(), credential: Credential::Token }
    }
}

/// A team workspace with one member in each role.
#[derive(Debug, Clone)]
pub struct Team {
    pub workspace_id: Uuid,
    pub owner: Person,
    pub admin: Person,
    pub member: Person,
    pub viewer: Person,
}

pub async fn exec<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> Result<u64, DbErr> {
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await.map(|r| r.rows_affected())
}

/// The first column of the first row of `sql`, as a number.
pub async fn scalar_i64<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> i64 {
    let row = match db.query_one_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await {
        Ok(Some(row)) => row,
        other => panic!("{sql} gave no row: {other:?}"),
    };
    match row.try_get_by_index::<i64>(0) {
        Ok(n) => n,
        Err(e) => panic!("{sql} is not a number: {e}"),
    }
}

fn expect<T, E: std::fmt::Debug>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(v) => v,
        Err(e) => panic!("{what}: {e:?}"),
    }
}

/// Makes a user in `timezone` with a personal workspace, as the worker role.
pub async fn person(db: &DatabaseConnection, name: &str, timezone: &str) -> Person {
    let user_id = Uuid::now_v7();
    let workspace_id = Uuid::now_v7();
    let email = format!("{name}@example.com");
    let tx = expect(begin_worker(db).await, "begin");
    expect(
        exec(
            &tx,
            "INSERT INTO users (id, email, full_name, timezone) VALUES ($1, $2, $3, $4)",
            vec![user_id.into(), email.clone().into(), name.into(), timezone.into()],
        )
        .await,
        "a user",
    );
    let slug = format!("{}-{}", name.to_lowercase(), &workspace_id.simple().to_string()[24..]);
    expect(
        exec(
            &tx,
            "INSERT INTO workspaces (id, name, slug, is_personal, created_by) VALUES ($1, $2, $3, true, $4)",
            vec![workspace_id.into(), format!("{name}'s workspace").into(), slug.into(), user_id.into()],
        )
        .await,
        "a personal workspace",
    );
    expect(
        exec(
            &tx,
            "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')",
            vec![workspace_id.into(), user_id.into()],
        )
        .await,
        "an owner",
    );
    expect(tx.commit().await, "commit");
    Person { user_id, email, workspace_id }
}

/// Adds `who` to `workspace_id` with `role`.
pub async fn join(db: &DatabaseConnection, who: &Person, workspace_id: Uuid, role: Role) {
    let tx = expect(begin_worker(db).await, "begin");
    expect(
        exec(
            &tx,
            "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3::workspace_role)",
            vec![workspace_id.into(), who.user_id.into(), role.as_sql().into()],
        )
        .await,
        "a membership",
    );
    expect(tx.commit().await, "commit");
}

/// A team workspace (the owner's personal one) with an admin, a member and a viewer.
pub async fn team(db: &DatabaseConnection, name: &str) -> Team {
    let owner = person(db, &format!("{name}-owner"), "UTC").await;
    let admin = person(db, &format!("{name}-admin"), "UTC").await;
    let member = person(db, &format!("{name}-member"), "UTC").await;
    let viewer = person(db, &format!("{name}-viewer"), "UTC").await;
    let workspace_id = owner.workspace_id;
    join(db, &admin, workspace_id, Role::Admin).await;
    join(db, &member, workspace_id, Role::Member).await;
    join(db, &viewer, workspace_id, Role::Viewer).await;
    Team { workspace_id, owner, admin, member, viewer }
}

/// A fresh database and the identity port the requests on it use.
pub struct Harness {
    pub database: TestDatabase,
    /// The database's pool (the migration owner's), for set-up and checks.
    pub db: DatabaseConnection,
    pub directory: Arc<dyn Directory>,
}

impl Harness {
    pub async fn new<M: MigratorTrait>(directory: Arc<dyn Directory>) -> Self {
        let database = fresh_database::<M>().await;
        Self { db: database.db.clone(), database, directory }
    }

    pub async fn person(&self, name: &str, timezone: &str) -> Person {
        person(&self.db, name, timezone).await
    }

    pub async fn join(&self, who: &Person, workspace_id: Uuid, role: Role) {
        join(&self.db, who, workspace_id, role).await;
    }

    pub async fn team(&self, name: &str) -> Team {
        team(&self.db, name).await
    }

    /// One request of `who` (see [`Session::open`]).
    pub async fn session(&self, who: &Person) -> Session {
        Session::open(&self.db, &self.database.seal, who, Arc::clone(&self.directory)).await
    }

    /// A schema served on this database as the gateway serves it.
    pub fn api<Q, M, S>(&self, schema: async_graphql::Schema<Q, M, S>) -> TestApi<Q, M, S>
    where
        Q: async_graphql::ObjectType + 'static,
        M: async_graphql::ObjectType + 'static,
        S: async_graphql::SubscriptionType + 'static,
    {
        TestApi { api: crate::request::Api::new(schema, self.db.clone(), self.database.seal.clone(), Arc::clone(&self.directory)) }
    }
}

/// One request of a person: its context, and its transaction to commit.
pub struct Session {
    pub ctx: RequestContext,
    tx: Arc<DatabaseTransaction>,
}

impl Session {
    /// One request of `who`: a transaction as `mosaic_app` for them, and its context (a
    /// [`crate::request::RequestAs`], as the server makes for demo data).
    pub async fn open(db: &DatabaseConnection, seal: &crate::db::ScopeSeal, who: &Person, directory: Arc<dyn Directory>) -> Self {
        let request = expect(crate::request::RequestAs::begin(db, seal, who.viewer(), directory).await, "begin a request");
        let (ctx, tx) = request.into_parts();
        Self { ctx, tx }
    }

    /// A request of `who` whose transaction runs as the worker role, which row-level security
    /// lets see every workspace: only the services' own scoping stands between `who` and
    /// another tenant's rows.
    pub async fn without_row_security(
        db: &DatabaseConnection,
        seal: &crate::db::ScopeSeal,
        who: &Person,
        directory: Arc<dyn Directory>,
    ) -> Self {
        let tx = expect(db.begin().await, "begin");
        let scope = DbScope { user_id: Some(who.user_id), ..Default::default() };
        let rows = expect(tx.query_all_raw(crate::db::scope_statement("mosaic_worker", &scope, Some(seal))).await, "become the worker");
        let memberships = rows.iter().filter_map(|r| crate::tenancy::membership(r).ok().flatten()).collect();
        let tx = Arc::new(tx);
        let ctx = RequestContext::new(Some(who.viewer()), Arc::clone(&tx), directory).with_memberships(memberships);
        Self { ctx, tx }
    }

    /// The request's transaction, for checks inside it.
    pub fn tx(&self) -> &DatabaseTransaction {
        &self.tx
    }

    /// Commits the request's transaction, as the gateway does after a successful request.
    pub async fn commit(self) {
        let Self { ctx, tx } = self;
        drop(ctx);
        let Ok(tx) = Arc::try_unwrap(tx) else { panic!("the transaction is still shared") };
        expect(tx.commit().await, "commit");
    }
}

impl std::ops::Deref for Session {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.ctx
    }
}

/// A schema served as the gateway serves it (one transaction a request, loaders driven by
/// the request, keys in the query's order), without HTTP.
pub struct TestApi<Q, M, S> {
    pub api: crate::request::Api<Q, M, S>,
}

impl<Q, M, S> TestApi<Q, M, S>
where
    Q: async_graphql::ObjectType + 'static,
    M: async_graphql::ObjectType + 'static,
    S: async_graphql::SubscriptionType + 'static,
{
    /// The whole answer to `query` as `who`.
    pub async fn request(&self, who: Option<&Person>, query: &str, variables: serde_json::Value) -> serde_json::Value {
        let request = async_graphql::Request::new(query).variables(async_graphql::Variables::from_json(variables));
        let response = self.api.execute(who.map(Person::viewer), request.into()).await;
        expect(serde_json::to_value(&response), "a JSON answer")
    }

    /// The `data` of an answer that must have no errors.
    pub async fn ok(&self, who: &Person, query: &str, variables: serde_json::Value) -> serde_json::Value {
        let answer = self.request(Some(who), query, variables).await;
        assert!(answer.get("errors").is_none(), "unexpected errors: {answer}");
        answer["data"].clone()
    }
}

/// The `extensions.code` of every error in an answer.
pub fn codes(answer: &serde_json::Value) -> Vec<String> {
    answer["errors"]
        .as_array()
        .map(|errors| errors.iter().map(|e| e["extensions"]["code"].as_str().unwrap_or("NONE").to_string()).collect())
        .unwrap_or_default()
}

/// Asserts that every CHECK, UNIQUE, EXCLUDE and foreign key of `tables` (and every unique
/// index that is not a constraint) has a typed error in the domain's [`Constraints`], so that
/// a constraint added to a migration without its error fails a test.
///
/// [`Constraints`]: crate::error::Constraints
pub async fn assert_constraints_mapped<E: crate::error::Constraints>(db: &DatabaseConnection, tables: &[&str]) {
    let tables: Vec<String> = tables.iter().map(|t| (*t).to_owned()).collect();
    let rows = expect(
        db.query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT conname::text AS name FROM pg_constraint \
             WHERE contype IN ('c', 'u', 'x', 'f') AND conrelid::regclass::text = ANY($1) \
             UNION \
             SELECT i.indexrelid::regclass::text FROM pg_index i \
             WHERE i.indisunique AND NOT i.indisprimary AND i.indrelid::regclass::text = ANY($1) \
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) \
             ORDER BY 1",
            [tables.clone().into()],
        ))
        .await,
        "the catalogue",
    );
    assert!(!rows.is_empty(), "no constraints found on {tables:?}: are the table names right?");
    let unmapped: Vec<String> =
        rows.iter().filter_map(|r| r.try_get::<String>("", "name").ok()).filter(|name| E::from_constraint(name).is_none()).collect();
    assert!(unmapped.is_empty(), "constraints without a typed error: {unmapped:?}");
}
