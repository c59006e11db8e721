//! API keys: shown once at creation, stored only as a SHA-256 hash, with scopes, an expiry,
//! revocation and an hourly rate limit counted in the database so every replica shares it.

use chrono::{DateTime, Utc};
use platform::audit::{AuditAction, AuditEntry};
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::secret::Secret;
use platform::{ApiError, RequestContext, Role};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Set, Statement, TransactionTrait};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::values::name;
use crate::entity::api_keys;
use crate::error::{IdentityError, Result};

/// What a key may do; its role in the workspace is capped accordingly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, async_graphql::Enum)]
pub enum ApiKeyScope {
    /// Read the workspace's data (acts as a viewer).
    Read,
    /// Also change it (acts as a member).
    Write,
    /// Also manage members and keys (acts as an admin).
    Admin,
}

impl ApiKeyScope {
    fn as_sql(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
        }
    }

    pub fn from_sql(s: &str) -> Option<Self> {
        Some(match s {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            _ => return None,
        })
    }

    fn role_cap(self) -> Role {
        match self {
            Self::Read => Role::Viewer,
            Self::Write => Role::Member,
            Self::Admin => Role::Admin,
        }
    }
}

/// The hash a key is stored and looked up by.
pub fn hash_key(plaintext: &str) -> String {
    hex::encode(Sha256::digest(plaintext.as_bytes()))
}

pub struct NewApiKey {
    pub name: String,
    pub scopes: Vec<ApiKeyScope>,
    pub expires_at: Option<DateTime<Utc>>,
    pub rate_limit: Option<i32>,
}

/// Creates a key; the plaintext is returned here once and never again.
pub async fn create(ctx: &RequestContext, workspace_id: Uuid, input: NewApiKey) -> Result<(api_keys::Model, Secret<String>)> {
    ctx.require_role(workspace_id, Role::Admin).await?;
    let viewer = ctx.viewer()?;
    let key_name = name(&input.name, "name", 100)?;
    if input.scopes.is_empty() {
        return Err(IdentityError::NoScopes);
    }
    if input.expires_at.is_some_and(|t| t <= Utc::now()) {
        return Err(IdentityError::ExpiryInPast);
    }
    let rate_limit = input.rate_limit.unwrap_or(1000);
    if !(1..=1_000_000).contains(&rate_limit) {
        return Err(IdentityError::InvalidRateLimit);
    }
    // A key never grants more than its creator holds through it: an admin scope needs an admin.
    let mut scopes = input.scopes;
    scopes.sort();
    scopes.dedup();

    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let plaintext = format!("mk_{}", hex::encode(bytes));
    let tx = ctx.db().begin().await?;
    let key = api_keys::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        created_by: Set(viewer.user_id),
        name: Set(key_name),
        key_prefix: Set(plaintext[..11].to_string()),
        key_hash: Set(hash_key(&plaintext)),
        scopes: Set(scopes.iter().map(|s| s.as_sql().to_string()).collect()),
        expires_at: Set(input.expires_at.map(|t| t.fixed_offset())),
        rate_limit: Set(rate_limit),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    platform::audit::record(
        &tx,
        viewer,
        AuditEntry {
            workspace_id,
            entity_type: "api_key",
            entity_id: key.id,
            action: AuditAction::Create,
            changes: serde_json::json!({ "name": key.name, "scopes": key.scopes }),
            provenance: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok((key, Secret::new(plaintext)))
}

/// Revokes a key at once; requests with it are refused from then on.
pub async fn revoke(ctx: &RequestContext, key_id: Uuid) -> Result<api_keys::Model> {
    let key = api_keys::Entity::find_by_id(key_id)
        .filter(api_keys::Column::WorkspaceId.is_in(ctx.workspace_ids().await?.iter().copied()))
        .one(ctx.db())
        .await?
        .ok_or(IdentityError::KeyNotFound)?;
    ctx.require_role(key.workspace_id, Role::Admin).await?;
    let tx = ctx.db().begin().await?;
    let workspace_id = key.workspace_id;
    let mut model: api_keys::ActiveModel = key.into();
    model.is_active = Set(false);
    model.revoked_at = Set(Some(Utc::now().fixed_offset()));
    let revoked = model.update(&tx).await?;
    platform::audit::record(
        &tx,
        ctx.viewer()?,
        AuditEntry {
            workspace_id,
            entity_type: "api_key",
            entity_id: key_id,
            action: AuditAction::Update,
            changes: serde_json::json!({ "is_active": { "from": true, "to": false } }),
            provenance: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(revoked)
}

/// A workspace's keys, newest first: owners and admins only.
pub async fn list(ctx: &RequestContext, workspace_id: Uuid, args: &PageArgs, with_total: bool) -> Result<Page<api_keys::Model>> {
    ctx.require_role(workspace_id, Role::Admin).await?;
    let select = api_keys::Entity::find().filter(api_keys::Column::WorkspaceId.eq(workspace_id));
    let keyset = Keyset { sort: api_keys::Column::CreatedAt, id: api_keys::Column::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |k| (k.created_at, k.id), with_total).await?)
}

/// Who a valid key acts as.
#[derive(Debug, Clone)]
pub struct KeyGrant {
    pub key_id: Uuid,
    pub workspace_id: Uuid,
    pub user_id: Uuid,
    pub email: String,
    pub role_cap: Role,
    /// When the key stops working, if ever: subscriptions it opened end then.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Checks a presented key and counts its use, in one statement: unknown, revoked and expired
/// keys are `UNAUTHENTICATED`; a key past its hourly limit is `LIMIT_EXCEEDED`.
/// Runs as the worker role: the request has no user yet.
pub async fn authenticate<C: ConnectionTrait>(db: &C, plaintext: &str) -> std::result::Result<KeyGrant, ApiError> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "UPDATE api_keys k SET \
                window_count = CASE WHEN k.window_started_at > now() - interval '1 hour' THEN k.window_count + 1 ELSE 1 END, \
                window_started_at = CASE WHEN k.window_started_at > now() - interval '1 hour' THEN k.window_started_at ELSE now() END, \
                usage_count = k.usage_count + 1, last_used_at = now() \
             FROM users u \
             WHERE k.key_hash = $1 AND u.id = k.created_by AND u.is_active AND k.is_active AND k.revoked_at IS NULL \
               AND (k.expires_at IS NULL OR k.expires_at > now()) \
             RETURNING k.id, k.workspace_id, k.created_by, u.email, k.scopes, k.window_count, k.rate_limit, k.expires_at",
            [hash_key(plaintext).into()],
        ))
        .await?
        .ok_or_else(|| ApiError::Unauthenticated("the API key is unknown, expired or revoked".into()))?;
    let count: i32 = row.try_get("", "window_count")?;
    let limit: i32 = row.try_get("", "rate_limit")?;
    if count > limit {
        return Err(ApiError::LimitExceeded(format!("this API key allows {limit} requests an hour")));
    }
    let scopes: Vec<String> = row.try_get("", "scopes")?;
    let role_cap = scopes.iter().filter_map(|s| ApiKeyScope::from_sql(s)).map(ApiKeyScope::role_cap).max().unwrap_or(Role::Viewer);
    Ok(KeyGrant {
        key_id: row.try_get("", "id")?,
        workspace_id: row.try_get("", "workspace_id")?,
        user_id: row.try_get("", "created_by")?,
        email: row.try_get("", "email")?,
        role_cap,
        expires_at: row.try_get::<Option<chrono::DateTime<chrono::FixedOffset>>>("", "expires_at")?.map(|t| t.with_timezone(&Utc)),
    })
}
