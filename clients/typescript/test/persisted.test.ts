// Persisted operations: a gateway that runs only the client's manifest
// (src/gql/persisted-documents.json, made by codegen) answers the client sending hashes, refuses
// ad-hoc documents, and a client sending hashes to a gateway without the manifest falls back to
// the text.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';

import { MembershipChangedDocument, MosaicError, ViewerDocument, createMosaicClient } from '../src/index.js';
import { startGateway, type Gateway } from './support/gateway.js';

const manifest = fileURLToPath(new URL('../src/gql/persisted-documents.json', import.meta.url));
let strict: Gateway;
let open: Gateway;

before(async () => {
  strict = await startGateway({ env: { MOSAIC_PERSISTED_OPERATIONS: manifest, MOSAIC_PERSISTED_ONLY: 'true' } });
  open = await startGateway();
});

after(async () => {
  await strict?.stop();
  await open?.stop();
});

test('a deployment that runs only the manifest answers hashes and refuses text', async () => {
  const token = await strict.token('persisted@example.com');
  const byHash = createMosaicClient({ url: strict.graphqlUrl, token, persisted: true, webSocketImpl: WebSocket });
  const viewer = await byHash.request(ViewerDocument);
  assert.equal(viewer.viewer.email, 'persisted@example.com');

  const byText = createMosaicClient({ url: strict.graphqlUrl, token });
  await assert.rejects(byText.request(ViewerDocument), (error: unknown) => error instanceof MosaicError && error.code === 'FORBIDDEN');

  // A hash the manifest does not hold.
  const response = await fetch(strict.graphqlUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
  });
  const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
  assert.equal(answer.errors[0]?.extensions.code, 'PERSISTED_QUERY_NOT_FOUND');

  // Subscriptions go by hash too: by hash it is open (nothing happens, so no event within a
  // second), by text it is refused at once.
  const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise.then((value) => ({ settled: value })), new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);
  const events = byHash.subscribe(MembershipChangedDocument);
  assert.equal(await within(events.next(), 1000), 'pending');
  await events.return();
  const refused = createMosaicClient({ url: strict.graphqlUrl, token, webSocketImpl: WebSocket });
  await assert.rejects(refused.subscribe(MembershipChangedDocument).next(), (error: unknown) => error instanceof MosaicError && error.code === 'FORBIDDEN');
  await byHash.dispose();
  await refused.dispose();
});

test('a client sending hashes to a gateway without the manifest sends the text again', async () => {
  const token = await open.token('fallback@example.com');
  const client = createMosaicClient({ url: open.graphqlUrl, token, persisted: true });
  const viewer = await client.request(ViewerDocument);
  assert.equal(viewer.viewer.email, 'fallback@example.com');
});
