use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use platform::error::{UserError, into_payload};
use platform::{RequestContext, Role};
use uuid::Uuid;

use super::types::FeatureFlag;
use crate::entity::{api_keys, users, workspace_members};
use crate::service;
use crate::service::api_keys::ApiKeyScope;

/// Identity's mutations.
#[derive(Default)]
pub struct IdentityMutation;

fn run<T>(result: crate::error::Result<T>) -> Result<(Option<T>, Vec<UserError>)> {
    into_payload(result)
}

/// Changes to the viewer's own profile; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateProfileInput {
    pub full_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub avatar_url: Option<String>,
    /// IANA time zone name, e.g. `Europe/Paris`.
    pub timezone: Option<String>,
}

#[derive(SimpleObject)]
pub struct UpdateProfilePayload {
    pub user: Option<users::Model>,
    pub errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct AddMemberInput {
    pub workspace_id: Uuid,
    /// The email of someone who has signed in once.
    pub email: String,
    pub role: Role,
}

#[derive(InputObject)]
pub struct ChangeMemberRoleInput {
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub role: Role,
}

#[derive(InputObject)]
pub struct RemoveMemberInput {
    pub workspace_id: Uuid,
    pub user_id: Uuid,
}

#[derive(InputObject)]
pub struct LeaveWorkspaceInput {
    pub workspace_id: Uuid,
}

#[derive(SimpleObject)]
pub struct MemberPayload {
    pub member: Option<workspace_members::Model>,
    pub errors: Vec<UserError>,
}

#[derive(SimpleObject)]
pub struct RemoveMemberPayload {
    /// The user who is no longer a member.
    pub removed_user_id: Option<Uuid>,
    pub errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct CreateApiKeyInput {
    pub workspace_id: Uuid,
    pub name: String,
    pub scopes: Vec<ApiKeyScope>,
    /// When the key stops working; never, if omitted.
    pub expires_at: Option<DateTime<Utc>>,
    /// Requests allowed per hour (default 1000).
    pub rate_limit: Option<i32>,
}

#[derive(SimpleObject)]
pub struct CreateApiKeyPayload {
    pub api_key: Option<api_keys::Model>,
    /// The key itself, shown this once: store it now, it cannot be read again.
    pub plaintext_key: Option<String>,
    pub errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct RevokeApiKeyInput {
    pub id: Uuid,
}

#[derive(SimpleObject)]
pub struct ApiKeyPayload {
    pub api_key: Option<api_keys::Model>,
    pub errors: Vec<UserError>,
}

#[derive(InputObject)]
pub struct SetFeatureFlagInput {
    pub name: String,
    pub description: Option<String>,
    pub is_enabled: bool,
    /// `{"users": [id…], "workspaces": [id…], "percentage": 0..100}`; `{}` targets everyone.
    pub rules: Option<async_graphql::Json<serde_json::Value>>,
}

#[derive(SimpleObject)]
pub struct FeatureFlagPayload {
    pub feature_flag: Option<FeatureFlag>,
    pub errors: Vec<UserError>,
}

#[Object]
impl IdentityMutation {
    /// Changes the viewer's profile.
    async fn update_profile(&self, ctx: &Context<'_>, input: UpdateProfileInput) -> Result<UpdateProfilePayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::users::ProfileChanges {
            full_name: input.full_name,
            first_name: input.first_name,
            last_name: input.last_name,
            avatar_url: input.avatar_url,
            timezone: input.timezone,
        };
        let (user, errors) = run(service::users::update_profile(request, changes).await)?;
        Ok(UpdateProfilePayload { user, errors })
    }

    /// Adds someone to a workspace (owners and admins; only owners add owners).
    async fn add_member(&self, ctx: &Context<'_>, input: AddMemberInput) -> Result<MemberPayload> {
        let request = RequestContext::of(ctx)?;
        let (member, errors) = run(service::members::add_by_email(request, input.workspace_id, &input.email, input.role).await)?;
        Ok(MemberPayload { member, errors })
    }

    /// Changes a member's role; the last owner cannot be demoted.
    async fn change_member_role(&self, ctx: &Context<'_>, input: ChangeMemberRoleInput) -> Result<MemberPayload> {
        let request = RequestContext::of(ctx)?;
        let (member, errors) = run(service::members::change_role(request, input.workspace_id, input.user_id, input.role).await)?;
        Ok(MemberPayload { member, errors })
    }

    /// Removes a member (owners and admins); the last owner cannot be removed.
    async fn remove_member(&self, ctx: &Context<'_>, input: RemoveMemberInput) -> Result<RemoveMemberPayload> {
        let request = RequestContext::of(ctx)?;
        let (removed_user_id, errors) = run(service::members::remove(request, input.workspace_id, input.user_id).await)?;
        Ok(RemoveMemberPayload { removed_user_id, errors })
    }

    /// The viewer leaves a workspace; the last owner cannot.
    async fn leave_workspace(&self, ctx: &Context<'_>, input: LeaveWorkspaceInput) -> Result<RemoveMemberPayload> {
        let request = RequestContext::of(ctx)?;
        let (removed_user_id, errors) = run(service::members::leave(request, input.workspace_id).await)?;
        Ok(RemoveMemberPayload { removed_user_id, errors })
    }

    /// Creates an API key (owners and admins). The key is in the payload this once.
    async fn create_api_key(&self, ctx: &Context<'_>, input: CreateApiKeyInput) -> Result<CreateApiKeyPayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::api_keys::NewApiKey {
            name: input.name,
            scopes: input.scopes,
            expires_at: input.expires_at,
            rate_limit: input.rate_limit,
        };
        let (created, errors) = run(service::api_keys::create(request, input.workspace_id, new).await)?;
        let (api_key, plaintext_key) = match created {
            Some((key, plaintext)) => (Some(key), Some(plaintext.expose().clone())),
            None => (None, None),
        };
        Ok(CreateApiKeyPayload { api_key, plaintext_key, errors })
    }

    /// Revokes an API key at once (owners and admins).
    async fn revoke_api_key(&self, ctx: &Context<'_>, input: RevokeApiKeyInput) -> Result<ApiKeyPayload> {
        let request = RequestContext::of(ctx)?;
        let (key, errors) = run(service::api_keys::revoke(request, input.id).await)?;
        Ok(ApiKeyPayload { api_key: key, errors })
    }

    /// Creates or changes a feature flag (platform staff only).
    async fn set_feature_flag(&self, ctx: &Context<'_>, input: SetFeatureFlagInput) -> Result<FeatureFlagPayload> {
        let request = RequestContext::of(ctx)?;
        let flag = service::flags::FlagInput {
            name: input.name,
            description: input.description,
            is_enabled: input.is_enabled,
            rules: input.rules.map_or_else(|| serde_json::json!({}), |j| j.0),
        };
        let (model, errors) = run(service::flags::set(request, flag).await)?;
        let viewer = request.viewer()?;
        let workspaces = request.workspace_ids().await?;
        let feature_flag = model.map(|m| {
            let enabled = service::flags::evaluate(&m, viewer.user_id, &workspaces);
            FeatureFlag { model: m, enabled }
        });
        Ok(FeatureFlagPayload { feature_flag, errors })
    }
}
