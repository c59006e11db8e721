//! Users: first sign-in provisioning and profiles.

use chrono::Utc;
use platform::RequestContext;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set, TransactionTrait};
use uuid::Uuid;

use super::values::{Email, Slug, Timezone, name};
use crate::entity::{users, workspace_members, workspaces};
use crate::error::{IdentityError, Result};

/// What a signed-in user's first request needs to know.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: users::Model,
    /// True when this sign-in created the user and their personal workspace.
    pub provisioned: bool,
}

/// Finds the user a valid token names, creating them and a personal workspace on their first
/// sign-in. Runs in a worker transaction: the user does not exist yet for row-level security.
///
/// Many first requests of one new user may race (a client opening several tabs): they take
/// turns on a lock of the user id, and the later ones find the user the first made. Another
/// account's email is refused, whichever request gets there first.
pub async fn provision(db: &DatabaseTransaction, user_id: Uuid, email: Option<&str>) -> Result<SignedIn> {
    if let Some(user) = users::Entity::find_by_id(user_id).one(db).await? {
        return Ok(SignedIn { user, provisioned: false });
    }
    let email =
        Email::parse(email.unwrap_or_default()).map_err(|_| IdentityError::InvalidEmail("the token has no usable email claim".into()))?;
    platform::write::advisory_lock(db, &format!("identity.provision:{user_id}")).await?;
    if let Some(user) = users::Entity::find_by_id(user_id).one(db).await? {
        return Ok(SignedIn { user, provisioned: false });
    }
    let taken = || IdentityError::InvalidEmail("that email already belongs to another account".into());
    let existing = users::Entity::find()
        .filter(sea_orm::sea_query::Expr::cust_with_values("lower(email) = lower($1)", [email.as_str()]))
        .one(db)
        .await?;
    if existing.is_some() {
        return Err(taken());
    }
    // Another id racing for the same email may still get there first: its unique key answers,
    // inside a savepoint so this transaction stays usable.
    let attempt = db.begin().await?;
    let now = Utc::now().fixed_offset();
    let inserted = users::ActiveModel {
        id: Set(user_id),
        email: Set(email.as_str().to_string()),
        last_login_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(&attempt)
    .await;
    let user = match inserted {
        Ok(user) => user,
        Err(e) if platform::error::unique_violation(&e).is_some() => return Err(taken()),
        Err(e) => return Err(e.into()),
    };
    create_personal_workspace(&attempt, &user).await?;
    attempt.commit().await?;
    tracing::info!(%user_id, "provisioned a new user and their personal workspace");
    Ok(SignedIn { user, provisioned: true })
}

async fn create_personal_workspace<C: ConnectionTrait>(db: &C, user: &users::Model) -> Result<workspaces::Model> {
    let local = user.email.split('@').next().unwrap_or("me");
    // The user id's tail keeps personal slugs unique without a retry loop.
    let suffix: String = user.id.simple().to_string().chars().rev().take(8).collect();
    let slug = format!("{}-{suffix}", Slug::from_text(local));
    let workspace = workspaces::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(format!("{local}'s workspace")),
        slug: Set(slug),
        is_personal: Set(true),
        created_by: Set(Some(user.id)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    workspace_members::ActiveModel {
        workspace_id: Set(workspace.id),
        user_id: Set(user.id),
        role: Set(platform::Role::Owner),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(workspace)
}

/// Records a sign-in time.
pub async fn touch_login<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<()> {
    users::Entity::update_many()
        .col_expr(users::Column::LastLoginAt, sea_orm::sea_query::Expr::current_timestamp())
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The viewer's own user row.
pub async fn viewer(ctx: &RequestContext) -> Result<users::Model> {
    let viewer = ctx.viewer()?;
    users::Entity::find_by_id(viewer.user_id)
        .one(ctx.db())
        .await?
        .ok_or_else(|| IdentityError::Api(platform::ApiError::Unauthenticated("this account no longer exists".into())))
}

#[derive(Debug, Default, Clone)]
pub struct ProfileChanges {
    pub full_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub avatar_url: Option<String>,
    pub timezone: Option<String>,
}

/// Updates the viewer's own profile. Only a person signed in with a token edits their
/// profile; API keys act for a workspace, not for a person.
pub async fn update_profile(ctx: &RequestContext, changes: ProfileChanges) -> Result<users::Model> {
    let signed_in = ctx.viewer()?;
    if signed_in.api_key_id().is_some() {
        return Err(platform::ApiError::Forbidden("API keys cannot edit a person's profile".into()).into());
    }
    let mut user: users::ActiveModel = viewer(ctx).await?.into();
    if let Some(v) = changes.full_name {
        user.full_name = Set(Some(name(&v, "fullName", 200)?));
    }
    if let Some(v) = changes.first_name {
        user.first_name = Set(Some(name(&v, "firstName", 100)?));
    }
    if let Some(v) = changes.last_name {
        user.last_name = Set(Some(name(&v, "lastName", 100)?));
    }
    if let Some(v) = changes.avatar_url {
        let v = v.trim().to_string();
        if !(v.starts_with("https://") || v.starts_with("http://")) || v.len() > 2000 {
            return Err(IdentityError::InvalidName { field: "avatarUrl", max: 2000 });
        }
        user.avatar_url = Set(Some(v));
    }
    if let Some(v) = changes.timezone {
        user.timezone = Set(Timezone::parse(&v)?.as_str().to_string());
    }
    Ok(user.update(ctx.db()).await?)
}

/// Users by id, as the viewer may see them (themself and people they share a workspace with).
pub async fn by_ids<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> Result<Vec<users::Model>> {
    Ok(users::Entity::find().filter(users::Column::Id.is_in(ids.iter().copied())).all(db).await?)
}
