// The README's example, kept compiling by `npm run typecheck`. Run it against a running Mosaic:
//   MOSAIC_TOKEN=$(cargo run -q -- token --email you@example.com) npx tsx examples/usage.ts
import WebSocket from 'ws'; // Node 20 has no global WebSocket; browsers and Node 22+ don't need this
import {
  createMosaicClient,
  isMosaicError,
  narrowPayload,
  unwrapPayload,
  CreateActionDocument,
  CreateLeadDocument,
  CreateWorkspaceDocument,
  GenerateDailyPlanDocument,
  MembershipChangedDocument,
  ViewerDocument,
} from '../src/index.js';

const mosaic = createMosaicClient({
  url: process.env.MOSAIC_URL ?? 'http://127.0.0.1:8080/graphql', // subscriptions: ws://…/graphql/ws
  token: process.env.MOSAIC_TOKEN ?? '', // or { apiKey: '…' } for X-Api-Key; either may be a function
  webSocketImpl: WebSocket,
});

try {
  const { viewer } = await mosaic.request(ViewerDocument); // viewer.memberships[0].role: 'OWNER' | …
  console.log('signed in as', viewer.email);

  // Mutations answer a payload: the changed object, or typed rule violations in `errors`.
  const created = narrowPayload(
    (await mosaic.request(CreateWorkspaceDocument, { input: { name: 'Acme', slug: `acme-${Date.now()}` } }))
      .createWorkspace,
  );
  if (!created.ok) {
    const [first] = created.errors; // { code: UserErrorCode; field: string[]; message: string }
    if (first.code === 'ALREADY_EXISTS') console.log('slug taken:', first.field.join('.'));
  } else {
    console.log('created', created.value.workspace.slug); // non-null once narrowed
  }

  // CRM: a `Date` is a 'YYYY-MM-DD' string, a day in the user's time zone.
  const workspaceId = viewer.memberships.find((m) => m.workspace.isPersonal)?.workspace.id ?? '';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: viewer.user.timezone }).format(new Date());
  const { lead } = unwrapPayload(
    (await mosaic.request(CreateLeadDocument, { input: { workspaceId, name: 'Grace', url: 'https://example.com/grace' } }))
      .createLead,
  );
  unwrapPayload(
    (await mosaic.request(CreateActionDocument, { input: { workspaceId, leadId: lead.id, actionType: 'FAST_WIN', dueDate: today } }))
      .createAction,
  );
  const { dailyPlan } = unwrapPayload(
    (await mosaic.request(GenerateDailyPlanDocument, { input: { workspaceId, date: today } })).generateDailyPlan,
  );
  console.log('fast win first:', dailyPlan.items[0]?.isFastWin, dailyPlan.items[0]?.action.actionType); // true 'FAST_WIN'

  // Subscriptions: graphql-ws, the credential goes in connection_init. Waits for one event.
  if (process.env.WAIT_FOR_EVENT) {
    for await (const event of mosaic.subscribe(MembershipChangedDocument)) {
      console.log(event.membershipChanged.kind, event.membershipChanged.workspaceId);
      break; // leaving the loop ends the subscription
    }
  }
} catch (error) {
  if (isMosaicError(error, 'UNAUTHENTICATED')) console.error('sign in again:', error.message);
  else throw error;
} finally {
  await mosaic.dispose();
}
