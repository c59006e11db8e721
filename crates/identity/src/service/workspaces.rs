//! Workspaces, the tenant. Every read starts from [`find_in_workspaces`], scoped to the
//! viewer, so no caller can forget the tenant.

use platform::{RequestContext, Role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Select, Set, Statement, TransactionTrait,
};
use serde_json::Value;
use uuid::Uuid;

use super::values::{Slug, name};
use crate::entity::workspaces;
use crate::error::{IdentityError, Result};

/// The workspaces the viewer belongs to, as a query to narrow further.
pub async fn find_in_workspaces(ctx: &RequestContext) -> Result<Select<workspaces::Entity>> {
    let ids = ctx.workspace_ids().await?;
    Ok(workspaces::Entity::find().filter(workspaces::Column::Id.is_in(ids.iter().copied())))
}

/// A workspace by id or slug; another tenant's is answered as missing.
pub async fn find(ctx: &RequestContext, id: Option<Uuid>, slug: Option<&str>) -> Result<Option<workspaces::Model>> {
    let mut query = find_in_workspaces(ctx).await?;
    match (id, slug) {
        (Some(id), None) => query = query.filter(workspaces::Column::Id.eq(id)),
        (None, Some(slug)) => query = query.filter(workspaces::Column::Slug.eq(slug)),
        _ => return Err(platform::ApiError::BadUserInput("give exactly one of `id` or `slug`".into()).into()),
    }
    Ok(query.one(ctx.db()).await?)
}

/// The id of a workspace the viewer is a member of, by `id` or `slug`, from the memberships
/// read when the request began: no statement of its own. Another tenant's workspace is `None`,
/// as a missing one.
pub async fn find_id(ctx: &RequestContext, id: Option<Uuid>, slug: Option<&str>) -> Result<Option<Uuid>> {
    match (id, slug) {
        (Some(id), None) => Ok(ctx.roles().await?.contains_key(&id).then_some(id)),
        (None, Some(slug)) => Ok(ctx.workspace_with_slug(slug).await?),
        _ => Err(platform::ApiError::BadUserInput("give exactly one of `id` or `slug`".into()).into()),
    }
}

/// The viewer's workspaces with their role in each, oldest membership first.
pub async fn memberships(ctx: &RequestContext) -> Result<Vec<(workspaces::Model, Role)>> {
    let roles = ctx.roles().await?.clone();
    let mut rows = find_in_workspaces(ctx).await?.all(ctx.db()).await?;
    rows.sort_by_key(|w| (!w.is_personal, w.created_at));
    Ok(rows.into_iter().filter_map(|w| roles.get(&w.id).map(|r| (w, *r))).collect())
}

pub async fn by_ids<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> Result<Vec<workspaces::Model>> {
    Ok(workspaces::Entity::find().filter(workspaces::Column::Id.is_in(ids.iter().copied())).all(db).await?)
}

/// Creates a workspace with the viewer as its owner.
pub async fn create(ctx: &RequestContext, raw_name: &str, raw_slug: Option<&str>) -> Result<workspaces::Model> {
    let viewer = ctx.viewer()?;
    if viewer.api_key_id().is_some() {
        return Err(platform::ApiError::Forbidden("API keys cannot create workspaces".into()).into());
    }
    let workspace_name = name(raw_name, "name", 200)?;
    let slug = match raw_slug {
        Some(s) => Slug::parse(s)?,
        None => Slug::parse(&Slug::from_text(&workspace_name))?,
    };
    let tx = ctx.db().begin().await?;
    let created = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT tenancy.create_workspace($1, $2, '{}'::jsonb, false) AS id",
            [workspace_name.clone().into(), slug.as_str().into()],
        ))
        .await;
    let id: Uuid = match created {
        Ok(Some(row)) => row.try_get("", "id")?,
        Ok(None) => return Err(platform::ApiError::internal("create_workspace returned nothing").into()),
        Err(e) if platform::error::unique_violation(&e).is_some() => {
            return Err(IdentityError::SlugTaken(slug.as_str().to_string()));
        }
        Err(e) => return Err(e.into()),
    };
    let workspace = workspaces::Entity::find_by_id(id)
        .one(&tx)
        .await?
        .ok_or_else(|| platform::ApiError::internal("a new workspace is not visible to its owner"))?;
    platform::audit::record(
        &tx,
        viewer,
        platform::audit::AuditEntry {
            workspace_id: id,
            entity_type: "workspace",
            entity_id: id,
            action: platform::audit::AuditAction::Create,
            changes: serde_json::json!({ "name": workspace.name, "slug": workspace.slug }),
            provenance: None,
        },
    )
    .await?;
    tx.commit().await?;
    ctx.forget_roles();
    Ok(workspace)
}

#[derive(Debug, Default, Clone)]
pub struct WorkspaceChanges {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub settings: Option<Value>,
    pub billing_email: Option<String>,
}

/// Renames a workspace or changes its settings: owners and admins only.
pub async fn update(ctx: &RequestContext, id: Uuid, changes: WorkspaceChanges) -> Result<workspaces::Model> {
    ctx.require_role(id, Role::Admin).await?;
    let viewer = ctx.viewer()?;
    let current = find(ctx, Some(id), None).await?.ok_or(platform::ApiError::NotFound("workspace"))?;
    let before = snapshot(&current);
    let mut model: workspaces::ActiveModel = current.into();
    if let Some(v) = changes.name {
        model.name = Set(name(&v, "name", 200)?);
    }
    if let Some(v) = &changes.slug {
        model.slug = Set(Slug::parse(v)?.as_str().to_string());
    }
    if let Some(v) = changes.settings {
        if !v.is_object() {
            return Err(IdentityError::InvalidSettings);
        }
        model.settings = Set(v);
    }
    if let Some(v) = changes.billing_email {
        model.billing_email = Set(Some(super::values::Email::parse(&v)?.as_str().to_string()));
    }
    let tx = ctx.db().begin().await?;
    let updated = match model.update(&tx).await {
        Ok(m) => m,
        Err(e) if platform::error::unique_violation(&e).is_some() => {
            return Err(IdentityError::SlugTaken(changes.slug.unwrap_or_default()));
        }
        Err(e) => return Err(e.into()),
    };
    platform::audit::record(
        &tx,
        viewer,
        platform::audit::AuditEntry {
            workspace_id: id,
            entity_type: "workspace",
            entity_id: id,
            action: platform::audit::AuditAction::Update,
            changes: platform::audit::diff(&before, &snapshot(&updated)),
            provenance: None,
        },
    )
    .await?;
    tx.commit().await?;
    // The slug may have changed: `workspace(slug:)` reads the memberships again.
    ctx.forget_roles();
    Ok(updated)
}

/// Deletes a workspace and everything in it: owners only.
pub async fn delete(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    ctx.require_role(id, Role::Owner).await?;
    let result = workspaces::Entity::delete_by_id(id).exec(ctx.db()).await?;
    if result.rows_affected == 0 {
        return Err(platform::ApiError::NotFound("workspace").into());
    }
    ctx.forget_roles();
    Ok(id)
}

fn snapshot(w: &workspaces::Model) -> Value {
    serde_json::json!({ "name": w.name, "slug": w.slug, "settings": w.settings, "billing_email": w.billing_email })
}
