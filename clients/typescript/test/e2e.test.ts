// End to end: the real gateway (embedded Postgres, free port, fresh data folder) driven through
// the typed client. Steps run in order and share `state`; a new domain adds its own step below.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';

import {
  ActionChangedDocument,
  ActionDocument,
  ActionsDocument,
  AddMemberDocument,
  ArchiveLeadDocument,
  CalendarConnectionDocument,
  ChangeMemberRoleDocument,
  ConnectCalendarDocument,
  CreateActionDocument,
  CreateApiKeyDocument,
  CreateContentPromptsFromSummaryDocument,
  CreateLeadDocument,
  CreateWorkspaceDocument,
  CrmStatsDocument,
  DailyPlanChangedDocument,
  DailyPlanDocument,
  DeleteActionDocument,
  DisconnectCalendarDocument,
  FeatureFlagsDocument,
  GenerateDailyPlanDocument,
  GenerateWeeklySummaryDocument,
  LeadDocument,
  LeadsDocument,
  LeaveWorkspaceDocument,
  MembershipChangedDocument,
  RecordCalendarSyncDocument,
  RestoreLeadDocument,
  RevokeApiKeyDocument,
  SetActionStateDocument,
  SetContentPromptStatusDocument,
  SnoozeLeadDocument,
  UnsnoozeLeadDocument,
  UpdateActionDocument,
  UpdateContentPromptDocument,
  UpdateLeadDocument,
  UpdateProfileDocument,
  UpdateWorkspaceDocument,
  ViewerDocument,
  WeeklySummaryDocument,
  WorkspaceApiKeysDocument,
  WorkspaceAuditLogsDocument,
  WorkspaceDocument,
  WorkspaceMembersDocument,
  createMosaicClient,
  narrowPayload,
  unwrapPayload,
  type ActionType,
  type MembershipChangedSubscription,
  type MosaicClient,
  type MosaicClientOptions,
  type UserErrorCode,
} from '../src/index.js';
import { startGateway, type Gateway } from './support/gateway.js';
import { listen, mosaicErrorOf, required, within } from './support/steps.js';

const ADA = 'ada@example.com';
const SAM = 'sam@example.com';
// The NextBestMove user of the CRM steps: new, so her time zone is the default, UTC.
const NINA = 'nina@example.com';

let gateway: Gateway;
let ada: MosaicClient;
let sam: MosaicClient;
let samConnected: Promise<void>;
let nina: MosaicClient;
/** Resolves once Nina's subscription socket is acknowledged (it stays open: `lazy: false`). */
let ninaConnected: Promise<void>;
const clients: MosaicClient[] = [];
const state: { workspaceId?: string; samId?: string } = {};

function client(options: Omit<MosaicClientOptions, 'url'> & ({ token: string } | { apiKey: string })): MosaicClient {
  const made = createMosaicClient({ url: gateway.graphqlUrl, webSocketImpl: WebSocket, ...options } as MosaicClientOptions);
  clients.push(made);
  return made;
}

before(async () => {
  gateway = await startGateway();
  const [adaToken, samToken, ninaToken] = await Promise.all([gateway.token(ADA), gateway.token(SAM), gateway.token(NINA)]);
  ada = client({ token: adaToken });
  let connected!: () => void;
  samConnected = new Promise((resolve) => (connected = resolve));
  sam = client({ token: samToken, ws: { on: { connected: () => connected() } } });
  let ninaAck!: () => void;
  ninaConnected = new Promise((resolve) => (ninaAck = resolve));
  nina = client({ token: ninaToken, ws: { lazy: false, on: { connected: () => ninaAck() } } });
});

after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gateway?.stop();
});

test('identity: the viewer, their personal workspace and the feature flags', async () => {
  const { viewer } = await ada.request(ViewerDocument);
  assert.equal(viewer.email, ADA);
  assert.equal(viewer.user.email, ADA);
  assert.equal(viewer.memberships.length, 1);
  assert.equal(viewer.memberships[0]?.role, 'OWNER');
  assert.equal(viewer.memberships[0]?.workspace.isPersonal, true);

  const { featureFlags } = await ada.request(FeatureFlagsDocument);
  assert.ok(Array.isArray(featureFlags));

  const profile = unwrapPayload(
    (await ada.request(UpdateProfileDocument, { input: { fullName: 'Ada Lovelace', timezone: 'Europe/London' } }))
      .updateProfile,
  );
  assert.equal(profile.user.fullName, 'Ada Lovelace');
  assert.equal(profile.user.timezone, 'Europe/London');
});

test('identity: create a workspace, read it by slug and by id, rename it', async () => {
  const created = narrowPayload(
    (await ada.request(CreateWorkspaceDocument, { input: { name: 'Acme Team', slug: 'acme-team' } })).createWorkspace,
  );
  assert.ok(created.ok, `createWorkspace failed: ${JSON.stringify(created.errors)}`);
  const { workspace } = created.value;
  assert.equal(workspace.slug, 'acme-team');
  assert.equal(workspace.viewerRole, 'OWNER');
  assert.equal(workspace.isPersonal, false);
  state.workspaceId = workspace.id;

  const bySlug = await ada.request(WorkspaceDocument, { slug: 'acme-team' });
  assert.equal(bySlug.workspace?.id, workspace.id);
  const byId = await ada.request(WorkspaceDocument, { id: workspace.id });
  assert.equal(byId.workspace?.name, 'Acme Team');

  const renamed = unwrapPayload(
    (await ada.request(UpdateWorkspaceDocument, { input: { id: workspace.id, name: 'Acme' } })).updateWorkspace,
  );
  assert.equal(renamed.workspace.name, 'Acme');

  // Another user sees someone else's workspace exactly as a missing one.
  assert.equal((await sam.request(WorkspaceDocument, { slug: 'acme-team' })).workspace, null);
});

test('identity: adding a member reaches them over the membershipChanged subscription', async () => {
  const workspaceId = required(state.workspaceId, 'workspaceId');
  const events = sam.subscribe(MembershipChangedDocument);
  const received: MembershipChangedSubscription[] = [];
  const nextEvent = async () => {
    const step = await within(10_000, 'membershipChanged', events.next());
    assert.equal(step.done, false, 'the subscription ended early');
    received.push(step.value as MembershipChangedSubscription);
    return step.value as MembershipChangedSubscription;
  };
  try {
    const first = nextEvent();
    // graphql-transport-ws has no "subscribed" answer: wait for the connection's ack, then give
    // the server a moment to register the subscription before the change happens.
    await within(10_000, 'graphql-ws connection_ack', samConnected);
    await new Promise((r) => setTimeout(r, 300));

    const added = unwrapPayload(
      (await ada.request(AddMemberDocument, { input: { workspaceId, email: SAM, role: 'MEMBER' } })).addMember,
    );
    assert.equal(added.member.role, 'MEMBER');
    assert.equal(added.member.user?.email, SAM);
    state.samId = added.member.userId;
    assert.deepEqual(await first, { membershipChanged: { workspaceId, kind: 'ADDED' } });

    const promoted = unwrapPayload(
      (
        await ada.request(ChangeMemberRoleDocument, {
          input: { workspaceId, userId: added.member.userId, role: 'ADMIN' },
        })
      ).changeMemberRole,
    );
    assert.equal(promoted.member.role, 'ADMIN');
    assert.deepEqual(await nextEvent(), { membershipChanged: { workspaceId, kind: 'ROLE_CHANGED' } });
  } finally {
    await events.return();
  }
  assert.equal(received.length, 2);

  const { workspace } = await sam.request(WorkspaceMembersDocument, { id: workspaceId, first: 10 });
  assert.equal(workspace?.members.totalCount, 2);
  assert.deepEqual(
    workspace?.members.edges.map((e) => [e.node.user?.email, e.node.role]),
    [
      [ADA, 'OWNER'],
      [SAM, 'ADMIN'],
    ],
  );
});

test('identity: an API key signs in with its scope, and stops working once revoked', async () => {
  const workspaceId = required(state.workspaceId, 'workspaceId');
  const created = unwrapPayload(
    (await ada.request(CreateApiKeyDocument, { input: { workspaceId, name: 'reporting', scopes: ['READ'] } }))
      .createApiKey,
  );
  assert.equal(created.apiKey.isActive, true);
  assert.ok(created.plaintextKey.startsWith(created.apiKey.prefix));

  const reader = client({ apiKey: created.plaintextKey });
  const { viewer } = await reader.request(ViewerDocument);
  assert.deepEqual(
    viewer.memberships.map((m) => [m.workspace.id, m.role]),
    [[workspaceId, 'VIEWER']],
  );
  const forbidden = await mosaicErrorOf(reader.request(UpdateWorkspaceDocument, { input: { id: workspaceId, name: 'x' } }));
  assert.equal(forbidden.code, 'FORBIDDEN');

  const keys = await ada.request(WorkspaceApiKeysDocument, { id: workspaceId, first: 10 });
  assert.deepEqual(
    keys.workspace?.apiKeys.edges.map((e) => e.node.name),
    ['reporting'],
  );

  unwrapPayload((await ada.request(RevokeApiKeyDocument, { input: { id: created.apiKey.id } })).revokeApiKey);
  const revoked = await mosaicErrorOf(reader.request(ViewerDocument));
  assert.equal(revoked.code, 'UNAUTHENTICATED');
  assert.equal(revoked.extensions.code, 'UNAUTHENTICATED');

  const audit = await ada.request(WorkspaceAuditLogsDocument, {
    id: workspaceId,
    filter: { entityType: 'workspace_member' },
    first: 20,
  });
  assert.ok((audit.workspace?.auditLogs.totalCount ?? 0) >= 2, 'adding and promoting Sam are audited');
});

test('identity: rule violations come back as typed payload errors', async () => {
  const workspaceId = required(state.workspaceId, 'workspaceId');

  const taken = narrowPayload(
    (await ada.request(CreateWorkspaceDocument, { input: { name: 'Again', slug: 'acme-team' } })).createWorkspace,
  );
  assert.equal(taken.ok, false);
  if (taken.ok) return;
  const code: UserErrorCode = taken.errors[0].code;
  assert.equal(code, 'ALREADY_EXISTS');
  assert.deepEqual(taken.errors[0].field, ['input', 'slug']);

  const leaving = narrowPayload((await ada.request(LeaveWorkspaceDocument, { input: { workspaceId } })).leaveWorkspace);
  assert.equal(leaving.ok, false);
  assert.equal(leaving.errors?.[0].code, 'LAST_OWNER');

  // unwrapPayload throws them as a PayloadError with the same typed code.
  assert.throws(
    () => unwrapPayload({ errors: leaving.errors ?? [] }),
    (error: unknown) => error instanceof Error && error.name === 'PayloadError' && 'code' in error && error.code === 'LAST_OWNER',
  );
});

test('identity: a bad token is a MosaicError with code UNAUTHENTICATED', async () => {
  const stranger = client({ token: 'not-a-jwt' });
  const overHttp = await mosaicErrorOf(stranger.request(ViewerDocument));
  assert.equal(overHttp.code, 'UNAUTHENTICATED');
  assert.equal(overHttp.extensions.code, 'UNAUTHENTICATED');
  assert.equal(overHttp.status, 200);

  const events = stranger.subscribe(MembershipChangedDocument);
  const overWs = await within(10_000, 'refused subscription', mosaicErrorOf(events.next()));
  assert.equal(overWs.code, 'UNAUTHENTICATED', overWs.message);
});

// ---------------------------------------------------------------------------------------------
// CRM: the NextBestMove day, as Nina (a new user) in her personal workspace.

const crm: {
  workspaceId?: string;
  today?: string;
  tomorrow?: string;
  leadId?: string;
  otherLeadId?: string;
  fastWinId?: string;
  followUpId?: string;
  outreachId?: string;
  nurtureId?: string;
  summaryId?: string;
} = {};

/** The calendar day (`YYYY-MM-DD`) it is at `at` in `timeZone`: the API's days are the user's. */
function dayIn(timeZone: string, at = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `day` (`YYYY-MM-DD`) moved by `days`. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week `day` falls in. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

test('crm: a new user starts in UTC, with no streak and no calendar', async () => {
  // The steps share one "today": don't start them in the last minute of a UTC day.
  const untilMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (untilMidnight < 60_000) await new Promise((r) => setTimeout(r, untilMidnight + 1_000));

  const { viewer } = await nina.request(ViewerDocument);
  assert.equal(viewer.user.timezone, 'UTC');
  const personal = viewer.memberships.find((m) => m.workspace.isPersonal);
  assert.ok(personal, 'Nina has a personal workspace');
  crm.workspaceId = personal.workspace.id;
  // "Today" is the user's day, in their time zone: the UTC date for a new user.
  crm.today = dayIn(viewer.user.timezone);
  assert.equal(crm.today, new Date().toISOString().slice(0, 10));
  crm.tomorrow = addDays(crm.today, 1);

  const { workspace } = await nina.request(CrmStatsDocument, { workspaceId: crm.workspaceId });
  assert.deepEqual(workspace?.crmStats, {
    workspaceId: crm.workspaceId,
    userId: viewer.id,
    streakCount: 0,
    lastActionDate: null,
    calendarConnected: false,
  });
});

test('crm: a lead is created, edited, snoozed, brought back, archived and restored', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const tomorrow = required(crm.tomorrow, 'tomorrow');

  const created = unwrapPayload(
    (
      await nina.request(CreateLeadDocument, {
        input: { workspaceId, name: 'Grace Hopper', url: 'HTTPS://www.linkedin.com/in/grace', notes: 'Met at the meetup' },
      })
    ).createLead,
  );
  assert.equal(created.lead.status, 'ACTIVE');
  assert.equal(created.lead.url, 'https://www.linkedin.com/in/grace', 'the scheme is stored in lowercase');
  assert.equal(created.lead.snoozeUntil, null);
  crm.leadId = created.lead.id;

  const edited = unwrapPayload(
    (await nina.request(UpdateLeadDocument, { input: { id: created.lead.id, notes: 'Wants a demo in March' } })).updateLead,
  );
  assert.equal(edited.lead.notes, 'Wants a demo in March');
  assert.equal(edited.lead.name, 'Grace Hopper', 'omitted fields stay');

  const snoozed = unwrapPayload(
    (await nina.request(SnoozeLeadDocument, { input: { id: created.lead.id, snoozeUntil: tomorrow } })).snoozeLead,
  );
  assert.equal(snoozed.lead.status, 'SNOOZED');
  assert.equal(snoozed.lead.snoozeUntil, tomorrow);
  const back = unwrapPayload((await nina.request(UnsnoozeLeadDocument, { input: { id: created.lead.id } })).unsnoozeLead);
  assert.equal(back.lead.status, 'ACTIVE');
  assert.equal(back.lead.snoozeUntil, null);

  const other = unwrapPayload(
    (await nina.request(CreateLeadDocument, { input: { workspaceId, name: 'Alan Turing', url: 'mailto:alan@example.com' } }))
      .createLead,
  );
  crm.otherLeadId = other.lead.id;
  const archived = unwrapPayload((await nina.request(ArchiveLeadDocument, { input: { id: other.lead.id } })).archiveLead);
  assert.equal(archived.lead.status, 'ARCHIVED');
  const active = await nina.request(LeadsDocument, { workspaceId, filter: { statuses: ['ACTIVE'] }, orderBy: 'NAME_ASC', first: 10 });
  assert.deepEqual(
    active.workspace?.leads.edges.map((e) => e.node.name),
    ['Grace Hopper'],
  );
  const restored = unwrapPayload((await nina.request(RestoreLeadDocument, { input: { id: other.lead.id } })).restoreLead);
  assert.equal(restored.lead.status, 'ACTIVE');

  const all = await nina.request(LeadsDocument, { workspaceId, orderBy: 'NAME_ASC', first: 10 });
  assert.equal(all.workspace?.leads.totalCount, 2);
  assert.deepEqual(
    all.workspace?.leads.edges.map((e) => [e.node.name, e.node.status]),
    [
      ['Alan Turing', 'ACTIVE'],
      ['Grace Hopper', 'ACTIVE'],
    ],
  );
  // Another user sees Nina's lead exactly as a missing one.
  assert.equal((await sam.request(LeadDocument, { id: created.lead.id })).lead, null);
});

test('crm: actions are added and one is completed over HTTP, heard over actionChanged; the streak is 1', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const today = required(crm.today, 'today');
  const tomorrow = required(crm.tomorrow, 'tomorrow');
  const leadId = required(crm.leadId, 'leadId');
  const otherLeadId = required(crm.otherLeadId, 'otherLeadId');

  const changes = listen(nina.subscribe(ActionChangedDocument, { workspaceId }), ninaConnected, 'actionChanged');
  try {
    await changes.ready();

    const add = async (actionType: ActionType, dueDate: string, description: string, lead?: string) =>
      unwrapPayload(
        (
          await nina.request(CreateActionDocument, {
            input: { workspaceId, actionType, dueDate, description, ...(lead ? { leadId: lead } : {}) },
          })
        ).createAction,
      ).action;
    const fastWin = await add('FAST_WIN', today, 'Like Grace’s post', leadId);
    assert.equal(fastWin.state, 'NEW');
    assert.equal(fastWin.dueDate, today);
    assert.equal(fastWin.leadId, leadId);
    assert.equal(fastWin.completedAt, null);
    assert.equal(fastWin.autoCreated, false);
    assert.deepEqual(
      await changes.waitFor('INSERT of the fast win', (e) => e.actionChanged.id === fastWin.id),
      { actionChanged: { id: fastWin.id, workspaceId, op: 'INSERT' } },
    );

    const followUp = await add('FOLLOW_UP', today, 'Follow up on the demo', leadId);
    const outreach = await add('OUTREACH', tomorrow, 'First message to Alan', otherLeadId);
    const nurture = await add('NURTURE', today, 'Send Grace the article');
    const content = await add('CONTENT', today, 'Draft a post');
    crm.fastWinId = fastWin.id;
    crm.followUpId = followUp.id;
    crm.outreachId = outreach.id;
    crm.nurtureId = nurture.id;

    // Complete one: NEW → SENT → DONE.
    const sent = unwrapPayload((await nina.request(SetActionStateDocument, { input: { id: followUp.id, state: 'SENT' } })).setActionState);
    assert.equal(sent.action.state, 'SENT');
    assert.equal(sent.action.completedAt, null);
    const before = Date.now();
    const done = unwrapPayload((await nina.request(SetActionStateDocument, { input: { id: followUp.id, state: 'DONE' } })).setActionState);
    assert.equal(done.action.state, 'DONE');
    assert.ok(done.action.completedAt, 'a DONE action has completedAt');
    const completedAt = Date.parse(done.action.completedAt);
    assert.ok(
      completedAt >= before - 5_000 && completedAt <= Date.now() + 5_000,
      `completedAt ${done.action.completedAt} is now`,
    );
    assert.equal(dayIn('UTC', new Date(completedAt)), today);
    const updated = await changes.waitFor(
      'UPDATE of the completed action',
      (e) => e.actionChanged.id === followUp.id && e.actionChanged.op === 'UPDATE',
    );
    assert.equal(updated.actionChanged.workspaceId, workspaceId);

    const { workspace } = await nina.request(CrmStatsDocument, { workspaceId });
    assert.equal(workspace?.crmStats.streakCount, 1);
    assert.equal(workspace?.crmStats.lastActionDate, today);

    // Snoozed until tomorrow, the nurture action stays out of today's plan.
    const snoozed = unwrapPayload(
      (await nina.request(SetActionStateDocument, { input: { id: nurture.id, state: 'SNOOZED', snoozeUntil: tomorrow } }))
        .setActionState,
    );
    assert.equal(snoozed.action.state, 'SNOOZED');
    assert.equal(snoozed.action.snoozeUntil, tomorrow);

    const edited = unwrapPayload(
      (await nina.request(UpdateActionDocument, { input: { id: outreach.id, notes: 'Mention the paper' } })).updateAction,
    );
    assert.equal(edited.action.notes, 'Mention the paper');
    assert.equal(edited.action.dueDate, tomorrow);

    const deleted = unwrapPayload((await nina.request(DeleteActionDocument, { input: { id: content.id } })).deleteAction);
    assert.equal(deleted.deletedActionId, content.id);
    await changes.waitFor('DELETE of the content action', (e) => e.actionChanged.id === content.id && e.actionChanged.op === 'DELETE');
    assert.equal((await nina.request(ActionDocument, { id: content.id })).action, null);
  } finally {
    await changes.close();
  }
  assert.ok(changes.received.every((e) => e.actionChanged.workspaceId === workspaceId));

  const { lead } = await nina.request(LeadDocument, { id: leadId });
  assert.deepEqual(
    lead?.actions.map((a) => [a.actionType, a.state]),
    [
      ['FAST_WIN', 'NEW'],
      ['FOLLOW_UP', 'DONE'],
    ],
  );
  const open = await nina.request(ActionsDocument, { workspaceId, filter: { states: ['NEW', 'SENT'] }, orderBy: 'DUE_DATE_ASC', first: 10 });
  assert.deepEqual(
    open.workspace?.actions.edges.map((e) => [e.node.actionType, e.node.lead?.name]),
    [
      ['FAST_WIN', 'Grace Hopper'],
      ['OUTREACH', 'Alan Turing'],
    ],
  );
});

test('crm: the daily plan for today puts the fast win first', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const today = required(crm.today, 'today');
  const fastWinId = required(crm.fastWinId, 'fastWinId');

  const changes = listen(nina.subscribe(DailyPlanChangedDocument, { workspaceId }), ninaConnected, 'dailyPlanChanged');
  try {
    await changes.ready();
    const { dailyPlan } = unwrapPayload(
      (await nina.request(GenerateDailyPlanDocument, { input: { workspaceId, date: today } })).generateDailyPlan,
    );
    assert.equal(dailyPlan.date, today);
    assert.equal(dailyPlan.capacity, 'DEFAULT', 'no calendar: the default size');
    assert.equal(dailyPlan.freeMinutes, null);
    assert.deepEqual(
      dailyPlan.items.map((i) => [i.position, i.isFastWin, i.action.id]),
      [
        [0, true, fastWinId],
        // The outreach due tomorrow fills the plan; done, snoozed and deleted actions never appear.
        [1, false, required(crm.outreachId, 'outreachId')],
      ],
    );
    assert.equal(dailyPlan.items[0]?.action.actionType, 'FAST_WIN');
    assert.equal(dailyPlan.items[0]?.action.lead?.name, 'Grace Hopper');
    assert.deepEqual(await changes.waitFor('INSERT of the plan', (e) => e.dailyPlanChanged.id === dailyPlan.id), {
      dailyPlanChanged: { id: dailyPlan.id, workspaceId, op: 'INSERT' },
    });

    const read = await nina.request(DailyPlanDocument, { workspaceId, date: today });
    assert.equal(read.workspace?.dailyPlan?.id, dailyPlan.id);
    assert.equal(read.workspace?.dailyPlan?.items[0]?.isFastWin, true);
    assert.equal((await nina.request(DailyPlanDocument, { workspaceId, date: required(crm.tomorrow, 'tomorrow') })).workspace?.dailyPlan, null);
  } finally {
    await changes.close();
  }
});

test('crm: the weekly summary counts the completed action and drafts content prompts', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const weekStartDate = mondayOf(required(crm.today, 'today'));

  const { weeklySummary } = unwrapPayload(
    (await nina.request(GenerateWeeklySummaryDocument, { input: { workspaceId, weekStartDate } })).generateWeeklySummary,
  );
  assert.equal(weeklySummary.weekStartDate, weekStartDate);
  assert.ok(weeklySummary.actionsCompleted >= 1, `actionsCompleted is ${weeklySummary.actionsCompleted}`);
  assert.ok(weeklySummary.daysActive >= 1);
  assert.ok(weeklySummary.insightText.length > 0);
  assert.ok(weeklySummary.nextWeekFocus.length > 0);
  crm.summaryId = weeklySummary.id;

  const { contentPrompts } = unwrapPayload(
    (await nina.request(CreateContentPromptsFromSummaryDocument, { input: { weeklySummaryId: weeklySummary.id } }))
      .createContentPromptsFromSummary,
  );
  // The week had a win (a completed action): a WIN_POST, and an INSIGHT_POST always.
  assert.deepEqual(contentPrompts.map((p) => p.type).sort(), ['INSIGHT_POST', 'WIN_POST']);
  for (const prompt of contentPrompts) {
    assert.equal(prompt.status, 'DRAFT');
    assert.equal(prompt.weeklySummaryId, weeklySummary.id);
    assert.ok(prompt.content.length > 0);
  }

  const win = contentPrompts.find((p) => p.type === 'WIN_POST');
  assert.ok(win);
  const rewritten = unwrapPayload(
    (await nina.request(UpdateContentPromptDocument, { input: { id: win.id, content: 'One demo booked this week!' } }))
      .updateContentPrompt,
  );
  assert.equal(rewritten.contentPrompt.content, 'One demo booked this week!');
  const posted = unwrapPayload(
    (await nina.request(SetContentPromptStatusDocument, { input: { id: win.id, status: 'POSTED' } })).setContentPromptStatus,
  );
  assert.equal(posted.contentPrompt.status, 'POSTED');

  const read = await nina.request(WeeklySummaryDocument, { id: weeklySummary.id });
  assert.deepEqual(
    read.weeklySummary?.contentPrompts.map((p) => [p.type, p.status]).sort(),
    [
      ['INSIGHT_POST', 'DRAFT'],
      ['WIN_POST', 'POSTED'],
    ],
  );
});

test('crm: a calendar sync of the day sizes the plan', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const today = required(crm.today, 'today');

  const { calendarConnection } = unwrapPayload(
    (
      await nina.request(ConnectCalendarDocument, {
        input: { workspaceId, provider: 'GOOGLE', calendarId: 'primary', refreshToken: 'test-refresh-token' },
      })
    ).connectCalendar,
  );
  assert.equal(calendarConnection.status, 'ACTIVE');
  assert.equal(calendarConnection.provider, 'GOOGLE');
  assert.equal((await nina.request(CrmStatsDocument, { workspaceId })).workspace?.crmStats.calendarConnected, true);

  const synced = unwrapPayload(
    (await nina.request(RecordCalendarSyncDocument, { input: { id: calendarConnection.id, date: today, freeMinutes: 45 } }))
      .recordCalendarSync,
  );
  assert.equal(synced.syncLog.operation, 'FETCH_FREEBUSY');
  assert.equal(synced.syncLog.status, 'SUCCESS');
  assert.equal(synced.syncLog.freeMinutes, 45);
  assert.ok(synced.calendarConnection.lastSyncAt);

  const { dailyPlan } = unwrapPayload(
    (await nina.request(GenerateDailyPlanDocument, { input: { workspaceId, date: today } })).generateDailyPlan,
  );
  assert.equal(dailyPlan.capacity, 'LIGHT', '30 to 89 free minutes');
  assert.equal(dailyPlan.freeMinutes, 45);
  assert.equal(dailyPlan.items[0]?.action.id, crm.fastWinId);

  const disconnected = unwrapPayload(
    (await nina.request(DisconnectCalendarDocument, { input: { id: calendarConnection.id } })).disconnectCalendar,
  );
  assert.equal(disconnected.calendarConnection.status, 'DISCONNECTED');
  const read = await nina.request(CalendarConnectionDocument, { id: calendarConnection.id });
  assert.deepEqual(
    read.calendarConnection?.syncLogs.map((l) => [l.operation, l.syncDate, l.freeMinutes]),
    [['FETCH_FREEBUSY', today, 45]],
  );
  assert.equal((await nina.request(CrmStatsDocument, { workspaceId })).workspace?.crmStats.calendarConnected, false);
});

test('crm: rule violations come back as typed payload errors', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const today = required(crm.today, 'today');

  const badUrl = narrowPayload(
    (await nina.request(CreateLeadDocument, { input: { workspaceId, name: 'X', url: 'ftp://x' } })).createLead,
  );
  assert.equal(badUrl.ok, false);
  const code: UserErrorCode | undefined = badUrl.errors?.[0].code;
  assert.equal(code, 'INVALID');
  assert.deepEqual(badUrl.errors?.[0].field, ['input', 'url']);

  // DONE → SENT is not a move an action can make.
  const badMove = narrowPayload(
    (await nina.request(SetActionStateDocument, { input: { id: required(crm.followUpId, 'followUpId'), state: 'SENT' } }))
      .setActionState,
  );
  assert.equal(badMove.ok, false);
  assert.equal(badMove.errors?.[0].code, 'INVALID_STATE');
  assert.deepEqual(badMove.errors?.[0].field, ['input', 'state']);

  const pastDue = narrowPayload(
    (await nina.request(CreateActionDocument, { input: { workspaceId, actionType: 'OUTREACH', dueDate: addDays(today, -1) } }))
      .createAction,
  );
  assert.equal(pastDue.errors?.[0].code, 'INVALID');
  assert.deepEqual(pastDue.errors?.[0].field, ['input', 'dueDate']);

  const notMonday = narrowPayload(
    (await nina.request(GenerateWeeklySummaryDocument, { input: { workspaceId, weekStartDate: addDays(mondayOf(today), -6) } }))
      .generateWeeklySummary,
  );
  assert.equal(notMonday.errors?.[0].code, 'INVALID');
  assert.deepEqual(notMonday.errors?.[0].field, ['input', 'weekStartDate']);

  // A POSTED prompt's text cannot change any more.
  const summary = await nina.request(WeeklySummaryDocument, { id: required(crm.summaryId, 'summaryId') });
  const posted = summary.weeklySummary?.contentPrompts.find((p) => p.status === 'POSTED');
  assert.ok(posted);
  const frozen = narrowPayload(
    (await nina.request(UpdateContentPromptDocument, { input: { id: posted.id, content: 'edited' } })).updateContentPrompt,
  );
  assert.equal(frozen.errors?.[0].code, 'INVALID_STATE');

  // unwrapPayload throws them as a PayloadError with the same typed code.
  await assert.rejects(
    async () => unwrapPayload((await nina.request(CreateLeadDocument, { input: { workspaceId, name: 'X', url: 'ftp://x' } })).createLead),
    (error: unknown) => error instanceof Error && error.name === 'PayloadError' && 'code' in error && error.code === 'INVALID',
  );
});

test('crm: a bad token is UNAUTHENTICATED for CRM queries and subscriptions', async () => {
  const workspaceId = required(crm.workspaceId, 'workspaceId');
  const stranger = client({ token: 'not-a-jwt' });
  const overHttp = await mosaicErrorOf(stranger.request(LeadsDocument, { workspaceId }));
  assert.equal(overHttp.code, 'UNAUTHENTICATED');
  const denied = await mosaicErrorOf(
    stranger.request(CreateLeadDocument, { input: { workspaceId, name: 'Mallory', url: 'https://example.com' } }),
  );
  assert.equal(denied.code, 'UNAUTHENTICATED');

  const events = stranger.subscribe(ActionChangedDocument, { workspaceId });
  const overWs = await within(10_000, 'refused subscription', mosaicErrorOf(events.next()));
  assert.equal(overWs.code, 'UNAUTHENTICATED', overWs.message);
});
