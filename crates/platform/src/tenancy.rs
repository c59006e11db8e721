//! Tenancy, in one place: roles, the viewer's memberships, and the scoped reads every domain
//! starts from.
//!
//! A workspace is the tenant. Every tenant table has `workspace_id`, and every read a service
//! makes starts from [`scoped`] (or a loader of [`crate::loader`], which filters the same way),
//! so no resolver can forget the tenant: another workspace's row is answered exactly like a
//! missing one. Row-level security checks again underneath (see `crate::db`).
//!
//! The viewer's memberships are read by one SQL function, `tenancy.memberships(user)`, which
//! the migrations own; [`MEMBERSHIPS`] is the one statement that calls it, folded into the
//! statement that begins a request (`crate::db::begin_request`) or run on its own after a
//! change of memberships.

use std::collections::HashMap;
use std::sync::Arc;

use sea_orm::entity::prelude::*;
use sea_orm::{QueryResult, Select};

use crate::context::{Credential, RequestContext, Viewer};
use crate::error::ApiError;
use crate::rows::FromRow;

/// A member's role in a workspace, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, DeriveActiveEnum, async_graphql::Enum, serde::Serialize)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "workspace_role")]
#[graphql(name = "WorkspaceRole")]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads everything, changes nothing.
    #[sea_orm(string_value = "viewer")]
    Viewer,
    /// Reads and writes the workspace's data.
    #[sea_orm(string_value = "member")]
    Member,
    /// Also manages members, API keys and settings.
    #[sea_orm(string_value = "admin")]
    Admin,
    /// Also deletes the workspace; every workspace keeps at least one.
    #[sea_orm(string_value = "owner")]
    Owner,
}

crate::db_enums!(Role);

impl Role {
    pub fn as_sql(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Member => "member",
            Self::Admin => "admin",
            Self::Owner => "owner",
        }
    }

    pub fn from_sql(text: &str) -> Option<Self> {
        Some(match text {
            "viewer" => Self::Viewer,
            "member" => Self::Member,
            "admin" => Self::Admin,
            "owner" => Self::Owner,
            _ => return None,
        })
    }
}

/// One of the viewer's workspaces, with their role in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub workspace_id: Uuid,
    pub role: Role,
    pub slug: String,
}

/// Reads a user's memberships (`$1` is the user) in a request already begun.
pub(crate) const MEMBERSHIPS: &str = "SELECT ms.workspace_id, ms.role::text AS role, ms.slug FROM tenancy.memberships($1) AS ms";

/// Begins a request: sets its scope (`$1` the role to become, `$2` the user, `$3` an API key's
/// workspace, `$4` its role cap, each `''` when none, and `$5` their seal), makes the
/// transaction read-only when `$6`, and reads the user's memberships, in one round trip. The
/// function call depends on the scope row, so it runs after `set_config`.
pub(crate) const BEGIN_WITH_MEMBERSHIPS: &str = "SELECT ms.workspace_id, ms.role::text AS role, ms.slug \
     FROM (SELECT set_config('role', $1, true) AS r, set_config('app.user_id', $2, true) AS u, \
                  set_config('app.key_workspace_id', $3, true) AS k, set_config('app.role_cap', $4, true) AS c, \
                  set_config('app.scope_seal', $5, true) AS s, \
                  CASE WHEN $6 THEN set_config('transaction_read_only', 'on', true) END AS ro) AS scope \
     LEFT JOIN LATERAL tenancy.memberships(nullif(scope.u, '')::uuid) AS ms ON true";

/// A row of `workspace_id`, `role` (as text) and `slug`; `None` for the empty row of a user
/// without memberships.
pub(crate) fn membership(row: &QueryResult) -> Result<Option<Membership>, DbErr> {
    let workspace_id: Option<Uuid> = row.try_get("", "workspace_id")?;
    let role: Option<String> = row.try_get("", "role")?;
    let slug: Option<String> = row.try_get("", "slug")?;
    Ok(match (workspace_id, role.as_deref().and_then(Role::from_sql), slug) {
        (Some(workspace_id), Some(role), Some(slug)) => Some(Membership { workspace_id, role, slug }),
        _ => None,
    })
}

/// The workspaces a viewer may act in, by id (with their role) and by slug.
pub(crate) struct Memberships {
    pub(crate) roles: Arc<HashMap<Uuid, Role>>,
    pub(crate) slugs: HashMap<String, Uuid>,
    pub(crate) ids: Arc<[Uuid]>,
}

impl Memberships {
    /// All of a person's workspaces; an API key's own workspace only, with its role capped by
    /// the key's scopes.
    pub(crate) fn of(viewer: &Viewer, memberships: Vec<Membership>) -> Self {
        let mut roles = HashMap::with_capacity(memberships.len());
        let mut slugs = HashMap::with_capacity(memberships.len());
        for m in memberships {
            let role = match &viewer.credential {
                Credential::Token => m.role,
                Credential::ApiKey { workspace_id, role_cap, .. } if *workspace_id == m.workspace_id => m.role.min(*role_cap),
                Credential::ApiKey { .. } => continue,
            };
            roles.insert(m.workspace_id, role);
            slugs.insert(m.slug, m.workspace_id);
        }
        let mut ids: Vec<Uuid> = roles.keys().copied().collect();
        ids.sort();
        Self { roles: Arc::new(roles), slugs, ids: ids.into() }
    }
}

/// A table whose rows have an `id`. Implemented by `#[platform::object]` for a model with one.
pub trait Keyed: EntityTrait<Model: FromRow + KeyedRow + Clone + Send + Sync> {
    fn id_column() -> Self::Column;
}

/// A row of a [`Keyed`] table.
pub trait KeyedRow {
    fn id(&self) -> Uuid;
}

/// A table every row of which belongs to a workspace. Implemented by `#[platform::object]` for
/// a model with `id` and `workspace_id`.
pub trait TenantEntity: Keyed + EntityTrait<Model: TenantRow> {
    /// What the audit log calls a row of it.
    const AUDIT_NAME: &'static str;
    fn workspace_column() -> Self::Column;
}

/// A row of a [`TenantEntity`].
pub trait TenantRow: KeyedRow {
    fn workspace_id(&self) -> Uuid;
}

/// The rows of `E` in the viewer's workspaces, as a query to narrow further: where every read
/// of a service starts.
pub async fn scoped<E: TenantEntity>(ctx: &RequestContext) -> Result<Select<E>, ApiError> {
    let ids = ctx.workspace_ids().await?;
    Ok(E::find().filter(E::workspace_column().is_in(ids.iter().copied())))
}

/// The rows of `E` in one workspace of the viewer's: `NOT_FOUND` (as a missing one) for a
/// workspace they are not in.
pub async fn in_workspace<E: TenantEntity>(ctx: &RequestContext, workspace_id: Uuid) -> Result<Select<E>, ApiError> {
    ctx.role_in(workspace_id).await?;
    Ok(E::find().filter(E::workspace_column().eq(workspace_id)))
}

/// A row of `E` by id in the viewer's workspaces; `None` for a missing row or another
/// tenant's, alike.
pub async fn find<E: TenantEntity>(ctx: &RequestContext, id: Uuid) -> Result<Option<E::Model>, ApiError> {
    let select = scoped::<E>(ctx).await?.filter(E::id_column().eq(id));
    Ok(crate::rows::one(ctx.db(), select).await?)
}
