use std::sync::Arc;

use async_graphql::{ComplexObject, Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use platform::loader::global_by_id;
use platform::pagination::{PageArgs, RelayConnection, connection, wants_total};
use platform::{RequestContext, Role};
use uuid::Uuid;

use super::utc;
use crate::entity::{api_keys, audit_logs, feature_flags, users, workspace_members, workspaces};
use crate::service;
use crate::service::api_keys::ApiKeyScope;

#[ComplexObject]
impl workspace_members::Model {
    /// The member.
    async fn user(&self, ctx: &Context<'_>) -> Result<Option<users::Model>> {
        global_by_id::<users::Entity>(ctx, self.user_id).await
    }
}

#[ComplexObject]
impl api_keys::Model {
    /// What the key may do; its role is capped accordingly.
    async fn scopes(&self) -> Vec<ApiKeyScope> {
        self.scopes.iter().filter_map(|s| ApiKeyScope::from_sql(s)).collect()
    }
    /// False once revoked.
    async fn is_active(&self) -> bool {
        self.is_active && self.revoked_at.is_none()
    }
    /// Who created the key; the key acts with their role, capped by its scopes.
    async fn created_by(&self, ctx: &Context<'_>) -> Result<Option<users::Model>> {
        global_by_id::<users::Entity>(ctx, self.created_by).await
    }
}

#[ComplexObject]
impl audit_logs::Model {
    /// Who made the change: null for a system change, and for someone who no longer shares a
    /// workspace with the viewer (a user is seen only by those they work with).
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<users::Model>> {
        match self.actor_id {
            Some(id) => global_by_id::<users::Entity>(ctx, id).await,
            None => Ok(None),
        }
    }
}

/// A feature flag and its value for the viewer.
pub struct FeatureFlag {
    pub model: feature_flags::Model,
    pub enabled: bool,
}

#[Object]
impl FeatureFlag {
    async fn name(&self) -> &str {
        &self.model.name
    }
    async fn description(&self) -> Option<&str> {
        self.model.description.as_deref()
    }
    /// Whether the flag is on for the viewer, after its targeting rules.
    async fn enabled(&self) -> bool {
        self.enabled
    }
}

/// An amount of money as a decimal string, never a float.
#[derive(SimpleObject)]
pub struct Money {
    /// Decimal string, e.g. `"10.0000"`.
    pub amount: String,
    /// ISO 4217 code.
    pub currency: String,
}

/// A workspace's plan and limits.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct WorkspacePlan {
    pub tier: String,
    /// `active`, `cancelled`, `past_due` or `trialing`.
    pub status: String,
    /// `individual`, `team` or `agency`.
    pub plan_type: String,
    pub creator_limit: i32,
    pub user_limit: i32,
    pub voice_model_limit: i32,
    pub storage_limit_gb: i32,
    #[graphql(skip)]
    pub budget: String,
}

#[ComplexObject]
impl WorkspacePlan {
    /// The monthly AI spending budget.
    async fn budget_limit_monthly(&self) -> Money {
        Money { amount: self.budget.clone(), currency: "USD".into() }
    }
}

/// Identity's fields of `Workspace`. A workspace found among the viewer's memberships (by id
/// or slug) is read from the database only when one of its own columns is asked for, once.
pub struct WorkspaceFields {
    id: Uuid,
    row: tokio::sync::OnceCell<Arc<workspaces::Model>>,
}

impl WorkspaceFields {
    pub fn new(model: Arc<workspaces::Model>) -> Self {
        Self { id: model.id, row: tokio::sync::OnceCell::new_with(Some(model)) }
    }

    /// A workspace the viewer is a member of, not read yet.
    pub fn of_member(id: Uuid) -> Self {
        Self { id, row: tokio::sync::OnceCell::new() }
    }

    async fn row(&self, ctx: &Context<'_>) -> Result<&workspaces::Model> {
        let row = self
            .row
            .get_or_try_init(|| async {
                let request = RequestContext::of(ctx)?;
                match service::workspaces::find(request, Some(self.id), None).await? {
                    Some(model) => Ok(Arc::new(model)),
                    None => Err(async_graphql::Error::from(platform::ApiError::NotFound("workspace"))),
                }
            })
            .await?;
        Ok(row.as_ref())
    }
}

#[Object]
impl WorkspaceFields {
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }
    async fn name(&self, ctx: &Context<'_>) -> Result<&str> {
        Ok(&self.row(ctx).await?.name)
    }
    /// Unique URL name: lowercase letters, digits and hyphens.
    async fn slug(&self, ctx: &Context<'_>) -> Result<&str> {
        Ok(&self.row(ctx).await?.slug)
    }
    /// Free-form settings object.
    async fn settings(&self, ctx: &Context<'_>) -> Result<async_graphql::Json<serde_json::Value>> {
        Ok(async_graphql::Json(self.row(ctx).await?.settings.clone()))
    }
    /// True for the workspace every user gets at first sign-in.
    async fn is_personal(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(self.row(ctx).await?.is_personal)
    }
    async fn billing_email(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(self.row(ctx).await?.billing_email.as_deref())
    }
    async fn plan(&self, ctx: &Context<'_>) -> Result<WorkspacePlan> {
        let w = self.row(ctx).await?;
        Ok(WorkspacePlan {
            tier: w.subscription_tier.clone(),
            status: w.subscription_status.clone(),
            plan_type: w.plan_type.clone(),
            creator_limit: w.creator_limit,
            user_limit: w.user_limit,
            voice_model_limit: w.voice_model_limit,
            storage_limit_gb: w.storage_limit_gb,
            budget: w.budget_limit_monthly.clone(),
        })
    }
    async fn created_at(&self, ctx: &Context<'_>) -> Result<DateTime<Utc>> {
        Ok(utc(self.row(ctx).await?.created_at))
    }
    async fn updated_at(&self, ctx: &Context<'_>) -> Result<DateTime<Utc>> {
        Ok(utc(self.row(ctx).await?.updated_at))
    }
    /// The viewer's role here (capped by an API key's scopes).
    async fn viewer_role(&self, ctx: &Context<'_>) -> Result<Role> {
        Ok(RequestContext::of(ctx)?.role_in(self.id).await?)
    }
    /// The workspace's members, oldest first.
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn members(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<workspace_members::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let page = service::members::list(request, self.id, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }
    /// The workspace's API keys, newest first (owners and admins).
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn api_keys(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<api_keys::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let page = service::api_keys::list(request, self.id, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }
    /// Who changed what, newest first (owners and admins).
    #[graphql(complexity = "platform::pagination::page_complexity(first, last, child_complexity)")]
    async fn audit_logs(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditLogFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<RelayConnection<audit_logs::Model>> {
        let request = RequestContext::of(ctx)?;
        let args = PageArgs::new(after, before, first, last);
        let f = filter.unwrap_or_default();
        let filter = service::audit::AuditFilter { entity_type: f.entity_type, entity_id: f.entity_id, actor_id: f.actor_id };
        let page = service::audit::list(request, self.id, filter, &args, wants_total(ctx)).await?;
        Ok(connection(page))
    }
}

/// Narrows the audit log.
#[derive(async_graphql::InputObject, Default)]
pub struct AuditLogFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
}
