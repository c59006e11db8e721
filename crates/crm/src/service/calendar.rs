//! Calendar connections (Google, Outlook) and their sync logs.
//!
//! OAuth tokens are encrypted with the [`Keyring`] before they reach the database and are only
//! ever decrypted by [`connection_tokens`], for the sync worker; a disconnected connection keeps
//! no token at all. `crm_user_stats.calendar_connected` follows whether the user has an active
//! connection in the workspace (a trigger keeps it).
//!
//! Connection status moves with what happens to it:
//! - [`connect_calendar`]: `active` (connecting a provider again replaces its tokens);
//! - [`record_sync_result`]: `active` after a successful sync, `error` after a failed one,
//!   `expired` when the provider refused the token;
//! - [`disconnect_calendar`]: `disconnected`, tokens wiped.

use chrono::{DateTime, NaiveDate, Utc};
use platform::RequestContext;
use platform::audit::AuditAction;
use platform::crypto::Keyring;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::secret::Secret;
use platform::tenancy::{find, in_workspace};
use platform::text::required_text;
use platform::write::{Edit, audit, snapshot};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::values::FreeMinutes;
use crate::entity::{
    CalendarConnectionStatus, CalendarProvider, CalendarSyncOperation, CalendarSyncStatus, calendar_connections, calendar_sync_logs,
};
use crate::error::{CrmError, Result};

platform::child_list! {
    /// A calendar connection's sync logs, newest first.
    pub ConnectionSyncLogs = calendar_sync_logs::Entity, by CalendarConnectionId, order [CreatedAt desc, Id desc];
}

/// A provider's grant, as the OAuth callback received it.
#[derive(Debug, Clone)]
pub struct ConnectCalendar {
    pub provider: CalendarProvider,
    /// The provider's calendar identifier, e.g. "primary".
    pub calendar_id: String,
    pub refresh_token: Secret<String>,
    pub access_token: Option<Secret<String>>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Connects (or reconnects) the viewer's calendar of `provider` in a workspace.
pub async fn connect_calendar(
    ctx: &RequestContext,
    workspace_id: Uuid,
    keyring: &Keyring,
    input: ConnectCalendar,
) -> Result<calendar_connections::Model> {
    ctx.require_writer(workspace_id).await?;
    let user_id = ctx.viewer()?.user_id;
    let calendar_id = required_text(&input.calendar_id, "calendarId", 500)?;
    if input.refresh_token.expose().trim().is_empty() {
        return Err(CrmError::RefreshTokenRequired);
    }
    let refresh_token = keyring.encrypt(input.refresh_token.expose());
    let access_token = input.access_token.filter(|t| !t.expose().trim().is_empty()).map(|t| keyring.encrypt(t.expose()));
    let tx = ctx.db().begin().await?;
    let existing = calendar_connections::Entity::find()
        .filter(calendar_connections::Column::WorkspaceId.eq(workspace_id))
        .filter(calendar_connections::Column::UserId.eq(user_id))
        .filter(calendar_connections::Column::Provider.eq(input.provider))
        .lock_exclusive()
        .one(&tx)
        .await?;
    let (connection, action, changes) = match existing {
        Some(before) => {
            let mut model: calendar_connections::ActiveModel = before.clone().into();
            model.calendar_id = Set(calendar_id);
            model.refresh_token = Set(Some(refresh_token));
            model.access_token = Set(access_token);
            model.expires_at = Set(input.expires_at.map(|t| t.fixed_offset()));
            model.status = Set(CalendarConnectionStatus::Active);
            model.error_message = Set(None);
            let after = model.update(&tx).await?;
            let diff = platform::audit::diff(&snapshot(&before), &snapshot(&after));
            (after, AuditAction::Update, diff)
        }
        None => {
            let created = calendar_connections::ActiveModel {
                id: Set(Uuid::now_v7()),
                workspace_id: Set(workspace_id),
                user_id: Set(user_id),
                provider: Set(input.provider),
                refresh_token: Set(Some(refresh_token)),
                access_token: Set(access_token),
                expires_at: Set(input.expires_at.map(|t| t.fixed_offset())),
                calendar_id: Set(calendar_id),
                status: Set(CalendarConnectionStatus::Active),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
            let snap = snapshot(&created);
            (created, AuditAction::Create, snap)
        }
    };
    audit::<calendar_connections::Entity>(&tx, ctx, &connection, action, changes, None).await?;
    tx.commit().await?;
    Ok(connection)
}

/// Disconnects a calendar: its tokens are wiped, its logs kept.
pub async fn disconnect_calendar(ctx: &RequestContext, id: Uuid) -> Result<calendar_connections::Model> {
    let edit = connection_for_write(ctx, id).await?;
    if edit.row().status == CalendarConnectionStatus::Disconnected {
        return Err(CrmError::InvalidState { field: "id", message: "that calendar is already disconnected".into() });
    }
    let mut model = edit.edit();
    model.status = Set(CalendarConnectionStatus::Disconnected);
    model.refresh_token = Set(None);
    model.access_token = Set(None);
    model.expires_at = Set(None);
    model.error_message = Set(None);
    edit.save(model).await
}

/// What a sync of a calendar found.
#[derive(Debug, Clone)]
pub enum SyncOutcome {
    /// A free/busy read: the free minutes of `date`.
    FreeMinutes { date: NaiveDate, free_minutes: i32 },
    /// The sync failed; `token_expired` when the provider refused the token.
    Failed { message: String, token_expired: bool },
}

impl SyncOutcome {
    /// The outcome an API input describes: a date with its free minutes, or an error message
    /// (with `token_expired`), never both.
    pub fn from_parts(
        date: Option<NaiveDate>,
        free_minutes: Option<i32>,
        error_message: Option<String>,
        token_expired: bool,
    ) -> Result<Self> {
        match (date, free_minutes, error_message) {
            (None, None, Some(message)) => Ok(Self::Failed { message, token_expired }),
            (_, _, Some(_)) => Err(CrmError::ConflictingSyncResult),
            (Some(date), Some(free_minutes), None) => Ok(Self::FreeMinutes { date, free_minutes }),
            (Some(_), None, None) => Err(CrmError::IncompleteSyncResult { field: "freeMinutes" }),
            (None, Some(_), None) => Err(CrmError::IncompleteSyncResult { field: "date" }),
            (None, None, None) => Err(CrmError::IncompleteSyncResult { field: "freeMinutes" }),
        }
    }
}

/// Records a sync: a log line, and the connection's status, last sync and error.
pub async fn record_sync_result(
    ctx: &RequestContext,
    id: Uuid,
    outcome: SyncOutcome,
) -> Result<(calendar_connections::Model, calendar_sync_logs::Model)> {
    let mut edit = connection_for_write(ctx, id).await?;
    let before = edit.row().clone();
    if before.status == CalendarConnectionStatus::Disconnected {
        return Err(CrmError::InvalidState { field: "id", message: "a disconnected calendar does not sync".into() });
    }
    let now = Utc::now().fixed_offset();
    let mut model = edit.edit();
    let mut log = calendar_sync_logs::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(before.workspace_id),
        user_id: Set(before.user_id),
        calendar_connection_id: Set(before.id),
        // The moment of the sync, not of the request's transaction: several syncs in one
        // request keep their order.
        created_at: Set(Utc::now().fixed_offset()),
        ..Default::default()
    };
    match outcome {
        SyncOutcome::FreeMinutes { date, free_minutes } => {
            let minutes = FreeMinutes::parse(free_minutes)?;
            model.status = Set(CalendarConnectionStatus::Active);
            model.last_sync_at = Set(Some(now));
            model.error_message = Set(None);
            log.operation = Set(CalendarSyncOperation::FetchFreebusy);
            log.status = Set(CalendarSyncStatus::Success);
            log.sync_date = Set(Some(date.into()));
            log.free_minutes = Set(Some(minutes.get()));
            log.metadata = Set(Some(json!({ "date": date, "free_minutes": minutes.get() })));
        }
        SyncOutcome::Failed { message, token_expired } => {
            let message: String = message.trim().chars().take(1000).collect();
            if message.is_empty() {
                return Err(CrmError::ErrorMessageRequired);
            }
            model.status = Set(if token_expired { CalendarConnectionStatus::Expired } else { CalendarConnectionStatus::Error });
            model.error_message = Set(Some(message.clone()));
            log.operation = Set(if token_expired { CalendarSyncOperation::RefreshToken } else { CalendarSyncOperation::Sync });
            log.status = Set(CalendarSyncStatus::Error);
            log.error_message = Set(Some(message));
        }
    }
    let after = edit.update(model).await?;
    let log = log.insert(edit.tx()).await?;
    edit.commit(None).await?;
    Ok((after, log))
}

/// A connection's tokens in the clear, for the sync worker's calls to the provider.
#[derive(Debug)]
pub struct CalendarTokens {
    pub refresh_token: Secret<String>,
    pub access_token: Option<Secret<String>>,
}

/// Decrypts a connection's tokens; a disconnected connection has none.
pub fn connection_tokens(keyring: &Keyring, connection: &calendar_connections::Model) -> Result<CalendarTokens> {
    let open = |sealed: &str| keyring.decrypt(sealed).map_err(|e| CrmError::Api(platform::ApiError::internal(e)));
    let refresh_token = match &connection.refresh_token {
        Some(sealed) => open(sealed)?,
        None => return Err(CrmError::InvalidState { field: "id", message: "a disconnected calendar has no tokens".into() }),
    };
    let access_token = connection.access_token.as_deref().map(open).transpose()?;
    Ok(CalendarTokens { refresh_token, access_token })
}

/// A connection by id; another tenant's is answered as missing.
pub async fn get_calendar_connection(ctx: &RequestContext, id: Uuid) -> Result<calendar_connections::Model> {
    find::<calendar_connections::Entity>(ctx, id).await?.ok_or(CrmError::ConnectionNotFound)
}

/// The connection the viewer may change, locked (see [`Edit::begin`]).
async fn connection_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, calendar_connections::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(CrmError::ConnectionNotFound)
}

/// Filters on the connection list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct ConnectionFilter {
    pub statuses: Vec<CalendarConnectionStatus>,
    pub providers: Vec<CalendarProvider>,
    pub user_id: Option<Uuid>,
}

/// A workspace's calendar connections, oldest first.
pub async fn list_calendar_connections(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: ConnectionFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<calendar_connections::Model>> {
    use calendar_connections::Column as C;
    let mut select = in_workspace::<calendar_connections::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if !filter.providers.is_empty() {
        select = select.filter(C::Provider.is_in(filter.providers));
    }
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: false };
    Ok(keyset_page(ctx.db(), select, keyset, args, |c| (c.created_at, c.id), with_total).await?)
}

/// A connection's sync logs, newest first, one keyset page at a time.
pub async fn list_sync_logs(
    ctx: &RequestContext,
    connection_id: Uuid,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<calendar_sync_logs::Model>> {
    let connection = get_calendar_connection(ctx, connection_id).await?;
    use calendar_sync_logs::Column as C;
    let select =
        in_workspace::<calendar_sync_logs::Entity>(ctx, connection.workspace_id).await?.filter(C::CalendarConnectionId.eq(connection.id));
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |l| (l.created_at, l.id), with_total).await?)
}
