//! The CRM's dataloaders: every nested field reads through one of these, so a page of 100
//! leads asking for their actions runs one statement, not 100.
//!
//! Each loader is made once per request with [`RequestContext::loader`], on the request's
//! transaction (already scoped to the viewer by row-level security), and also keeps the
//! viewer's workspace ids from that moment: every batch query filters by them as well.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, Loader};
use platform::plain::SqlSelection;
use platform::{ApiError, RequestContext};
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

use crate::entity::{ActionState, actions, calendar_sync_logs, content_prompts, leads, weekly_summaries};
use crate::error::CrmError;
use crate::service;
use crate::service::plans::PlanItem;
use crate::service::values::NestedLimit;

/// What every loader reads with: the request's transaction and the viewer's workspaces.
#[derive(Clone)]
pub struct Scope {
    db: Arc<DatabaseTransaction>,
    workspaces: Arc<[Uuid]>,
}

type LoadError = Arc<ApiError>;

fn load_error(error: CrmError) -> LoadError {
    Arc::new(match error {
        CrmError::Api(api) => api,
        other => ApiError::internal(other),
    })
}

/// A failed batch, as the field that waited for it answers it.
fn field_error(error: LoadError) -> async_graphql::Error {
    match Arc::try_unwrap(error) {
        Ok(api) => api.into(),
        Err(shared) => ApiError::Internal(format!("{shared:?}")).into(),
    }
}

/// The request's loader of type `L`, made on first use with the viewer's workspaces.
async fn loader<L, K>(ctx: &async_graphql::Context<'_>, make: impl FnOnce(Scope) -> L) -> async_graphql::Result<Arc<DataLoader<L>>>
where
    L: Loader<K> + Send + Sync + 'static,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
{
    let request = RequestContext::of(ctx)?;
    let workspaces: Arc<[Uuid]> = request.workspace_ids().await?.into();
    Ok(request.loader(move |db| make(Scope { db, workspaces })))
}

/// Leads by id, one `id IN (…)` statement per batch.
pub struct LeadLoader(Scope);

impl Loader<Uuid> for LeadLoader {
    type Value = leads::Model;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = service::leads::by_ids(self.0.db.as_ref(), &self.0.workspaces, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|l| (l.id, l)).collect())
    }
}

pub(crate) async fn lead(ctx: &async_graphql::Context<'_>, id: Uuid) -> async_graphql::Result<Option<leads::Model>> {
    loader(ctx, LeadLoader).await?.load_one(id).await.map_err(field_error)
}

/// One lead's first actions: at most `first`, only those in `states` (all when empty).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeadActionsKey {
    pub lead_id: Uuid,
    pub first: NestedLimit,
    /// Sorted and without repeats, so equal filters share a batch.
    pub states: Vec<ActionState>,
}

impl LeadActionsKey {
    pub fn new(lead_id: Uuid, first: NestedLimit, mut states: Vec<ActionState>) -> Self {
        states.sort_by_key(|s| *s as u8);
        states.dedup();
        Self { lead_id, first, states }
    }
}

/// The first actions of many leads: one statement per distinct (`first`, `states`) in the
/// batch, whatever the number of leads (see [`service::actions::first_actions_of_leads`]).
pub struct LeadActionsLoader(Scope);

impl Loader<LeadActionsKey> for LeadActionsLoader {
    type Value = Vec<actions::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[LeadActionsKey]) -> Result<HashMap<LeadActionsKey, Self::Value>, Self::Error> {
        let mut groups: HashMap<(NestedLimit, &[ActionState]), Vec<Uuid>> = HashMap::new();
        for key in keys {
            groups.entry((key.first, key.states.as_slice())).or_default().push(key.lead_id);
        }
        let mut found = HashMap::with_capacity(keys.len());
        for ((first, states), lead_ids) in groups {
            let rows = service::actions::first_actions_of_leads(self.0.db.as_ref(), &self.0.workspaces, &lead_ids, first, states)
                .await
                .map_err(load_error)?;
            let mut by_lead: HashMap<Uuid, Vec<actions::Model>> = HashMap::new();
            for row in rows {
                if let Some(lead_id) = row.person_id {
                    by_lead.entry(lead_id).or_default().push(row);
                }
            }
            for lead_id in lead_ids {
                let key = LeadActionsKey { lead_id, first, states: states.to_vec() };
                found.insert(key, by_lead.remove(&lead_id).unwrap_or_default());
            }
        }
        Ok(found)
    }
}

pub(crate) async fn lead_actions(ctx: &async_graphql::Context<'_>, key: LeadActionsKey) -> async_graphql::Result<Vec<actions::Model>> {
    Ok(loader(ctx, LeadActionsLoader).await?.load_one(key).await.map_err(field_error)?.unwrap_or_default())
}

/// One lead's first actions rendered as JSON by the database, for a selection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeadActionsJsonKey {
    pub actions: LeadActionsKey,
    pub selection: Arc<SqlSelection>,
}

/// [`LeadActionsLoader`] with the lists rendered by Postgres: one statement per distinct
/// (`first`, `states`, selection) in the batch.
pub struct LeadActionsJsonLoader(Scope);

impl Loader<LeadActionsJsonKey> for LeadActionsJsonLoader {
    type Value = String;
    type Error = LoadError;

    async fn load(&self, keys: &[LeadActionsJsonKey]) -> Result<HashMap<LeadActionsJsonKey, Self::Value>, Self::Error> {
        let mut groups: HashMap<(NestedLimit, &[ActionState], &SqlSelection), Vec<&LeadActionsJsonKey>> = HashMap::new();
        for key in keys {
            groups.entry((key.actions.first, key.actions.states.as_slice(), key.selection.as_ref())).or_default().push(key);
        }
        let mut found = HashMap::with_capacity(keys.len());
        for ((first, states, selection), group) in groups {
            let lead_ids: Vec<Uuid> = group.iter().map(|k| k.actions.lead_id).collect();
            let mut lists = service::actions::first_actions_of_leads_as_json(
                self.0.db.as_ref(),
                &self.0.workspaces,
                &lead_ids,
                first,
                states,
                selection,
            )
            .await
            .map_err(load_error)?;
            for key in group {
                let list = lists.remove(&key.actions.lead_id).unwrap_or_else(|| "[]".to_owned());
                found.insert(key.clone(), list);
            }
        }
        Ok(found)
    }
}

pub(crate) async fn lead_actions_as_json(
    ctx: &async_graphql::Context<'_>,
    actions: LeadActionsKey,
    selection: Arc<SqlSelection>,
) -> async_graphql::Result<String> {
    let key = LeadActionsJsonKey { actions, selection };
    Ok(loader(ctx, LeadActionsJsonLoader).await?.load_one(key).await.map_err(field_error)?.unwrap_or_else(|| "[]".to_owned()))
}

/// The items of many daily plans with their actions: two statements per batch.
pub struct PlanItemsLoader(Scope);

impl Loader<Uuid> for PlanItemsLoader {
    type Value = Vec<PlanItem>;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        service::plans::items_of_plans(self.0.db.as_ref(), &self.0.workspaces, keys).await.map_err(load_error)
    }
}

pub(crate) async fn plan_items(ctx: &async_graphql::Context<'_>, plan_id: Uuid) -> async_graphql::Result<Vec<PlanItem>> {
    Ok(loader(ctx, PlanItemsLoader).await?.load_one(plan_id).await.map_err(field_error)?.unwrap_or_default())
}

/// Weekly summaries by id, one statement per batch.
pub struct SummaryLoader(Scope);

impl Loader<Uuid> for SummaryLoader {
    type Value = weekly_summaries::Model;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = service::summaries::by_ids(self.0.db.as_ref(), &self.0.workspaces, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|s| (s.id, s)).collect())
    }
}

pub(crate) async fn summary(ctx: &async_graphql::Context<'_>, id: Uuid) -> async_graphql::Result<Option<weekly_summaries::Model>> {
    loader(ctx, SummaryLoader).await?.load_one(id).await.map_err(field_error)
}

/// The content prompts of many weekly summaries, one statement per batch.
pub struct SummaryPromptsLoader(Scope);

impl Loader<Uuid> for SummaryPromptsLoader {
    type Value = Vec<content_prompts::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = service::prompts::prompts_of_summaries(self.0.db.as_ref(), &self.0.workspaces, keys).await.map_err(load_error)?;
        let mut found: HashMap<Uuid, Vec<content_prompts::Model>> = HashMap::new();
        for row in rows {
            if let Some(summary_id) = row.weekly_summary_id {
                found.entry(summary_id).or_default().push(row);
            }
        }
        Ok(found)
    }
}

pub(crate) async fn summary_prompts(
    ctx: &async_graphql::Context<'_>,
    summary_id: Uuid,
) -> async_graphql::Result<Vec<content_prompts::Model>> {
    Ok(loader(ctx, SummaryPromptsLoader).await?.load_one(summary_id).await.map_err(field_error)?.unwrap_or_default())
}

/// One calendar connection's latest sync logs: at most `first`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SyncLogsKey {
    pub connection_id: Uuid,
    pub first: NestedLimit,
}

/// The latest sync logs of many connections: one statement per distinct `first` in the batch.
pub struct SyncLogsLoader(Scope);

impl Loader<SyncLogsKey> for SyncLogsLoader {
    type Value = Vec<calendar_sync_logs::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[SyncLogsKey]) -> Result<HashMap<SyncLogsKey, Self::Value>, Self::Error> {
        let mut groups: HashMap<NestedLimit, Vec<Uuid>> = HashMap::new();
        for key in keys {
            groups.entry(key.first).or_default().push(key.connection_id);
        }
        let mut found = HashMap::with_capacity(keys.len());
        for (first, connection_ids) in groups {
            let rows = service::calendar::latest_sync_logs_of_connections(self.0.db.as_ref(), &self.0.workspaces, &connection_ids, first)
                .await
                .map_err(load_error)?;
            let mut by_connection: HashMap<Uuid, Vec<calendar_sync_logs::Model>> = HashMap::new();
            for row in rows {
                by_connection.entry(row.calendar_connection_id).or_default().push(row);
            }
            for connection_id in connection_ids {
                found.insert(SyncLogsKey { connection_id, first }, by_connection.remove(&connection_id).unwrap_or_default());
            }
        }
        Ok(found)
    }
}

pub(crate) async fn sync_logs(ctx: &async_graphql::Context<'_>, key: SyncLogsKey) -> async_graphql::Result<Vec<calendar_sync_logs::Model>> {
    Ok(loader(ctx, SyncLogsLoader).await?.load_one(key).await.map_err(field_error)?.unwrap_or_default())
}
