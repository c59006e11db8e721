//! Assembles one schema from every domain's roots, and the types shared across domains:
//! `Workspace` (each domain adds its fields), `Viewer`, and the workspace mutations.
//!
//! The domains are listed once, in [`domains!`]; everything else (the merged roots, the
//! `Workspace` fields, the schema's data, demo data, jobs, HTTP routes, the tables the
//! catalogue tests read) follows from that list.

use std::sync::Arc;

use async_graphql::{Context, InputObject, MergedObject, MergedSubscription, Object, Result, Schema, SimpleObject};
use identity::entity::{users, workspaces};
use identity::graphql::FeatureFlag;
use identity::service;
use platform::config::Limits;
use platform::domain::{Demo, Domain, Job, Services};
use platform::error::{UserError, into_payload};
use platform::{ApiError, RequestContext, Role};
use uuid::Uuid;

use crate::subscription::MembershipSubscription;

/// The API's domains, one line each (see `docs/architecture.md`, "Adding a domain").
macro_rules! domains {
    ($($domain:ty),* $(,)?) => {
        /// A tenant: the people, data and plan of one team or person. Each domain adds its fields.
        #[derive(MergedObject)]
        pub struct Workspace(identity::WorkspaceFields, $(<$domain as Domain>::WorkspaceFields),*);

        impl Workspace {
            pub fn new(model: workspaces::Model) -> Self {
                let id = model.id;
                Self(identity::WorkspaceFields::new(Arc::new(model)), $(<$domain as Domain>::workspace_fields(id)),*)
            }

            /// A workspace of the viewer's, read only if one of its own columns is asked for.
            pub fn of_member(id: Uuid) -> Self {
                Self(identity::WorkspaceFields::of_member(id), $(<$domain as Domain>::workspace_fields(id)),*)
            }
        }

        #[derive(MergedObject, Default)]
        pub struct Query(RootQuery, identity::IdentityQuery, $(<$domain as Domain>::Query),*);

        #[derive(MergedObject, Default)]
        pub struct Mutation(WorkspaceMutation, identity::IdentityMutation, $(<$domain as Domain>::Mutation),*);

        #[derive(MergedSubscription, Default)]
        pub struct Subscription(MembershipSubscription, $(<$domain as Domain>::Subscription),*);

        /// Puts what the domains' resolvers need into the schema's data.
        pub fn domain_data(builder: async_graphql::SchemaBuilder<Query, Mutation, Subscription>, services: &Services) -> async_graphql::SchemaBuilder<Query, Mutation, Subscription> {
            $(let builder = <$domain as Domain>::data(builder, services);)*
            builder
        }

        /// Every domain's scheduled jobs.
        pub fn domain_jobs() -> Vec<Job> {
            let mut jobs = Vec::new();
            $(jobs.extend(<$domain as Domain>::jobs());)*
            jobs
        }

        /// Every domain's demo data, in the order the domains are listed.
        pub async fn seed_domains(services: &Services, demo: &Demo) -> std::result::Result<(), ApiError> {
            $(<$domain as Domain>::seed(services, demo).await?;)*
            Ok(())
        }

        /// Every domain's settings, checked before the server starts (the first bad one).
        pub fn check_domain_settings() -> std::result::Result<(), String> {
            $(<$domain as Domain>::check_settings()?;)*
            Ok(())
        }

        /// Every domain's HTTP routes.
        pub fn domain_routes(services: &Services) -> axum::Router {
            let router = axum::Router::new();
            $(let router = router.merge(<$domain as Domain>::routes(services));)*
            router
        }

        /// The tables of every domain (identity's are in the foundation migrations).
        pub fn domain_tables() -> Vec<&'static str> {
            let mut tables = Vec::new();
            $(tables.extend(<$domain as Domain>::tables().iter().copied());)*
            tables
        }

        /// What `mosaic_app` and `mosaic_worker` may do to each table, as (table, role,
        /// privileges): identity's and every domain's declared grants. The login roles and
        /// the bookkeeping table appear nowhere: they hold nothing.
        pub fn privileges() -> Vec<(&'static str, &'static str, &'static str)> {
            let mut grants = identity::grants();
            $(grants.extend(<$domain as Domain>::grants());)*
            grants
                .into_iter()
                .flat_map(|g| [(g.table, "mosaic_app", g.app), (g.table, "mosaic_worker", g.worker)])
                .filter(|(_, _, privileges)| !privileges.is_empty())
                .collect()
        }

        /// The global tables of every domain (see `Domain::reference_tables`).
        pub fn domain_reference_tables() -> Vec<&'static str> {
            let mut tables = Vec::new();
            $(tables.extend(<$domain as Domain>::reference_tables().iter().copied());)*
            tables
        }
    };
}

domains!(crm::Crm, content::Content, billing::Billing);

/// The signed-in user, with their workspaces and flags.
pub struct Viewer {
    user: users::Model,
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
    async fn user(&self) -> users::Model {
        self.user.clone()
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
        let (workspace, errors) = into_payload(result)?;
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
        let (workspace, errors) = into_payload(result)?;
        Ok(WorkspacePayload { workspace: workspace.map(Workspace::new), errors })
    }

    /// Deletes a workspace and everything in it (owners).
    async fn delete_workspace(&self, ctx: &Context<'_>, input: DeleteWorkspaceInput) -> Result<DeleteWorkspacePayload> {
        let request = RequestContext::of(ctx)?;
        let result = service::workspaces::delete(request, input.id).await;
        let (deleted_workspace_id, errors) = into_payload(result)?;
        Ok(DeleteWorkspacePayload { deleted_workspace_id, errors })
    }
}

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
        // The API's own depth limit, which leaves introspection aside, is `Api`'s; this one
        // only backs it up.
        .limit_depth(platform::request::INTROSPECTION_DEPTH.max(limits.max_depth))
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
