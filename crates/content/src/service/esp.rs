//! ESP integrations: a business's connection to an email service provider (one per provider
//! per business).
//!
//! Credentials are given as a JSON object (an API key, a server prefix…), encrypted with the
//! server's keyring before they reach the database, and decrypted only for a sync; they are
//! never in the schema, in an audit entry (a change of credentials is recorded as
//! `"credentials": "replaced"`) or in a change notification. A sync ([`sync_esp_integration`])
//! sends the business's email sequences through an [`EspClient`] and records `last_sync_at`
//! and `sync_status` SYNCED, or `sync_status` FAILED with the error appended to `error_log`
//! (its last 20 entries are kept).

use async_trait::async_trait;
use chrono::Utc;
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::crypto::Keyring;
use platform::pagination::{Page, PageArgs};
use platform::secret::Secret;
use platform::tenancy::{find, in_workspace};
use platform::write::{Edit, audit, create, snapshot};
use sea_orm::{ActiveModelTrait, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, Set, TransactionTrait};
use serde_json::{Value, json};
use uuid::Uuid;

use super::businesses::check_business;
use super::item::{ContentOrder, ordered_page, read};
use super::values::json_object;
use crate::entity::{EspProvider, EspSyncStatus, SequenceGoal, email_sequences, emails, esp_integrations};
use crate::error::{ContentError, Result};

/// How many errors an integration's log keeps.
pub const ERROR_LOG_KEEP: usize = 20;

/// One email sequence as a sync sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SequenceExport {
    pub id: Uuid,
    pub name: String,
    pub goal: SequenceGoal,
    pub emails: Vec<EmailExport>,
}

/// One email (an original, not an A/B variant) as a sync sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailExport {
    pub position: i32,
    pub subject_line: String,
    pub content: String,
    pub delay_days: i32,
}

/// What a sync asks of a provider.
#[derive(Debug)]
pub struct EspSync<'a> {
    pub provider: EspProvider,
    pub credentials: &'a Secret<String>,
    pub settings: &'a Value,
    pub sequences: &'a [SequenceExport],
}

/// Why a provider refused a sync, in its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EspFailure {
    pub message: String,
}

/// Talks to email service providers.
#[async_trait]
pub trait EspClient: Send + Sync {
    /// Sends the sequences to the provider.
    async fn sync(&self, request: EspSync<'_>) -> std::result::Result<(), EspFailure>;
}

/// The server's client while no provider connector is configured: every sync fails, saying so.
#[derive(Debug, Clone, Copy, Default)]
pub struct UnconfiguredEsp;

#[async_trait]
impl EspClient for UnconfiguredEsp {
    async fn sync(&self, request: EspSync<'_>) -> std::result::Result<(), EspFailure> {
        Err(EspFailure {
            message: format!("no connector for {} is configured on this server", sea_orm::ActiveEnum::to_value(&request.provider)),
        })
    }
}

/// Credentials as given: a JSON object with at least one value.
fn credentials_json(credentials: &Secret<String>) -> Result<String> {
    match serde_json::from_str::<Value>(credentials.expose()) {
        Ok(Value::Object(map)) if !map.is_empty() => Ok(Value::Object(map).to_string()),
        _ => Err(ContentError::CredentialsRequired),
    }
}

#[derive(Debug, Clone)]
pub struct ConnectEsp {
    pub business_id: Uuid,
    pub provider: EspProvider,
    /// The provider's credentials, a JSON object.
    pub credentials: Secret<String>,
    pub settings: Option<Value>,
}

/// Connects a business to a provider.
pub async fn connect_esp_integration(
    ctx: &RequestContext,
    workspace_id: Uuid,
    keyring: &Keyring,
    input: ConnectEsp,
) -> Result<esp_integrations::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    let credentials = keyring.encrypt(&credentials_json(&input.credentials)?);
    let row = esp_integrations::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        provider: Set(input.provider),
        credentials: Set(credentials),
        settings: Set(json_object(input.settings.unwrap_or_else(|| json!({})), "settings")?),
        sync_status: Set(EspSyncStatus::Pending),
        ..Default::default()
    };
    create::<esp_integrations::Entity, _>(ctx, workspace_id, row, None).await
}

/// Changes to an integration: new settings, new credentials.
#[derive(Debug, Clone, Default)]
pub struct EspChanges {
    pub settings: Option<Value>,
    pub credentials: Option<Secret<String>>,
}

pub async fn update_esp_integration(
    ctx: &RequestContext,
    id: Uuid,
    keyring: &Keyring,
    changes: EspChanges,
) -> Result<esp_integrations::Model> {
    let settings = changes.settings.map(|s| json_object(s, "settings")).transpose()?;
    let credentials = changes.credentials.as_ref().map(credentials_json).transpose()?;
    let tx = ctx.db().begin().await?;
    let not_found = || ContentError::not_found("id", "ESP integration");
    let seen = read::<esp_integrations::Entity>(ctx, &tx, id, false).await?.ok_or_else(not_found)?;
    ctx.require_writer(seen.workspace_id).await?;
    let before = read::<esp_integrations::Entity>(ctx, &tx, id, true).await?.ok_or_else(not_found)?;
    let mut model = before.clone().into_active_model();
    if let Some(v) = settings {
        model.settings = Set(v);
    }
    if let Some(plain) = &credentials {
        model.credentials = Set(keyring.encrypt(plain));
    }
    let after = model.update(&tx).await?;
    let mut changes = platform::audit::diff(&snapshot(&before), &snapshot(&after));
    if let (Some(_), Some(map)) = (&credentials, changes.as_object_mut()) {
        map.insert("credentials".into(), json!("replaced"));
    }
    audit::<esp_integrations::Entity>(&tx, ctx, &after, AuditAction::Update, changes, None).await?;
    tx.commit().await?;
    Ok(after)
}

/// Disconnects an integration: the row and its credentials are deleted.
pub async fn disconnect_esp_integration(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    Edit::<esp_integrations::Entity>::begin(ctx, id)
        .await?
        .ok_or(ContentError::not_found("id", "ESP integration"))?
        .delete::<ContentError>()
        .await?;
    Ok(id)
}

/// Syncs the business's email sequences to the provider through `client`, and records how it
/// went. A refused sync is recorded (FAILED, with the error logged) and answered as success:
/// the integration says what happened.
pub async fn sync_esp_integration(
    ctx: &RequestContext,
    id: Uuid,
    keyring: &Keyring,
    client: &dyn EspClient,
) -> Result<esp_integrations::Model> {
    let mut edit = Edit::<esp_integrations::Entity>::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "ESP integration"))?;
    let integration = edit.row().clone();
    let credentials = keyring.decrypt(&integration.credentials).map_err(|e| ContentError::Api(platform::ApiError::internal(e)))?;
    let sequences = in_workspace::<email_sequences::Entity>(ctx, integration.workspace_id)
        .await?
        .filter(email_sequences::Column::BusinessId.eq(integration.business_id))
        .order_by_asc(email_sequences::Column::CreatedAt)
        .order_by_asc(email_sequences::Column::Id);
    let sequences = platform::rows::all(edit.tx(), sequences).await?;
    let mails = in_workspace::<emails::Entity>(ctx, integration.workspace_id)
        .await?
        .filter(emails::Column::SequenceId.is_in(sequences.iter().map(|s| s.id)))
        .filter(emails::Column::IsVariant.eq(false))
        .order_by_asc(emails::Column::SequencePosition);
    let mails = platform::rows::all(edit.tx(), mails).await?;
    let export: Vec<SequenceExport> = sequences
        .iter()
        .map(|s| SequenceExport {
            id: s.id,
            name: s.name.clone(),
            goal: s.sequence_goal,
            emails: mails
                .iter()
                .filter(|m| m.sequence_id == s.id)
                .map(|m| EmailExport {
                    position: m.sequence_position,
                    subject_line: m.subject_line.clone(),
                    content: m.content.clone(),
                    delay_days: m.delay_days,
                })
                .collect(),
        })
        .collect();
    let outcome = client
        .sync(EspSync { provider: integration.provider, credentials: &credentials, settings: &integration.settings, sequences: &export })
        .await;
    let now = Utc::now().fixed_offset();
    let mut model = edit.edit();
    match outcome {
        Ok(()) => {
            model.sync_status = Set(EspSyncStatus::Synced);
            model.last_sync_at = Set(Some(now));
        }
        Err(failure) => {
            let mut log = match integration.error_log {
                Some(Value::Array(entries)) => entries,
                _ => Vec::new(),
            };
            let message: String = failure.message.trim().chars().take(1000).collect();
            log.push(json!({ "at": now.to_rfc3339(), "message": message }));
            let skip = log.len().saturating_sub(ERROR_LOG_KEEP);
            model.sync_status = Set(EspSyncStatus::Failed);
            model.error_log = Set(Some(Value::Array(log.into_iter().skip(skip).collect())));
        }
    }
    let after = edit.update(model).await?;
    edit.commit(None).await?;
    Ok(after)
}

/// An integration by id; another tenant's is answered as missing.
pub async fn get_esp_integration(ctx: &RequestContext, id: Uuid) -> Result<esp_integrations::Model> {
    find::<esp_integrations::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "ESP integration"))
}

/// Filters on the integration list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct EspFilter {
    pub business_id: Option<Uuid>,
    pub providers: Vec<EspProvider>,
    pub sync_statuses: Vec<EspSyncStatus>,
}

/// A workspace's ESP integrations, one keyset page at a time.
pub async fn list_esp_integrations(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: EspFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<esp_integrations::Model>> {
    use esp_integrations::Column as C;
    let mut select = in_workspace::<esp_integrations::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if !filter.providers.is_empty() {
        select = select.filter(C::Provider.is_in(filter.providers));
    }
    if !filter.sync_statuses.is_empty() {
        select = select.filter(C::SyncStatus.is_in(filter.sync_statuses));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
