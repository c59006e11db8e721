// End to end: the real gateway (embedded Postgres, free port, fresh data folder) driven through
// the typed client. Steps run in order and share `state`; a new domain adds its own step below.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';

import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  CreateApiKeyDocument,
  CreateWorkspaceDocument,
  FeatureFlagsDocument,
  LeaveWorkspaceDocument,
  MembershipChangedDocument,
  MosaicError,
  RevokeApiKeyDocument,
  UpdateProfileDocument,
  UpdateWorkspaceDocument,
  ViewerDocument,
  WorkspaceApiKeysDocument,
  WorkspaceAuditLogsDocument,
  WorkspaceDocument,
  WorkspaceMembersDocument,
  createMosaicClient,
  narrowPayload,
  unwrapPayload,
  type MembershipChangedSubscription,
  type MosaicClient,
  type MosaicClientOptions,
  type UserErrorCode,
} from '../src/index.js';
import { startGateway, type Gateway } from './support/gateway.js';

const ADA = 'ada@example.com';
const SAM = 'sam@example.com';

let gateway: Gateway;
let ada: MosaicClient;
let sam: MosaicClient;
let samConnected: Promise<void>;
const clients: MosaicClient[] = [];
const state: { workspaceId?: string; samId?: string } = {};

function client(options: Omit<MosaicClientOptions, 'url'> & ({ token: string } | { apiKey: string })): MosaicClient {
  const made = createMosaicClient({ url: gateway.graphqlUrl, webSocketImpl: WebSocket, ...options } as MosaicClientOptions);
  clients.push(made);
  return made;
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The `MosaicError` a promise rejects with. */
async function mosaicErrorOf(promise: Promise<unknown>): Promise<MosaicError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof MosaicError, `expected a MosaicError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a MosaicError, the call succeeded');
}

function required<T>(value: T | undefined, name: string): T {
  assert.ok(value !== undefined, `${name} is set by an earlier step`);
  return value;
}

before(async () => {
  gateway = await startGateway();
  const [adaToken, samToken] = await Promise.all([gateway.token(ADA), gateway.token(SAM)]);
  ada = client({ token: adaToken });
  let connected!: () => void;
  samConnected = new Promise((resolve) => (connected = resolve));
  sam = client({ token: samToken, ws: { on: { connected: () => connected() } } });
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
