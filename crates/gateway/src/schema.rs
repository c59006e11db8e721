//! Assembles one schema from every domain's roots, and the types shared across domains:
//! `Workspace` (each domain adds its fields), `Viewer`, and the workspace mutations.

use std::sync::Arc;

use async_graphql::{Context, InputObject, MergedObject, Object, Result, Schema, SimpleObject};
use identity::entity::workspaces;
use identity::graphql::{FeatureFlag, User};
use identity::service;
use platform::config::Limits;
use platform::error::{ServiceError, UserError, into_payload};
use platform::{RequestContext, Role};
use uuid::Uuid;

use crate::subscription::Subscription;

/// A tenant: the people, data and plan of one team or person. Each domain adds its fields.
#[derive(MergedObject)]
pub struct Workspace(identity::WorkspaceFields, crm::CrmWorkspaceFields);

impl Workspace {
    pub fn new(model: workspaces::Model) -> Self {
        let id = model.id;
        Self(identity::WorkspaceFields::new(Arc::new(model)), crm::CrmWorkspaceFields::new(id))
    }

    /// A workspace of the viewer's, read only if one of its own columns is asked for.
    pub fn of_member(id: Uuid) -> Self {
        Self(identity::WorkspaceFields::of_member(id), crm::CrmWorkspaceFields::new(id))
    }
}

/// The signed-in user, with their workspaces and flags.
pub struct Viewer {
    user: identity::entity::users::Model,
}

/// A workspace the viewer belongs to, with their role in it.
#[derive(SimpleObject)]
pub struct Membership {
    pub workspace: Workspace,
    pub role: Role,
}

#[Object]
impl Viewer {
    /// The viewer as a user.
    async fn user(&self) -> User {
        User(self.user.clone())
    }
    async fn id(&self) -> Uuid {
        self.user.id
    }
    async fn email(&self) -> &str {
        &self.user.email
    }
    /// Every workspace the viewer belongs to (only the key's own with an API key), personal first.
    async fn memberships(&self, ctx: &Context<'_>) -> Result<Vec<Membership>> {
        let request = RequestContext::of(ctx)?;
        let rows = service::workspaces::memberships(request).await?;
        Ok(rows.into_iter().map(|(w, role)| Membership { workspace: Workspace::new(w), role }).collect())
    }
    /// Every feature flag with its value for the viewer.
    async fn flags(&self, ctx: &Context<'_>) -> Result<Vec<FeatureFlag>> {
        let request = RequestContext::of(ctx)?;
        let flags = service::flags::for_viewer(request).await?;
        Ok(flags.into_iter().map(|(model, enabled)| FeatureFlag { model, enabled }).collect())
    }
}

#[derive(Default)]
pub struct RootQuery;

#[Object]
impl RootQuery {
    /// The signed-in user; `UNAUTHENTICATED` without a valid token or key.
    async fn viewer(&self, ctx: &Context<'_>) -> Result<Viewer> {
        let request = RequestContext::of(ctx)?;
        Ok(Viewer { user: service::users::viewer(request).await? })
    }

    /// A workspace by `id` or `slug`. Another tenant's workspace is `null`, as a missing one.
    async fn workspace(&self, ctx: &Context<'_>, id: Option<Uuid>, slug: Option<String>) -> Result<Option<Workspace>> {
        let request = RequestContext::of(ctx)?;
        Ok(service::workspaces::find_id(request, id, slug.as_deref()).await?.map(Workspace::of_member))
    }
}

#[derive(InputObject)]
pub struct CreateWorkspaceInput {
    pub name: String,
    /// Made from the name when omitted.
    pub slug: Option<String>,
}

#[derive(InputObject)]
pub struct UpdateWorkspaceInput {
    pub id: Uuid,
    pub name: Option<String>,
    pub slug: Option<String>,
    /// Replaces the settings object.
    pub settings: Option<async_graphql::Json<serde_json::Value>>,
    pub billing_email: Option<String>,
}

#[derive(InputObject)]
pub struct DeleteWorkspaceInput {
    pub id: Uuid,
}

#[derive(SimpleObject)]
pub struct WorkspacePayload {
    pub workspace: Option<Workspace>,
    pub errors: Vec<UserError>,
}

#[derive(SimpleObject)]
pub struct DeleteWorkspacePayload {
    pub deleted_workspace_id: Option<Uuid>,
    pub errors: Vec<UserError>,
}

#[derive(Default)]
pub struct WorkspaceMutation;

#[Object]
impl WorkspaceMutation {
    /// Creates a workspace with the viewer as its owner.
    async fn create_workspace(&self, ctx: &Context<'_>, input: CreateWorkspaceInput) -> Result<WorkspacePayload> {
        let request = RequestContext::of(ctx)?;
        let result = service::workspaces::create(request, &input.name, input.slug.as_deref()).await;
        let (workspace, errors) = into_payload(result.map_err(ServiceError::from))?;
        Ok(WorkspacePayload { workspace: workspace.map(Workspace::new), errors })
    }

    /// Renames a workspace or replaces its settings (owners and admins).
    async fn update_workspace(&self, ctx: &Context<'_>, input: UpdateWorkspaceInput) -> Result<WorkspacePayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::workspaces::WorkspaceChanges {
            name: input.name,
            slug: input.slug,
            settings: input.settings.map(|j| j.0),
            billing_email: input.billing_email,
        };
        let result = service::workspaces::update(request, input.id, changes).await;
        let (workspace, errors) = into_payload(result.map_err(ServiceError::from))?;
        Ok(WorkspacePayload { workspace: workspace.map(Workspace::new), errors })
    }

    /// Deletes a workspace and everything in it (owners).
    async fn delete_workspace(&self, ctx: &Context<'_>, input: DeleteWorkspaceInput) -> Result<DeleteWorkspacePayload> {
        let request = RequestContext::of(ctx)?;
        let result = service::workspaces::delete(request, input.id).await;
        let (deleted_workspace_id, errors) = into_payload(result.map_err(ServiceError::from))?;
        Ok(DeleteWorkspacePayload { deleted_workspace_id, errors })
    }
}

#[derive(MergedObject, Default)]
pub struct Query(RootQuery, identity::IdentityQuery, crm::CrmQuery);

#[derive(MergedObject, Default)]
pub struct Mutation(WorkspaceMutation, identity::IdentityMutation, crm::CrmMutation);

pub type MosaicSchema = Schema<Query, Mutation, Subscription>;

/// Options that shape the schema itself.
#[derive(Debug, Clone, Default)]
pub struct SchemaOptions {
    pub limits: Limits,
    /// Hides introspection and field suggestions.
    pub production: bool,
}

/// The schema with its limits; the caller adds the data resolvers need and finishes it.
pub fn builder(options: &SchemaOptions) -> async_graphql::SchemaBuilder<Query, Mutation, Subscription> {
    let limits = &options.limits;
    let mut builder = Schema::build(Query::default(), Mutation::default(), Subscription::default())
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity)
        .limit_directives(limits.max_aliases);
    if options.production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder
}

/// The SDL clients generate against; `schema.graphql` must equal it.
pub fn sdl() -> String {
    builder(&SchemaOptions::default()).finish().sdl()
}
