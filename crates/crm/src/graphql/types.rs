//! The CRM's object types. Each wraps its SeaORM model; nested fields read through loaders.

use async_graphql::{Context, Enum, Object, Result, SimpleObject, Value};
use chrono::{DateTime, Utc};
use platform::ApiError;
use platform::plain::{PlainList, PlainObject, SqlJson, SqlPlainObject, sql_selection, text, value};
use platform::scalars::Date;
use uuid::Uuid;

use super::loaders::{self, LeadActionsKey, SyncLogsKey};
use super::utc;
use crate::entity::{
    ActionState, ActionType, CalendarConnectionStatus, CalendarProvider, CapacityLevel, ContentPromptStatus, ContentPromptType, LeadStatus,
    actions, calendar_connections, calendar_sync_logs, content_prompts, crm_user_stats, daily_plans, leads, weekly_summaries,
};
use crate::service;
use crate::service::plans::PlanItem;
use crate::service::values::NestedLimit;

/// A person the user works: a prospect, a client, someone to keep warm.
pub struct Lead(pub leads::Model);

#[Object]
impl Lead {
    /// The lead's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The workspace the lead belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user who owns the lead.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// The person's name, 1 to 200 characters.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Their primary link: an `https://`, `http://` or `mailto:` URL (a LinkedIn profile, a CRM
    /// record, an email address).
    async fn url(&self) -> &str {
        &self.0.url
    }
    /// Free notes, up to 10,000 characters.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
    /// Where the lead stands.
    async fn status(&self) -> LeadStatus {
        self.0.status
    }
    /// The day a snoozed lead comes back (set only while SNOOZED).
    async fn snooze_until(&self) -> Option<Date> {
        self.0.snooze_until.map(Date)
    }
    /// When the lead was added.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
    /// When the lead last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.0.updated_at)
    }
    /// The lead's actions, oldest first: at most `first` (0 to 100), and only those in
    /// `states` when it is given.
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn actions(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 10)] first: i32,
        states: Option<Vec<ActionState>>,
    ) -> Result<PlainList<Action>> {
        let key = LeadActionsKey::new(self.0.id, NestedLimit::parse(first)?, states.unwrap_or_default());
        if let Some(selection) = sql_selection::<Action>(ctx) {
            return Ok(PlainList::rendered(loaders::lead_actions_as_json(ctx, key, selection).await?));
        }
        Ok(PlainList::new(loaders::lead_actions(ctx, key).await?.into_iter().map(Action).collect()))
    }
}

impl PlainObject for Action {
    fn plain_field(name: &str) -> Option<fn(&Self) -> Value> {
        Some(match name {
            "id" => |a| value(a.0.id),
            "workspaceId" => |a| value(a.0.workspace_id),
            "userId" => |a| value(a.0.user_id),
            "leadId" => |a| value(a.0.person_id),
            "actionType" => |a| value(a.0.action_type),
            "state" => |a| value(a.0.state),
            "description" => |a| text(a.0.description.as_deref()),
            "dueDate" => |a| value(Date(a.0.due_date)),
            "completedAt" => |a| value(a.0.completed_at.map(utc)),
            "repliedAt" => |a| value(a.0.replied_at.map(utc)),
            "snoozeUntil" => |a| value(a.0.snooze_until.map(Date)),
            "notes" => |a| text(a.0.notes.as_deref()),
            "autoCreated" => |a| value(a.0.auto_created),
            "createdAt" => |a| value(utc(a.0.created_at)),
            "updatedAt" => |a| value(utc(a.0.updated_at)),
            _ => return None,
        })
    }
}

/// A move the user makes, due on a day: a message, a follow-up, a call to prepare.
pub struct Action(pub actions::Model);

#[Object]
impl Action {
    /// The action's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The workspace the action belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user who owns the action.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// The id of the lead the action is about, if any.
    async fn lead_id(&self) -> Option<Uuid> {
        self.0.person_id
    }
    /// The lead the action is about, if any.
    async fn lead(&self, ctx: &Context<'_>) -> Result<Option<Lead>> {
        match self.0.person_id {
            Some(id) => Ok(loaders::lead(ctx, id).await?.map(Lead)),
            None => Ok(None),
        }
    }
    /// What kind of move this is.
    async fn action_type(&self) -> ActionType {
        self.0.action_type
    }
    /// Where the action stands.
    async fn state(&self) -> ActionState {
        self.0.state
    }
    /// What to do, up to 2,000 characters.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    /// The day the action is due, in its owner's time zone.
    async fn due_date(&self) -> Date {
        Date(self.0.due_date)
    }
    /// When the action was completed (DONE or REPLIED); kept when it is archived.
    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.completed_at.map(utc)
    }
    /// When the person replied (the action became REPLIED).
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.replied_at.map(utc)
    }
    /// The day a snoozed action comes back as NEW (set only while SNOOZED).
    async fn snooze_until(&self) -> Option<Date> {
        self.0.snooze_until.map(Date)
    }
    /// Free notes, up to 10,000 characters.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
    /// True when the system made the action (a plan, a follow-up rule, an AI worker) rather
    /// than the user.
    async fn auto_created(&self) -> bool {
        self.0.auto_created
    }
    /// When the action was created.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
    /// When the action last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.0.updated_at)
    }
}

/// A user's plan for one day: a fast win first, then the actions that matter most, as many as
/// the day's free time allows.
pub struct DailyPlan {
    pub plan: daily_plans::Model,
    /// The items when they were read with the plan; read through a loader otherwise.
    pub items: Option<Vec<PlanItem>>,
}

impl DailyPlan {
    pub fn new(plan: daily_plans::Model) -> Self {
        Self { plan, items: None }
    }
}

impl From<service::plans::DailyPlan> for DailyPlan {
    fn from(p: service::plans::DailyPlan) -> Self {
        Self { plan: p.plan, items: Some(p.items) }
    }
}

#[Object]
impl DailyPlan {
    /// The plan's id.
    async fn id(&self) -> Uuid {
        self.plan.id
    }
    /// The workspace the plan belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.plan.workspace_id
    }
    /// The user the plan is for.
    async fn user_id(&self) -> Uuid {
        self.plan.user_id
    }
    /// The day the plan is for.
    async fn date(&self) -> Date {
        Date(self.plan.date)
    }
    /// The focus of the week: the previous week's summary's `nextWeekFocus`, if there is one.
    async fn focus_statement(&self) -> Option<&str> {
        self.plan.focus_statement.as_deref()
    }
    /// How much the day holds, from its free minutes.
    async fn capacity(&self) -> CapacityLevel {
        self.plan.capacity
    }
    /// The day's free minutes, from the latest successful calendar sync of that day.
    async fn free_minutes(&self) -> Option<i32> {
        self.plan.free_minutes
    }
    /// When the plan was generated.
    async fn generated_at(&self) -> DateTime<Utc> {
        utc(self.plan.generated_at)
    }
    /// When the plan was created.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.plan.created_at)
    }
    /// When the plan last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.plan.updated_at)
    }
    /// The plan's actions in order, the fast win at position 0.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn items(&self, ctx: &Context<'_>) -> Result<Vec<DailyPlanItem>> {
        let items = match &self.items {
            Some(items) => items.clone(),
            None => loaders::plan_items(ctx, self.plan.id).await?,
        };
        Ok(items.into_iter().map(DailyPlanItem).collect())
    }
}

/// One action of a daily plan, at its position.
pub struct DailyPlanItem(pub PlanItem);

#[Object]
impl DailyPlanItem {
    /// The action's place in the plan, from 0.
    async fn position(&self) -> i32 {
        self.0.entry.position
    }
    /// True for the fast win (position 0): a quick first move.
    async fn is_fast_win(&self) -> bool {
        self.0.entry.is_fast_win
    }
    /// The action.
    async fn action(&self) -> Action {
        Action(self.0.action.clone())
    }
}

/// A user's week in numbers, with an insight, a short narrative and a focus for next week.
pub struct WeeklySummary(pub weekly_summaries::Model);

#[Object]
impl WeeklySummary {
    /// The summary's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The workspace the summary belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user the summary is about.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// The Monday the week starts on.
    async fn week_start_date(&self) -> Date {
        Date(self.0.week_start_date)
    }
    /// Days of the week with at least one completed action (0 to 7).
    async fn days_active(&self) -> i32 {
        self.0.days_active
    }
    /// Actions completed (DONE or REPLIED) during the week.
    async fn actions_completed(&self) -> i32 {
        self.0.actions_completed
    }
    /// Actions that got a reply during the week.
    async fn replies(&self) -> i32 {
        self.0.replies
    }
    /// Calls booked during the week (reported, or counted from CALL_PREP actions).
    async fn calls_booked(&self) -> i32 {
        self.0.calls_booked
    }
    /// One sentence about the week.
    async fn insight_text(&self) -> &str {
        &self.0.insight_text
    }
    /// A short story of the week, when there is something to tell.
    async fn narrative_summary(&self) -> Option<&str> {
        self.0.narrative_summary.as_deref()
    }
    /// What to focus on next week; next week's daily plans show it.
    async fn next_week_focus(&self) -> &str {
        &self.0.next_week_focus
    }
    /// When the summary was (last) generated.
    async fn generated_at(&self) -> DateTime<Utc> {
        utc(self.0.generated_at)
    }
    /// When the summary was created.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
    /// When the summary last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.0.updated_at)
    }
    /// The content prompts made from this summary, oldest first.
    #[graphql(complexity = "platform::pagination::list_complexity(10, child_complexity)")]
    async fn content_prompts(&self, ctx: &Context<'_>) -> Result<PlainList<ContentPrompt>> {
        Ok(PlainList::new(loaders::summary_prompts(ctx, self.0.id).await?.into_iter().map(ContentPrompt).collect()))
    }
}

/// The JSON Postgres writes for these is what async-graphql writes: ids and enum labels as
/// they are, dates as `YYYY-MM-DD` (the pool pins `DateStyle` to ISO), text escaped by
/// `to_json`. The timestamps are left to the row path (the two write fractional seconds
/// differently).
impl SqlPlainObject for Action {
    fn sql_field(name: &str) -> Option<SqlJson> {
        Some(match name {
            "id" => SqlJson::Quoted("a.id".into()),
            "workspaceId" => SqlJson::Quoted("a.workspace_id".into()),
            "userId" => SqlJson::Quoted("a.user_id".into()),
            "leadId" => SqlJson::QuotedOrNull("a.person_id"),
            "actionType" => SqlJson::Quoted("a.action_type".into()),
            "state" => SqlJson::Quoted("a.state".into()),
            "description" => SqlJson::Json("coalesce(to_json(a.description)::text, 'null')"),
            "dueDate" => SqlJson::Quoted("a.due_date".into()),
            "snoozeUntil" => SqlJson::QuotedOrNull("a.snooze_until"),
            "notes" => SqlJson::Json("coalesce(to_json(a.notes)::text, 'null')"),
            "autoCreated" => SqlJson::Bare("a.auto_created::text"),
            _ => return None,
        })
    }
}

impl PlainObject for ContentPrompt {
    fn plain_field(name: &str) -> Option<fn(&Self) -> Value> {
        Some(match name {
            "id" => |p| value(p.0.id),
            "workspaceId" => |p| value(p.0.workspace_id),
            "userId" => |p| value(p.0.user_id),
            "weeklySummaryId" => |p| value(p.0.weekly_summary_id),
            "type" => |p| value(p.0.prompt_type),
            "content" => |p| text(Some(&p.0.content)),
            "status" => |p| value(p.0.status),
            "savedAt" => |p| value(utc(p.0.saved_at)),
            "createdAt" => |p| value(utc(p.0.created_at)),
            "updatedAt" => |p| value(utc(p.0.updated_at)),
            _ => return None,
        })
    }
}

/// A draft post the user saved, usually made from a weekly summary.
pub struct ContentPrompt(pub content_prompts::Model);

#[Object]
impl ContentPrompt {
    /// The prompt's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The workspace the prompt belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user who saved the prompt.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// The id of the summary the prompt was made from, if any.
    async fn weekly_summary_id(&self) -> Option<Uuid> {
        self.0.weekly_summary_id
    }
    /// The summary the prompt was made from, if any.
    async fn weekly_summary(&self, ctx: &Context<'_>) -> Result<Option<WeeklySummary>> {
        match self.0.weekly_summary_id {
            Some(id) => Ok(loaders::summary(ctx, id).await?.map(WeeklySummary)),
            None => Ok(None),
        }
    }
    /// The kind of post.
    #[graphql(name = "type")]
    async fn prompt_type(&self) -> ContentPromptType {
        self.0.prompt_type
    }
    /// The draft, 1 to 10,000 characters.
    async fn content(&self) -> &str {
        &self.0.content
    }
    /// Where the prompt stands; only a DRAFT's content can change.
    async fn status(&self) -> ContentPromptStatus {
        self.0.status
    }
    /// When the prompt was saved.
    async fn saved_at(&self) -> DateTime<Utc> {
        utc(self.0.saved_at)
    }
    /// When the prompt was created.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
    /// When the prompt last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.0.updated_at)
    }
}

/// A user's connected calendar (Google or Outlook), read for free time. Its OAuth tokens are
/// stored encrypted and never leave the server.
pub struct CalendarConnection(pub calendar_connections::Model);

#[Object]
impl CalendarConnection {
    /// The connection's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The workspace the connection belongs to.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user whose calendar this is.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// The calendar service.
    async fn provider(&self) -> CalendarProvider {
        self.0.provider
    }
    /// The provider's calendar identifier, e.g. `primary`.
    async fn calendar_id(&self) -> &str {
        &self.0.calendar_id
    }
    /// Where the connection stands.
    async fn status(&self) -> CalendarConnectionStatus {
        self.0.status
    }
    /// When the current access token expires, if the provider said.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.expires_at.map(utc)
    }
    /// When the calendar last synced successfully.
    async fn last_sync_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_sync_at.map(utc)
    }
    /// Why the last sync failed (status ERROR or EXPIRED).
    async fn error_message(&self) -> Option<&str> {
        self.0.error_message.as_deref()
    }
    /// When the calendar was first connected.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
    /// When the connection last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        utc(self.0.updated_at)
    }
    /// The latest sync logs, newest first: at most `first` (0 to 100). Logs are kept 90 days.
    #[graphql(complexity = "platform::pagination::list_complexity(first, child_complexity)")]
    async fn sync_logs(&self, ctx: &Context<'_>, #[graphql(default = 10)] first: i32) -> Result<Vec<CalendarSyncLog>> {
        let key = SyncLogsKey { connection_id: self.0.id, first: NestedLimit::parse(first)? };
        Ok(loaders::sync_logs(ctx, key).await?.into_iter().map(CalendarSyncLog).collect())
    }
}

/// What a calendar sync did.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarSyncOperation {
    /// A general sync.
    Sync,
    /// A token refresh (a refused token leaves the connection EXPIRED).
    RefreshToken,
    /// A free/busy read of one day.
    FetchFreebusy,
}

impl CalendarSyncOperation {
    fn from_sql(text: &str) -> Option<Self> {
        Some(match text {
            "sync" => Self::Sync,
            "refresh_token" => Self::RefreshToken,
            "fetch_freebusy" => Self::FetchFreebusy,
            _ => return None,
        })
    }
}

/// How a calendar sync ended.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarSyncStatus {
    /// It worked.
    Success,
    /// It failed; the log has the message.
    Error,
}

impl CalendarSyncStatus {
    fn from_sql(text: &str) -> Option<Self> {
        Some(match text {
            "success" => Self::Success,
            "error" => Self::Error,
            _ => return None,
        })
    }
}

/// One sync of a calendar connection.
pub struct CalendarSyncLog(pub calendar_sync_logs::Model);

#[Object]
impl CalendarSyncLog {
    /// The log's id.
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The connection that synced.
    async fn calendar_connection_id(&self) -> Uuid {
        self.0.calendar_connection_id
    }
    /// What the sync did.
    async fn operation(&self) -> Result<CalendarSyncOperation> {
        CalendarSyncOperation::from_sql(&self.0.operation)
            .ok_or_else(|| ApiError::Internal(format!("unknown sync operation {:?}", self.0.operation)).into())
    }
    /// How it ended.
    async fn status(&self) -> Result<CalendarSyncStatus> {
        CalendarSyncStatus::from_sql(&self.0.status)
            .ok_or_else(|| ApiError::Internal(format!("unknown sync status {:?}", self.0.status)).into())
    }
    /// Why it failed.
    async fn error_message(&self) -> Option<&str> {
        self.0.error_message.as_deref()
    }
    /// The day a free/busy read was for.
    async fn sync_date(&self) -> Option<Date> {
        self.0.sync_date.map(Date)
    }
    /// The free minutes a free/busy read found (0 to 1440).
    async fn free_minutes(&self) -> Option<i32> {
        self.0.free_minutes
    }
    /// When the sync happened.
    async fn created_at(&self) -> DateTime<Utc> {
        utc(self.0.created_at)
    }
}

/// A user's CRM counters in a workspace.
pub struct CrmStats(pub crm_user_stats::Model);

#[Object]
impl CrmStats {
    /// The workspace the counters are for.
    async fn workspace_id(&self) -> Uuid {
        self.0.workspace_id
    }
    /// The user the counters are for.
    async fn user_id(&self) -> Uuid {
        self.0.user_id
    }
    /// Consecutive days with a completed action (DONE or REPLIED), in the user's time zone,
    /// ending today or yesterday; 0 once a whole day passed without one.
    async fn streak_count(&self) -> i32 {
        self.0.streak_count
    }
    /// The last day (in the user's time zone) with a completed action.
    async fn last_action_date(&self) -> Option<Date> {
        self.0.last_action_date.map(Date)
    }
    /// Whether the user has an active calendar connection in the workspace.
    async fn calendar_connected(&self) -> bool {
        self.0.calendar_connected
    }
}

/// What one CRM maintenance run changed, across every workspace.
#[derive(SimpleObject, Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaintenanceReport {
    /// Snoozed leads whose day came, now ACTIVE.
    pub leads_unsnoozed: i32,
    /// Snoozed actions whose day came, now NEW.
    pub actions_unsnoozed: i32,
    /// DONE actions completed more than 90 days ago, now ARCHIVED.
    pub actions_archived: i32,
    /// Calendar sync logs older than 90 days, deleted.
    pub sync_logs_deleted: i32,
}

impl From<service::maintenance::MaintenanceReport> for MaintenanceReport {
    fn from(r: service::maintenance::MaintenanceReport) -> Self {
        let n = |v: u64| i32::try_from(v).unwrap_or(i32::MAX);
        Self {
            leads_unsnoozed: n(r.leads_unsnoozed),
            actions_unsnoozed: n(r.actions_unsnoozed),
            actions_archived: n(r.actions_archived),
            sync_logs_deleted: n(r.sync_logs_deleted),
        }
    }
}
