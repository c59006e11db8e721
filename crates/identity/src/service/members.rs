//! Members and roles. Owners and admins manage members; only an owner grants, changes or
//! removes the owner role; the last owner can neither leave nor be demoted.

use platform::audit::{AuditAction, AuditEntry};
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::{RequestContext, Role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter, Set, Statement,
    TransactionTrait,
};
use uuid::Uuid;

use super::values::Email;
use crate::entity::workspace_members;
use crate::error::{IdentityError, Result};

/// The members of a workspace the viewer belongs to, oldest first.
pub async fn list(ctx: &RequestContext, workspace_id: Uuid, args: &PageArgs, with_total: bool) -> Result<Page<workspace_members::Model>> {
    ctx.role_in(workspace_id).await?;
    let select = workspace_members::Entity::find().filter(workspace_members::Column::WorkspaceId.eq(workspace_id));
    let keyset = Keyset { sort: workspace_members::Column::CreatedAt, id: workspace_members::Column::UserId, descending: false };
    Ok(keyset_page(ctx.db(), select, keyset, args, |m| (m.created_at, m.user_id), with_total).await?)
}

/// Adds the user with `email` (who must have signed in once) with `role`.
pub async fn add_by_email(ctx: &RequestContext, workspace_id: Uuid, email: &str, role: Role) -> Result<workspace_members::Model> {
    let my_role = ctx.require_role(workspace_id, Role::Admin).await?;
    if role == Role::Owner && my_role < Role::Owner {
        return Err(IdentityError::OwnerOnly);
    }
    let email = Email::parse(email)?;
    let tx = ctx.db().begin().await?;
    // The database adds the account with that email, if there is one, and tells nothing else
    // (see `tenancy.add_member`): no lookup turns an email into a user id by itself.
    let added = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT tenancy.add_member($1, $2, $3::workspace_role) AS id",
            [workspace_id.into(), email.as_str().into(), role.as_sql().into()],
        ))
        .await;
    let user_id = match added {
        Ok(row) => row.and_then(|row| row.try_get::<Option<Uuid>>("", "id").ok().flatten()).ok_or(IdentityError::UserNotFound)?,
        Err(e) if platform::error::unique_violation(&e).is_some() => return Err(IdentityError::AlreadyMember),
        Err(e) => return Err(e.into()),
    };
    let member = workspace_members::Entity::find_by_id((workspace_id, user_id)).one(&tx).await?.ok_or(IdentityError::UserNotFound)?;
    audit(&tx, ctx, workspace_id, user_id, AuditAction::Create, serde_json::json!({ "role": role.as_sql() })).await?;
    tx.commit().await?;
    Ok(member)
}

/// Changes a member's role.
pub async fn change_role(ctx: &RequestContext, workspace_id: Uuid, user_id: Uuid, role: Role) -> Result<workspace_members::Model> {
    let my_role = ctx.require_role(workspace_id, Role::Admin).await?;
    let tx = ctx.db().begin().await?;
    let current = locked_member(&tx, workspace_id, user_id).await?;
    let from: Role = current.role;
    if (from == Role::Owner || role == Role::Owner) && my_role < Role::Owner {
        return Err(IdentityError::OwnerOnly);
    }
    if from == Role::Owner && role != Role::Owner && other_owners(&tx, workspace_id, user_id).await? == 0 {
        return Err(IdentityError::LastOwner);
    }
    // Audited first: the row-level policy lets only writers write the audit log, and a member
    // who demotes themself to viewer is no longer one once the update is made.
    audit(
        &tx,
        ctx,
        workspace_id,
        user_id,
        AuditAction::Update,
        serde_json::json!({ "role": { "from": from.as_sql(), "to": role.as_sql() } }),
    )
    .await?;
    let mut model: workspace_members::ActiveModel = current.into();
    model.role = Set(role);
    let updated = model.update(&tx).await?;
    tx.commit().await?;
    if user_id == ctx.viewer()?.user_id {
        ctx.forget_roles();
    }
    Ok(updated)
}

/// Removes a member (owners and admins; removing an owner takes an owner).
pub async fn remove(ctx: &RequestContext, workspace_id: Uuid, user_id: Uuid) -> Result<Uuid> {
    let my_role = ctx.require_role(workspace_id, Role::Admin).await?;
    delete_member(ctx, workspace_id, user_id, Some(my_role)).await
}

/// The viewer leaves a workspace.
pub async fn leave(ctx: &RequestContext, workspace_id: Uuid) -> Result<Uuid> {
    let viewer = ctx.viewer()?;
    if viewer.api_key_id().is_some() {
        return Err(platform::ApiError::Forbidden("an API key cannot leave a workspace".into()).into());
    }
    ctx.role_in(workspace_id).await?;
    delete_member(ctx, workspace_id, viewer.user_id, None).await
}

async fn delete_member(ctx: &RequestContext, workspace_id: Uuid, user_id: Uuid, remover_role: Option<Role>) -> Result<Uuid> {
    let tx = ctx.db().begin().await?;
    let current = locked_member(&tx, workspace_id, user_id).await?;
    let role: Role = current.role;
    if role == Role::Owner {
        if remover_role.is_some_and(|r| r < Role::Owner) {
            return Err(IdentityError::OwnerOnly);
        }
        if other_owners(&tx, workspace_id, user_id).await? == 0 {
            return Err(IdentityError::LastOwner);
        }
    }
    // Audited before the row goes, for the same reason as in `change_role`: an admin removing
    // themself is no longer a member, let alone a writer, afterwards.
    if remover_role.is_some() {
        audit(&tx, ctx, workspace_id, user_id, AuditAction::Delete, serde_json::json!({ "role": role.as_sql() })).await?;
    }
    workspace_members::Entity::delete_many()
        .filter(workspace_members::Column::WorkspaceId.eq(workspace_id))
        .filter(workspace_members::Column::UserId.eq(user_id))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    if user_id == ctx.viewer()?.user_id {
        ctx.forget_roles();
    }
    Ok(user_id)
}

/// Reads a membership after taking the workspace's membership lock, so two concurrent
/// demotions cannot both see "another owner remains".
async fn locked_member(tx: &DatabaseTransaction, workspace_id: Uuid, user_id: Uuid) -> Result<workspace_members::Model> {
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))",
        [workspace_id.into()],
    ))
    .await?;
    workspace_members::Entity::find_by_id((workspace_id, user_id)).one(tx).await?.ok_or(IdentityError::NotMember)
}

async fn other_owners(tx: &DatabaseTransaction, workspace_id: Uuid, user_id: Uuid) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(workspace_members::Entity::find()
        .filter(workspace_members::Column::WorkspaceId.eq(workspace_id))
        .filter(workspace_members::Column::Role.eq(Role::Owner))
        .filter(workspace_members::Column::UserId.ne(user_id))
        .count(tx)
        .await?)
}

async fn audit(
    tx: &DatabaseTransaction,
    ctx: &RequestContext,
    workspace_id: Uuid,
    user_id: Uuid,
    action: AuditAction,
    changes: serde_json::Value,
) -> Result<()> {
    platform::audit::record(
        tx,
        ctx.viewer()?,
        AuditEntry { workspace_id, entity_type: "workspace_member", entity_id: user_id, action, changes, provenance: None },
    )
    .await?;
    Ok(())
}
