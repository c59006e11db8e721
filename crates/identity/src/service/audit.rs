//! Reading the audit log (owners and admins).

use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::{RequestContext, Role};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entity::audit_logs;
use crate::error::Result;

/// Filters on the audit log.
#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
}

pub async fn list(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: AuditFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<audit_logs::Model>> {
    ctx.require_role(workspace_id, Role::Admin).await?;
    let mut select = audit_logs::Entity::find().filter(audit_logs::Column::WorkspaceId.eq(workspace_id));
    if let Some(t) = filter.entity_type {
        select = select.filter(audit_logs::Column::EntityType.eq(t));
    }
    if let Some(id) = filter.entity_id {
        select = select.filter(audit_logs::Column::EntityId.eq(id));
    }
    if let Some(id) = filter.actor_id {
        select = select.filter(audit_logs::Column::ActorId.eq(id));
    }
    let keyset = Keyset { sort: audit_logs::Column::CreatedAt, id: audit_logs::Column::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |a| (a.created_at, a.id), with_total).await?)
}
