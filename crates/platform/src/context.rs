//! The request context: who is asking, in which transaction, with which loaders.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::dataloader::{DataLoader, Loader};
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, Statement};
use uuid::Uuid;

use crate::batch::LocalTasks;
use crate::directory::Directory;
use crate::error::ApiError;
use crate::fields::SqlSelection;
use crate::tenancy::{MEMBERSHIPS, Membership, Memberships, Role, membership};

/// How the viewer signed in.
#[derive(Debug, Clone)]
pub enum Credential {
    /// A bearer JWT: the user acts with their own roles.
    Token,
    /// An API key: it acts as its creator, only in its workspace, with its role capped by its
    /// scopes, until it expires (or is revoked).
    ApiKey { key_id: Uuid, workspace_id: Uuid, role_cap: Role, expires_at: Option<chrono::DateTime<chrono::Utc>> },
}

/// The signed-in user of a request.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user_id: Uuid,
    pub email: String,
    pub credential: Credential,
}

impl Viewer {
    pub fn api_key_id(&self) -> Option<Uuid> {
        match self.credential {
            Credential::ApiKey { key_id, .. } => Some(key_id),
            Credential::Token => None,
        }
    }
}

/// A nested list's selection as SQL, or `None` when Postgres cannot write it.
type Selection = Option<Arc<SqlSelection>>;

/// Everything a resolver needs about its request. Put into async-graphql's request data by
/// [`crate::request::execute`]; read with [`RequestContext::of`].
pub struct RequestContext {
    viewer: Option<Viewer>,
    db: Arc<DatabaseTransaction>,
    directory: Arc<dyn Directory>,
    memberships: Mutex<Option<Arc<Memberships>>>,
    loaders: Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
    /// The SQL of each nested list's selection, worked out once per field of the query
    /// (every parent's list of that field shares it): by the field's place in the parsed query
    /// and the item type.
    selections: Mutex<HashMap<(usize, TypeId), Selection>>,
    tasks: Arc<LocalTasks>,
}

impl RequestContext {
    pub fn new(viewer: Option<Viewer>, db: Arc<DatabaseTransaction>, directory: Arc<dyn Directory>) -> Self {
        Self {
            viewer,
            db,
            directory,
            memberships: Mutex::new(None),
            loaders: Mutex::new(HashMap::new()),
            selections: Mutex::new(HashMap::new()),
            tasks: Arc::new(LocalTasks::default()),
        }
    }

    /// The context the request's data holds (as an `Arc<RequestContext>`).
    pub fn of<'a>(ctx: &'a async_graphql::Context<'_>) -> Result<&'a Self, ApiError> {
        ctx.data::<Arc<Self>>().map(AsRef::as_ref).map_err(|_| ApiError::Internal("request context missing".into()))
    }

    /// The request's transaction, already scoped to the viewer for row-level security.
    pub fn db(&self) -> &DatabaseTransaction {
        &self.db
    }

    pub fn db_handle(&self) -> Arc<DatabaseTransaction> {
        Arc::clone(&self.db)
    }

    /// Facts about users (time zones, staff), from identity through its port.
    pub fn directory(&self) -> &dyn Directory {
        self.directory.as_ref()
    }

    /// The request's loader tasks; [`crate::request::execute`] drives them.
    pub fn tasks(&self) -> Arc<LocalTasks> {
        Arc::clone(&self.tasks)
    }

    pub fn viewer(&self) -> Result<&Viewer, ApiError> {
        self.viewer.as_ref().ok_or_else(|| ApiError::Unauthenticated("sign in: send a bearer token or an X-Api-Key".into()))
    }

    pub fn maybe_viewer(&self) -> Option<&Viewer> {
        self.viewer.as_ref()
    }

    /// The viewer's role in each workspace they may act in, read once per request.
    pub async fn roles(&self) -> Result<Arc<HashMap<Uuid, Role>>, ApiError> {
        Ok(Arc::clone(&self.memberships().await?.roles))
    }

    /// The workspace the viewer may act in whose slug is `slug`, if any.
    pub async fn workspace_with_slug(&self, slug: &str) -> Result<Option<Uuid>, ApiError> {
        Ok(self.memberships().await?.slugs.get(slug).copied())
    }

    async fn memberships(&self) -> Result<Arc<Memberships>, ApiError> {
        let viewer = self.viewer()?;
        if let Some(cached) = lock(&self.memberships).as_ref() {
            return Ok(Arc::clone(cached));
        }
        let rows = self.db.query_all_raw(Statement::from_sql_and_values(DbBackend::Postgres, MEMBERSHIPS, [viewer.user_id.into()])).await?;
        let mut found = Vec::with_capacity(rows.len());
        for row in &rows {
            found.extend(membership(row)?);
        }
        let memberships = Arc::new(Memberships::of(viewer, found));
        *lock(&self.memberships) = Some(Arc::clone(&memberships));
        Ok(memberships)
    }

    /// Gives the request the viewer's memberships read when its transaction began, saving a
    /// round trip (see [`crate::db::begin_request`]).
    pub fn with_memberships(self, memberships: Vec<Membership>) -> Self {
        if let Some(viewer) = &self.viewer {
            *lock(&self.memberships) = Some(Arc::new(Memberships::of(viewer, memberships)));
        }
        self
    }

    /// Forgets the memberships read so far, after a change to the viewer's memberships or to
    /// a workspace's slug.
    pub fn forget_roles(&self) {
        *lock(&self.memberships) = None;
    }

    /// The viewer's role in `workspace_id`, or `NotFound` when they are not in it: another
    /// tenant's workspace is answered exactly like one that does not exist.
    pub async fn role_in(&self, workspace_id: Uuid) -> Result<Role, ApiError> {
        self.roles().await?.get(&workspace_id).copied().ok_or(ApiError::NotFound("workspace"))
    }

    /// Checks the viewer holds at least `min` in `workspace_id`.
    pub async fn require_role(&self, workspace_id: Uuid, min: Role) -> Result<Role, ApiError> {
        let role = self.role_in(workspace_id).await?;
        if role < min {
            return Err(ApiError::forbidden_role());
        }
        Ok(role)
    }

    /// A write needs at least the member role.
    pub async fn require_writer(&self, workspace_id: Uuid) -> Result<Role, ApiError> {
        self.require_role(workspace_id, Role::Member).await
    }

    /// Platform staff manage global things (feature flags, catalogues, maintenance). Only a
    /// person signed in with a token is staff; an API key never is.
    pub async fn require_staff(&self) -> Result<(), ApiError> {
        let viewer = self.viewer()?;
        if viewer.api_key_id().is_some() {
            return Err(ApiError::Forbidden("API keys cannot do platform staff work".into()));
        }
        if self.directory.is_staff(self.db(), viewer.user_id).await? {
            Ok(())
        } else {
            Err(ApiError::Forbidden("only platform staff can do this".into()))
        }
    }

    /// The workspaces the viewer can read, sorted.
    pub async fn workspace_ids(&self) -> Result<Arc<[Uuid]>, ApiError> {
        Ok(Arc::clone(&self.memberships().await?.ids))
    }

    /// The SQL selection of the field at `place` in the parsed query for items of type `T`,
    /// worked out by `make` the first time it is asked for.
    pub(crate) fn selection<T: 'static>(
        &self,
        place: usize,
        make: impl FnOnce() -> Option<Arc<SqlSelection>>,
    ) -> Option<Arc<SqlSelection>> {
        let key = (place, TypeId::of::<T>());
        if let Some(found) = lock(&self.selections).get(&key) {
            return found.clone();
        }
        let made = make();
        lock(&self.selections).insert(key, made.clone());
        made
    }

    /// The request's one loader of type `L`, made on first use: one loader per
    /// (entity, key), so every field asking for the same rows shares one batch.
    pub fn loader<L, K>(&self, make: impl FnOnce(Arc<DatabaseTransaction>) -> L) -> Arc<DataLoader<L>>
    where
        L: Loader<K> + Send + Sync + 'static,
        K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    {
        let mut loaders = lock(&self.loaders);
        let key = TypeId::of::<L>();
        if let Some(existing) = loaders.get(&key).and_then(|l| Arc::clone(l).downcast::<DataLoader<L>>().ok()) {
            return existing;
        }
        let tasks = Arc::clone(&self.tasks);
        // One span per batch, named after the loader (for traces; a disabled level costs
        // nothing), under the request's span the driver polls it in.
        let spawn = move |task: futures_util::future::BoxFuture<'static, ()>| {
            use tracing::Instrument;
            let span = tracing::debug_span!(target: "mosaic::loader", "load", otel.name = std::any::type_name::<L>());
            tasks.spawn(Box::pin(task.instrument(span)));
        };
        // No delay: batches form per pass over the resolvers, not per millisecond.
        let loader = Arc::new(DataLoader::new(make(self.db_handle()), spawn).delay(std::time::Duration::ZERO));
        loaders.insert(key, Arc::clone(&loader) as Arc<dyn Any + Send + Sync>);
        loader
    }
}

/// A poisoned lock only means another resolver panicked; the data is still usable.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}
