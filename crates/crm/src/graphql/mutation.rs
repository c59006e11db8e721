use std::sync::Arc;

use async_graphql::{Context, InputObject, MaybeUndefined, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use platform::crypto::Keyring;
use platform::error::{UserError, into_payload};
use platform::scalars::Date;
use platform::secret::Secret;
use platform::{ApiError, RequestContext};
use uuid::Uuid;

use super::types::MaintenanceReport;
use crate::entity::{
    ActionState, ActionType, CalendarProvider, ContentPromptStatus, ContentPromptType, actions, calendar_connections, calendar_sync_logs,
    content_prompts, daily_plans, leads, weekly_summaries,
};
use crate::service;
use crate::service::summaries::SummaryWriter;

/// The CRM's mutations. Each takes one `input` and answers a payload: the changed object, or
/// the rule violations (`errors`) the user can fix.
#[derive(Default)]
pub struct CrmMutation;

fn run<T>(result: crate::error::Result<T>) -> Result<(Option<T>, Vec<UserError>)> {
    into_payload(result)
}

/// `undefined` leaves a field as it is, `null` clears it, a value sets it.
fn patch<T>(value: MaybeUndefined<T>) -> Option<Option<T>> {
    value.into()
}

fn writer<'a>(ctx: &'a Context<'_>) -> Result<&'a dyn SummaryWriter> {
    let writer = ctx.data::<Arc<dyn SummaryWriter>>().map_err(|_| ApiError::Internal("summary writer missing".into()))?;
    Ok(writer.as_ref())
}

// ---- leads ----

/// A new lead, owned by the viewer.
#[derive(InputObject)]
pub struct CreateLeadInput {
    /// The workspace to add the lead to (member role or above).
    pub workspace_id: Uuid,
    /// The person's name, 1 to 200 characters.
    pub name: String,
    /// Their primary link: an `https://`, `http://` or `mailto:` URL.
    pub url: String,
    /// Free notes, up to 10,000 characters.
    pub notes: Option<String>,
}

/// Changes to a lead; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateLeadInput {
    /// The lead to change.
    pub id: Uuid,
    /// The person's name, 1 to 200 characters.
    pub name: Option<String>,
    /// Their primary link: an `https://`, `http://` or `mailto:` URL.
    pub url: Option<String>,
    /// Free notes, up to 10,000 characters; `null` clears them.
    pub notes: MaybeUndefined<String>,
}

/// Snoozes a lead (ACTIVE or SNOOZED) until a day.
#[derive(InputObject)]
pub struct SnoozeLeadInput {
    /// The lead to snooze.
    pub id: Uuid,
    /// The day it comes back as ACTIVE: after today, in the owner's time zone.
    pub snooze_until: Date,
}

/// Brings a snoozed lead back now.
#[derive(InputObject)]
pub struct UnsnoozeLeadInput {
    /// The snoozed lead.
    pub id: Uuid,
}

/// Archives a lead (ACTIVE or SNOOZED); it is kept and can be restored.
#[derive(InputObject)]
pub struct ArchiveLeadInput {
    /// The lead to archive.
    pub id: Uuid,
}

/// Brings an archived lead back as ACTIVE.
#[derive(InputObject)]
pub struct RestoreLeadInput {
    /// The archived lead.
    pub id: Uuid,
}

/// The lead a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct LeadPayload {
    /// The lead as it is now.
    pub lead: Option<leads::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- actions ----

/// A new action, owned by the viewer, in state NEW.
#[derive(InputObject)]
pub struct CreateActionInput {
    /// The workspace to add the action to (member role or above).
    pub workspace_id: Uuid,
    /// The lead the action is about, in the same workspace.
    pub lead_id: Option<Uuid>,
    /// What kind of move this is.
    pub action_type: ActionType,
    /// The day it is due: today or later, in the viewer's time zone.
    pub due_date: Date,
    /// What to do, up to 2,000 characters.
    pub description: Option<String>,
    /// Free notes, up to 10,000 characters.
    pub notes: Option<String>,
    /// True when the system makes the action (a plan, a follow-up rule, an AI worker).
    #[graphql(default)]
    pub auto_created: bool,
}

/// Changes to an action; omitted fields stay as they are. Its state changes with
/// `setActionState`.
#[derive(InputObject)]
pub struct UpdateActionInput {
    /// The action to change.
    pub id: Uuid,
    /// What kind of move this is.
    pub action_type: Option<ActionType>,
    /// The lead the action is about, in the same workspace; `null` unlinks it.
    pub lead_id: MaybeUndefined<Uuid>,
    /// What to do, up to 2,000 characters; `null` clears it.
    pub description: MaybeUndefined<String>,
    /// The day it is due: not before the day the action was created.
    pub due_date: Option<Date>,
    /// Free notes, up to 10,000 characters; `null` clears them.
    pub notes: MaybeUndefined<String>,
}

/// Moves an action to another state. Allowed moves: NEW → SENT, SNOOZED, DONE, ARCHIVED;
/// SENT → REPLIED, SNOOZED, DONE, ARCHIVED; REPLIED → DONE, ARCHIVED; SNOOZED → NEW, SNOOZED
/// (another day), DONE, ARCHIVED; DONE → NEW (reopen), ARCHIVED; ARCHIVED → NEW (restore).
#[derive(InputObject)]
pub struct SetActionStateInput {
    /// The action to move.
    pub id: Uuid,
    /// The state to move it to.
    pub state: ActionState,
    /// Required for SNOOZED: the day it comes back as NEW, after today in the owner's time zone.
    pub snooze_until: Option<Date>,
}

/// Deletes an action for good (archiving keeps it).
#[derive(InputObject)]
pub struct DeleteActionInput {
    /// The action to delete.
    pub id: Uuid,
}

/// The action a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ActionPayload {
    /// The action as it is now.
    pub action: Option<actions::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// The action a mutation deleted, or why it could not.
#[derive(SimpleObject)]
pub struct DeleteActionPayload {
    /// The id of the deleted action.
    pub deleted_action_id: Option<Uuid>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- plans and summaries ----

/// Makes (or remakes) the viewer's plan for a day.
#[derive(InputObject)]
pub struct GenerateDailyPlanInput {
    /// The workspace whose actions to plan (member role or above).
    pub workspace_id: Uuid,
    /// The day to plan; by default the viewer's today, in their time zone.
    pub date: Option<Date>,
}

/// The plan a mutation made, or why it could not.
#[derive(SimpleObject)]
pub struct DailyPlanPayload {
    /// The plan, with its items.
    pub daily_plan: Option<daily_plans::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// Writes (or rewrites) the viewer's summary of a week.
#[derive(InputObject)]
pub struct GenerateWeeklySummaryInput {
    /// The workspace whose week to summarise (member role or above).
    pub workspace_id: Uuid,
    /// The Monday the week starts on; not a future week.
    pub week_start_date: Date,
    /// Calls the user reports booking (0 to 10,000); counted from CALL_PREP actions when omitted.
    pub calls_booked: Option<i32>,
}

/// The summary a mutation wrote, or why it could not.
#[derive(SimpleObject)]
pub struct WeeklySummaryPayload {
    /// The summary as it is now.
    pub weekly_summary: Option<weekly_summaries::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- content prompts ----

/// A draft post the viewer wrote or edited.
#[derive(InputObject)]
pub struct CreateContentPromptInput {
    /// The workspace to save it in (member role or above).
    pub workspace_id: Uuid,
    /// The kind of post.
    #[graphql(name = "type")]
    pub prompt_type: ContentPromptType,
    /// The draft, 1 to 10,000 characters.
    pub content: String,
    /// The summary it was made from, in the same workspace.
    pub weekly_summary_id: Option<Uuid>,
}

/// Drafts the posts a weekly summary suggests: a WIN_POST when the week had a win, an
/// INSIGHT_POST always.
#[derive(InputObject)]
pub struct CreateContentPromptsFromSummaryInput {
    /// The summary to draft from.
    pub weekly_summary_id: Uuid,
}

/// Rewrites a draft (only a DRAFT can change).
#[derive(InputObject)]
pub struct UpdateContentPromptInput {
    /// The prompt to change.
    pub id: Uuid,
    /// The new draft, 1 to 10,000 characters.
    pub content: String,
}

/// Moves a prompt: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED.
#[derive(InputObject)]
pub struct SetContentPromptStatusInput {
    /// The prompt to move.
    pub id: Uuid,
    /// The status to move it to.
    pub status: ContentPromptStatus,
}

/// The prompt a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ContentPromptPayload {
    /// The prompt as it is now.
    pub content_prompt: Option<content_prompts::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// The prompts a mutation made, or why it could not.
#[derive(SimpleObject)]
pub struct ContentPromptsPayload {
    /// The new drafts.
    pub content_prompts: Option<Vec<content_prompts::Model>>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- calendars ----

/// Connects (or reconnects) the viewer's calendar with the grant the provider's OAuth callback
/// returned. The tokens are encrypted before they are stored and can never be read back.
#[derive(InputObject)]
pub struct ConnectCalendarInput {
    /// The workspace to connect it in (member role or above).
    pub workspace_id: Uuid,
    /// The calendar service; connecting a connected provider again replaces its tokens.
    pub provider: CalendarProvider,
    /// The provider's calendar identifier, e.g. `primary` (1 to 500 characters).
    pub calendar_id: String,
    /// The OAuth refresh token.
    #[graphql(secret)]
    pub refresh_token: String,
    /// The OAuth access token, if the provider gave one.
    #[graphql(secret)]
    pub access_token: Option<String>,
    /// When the access token expires.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Disconnects a calendar: its tokens are wiped, its sync logs kept.
#[derive(InputObject)]
pub struct DisconnectCalendarInput {
    /// The connection to disconnect.
    pub id: Uuid,
}

/// The calendar connection a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct CalendarConnectionPayload {
    /// The connection as it is now (never its tokens).
    pub calendar_connection: Option<calendar_connections::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// What a sync of a calendar found: the free minutes of a day (`date` and `freeMinutes`), or
/// why it failed (`errorMessage`, with `tokenExpired` when the provider refused the token).
#[derive(InputObject)]
pub struct RecordCalendarSyncInput {
    /// The connection that synced.
    pub id: Uuid,
    /// The day a free/busy read was for.
    pub date: Option<Date>,
    /// The free minutes found that day (0 to 1440); that day's plan is sized by them.
    pub free_minutes: Option<i32>,
    /// Why the sync failed (up to 1,000 characters are kept).
    pub error_message: Option<String>,
    /// With `errorMessage`: the provider refused the token, so the connection is EXPIRED.
    #[graphql(default)]
    pub token_expired: bool,
}

/// A recorded sync, or why it could not be recorded.
#[derive(SimpleObject)]
pub struct RecordCalendarSyncPayload {
    /// The connection with its new status.
    pub calendar_connection: Option<calendar_connections::Model>,
    /// The log line written.
    pub sync_log: Option<calendar_sync_logs::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// What a maintenance run changed.
#[derive(SimpleObject)]
pub struct RunCrmMaintenancePayload {
    /// The counts of what changed.
    pub report: Option<MaintenanceReport>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

#[Object]
impl CrmMutation {
    /// Adds a lead, owned by the viewer.
    async fn create_lead(&self, ctx: &Context<'_>, input: CreateLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::leads::NewLead { name: input.name, url: input.url, notes: input.notes };
        let (lead, errors) = run(service::leads::create_lead(request, input.workspace_id, new).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Changes a lead's name, link or notes.
    async fn update_lead(&self, ctx: &Context<'_>, input: UpdateLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::leads::LeadChanges { name: input.name, url: input.url, notes: patch(input.notes) };
        let (lead, errors) = run(service::leads::update_lead(request, input.id, changes).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Snoozes a lead until a day; the daily maintenance brings it back then.
    async fn snooze_lead(&self, ctx: &Context<'_>, input: SnoozeLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let (lead, errors) = run(service::leads::snooze_lead(request, input.id, input.snooze_until.into()).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Brings a snoozed lead back before its day.
    async fn unsnooze_lead(&self, ctx: &Context<'_>, input: UnsnoozeLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let (lead, errors) = run(service::leads::unsnooze_lead(request, input.id).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Archives a lead (kept, restorable); plans leave out its actions.
    async fn archive_lead(&self, ctx: &Context<'_>, input: ArchiveLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let (lead, errors) = run(service::leads::archive_lead(request, input.id).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Brings an archived lead back as ACTIVE.
    async fn restore_lead(&self, ctx: &Context<'_>, input: RestoreLeadInput) -> Result<LeadPayload> {
        let request = RequestContext::of(ctx)?;
        let (lead, errors) = run(service::leads::restore_lead(request, input.id).await)?;
        Ok(LeadPayload { lead, errors })
    }

    /// Adds an action, owned by the viewer, in state NEW.
    async fn create_action(&self, ctx: &Context<'_>, input: CreateActionInput) -> Result<ActionPayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::actions::NewAction {
            action_type: input.action_type,
            person_id: input.lead_id,
            description: input.description,
            due_date: input.due_date.into(),
            notes: input.notes,
            auto_created: input.auto_created,
        };
        let (action, errors) = run(service::actions::create_action(request, input.workspace_id, new).await)?;
        Ok(ActionPayload { action, errors })
    }

    /// Changes an action's type, lead, description, due day or notes.
    async fn update_action(&self, ctx: &Context<'_>, input: UpdateActionInput) -> Result<ActionPayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::actions::ActionChanges {
            action_type: input.action_type,
            person_id: patch(input.lead_id),
            description: patch(input.description),
            due_date: input.due_date.map(Into::into),
            notes: patch(input.notes),
        };
        let (action, errors) = run(service::actions::update_action(request, input.id, changes).await)?;
        Ok(ActionPayload { action, errors })
    }

    /// Moves an action to another state (see `SetActionStateInput` for the moves allowed).
    /// Completing or reopening an action updates the owner's streak.
    async fn set_action_state(&self, ctx: &Context<'_>, input: SetActionStateInput) -> Result<ActionPayload> {
        let request = RequestContext::of(ctx)?;
        let snooze_until = input.snooze_until.map(Into::into);
        let (action, errors) = run(service::actions::set_action_state(request, input.id, input.state, snooze_until).await)?;
        Ok(ActionPayload { action, errors })
    }

    /// Deletes an action for good.
    async fn delete_action(&self, ctx: &Context<'_>, input: DeleteActionInput) -> Result<DeleteActionPayload> {
        let request = RequestContext::of(ctx)?;
        let (deleted_action_id, errors) = run(service::actions::delete_action(request, input.id).await)?;
        Ok(DeleteActionPayload { deleted_action_id, errors })
    }

    /// Makes (or remakes) the viewer's plan for a day: a fast win, then overdue and due
    /// actions, as many as the day's free minutes allow.
    async fn generate_daily_plan(&self, ctx: &Context<'_>, input: GenerateDailyPlanInput) -> Result<DailyPlanPayload> {
        let request = RequestContext::of(ctx)?;
        let date = match input.date {
            Some(date) => date.into(),
            None => service::plans::viewer_today(request).await?,
        };
        let (plan, errors) = run(service::plans::generate_daily_plan(request, input.workspace_id, date).await)?;
        Ok(DailyPlanPayload { daily_plan: plan.map(|p| p.plan), errors })
    }

    /// Writes (or rewrites) the viewer's summary of a week from its actions.
    async fn generate_weekly_summary(&self, ctx: &Context<'_>, input: GenerateWeeklySummaryInput) -> Result<WeeklySummaryPayload> {
        let request = RequestContext::of(ctx)?;
        let writer = writer(ctx)?;
        let what = service::summaries::GenerateSummary { week_start_date: input.week_start_date.into(), calls_booked: input.calls_booked };
        let (summary, errors) = run(service::summaries::generate_weekly_summary(request, input.workspace_id, what, writer).await)?;
        Ok(WeeklySummaryPayload { weekly_summary: summary, errors })
    }

    /// Saves a draft post.
    async fn create_content_prompt(&self, ctx: &Context<'_>, input: CreateContentPromptInput) -> Result<ContentPromptPayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::prompts::NewPrompt {
            prompt_type: input.prompt_type,
            content: input.content,
            weekly_summary_id: input.weekly_summary_id,
        };
        let (prompt, errors) = run(service::prompts::create_content_prompt(request, input.workspace_id, new).await)?;
        Ok(ContentPromptPayload { content_prompt: prompt, errors })
    }

    /// Drafts the posts a weekly summary suggests.
    async fn create_content_prompts_from_summary(
        &self,
        ctx: &Context<'_>,
        input: CreateContentPromptsFromSummaryInput,
    ) -> Result<ContentPromptsPayload> {
        let request = RequestContext::of(ctx)?;
        let writer = writer(ctx)?;
        let (prompts, errors) = run(service::prompts::create_prompts_from_summary(request, input.weekly_summary_id, writer).await)?;
        Ok(ContentPromptsPayload { content_prompts: prompts, errors })
    }

    /// Rewrites a draft.
    async fn update_content_prompt(&self, ctx: &Context<'_>, input: UpdateContentPromptInput) -> Result<ContentPromptPayload> {
        let request = RequestContext::of(ctx)?;
        let (prompt, errors) = run(service::prompts::update_prompt_content(request, input.id, &input.content).await)?;
        Ok(ContentPromptPayload { content_prompt: prompt, errors })
    }

    /// Marks a prompt POSTED or ARCHIVED.
    async fn set_content_prompt_status(&self, ctx: &Context<'_>, input: SetContentPromptStatusInput) -> Result<ContentPromptPayload> {
        let request = RequestContext::of(ctx)?;
        let (prompt, errors) = run(service::prompts::set_prompt_status(request, input.id, input.status).await)?;
        Ok(ContentPromptPayload { content_prompt: prompt, errors })
    }

    /// Connects (or reconnects) the viewer's calendar; its tokens are encrypted at rest.
    async fn connect_calendar(&self, ctx: &Context<'_>, input: ConnectCalendarInput) -> Result<CalendarConnectionPayload> {
        let request = RequestContext::of(ctx)?;
        let keyring = ctx.data::<Keyring>().map_err(|_| ApiError::Internal("keyring missing".into()))?;
        let grant = service::calendar::ConnectCalendar {
            provider: input.provider,
            calendar_id: input.calendar_id,
            refresh_token: Secret::new(input.refresh_token),
            access_token: input.access_token.map(Secret::new),
            expires_at: input.expires_at,
        };
        let (connection, errors) = run(service::calendar::connect_calendar(request, input.workspace_id, keyring, grant).await)?;
        Ok(CalendarConnectionPayload { calendar_connection: connection, errors })
    }

    /// Disconnects a calendar and wipes its tokens.
    async fn disconnect_calendar(&self, ctx: &Context<'_>, input: DisconnectCalendarInput) -> Result<CalendarConnectionPayload> {
        let request = RequestContext::of(ctx)?;
        let (connection, errors) = run(service::calendar::disconnect_calendar(request, input.id).await)?;
        Ok(CalendarConnectionPayload { calendar_connection: connection, errors })
    }

    /// Records what a calendar sync found (the sync worker calls this): a day's free minutes,
    /// or why it failed.
    async fn record_calendar_sync(&self, ctx: &Context<'_>, input: RecordCalendarSyncInput) -> Result<RecordCalendarSyncPayload> {
        let request = RequestContext::of(ctx)?;
        let result = match service::calendar::SyncOutcome::from_parts(
            input.date.map(Into::into),
            input.free_minutes,
            input.error_message,
            input.token_expired,
        ) {
            Ok(outcome) => service::calendar::record_sync_result(request, input.id, outcome).await,
            Err(e) => Err(e),
        };
        let (recorded, errors) = run(result)?;
        let (connection, log) = recorded.map_or((None, None), |(c, l)| (Some(c), Some(l)));
        Ok(RecordCalendarSyncPayload { calendar_connection: connection, sync_log: log, errors })
    }

    /// Runs the CRM's daily upkeep now, across every workspace (platform staff only): brings
    /// back snoozed leads and actions whose day came, archives actions DONE for 90 days, and
    /// deletes sync logs older than 90 days. The server also runs it on a schedule.
    async fn run_crm_maintenance(&self, ctx: &Context<'_>) -> Result<RunCrmMaintenancePayload> {
        let request = RequestContext::of(ctx)?;
        request.require_staff().await?;
        let pool = ctx.data::<platform::db::Pool>().map_err(|_| ApiError::Internal("database pool missing".into()))?;
        let tx = platform::db::begin_worker(&pool.0).await.map_err(ApiError::from)?;
        let report = service::maintenance::run_maintenance(request.directory(), &tx, Utc::now()).await?;
        tx.commit().await.map_err(ApiError::from)?;
        Ok(RunCrmMaintenancePayload { report: Some(report.into()), errors: Vec::new() })
    }
}
