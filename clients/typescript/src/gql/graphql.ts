/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows the action list; omitted fields match every action. */
export type ActionFilter = {
  /** Only actions due on or after this day. */
  dueFrom?: string | null | undefined;
  /** Only actions due on or before this day. */
  dueTo?: string | null | undefined;
  /** Only actions about this lead. */
  leadId?: string | null | undefined;
  /** A case-insensitive part of the description. */
  search?: string | null | undefined;
  /** Only actions in one of these states. */
  states?: Array<ActionState> | null | undefined;
  /** Only actions of one of these types. */
  types?: Array<ActionType> | null | undefined;
  /** Only this user's actions. */
  userId?: string | null | undefined;
};

/** How the action list is sorted. */
export type ActionOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** Soonest due first. */
  | 'DUE_DATE_ASC'
  /** Latest due first. */
  | 'DUE_DATE_DESC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC';

/**
 * Where an action stands. The moves allowed between states are listed on `setActionState`
 * (and in `service::actions`).
 */
export type ActionState =
  /** Kept, but out of plans and lists. */
  | 'ARCHIVED'
  /** Completed. */
  | 'DONE'
  /** Not started. */
  | 'NEW'
  /** The person answered (a completed state). */
  | 'REPLIED'
  /** The message went out; waiting for an answer. */
  | 'SENT'
  /** Out of sight until its snooze date. */
  | 'SNOOZED';

/** What kind of move an action is. */
export type ActionType =
  /** Preparing for a booked call. */
  | 'CALL_PREP'
  /** Writing or posting content. */
  | 'CONTENT'
  /** A small move that takes minutes. */
  | 'FAST_WIN'
  /** A follow-up on an earlier message. */
  | 'FOLLOW_UP'
  /** Keeping a relationship warm. */
  | 'NURTURE'
  /** A first message to someone new. */
  | 'OUTREACH'
  /** What to do after a call. */
  | 'POST_CALL';

export type AddMemberInput = {
  /** The email of someone who has signed in once. */
  email: string;
  role: WorkspaceRole;
  workspaceId: string;
};

/** What a key may do; its role in the workspace is capped accordingly. */
export type ApiKeyScope =
  /** Also manage members and keys (acts as an admin). */
  | 'ADMIN'
  /** Read the workspace's data (acts as a viewer). */
  | 'READ'
  /** Also change it (acts as a member). */
  | 'WRITE';

/** Archives a lead (ACTIVE or SNOOZED); it is kept and can be restored. */
export type ArchiveLeadInput = {
  /** The lead to archive. */
  id: string;
};

/** Narrows the audit log. */
export type AuditLogFilter = {
  actorId?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
};

/** Narrows the calendar connection list; omitted fields match every connection. */
export type CalendarConnectionFilter = {
  /** Only connections to one of these providers. */
  providers?: Array<CalendarProvider> | null | undefined;
  /** Only connections in one of these statuses. */
  statuses?: Array<CalendarConnectionStatus> | null | undefined;
  /** Only this user's connections. */
  userId?: string | null | undefined;
};

/** Where a calendar connection stands. */
export type CalendarConnectionStatus =
  /** Connected and syncing. */
  | 'ACTIVE'
  /** Disconnected by the user; no token is kept. */
  | 'DISCONNECTED'
  /** The last sync failed. */
  | 'ERROR'
  /** The provider refused the token: connect again. */
  | 'EXPIRED';

/** A calendar service the user can connect. */
export type CalendarProvider =
  /** Google Calendar. */
  | 'GOOGLE'
  /** Microsoft Outlook. */
  | 'OUTLOOK';

/** What a calendar sync did. */
export type CalendarSyncOperation =
  /** A free/busy read of one day. */
  | 'FETCH_FREEBUSY'
  /** A token refresh (a refused token leaves the connection EXPIRED). */
  | 'REFRESH_TOKEN'
  /** A general sync. */
  | 'SYNC';

/** How a calendar sync ended. */
export type CalendarSyncStatus =
  /** It failed; the log has the message. */
  | 'ERROR'
  /** It worked. */
  | 'SUCCESS';

/** How much a day can hold, from the free minutes a calendar sync read (see `service::plans`). */
export type CapacityLevel =
  /** No calendar data: 5 actions. */
  | 'DEFAULT'
  /** 240 free minutes or more: 8 actions. */
  | 'HEAVY'
  /** 30 to 89 free minutes: 4 actions. */
  | 'LIGHT'
  /** Under 30 free minutes: 2 actions. */
  | 'MICRO'
  /** 90 to 239 free minutes: 6 actions. */
  | 'STANDARD';

export type ChangeMemberRoleInput = {
  role: WorkspaceRole;
  userId: string;
  workspaceId: string;
};

/** What happened to a row. */
export type ChangeOp =
  /** It was deleted. */
  | 'DELETE'
  /** It was created. */
  | 'INSERT'
  /** It changed. */
  | 'UPDATE';

/**
 * Connects (or reconnects) the viewer's calendar with the grant the provider's OAuth callback
 * returned. The tokens are encrypted before they are stored and can never be read back.
 */
export type ConnectCalendarInput = {
  /** The OAuth access token, if the provider gave one. */
  accessToken?: string | null | undefined;
  /** The provider's calendar identifier, e.g. `primary` (1 to 500 characters). */
  calendarId: string;
  /** When the access token expires. */
  expiresAt?: string | null | undefined;
  /** The calendar service; connecting a connected provider again replaces its tokens. */
  provider: CalendarProvider;
  /** The OAuth refresh token. */
  refreshToken: string;
  /** The workspace to connect it in (member role or above). */
  workspaceId: string;
};

/** Narrows the content prompt list; omitted fields match every prompt. */
export type ContentPromptFilter = {
  /** Only prompts in one of these statuses. */
  statuses?: Array<ContentPromptStatus> | null | undefined;
  /** Only prompts of one of these types. */
  types?: Array<ContentPromptType> | null | undefined;
  /** Only this user's prompts. */
  userId?: string | null | undefined;
  /** Only prompts made from this summary. */
  weeklySummaryId?: string | null | undefined;
};

/** Where a content prompt stands: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED. */
export type ContentPromptStatus =
  /** Put away. */
  | 'ARCHIVED'
  /** Saved, not posted; the only status whose text can change. */
  | 'DRAFT'
  /** Posted by the user. */
  | 'POSTED';

/** The kind of post a content prompt drafts. */
export type ContentPromptType =
  /** A post sharing a lesson. */
  | 'INSIGHT_POST'
  /** A post celebrating a win. */
  | 'WIN_POST';

/** A new action, owned by the viewer, in state NEW. */
export type CreateActionInput = {
  /** What kind of move this is. */
  actionType: ActionType;
  /** True when the system makes the action (a plan, a follow-up rule, an AI worker). */
  autoCreated?: boolean;
  /** What to do, up to 2,000 characters. */
  description?: string | null | undefined;
  /** The day it is due: today or later, in the viewer's time zone. */
  dueDate: string;
  /** The lead the action is about, in the same workspace. */
  leadId?: string | null | undefined;
  /** Free notes, up to 10,000 characters. */
  notes?: string | null | undefined;
  /** The workspace to add the action to (member role or above). */
  workspaceId: string;
};

export type CreateApiKeyInput = {
  /** When the key stops working; never, if omitted. */
  expiresAt?: string | null | undefined;
  name: string;
  /** Requests allowed per hour (default 1000). */
  rateLimit?: number | null | undefined;
  scopes: Array<ApiKeyScope>;
  workspaceId: string;
};

/** A draft post the viewer wrote or edited. */
export type CreateContentPromptInput = {
  /** The draft, 1 to 10,000 characters. */
  content: string;
  /** The kind of post. */
  type: ContentPromptType;
  /** The summary it was made from, in the same workspace. */
  weeklySummaryId?: string | null | undefined;
  /** The workspace to save it in (member role or above). */
  workspaceId: string;
};

/**
 * Drafts the posts a weekly summary suggests: a WIN_POST when the week had a win, an
 * INSIGHT_POST always.
 */
export type CreateContentPromptsFromSummaryInput = {
  /** The summary to draft from. */
  weeklySummaryId: string;
};

/** A new lead, owned by the viewer. */
export type CreateLeadInput = {
  /** The person's name, 1 to 200 characters. */
  name: string;
  /** Free notes, up to 10,000 characters. */
  notes?: string | null | undefined;
  /** Their primary link: an `https://`, `http://` or `mailto:` URL. */
  url: string;
  /** The workspace to add the lead to (member role or above). */
  workspaceId: string;
};

export type CreateWorkspaceInput = {
  name: string;
  /** Made from the name when omitted. */
  slug?: string | null | undefined;
};

/** Narrows the daily plan list; omitted fields match every plan. */
export type DailyPlanFilter = {
  /** Only plans for this day or later. */
  dateFrom?: string | null | undefined;
  /** Only plans for this day or earlier. */
  dateTo?: string | null | undefined;
  /** Only this user's plans. */
  userId?: string | null | undefined;
};

/** Deletes an action for good (archiving keeps it). */
export type DeleteActionInput = {
  /** The action to delete. */
  id: string;
};

export type DeleteWorkspaceInput = {
  id: string;
};

/** Disconnects a calendar: its tokens are wiped, its sync logs kept. */
export type DisconnectCalendarInput = {
  /** The connection to disconnect. */
  id: string;
};

/** Makes (or remakes) the viewer's plan for a day. */
export type GenerateDailyPlanInput = {
  /** The day to plan; by default the viewer's today, in their time zone. */
  date?: string | null | undefined;
  /** The workspace whose actions to plan (member role or above). */
  workspaceId: string;
};

/** Writes (or rewrites) the viewer's summary of a week. */
export type GenerateWeeklySummaryInput = {
  /** Calls the user reports booking (0 to 10,000); counted from CALL_PREP actions when omitted. */
  callsBooked?: number | null | undefined;
  /** The Monday the week starts on; not a future week. */
  weekStartDate: string;
  /** The workspace whose week to summarise (member role or above). */
  workspaceId: string;
};

/** Narrows the lead list; omitted fields match every lead. */
export type LeadFilter = {
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only leads in one of these statuses. */
  statuses?: Array<LeadStatus> | null | undefined;
  /** Only this user's leads. */
  userId?: string | null | undefined;
};

/** How the lead list is sorted. */
export type LeadOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC';

/** Where a lead stands. */
export type LeadStatus =
  /** Being worked. */
  | 'ACTIVE'
  /** Kept, but out of plans and lists; restorable. */
  | 'ARCHIVED'
  /** Out of sight until its snooze date. */
  | 'SNOOZED';

export type LeaveWorkspaceInput = {
  workspaceId: string;
};

export type MembershipChangeKind =
  | 'ADDED'
  | 'REMOVED'
  | 'ROLE_CHANGED';

/**
 * What a sync of a calendar found: the free minutes of a day (`date` and `freeMinutes`), or
 * why it failed (`errorMessage`, with `tokenExpired` when the provider refused the token).
 */
export type RecordCalendarSyncInput = {
  /** The day a free/busy read was for. */
  date?: string | null | undefined;
  /** Why the sync failed (up to 1,000 characters are kept). */
  errorMessage?: string | null | undefined;
  /** The free minutes found that day (0 to 1440); that day's plan is sized by them. */
  freeMinutes?: number | null | undefined;
  /** The connection that synced. */
  id: string;
  /** With `errorMessage`: the provider refused the token, so the connection is EXPIRED. */
  tokenExpired?: boolean;
};

export type RemoveMemberInput = {
  userId: string;
  workspaceId: string;
};

/** Brings an archived lead back as ACTIVE. */
export type RestoreLeadInput = {
  /** The archived lead. */
  id: string;
};

export type RevokeApiKeyInput = {
  id: string;
};

/**
 * Moves an action to another state. Allowed moves: NEW → SENT, SNOOZED, DONE, ARCHIVED;
 * SENT → REPLIED, SNOOZED, DONE, ARCHIVED; REPLIED → DONE, ARCHIVED; SNOOZED → NEW, SNOOZED
 * (another day), DONE, ARCHIVED; DONE → NEW (reopen), ARCHIVED; ARCHIVED → NEW (restore).
 */
export type SetActionStateInput = {
  /** The action to move. */
  id: string;
  /** Required for SNOOZED: the day it comes back as NEW, after today in the owner's time zone. */
  snoozeUntil?: string | null | undefined;
  /** The state to move it to. */
  state: ActionState;
};

/** Moves a prompt: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED. */
export type SetContentPromptStatusInput = {
  /** The prompt to move. */
  id: string;
  /** The status to move it to. */
  status: ContentPromptStatus;
};

/** Snoozes a lead (ACTIVE or SNOOZED) until a day. */
export type SnoozeLeadInput = {
  /** The lead to snooze. */
  id: string;
  /** The day it comes back as ACTIVE: after today, in the owner's time zone. */
  snoozeUntil: string;
};

/** Brings a snoozed lead back now. */
export type UnsnoozeLeadInput = {
  /** The snoozed lead. */
  id: string;
};

/**
 * Changes to an action; omitted fields stay as they are. Its state changes with
 * `setActionState`.
 */
export type UpdateActionInput = {
  /** What kind of move this is. */
  actionType?: ActionType | null | undefined;
  /** What to do, up to 2,000 characters; `null` clears it. */
  description?: string | null | undefined;
  /** The day it is due: not before the day the action was created. */
  dueDate?: string | null | undefined;
  /** The action to change. */
  id: string;
  /** The lead the action is about, in the same workspace; `null` unlinks it. */
  leadId?: string | null | undefined;
  /** Free notes, up to 10,000 characters; `null` clears them. */
  notes?: string | null | undefined;
};

/** Rewrites a draft (only a DRAFT can change). */
export type UpdateContentPromptInput = {
  /** The new draft, 1 to 10,000 characters. */
  content: string;
  /** The prompt to change. */
  id: string;
};

/** Changes to a lead; omitted fields stay as they are. */
export type UpdateLeadInput = {
  /** The lead to change. */
  id: string;
  /** The person's name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Free notes, up to 10,000 characters; `null` clears them. */
  notes?: string | null | undefined;
  /** Their primary link: an `https://`, `http://` or `mailto:` URL. */
  url?: string | null | undefined;
};

/** Changes to the viewer's own profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** IANA time zone name, e.g. `Europe/Paris`. */
  timezone?: string | null | undefined;
};

export type UpdateWorkspaceInput = {
  billingEmail?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** Replaces the settings object. */
  settings?: unknown;
  slug?: string | null | undefined;
};

/** Codes of the rule violations a mutation payload reports. */
export type UserErrorCode =
  /** Something with the same unique key already exists. */
  | 'ALREADY_EXISTS'
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** The change is not allowed from the object's current state. */
  | 'INVALID_STATE'
  /** The change would leave a workspace without an owner. */
  | 'LAST_OWNER'
  /** A plan or quota limit would be passed. */
  | 'LIMIT_EXCEEDED'
  /** The referenced object does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** A required value is missing. */
  | 'REQUIRED';

/** Narrows the weekly summary list; omitted fields match every summary. */
export type WeeklySummaryFilter = {
  /** Only this user's summaries. */
  userId?: string | null | undefined;
};

/** A member's role in a workspace, weakest first. */
export type WorkspaceRole =
  /** Also manages members, API keys and settings. */
  | 'ADMIN'
  /** Reads and writes the workspace's data. */
  | 'MEMBER'
  /** Also deletes the workspace; every workspace keeps at least one. */
  | 'OWNER'
  /** Reads everything, changes nothing. */
  | 'VIEWER';

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { plaintextKey: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ActionsQueryVariables = Exact<{
  workspaceId: string;
  filter?: ActionFilter | null | undefined;
  orderBy?: ActionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionsQuery = { workspace: { id: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } } | null };

export type ActionQueryVariables = Exact<{
  id: string;
}>;


export type ActionQuery = { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null } | null };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SetActionStateMutationVariables = Exact<{
  input: SetActionStateInput;
}>;


export type SetActionStateMutation = { setActionState: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteActionMutationVariables = Exact<{
  input: DeleteActionInput;
}>;


export type DeleteActionMutation = { deleteAction: { deletedActionId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ActionChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type ActionChangedSubscription = { actionChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type CalendarConnectionsQueryVariables = Exact<{
  workspaceId: string;
  filter?: CalendarConnectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CalendarConnectionsQuery = { workspace: { id: string, calendarConnections: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type CalendarConnectionQueryVariables = Exact<{
  id: string;
  logsFirst?: number;
}>;


export type CalendarConnectionQuery = { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string, syncLogs: Array<{ id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string }> } | null };

export type ConnectCalendarMutationVariables = Exact<{
  input: ConnectCalendarInput;
}>;


export type ConnectCalendarMutation = { connectCalendar: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DisconnectCalendarMutationVariables = Exact<{
  input: DisconnectCalendarInput;
}>;


export type DisconnectCalendarMutation = { disconnectCalendar: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RecordCalendarSyncMutationVariables = Exact<{
  input: RecordCalendarSyncInput;
}>;


export type RecordCalendarSyncMutation = { recordCalendarSync: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, syncLog: { id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LeadsQueryVariables = Exact<{
  workspaceId: string;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { workspace: { id: string, leads: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type LeadQueryVariables = Exact<{
  id: string;
  actionsFirst?: number;
  actionStates?: Array<ActionState> | ActionState | null | undefined;
}>;


export type LeadQuery = { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string, actions: Array<{ id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string }> } | null };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SnoozeLeadMutationVariables = Exact<{
  input: SnoozeLeadInput;
}>;


export type SnoozeLeadMutation = { snoozeLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnsnoozeLeadMutationVariables = Exact<{
  input: UnsnoozeLeadInput;
}>;


export type UnsnoozeLeadMutation = { unsnoozeLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ArchiveLeadMutationVariables = Exact<{
  input: ArchiveLeadInput;
}>;


export type ArchiveLeadMutation = { archiveLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RestoreLeadMutationVariables = Exact<{
  input: RestoreLeadInput;
}>;


export type RestoreLeadMutation = { restoreLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DailyPlanQueryVariables = Exact<{
  workspaceId: string;
  date: string;
}>;


export type DailyPlanQuery = { workspace: { id: string, dailyPlan: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null } | null };

export type DailyPlanByIdQueryVariables = Exact<{
  id: string;
}>;


export type DailyPlanByIdQuery = { dailyPlanById: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null };

export type DailyPlansQueryVariables = Exact<{
  workspaceId: string;
  filter?: DailyPlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DailyPlansQuery = { workspace: { id: string, dailyPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } }> } } | null };

export type GenerateDailyPlanMutationVariables = Exact<{
  input: GenerateDailyPlanInput;
}>;


export type GenerateDailyPlanMutation = { generateDailyPlan: { dailyPlan: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DailyPlanChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type DailyPlanChangedSubscription = { dailyPlanChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type CrmStatsQueryVariables = Exact<{
  workspaceId: string;
}>;


export type CrmStatsQuery = { workspace: { id: string, crmStats: { workspaceId: string, userId: string, streakCount: number, lastActionDate: string | null, calendarConnected: boolean } } | null };

export type WeeklySummariesQueryVariables = Exact<{
  workspaceId: string;
  filter?: WeeklySummaryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WeeklySummariesQuery = { workspace: { id: string, weeklySummaries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string } }> } } | null };

export type WeeklySummaryQueryVariables = Exact<{
  id: string;
}>;


export type WeeklySummaryQuery = { weeklySummary: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string, contentPrompts: Array<{ id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string }> } | null };

export type GenerateWeeklySummaryMutationVariables = Exact<{
  input: GenerateWeeklySummaryInput;
}>;


export type GenerateWeeklySummaryMutation = { generateWeeklySummary: { weeklySummary: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ContentPromptsQueryVariables = Exact<{
  workspaceId: string;
  filter?: ContentPromptFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentPromptsQuery = { workspace: { id: string, contentPrompts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } }> } } | null };

export type ContentPromptQueryVariables = Exact<{
  id: string;
}>;


export type ContentPromptQuery = { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string, weeklySummary: { id: string, weekStartDate: string } | null } | null };

export type CreateContentPromptMutationVariables = Exact<{
  input: CreateContentPromptInput;
}>;


export type CreateContentPromptMutation = { createContentPrompt: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateContentPromptsFromSummaryMutationVariables = Exact<{
  input: CreateContentPromptsFromSummaryInput;
}>;


export type CreateContentPromptsFromSummaryMutation = { createContentPromptsFromSummary: { contentPrompts: Array<{ id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string }> | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateContentPromptMutationVariables = Exact<{
  input: UpdateContentPromptInput;
}>;


export type UpdateContentPromptMutation = { updateContentPrompt: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SetContentPromptStatusMutationVariables = Exact<{
  input: SetContentPromptStatusInput;
}>;


export type SetContentPromptStatusMutation = { setContentPromptStatus: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type FeatureFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeatureFlagsQuery = { featureFlags: Array<{ name: string, description: string | null, enabled: boolean }> };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type UserFieldsFragment = { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string };

export type WorkspaceFieldsFragment = { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } };

export type MemberFieldsFragment = { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null };

export type LeadFieldsFragment = { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string };

export type ActionFieldsFragment = { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string };

export type DailyPlanFieldsFragment = { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> };

export type WeeklySummaryFieldsFragment = { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string };

export type ContentPromptFieldsFragment = { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string };

export type CalendarConnectionFieldsFragment = { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string };

export type CalendarSyncLogFieldsFragment = { id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string };

export type CrmStatsFieldsFragment = { workspaceId: string, userId: string, streakCount: number, lastActionDate: string | null, calendarConnected: boolean };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LeaveWorkspaceMutationVariables = Exact<{
  input: LeaveWorkspaceInput;
}>;


export type LeaveWorkspaceMutation = { leaveWorkspace: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MembershipChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MembershipChangedSubscription = { membershipChanged: { workspaceId: string, kind: MembershipChangeKind } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string }, memberships: Array<{ role: WorkspaceRole, workspace: { id: string, name: string, slug: string, isPersonal: boolean } }>, flags: Array<{ name: string, enabled: boolean }> } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type WorkspaceQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
}>;


export type WorkspaceQuery = { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null };

export type WorkspaceMembersQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceMembersQuery = { workspace: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } }> } } | null };

export type WorkspaceApiKeysQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceApiKeysQuery = { workspace: { id: string, apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } }> } } | null };

export type WorkspaceAuditLogsQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceAuditLogsQuery = { workspace: { id: string, auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, entityType: string, entityId: string, action: string, changes: unknown, apiKeyId: string | null, aiGenerated: boolean, aiModel: string | null, createdAt: string, actor: { id: string, email: string } | null } }> } } | null };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { updateWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteWorkspaceMutationVariables = Exact<{
  input: DeleteWorkspaceInput;
}>;


export type DeleteWorkspaceMutation = { deleteWorkspace: { deletedWorkspaceId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const WorkspaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}
    `, {"fragmentName":"WorkspaceFields"}) as unknown as TypedDocumentString<WorkspaceFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
    `, {"fragmentName":"LeadFields"}) as unknown as TypedDocumentString<LeadFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
    `, {"fragmentName":"ActionFields"}) as unknown as TypedDocumentString<ActionFieldsFragment, unknown>;
export const DailyPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"fragmentName":"DailyPlanFields"}) as unknown as TypedDocumentString<DailyPlanFieldsFragment, unknown>;
export const WeeklySummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"WeeklySummaryFields"}) as unknown as TypedDocumentString<WeeklySummaryFieldsFragment, unknown>;
export const ContentPromptFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContentPromptFields"}) as unknown as TypedDocumentString<ContentPromptFieldsFragment, unknown>;
export const CalendarConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
    `, {"fragmentName":"CalendarConnectionFields"}) as unknown as TypedDocumentString<CalendarConnectionFieldsFragment, unknown>;
export const CalendarSyncLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}
    `, {"fragmentName":"CalendarSyncLogFields"}) as unknown as TypedDocumentString<CalendarSyncLogFieldsFragment, unknown>;
export const CrmStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrmStatsFields on CrmStats {
  workspaceId
  userId
  streakCount
  lastActionDate
  calendarConnected
}
    `, {"fragmentName":"CrmStatsFields"}) as unknown as TypedDocumentString<CrmStatsFieldsFragment, unknown>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    plaintextKey
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:e04f3d0670c15543e229bd10d6c09c605dce732ee086db2f75fc390087049674"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:40a63e30ca5d9c9f46729315b2333d90c6f9d15b89ff28e36a63a9c445e36cdb"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ActionsDocument = new TypedDocumentString(`
    query Actions($workspaceId: UUID!, $filter: ActionFilter, $orderBy: ActionOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    actions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ActionFields
          lead {
            id
            name
            status
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:bdf9a3e47b6f73a021a08564523f2bdc224c4ad076aaff93cf2e56abc0469ab2"}) as unknown as TypedDocumentString<ActionsQuery, ActionsQueryVariables>;
export const ActionDocument = new TypedDocumentString(`
    query Action($id: UUID!) {
  action(id: $id) {
    ...ActionFields
    lead {
      ...LeadFields
    }
  }
}
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:f99e732a979bb74c100ff04605103ffcd1b5296cb6e2ed89a74fcdb6cd06e570"}) as unknown as TypedDocumentString<ActionQuery, ActionQueryVariables>;
export const CreateActionDocument = new TypedDocumentString(`
    mutation CreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:29c7ba49cf21538d27915320bb5df766eec7f7ce8d1dfe19eebe8681f59b1fbb"}) as unknown as TypedDocumentString<CreateActionMutation, CreateActionMutationVariables>;
export const UpdateActionDocument = new TypedDocumentString(`
    mutation UpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:be013d68df64e805cbeb56f56ba8a349e17cce4e26e7aec9777269cf88f3b96b"}) as unknown as TypedDocumentString<UpdateActionMutation, UpdateActionMutationVariables>;
export const SetActionStateDocument = new TypedDocumentString(`
    mutation SetActionState($input: SetActionStateInput!) {
  setActionState(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:68ffde24f3693b07dda42d5438a140f8f4c291b2b6d2f28fe2e2a5b49fb2600c"}) as unknown as TypedDocumentString<SetActionStateMutation, SetActionStateMutationVariables>;
export const DeleteActionDocument = new TypedDocumentString(`
    mutation DeleteAction($input: DeleteActionInput!) {
  deleteAction(input: $input) {
    deletedActionId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:24b1ecaf3bc7a0c66e425093d32afd271fa4e8d9b832590223d42142312db769"}) as unknown as TypedDocumentString<DeleteActionMutation, DeleteActionMutationVariables>;
export const ActionChangedDocument = new TypedDocumentString(`
    subscription ActionChanged($workspaceId: UUID!) {
  actionChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:6ab0e0da66f966a85f54bc9dcc9c6fd331b5b34fe4b60ab42a5591f32aa902c1"}) as unknown as TypedDocumentString<ActionChangedSubscription, ActionChangedSubscriptionVariables>;
export const CalendarConnectionsDocument = new TypedDocumentString(`
    query CalendarConnections($workspaceId: UUID!, $filter: CalendarConnectionFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    calendarConnections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CalendarConnectionFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:f7d429755c944fd98b0babd0b73315970e05de2953450d210c6872ce1c645f47"}) as unknown as TypedDocumentString<CalendarConnectionsQuery, CalendarConnectionsQueryVariables>;
export const CalendarConnectionDocument = new TypedDocumentString(`
    query CalendarConnection($id: UUID!, $logsFirst: Int! = 10) {
  calendarConnection(id: $id) {
    ...CalendarConnectionFields
    syncLogs(first: $logsFirst) {
      ...CalendarSyncLogFields
    }
  }
}
    fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}`, {"hash":"sha256:56e4824abbf548ce7170bd9d9a4722d0ef22a16c8d2bd29e3b5c272bb776f6ad"}) as unknown as TypedDocumentString<CalendarConnectionQuery, CalendarConnectionQueryVariables>;
export const ConnectCalendarDocument = new TypedDocumentString(`
    mutation ConnectCalendar($input: ConnectCalendarInput!) {
  connectCalendar(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:35ec934ad80116c540536f2e788de04772fd95c1dee6c5bba904d067898c0c85"}) as unknown as TypedDocumentString<ConnectCalendarMutation, ConnectCalendarMutationVariables>;
export const DisconnectCalendarDocument = new TypedDocumentString(`
    mutation DisconnectCalendar($input: DisconnectCalendarInput!) {
  disconnectCalendar(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:d418ebde320577f78aff138d168a73270e2fb79ee342fc9167ed158a45d02d20"}) as unknown as TypedDocumentString<DisconnectCalendarMutation, DisconnectCalendarMutationVariables>;
export const RecordCalendarSyncDocument = new TypedDocumentString(`
    mutation RecordCalendarSync($input: RecordCalendarSyncInput!) {
  recordCalendarSync(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    syncLog {
      ...CalendarSyncLogFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}`, {"hash":"sha256:b1d4c11842007d4babd996f9fdd87be369c417cb4690aa25f4129b6446d86c54"}) as unknown as TypedDocumentString<RecordCalendarSyncMutation, RecordCalendarSyncMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($workspaceId: UUID!, $filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...LeadFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:939addd2b5417fe457518acbf8d771dbb8ad3a4b1038f13191f5e3020d75e61a"}) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDocument = new TypedDocumentString(`
    query Lead($id: UUID!, $actionsFirst: Int! = 10, $actionStates: [ActionState!]) {
  lead(id: $id) {
    ...LeadFields
    actions(first: $actionsFirst, states: $actionStates) {
      ...ActionFields
    }
  }
}
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:45f95ec104005bdf541b04f481e7faf3f9e187a959d0d7bf59f80b082455f336"}) as unknown as TypedDocumentString<LeadQuery, LeadQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:69ab4e22b8ce64a480dd525eab61c6b8b73f18f8f4cda41e6a43c5beebd1ec51"}) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:cc22d78d9e8cce293bd71d6ea2ee19aa3e6c9573133b7ee59e7e62497a72243c"}) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const SnoozeLeadDocument = new TypedDocumentString(`
    mutation SnoozeLead($input: SnoozeLeadInput!) {
  snoozeLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:6023a2fbb8d0c79a35b6a65f1a37cff3a35da3e301d805b48377e7bf0bb68997"}) as unknown as TypedDocumentString<SnoozeLeadMutation, SnoozeLeadMutationVariables>;
export const UnsnoozeLeadDocument = new TypedDocumentString(`
    mutation UnsnoozeLead($input: UnsnoozeLeadInput!) {
  unsnoozeLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:1ab18c0b511585a695c2b4dbcc4059d113c510a5c89715951076976673ff3139"}) as unknown as TypedDocumentString<UnsnoozeLeadMutation, UnsnoozeLeadMutationVariables>;
export const ArchiveLeadDocument = new TypedDocumentString(`
    mutation ArchiveLead($input: ArchiveLeadInput!) {
  archiveLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:2c35d374a2e54645e1281c2221761b5f4f335f3de0566d9ddc706d5a0cef7e2f"}) as unknown as TypedDocumentString<ArchiveLeadMutation, ArchiveLeadMutationVariables>;
export const RestoreLeadDocument = new TypedDocumentString(`
    mutation RestoreLead($input: RestoreLeadInput!) {
  restoreLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:5d89e20a40ea196d31649b924207a5e63c6b5f764225a9082999bf53a70af2e0"}) as unknown as TypedDocumentString<RestoreLeadMutation, RestoreLeadMutationVariables>;
export const DailyPlanDocument = new TypedDocumentString(`
    query DailyPlan($workspaceId: UUID!, $date: Date!) {
  workspace(id: $workspaceId) {
    id
    dailyPlan(date: $date) {
      ...DailyPlanFields
    }
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:a7bcbbbf4c944fdae8aa9062cca2e68a33433c0139e7b9405db7cd295861d568"}) as unknown as TypedDocumentString<DailyPlanQuery, DailyPlanQueryVariables>;
export const DailyPlanByIdDocument = new TypedDocumentString(`
    query DailyPlanById($id: UUID!) {
  dailyPlanById(id: $id) {
    ...DailyPlanFields
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:1e6e67e08a0a239d32173cc8a49312eef71f2c123cef3ba1696e2d029e9d2bc1"}) as unknown as TypedDocumentString<DailyPlanByIdQuery, DailyPlanByIdQueryVariables>;
export const DailyPlansDocument = new TypedDocumentString(`
    query DailyPlans($workspaceId: UUID!, $filter: DailyPlanFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    dailyPlans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...DailyPlanFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:c1c1aa896360d77cae7ebfe271f97722299c594749dd1e30de19ec35d75d3660"}) as unknown as TypedDocumentString<DailyPlansQuery, DailyPlansQueryVariables>;
export const GenerateDailyPlanDocument = new TypedDocumentString(`
    mutation GenerateDailyPlan($input: GenerateDailyPlanInput!) {
  generateDailyPlan(input: $input) {
    dailyPlan {
      ...DailyPlanFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:4590ab74c17703d5f8c8bf062d7555a455b059ff4f2cbae4505f405ab08c88c6"}) as unknown as TypedDocumentString<GenerateDailyPlanMutation, GenerateDailyPlanMutationVariables>;
export const DailyPlanChangedDocument = new TypedDocumentString(`
    subscription DailyPlanChanged($workspaceId: UUID!) {
  dailyPlanChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:d0d2cf9f88db2f16f9894978863c2eb7c787c00c2e8f793c9d781b27a0ee400e"}) as unknown as TypedDocumentString<DailyPlanChangedSubscription, DailyPlanChangedSubscriptionVariables>;
export const CrmStatsDocument = new TypedDocumentString(`
    query CrmStats($workspaceId: UUID!) {
  workspace(id: $workspaceId) {
    id
    crmStats {
      ...CrmStatsFields
    }
  }
}
    fragment CrmStatsFields on CrmStats {
  workspaceId
  userId
  streakCount
  lastActionDate
  calendarConnected
}`, {"hash":"sha256:fcfe6718124172ddf342013dec30be747d0b2bc6f2b8e98a9d8d5c7e498c4472"}) as unknown as TypedDocumentString<CrmStatsQuery, CrmStatsQueryVariables>;
export const WeeklySummariesDocument = new TypedDocumentString(`
    query WeeklySummaries($workspaceId: UUID!, $filter: WeeklySummaryFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    weeklySummaries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...WeeklySummaryFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:696a49ffccf30bd581671d92f3d9cd41b3a97b1cc2337bdd9637c9ef74cc5edf"}) as unknown as TypedDocumentString<WeeklySummariesQuery, WeeklySummariesQueryVariables>;
export const WeeklySummaryDocument = new TypedDocumentString(`
    query WeeklySummary($id: UUID!) {
  weeklySummary(id: $id) {
    ...WeeklySummaryFields
    contentPrompts {
      ...ContentPromptFields
    }
  }
}
    fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:04df31f5f837220942a6c1b46adfa611ab3c87005600535a1f192c3970004b4b"}) as unknown as TypedDocumentString<WeeklySummaryQuery, WeeklySummaryQueryVariables>;
export const GenerateWeeklySummaryDocument = new TypedDocumentString(`
    mutation GenerateWeeklySummary($input: GenerateWeeklySummaryInput!) {
  generateWeeklySummary(input: $input) {
    weeklySummary {
      ...WeeklySummaryFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:64b2cd6d38e2a80b44eb0f0e318d12efc5c77e9ed8351a3469e14c1dbf85dc55"}) as unknown as TypedDocumentString<GenerateWeeklySummaryMutation, GenerateWeeklySummaryMutationVariables>;
export const ContentPromptsDocument = new TypedDocumentString(`
    query ContentPrompts($workspaceId: UUID!, $filter: ContentPromptFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    contentPrompts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ContentPromptFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:b7aa29e9147d933ca6fc4bd07b088580b0c1ac6c210ab119889209eab66f4fe8"}) as unknown as TypedDocumentString<ContentPromptsQuery, ContentPromptsQueryVariables>;
export const ContentPromptDocument = new TypedDocumentString(`
    query ContentPrompt($id: UUID!) {
  contentPrompt(id: $id) {
    ...ContentPromptFields
    weeklySummary {
      id
      weekStartDate
    }
  }
}
    fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:dc1994fd813dd42a8152c94d48a3654ea53a13dc8b22fb3c0b775d97d0795d20"}) as unknown as TypedDocumentString<ContentPromptQuery, ContentPromptQueryVariables>;
export const CreateContentPromptDocument = new TypedDocumentString(`
    mutation CreateContentPrompt($input: CreateContentPromptInput!) {
  createContentPrompt(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:e803bd6a852fe5e89f3cc46a0fbb98c44621db3a5c773549a21061b0112d4488"}) as unknown as TypedDocumentString<CreateContentPromptMutation, CreateContentPromptMutationVariables>;
export const CreateContentPromptsFromSummaryDocument = new TypedDocumentString(`
    mutation CreateContentPromptsFromSummary($input: CreateContentPromptsFromSummaryInput!) {
  createContentPromptsFromSummary(input: $input) {
    contentPrompts {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:4a609c81d2d7948ff8d1ab5dc6551a1a9ae2be47d957c5972f3ece06ea7278fb"}) as unknown as TypedDocumentString<CreateContentPromptsFromSummaryMutation, CreateContentPromptsFromSummaryMutationVariables>;
export const UpdateContentPromptDocument = new TypedDocumentString(`
    mutation UpdateContentPrompt($input: UpdateContentPromptInput!) {
  updateContentPrompt(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:a1a65e350be93d02943dc574d3c3d3f81f146fbfbef109e68d0a7124846dcb71"}) as unknown as TypedDocumentString<UpdateContentPromptMutation, UpdateContentPromptMutationVariables>;
export const SetContentPromptStatusDocument = new TypedDocumentString(`
    mutation SetContentPromptStatus($input: SetContentPromptStatusInput!) {
  setContentPromptStatus(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:f303337610ec8bbc4afa478b59078fb3fe83d12c3da03241804fd8698c75c6d0"}) as unknown as TypedDocumentString<SetContentPromptStatusMutation, SetContentPromptStatusMutationVariables>;
export const FeatureFlagsDocument = new TypedDocumentString(`
    query FeatureFlags {
  featureFlags {
    name
    description
    enabled
  }
}
    `, {"hash":"sha256:84ceaaeea07306af6c68228c0c84e79a7a0d70a0716458124cfe6ccd495b96ee"}) as unknown as TypedDocumentString<FeatureFlagsQuery, FeatureFlagsQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:2b5dabb2c1ede676a6dbd4e07c36ba50dc5bb3719c8f88e4398afbecdefda8ef"}) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:1d09af51a9aa2f010b869958e2522d82df4634304a5000a3b2882604ef6a1ff8"}) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:f1835692ffefb367c49c0854e1874fe002afedaea7e7a975fdf4268004c1a443"}) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveWorkspaceDocument = new TypedDocumentString(`
    mutation LeaveWorkspace($input: LeaveWorkspaceInput!) {
  leaveWorkspace(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:418bc35819e8bc26eb4159834708a14dc7429acaba1a594113682a8c8030071f"}) as unknown as TypedDocumentString<LeaveWorkspaceMutation, LeaveWorkspaceMutationVariables>;
export const MembershipChangedDocument = new TypedDocumentString(`
    subscription MembershipChanged {
  membershipChanged {
    workspaceId
    kind
  }
}
    `, {"hash":"sha256:7dd05a087cb7c5baee259574c1312af8c0819d9559ecf68a2bc5c1643df5a5be"}) as unknown as TypedDocumentString<MembershipChangedSubscription, MembershipChangedSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    email
    user {
      ...UserFields
    }
    memberships {
      role
      workspace {
        id
        name
        slug
        isPersonal
      }
    }
    flags {
      name
      enabled
    }
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:617cf41a66353671aba84b45fbb9d79b1bca997dc6c062e1feda2235791ceef1"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: UUID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:c57f2a2333201f351da1f833fe9a27602f9890945af094a113a701c28f3c7f8f"}) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      ...UserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:efee85eb5c6978196c78ed4fd9687c1e28aebf66a3f4ec1cea76eeca38b189cb"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const WorkspaceDocument = new TypedDocumentString(`
    query Workspace($id: UUID, $slug: String) {
  workspace(id: $id, slug: $slug) {
    ...WorkspaceFields
  }
}
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:487184ed3ff4d3e567add22970d3c04bd6a90fdb854eea15b2afbe82723cd2be"}) as unknown as TypedDocumentString<WorkspaceQuery, WorkspaceQueryVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MemberFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:fb6f6b618cd150809cf17a4bfb0fe73260a67d1cde7695913728470642d406ca"}) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const WorkspaceApiKeysDocument = new TypedDocumentString(`
    query WorkspaceApiKeys($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:114eecec928827888ed826b9a780594ad45e694cd4297379699361c94b133e35"}) as unknown as TypedDocumentString<WorkspaceApiKeysQuery, WorkspaceApiKeysQueryVariables>;
export const WorkspaceAuditLogsDocument = new TypedDocumentString(`
    query WorkspaceAuditLogs($id: UUID, $slug: String, $filter: AuditLogFilter, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          entityType
          entityId
          action
          changes
          apiKeyId
          aiGenerated
          aiModel
          createdAt
          actor {
            id
            email
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:7fbf881c9f0e946a85eff2d643e4847ebd938b28ab8f44c12ffd8b5a1d1e9df9"}) as unknown as TypedDocumentString<WorkspaceAuditLogsQuery, WorkspaceAuditLogsQueryVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:d5ef8a42cbbeb195955c52295d0edd05be7f164dd3d391fdc87bb3da6d657804"}) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const UpdateWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:175d0626244f564b224ab21f6963566588de448fd8e360a741cfc96ff7735dc8"}) as unknown as TypedDocumentString<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;
export const DeleteWorkspaceDocument = new TypedDocumentString(`
    mutation DeleteWorkspace($input: DeleteWorkspaceInput!) {
  deleteWorkspace(input: $input) {
    deletedWorkspaceId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:6c6c2d3ff2fe898e37b2b9a750e3e292a05c703b7c9d780653b6417207946566"}) as unknown as TypedDocumentString<DeleteWorkspaceMutation, DeleteWorkspaceMutationVariables>;