// Helpers the end-to-end steps share: timeouts, the MosaicError a call rejects with, values an
// earlier step sets, and reading a subscription's events until one matches.
import assert from 'node:assert/strict';

import { MosaicError } from '../../src/index.js';

export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
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
export async function mosaicErrorOf(promise: Promise<unknown>): Promise<MosaicError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof MosaicError, `expected a MosaicError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a MosaicError, the call succeeded');
}

export function required<T>(value: T | undefined, name: string): T {
  assert.ok(value !== undefined, `${name} is set by an earlier step`);
  return value;
}

/**
 * Reads a subscription's events until one matches, within 10 s each. The subscription starts
 * at once; `ready()` waits for the socket's connection_ack and gives the server a moment to
 * register it (graphql-transport-ws has no "subscribed" answer).
 */
export function listen<T>(
  events: AsyncIterableIterator<T> & { return(): Promise<unknown> },
  connected: Promise<void>,
  name: string,
) {
  const received: T[] = [];
  return {
    received,
    async ready() {
      await within(10_000, `${name}: graphql-ws connection_ack`, connected);
      await new Promise((r) => setTimeout(r, 300));
    },
    async waitFor(what: string, match: (event: T) => boolean): Promise<T> {
      for (;;) {
        const step = await within(10_000, `${name}: ${what}`, events.next());
        assert.equal(step.done, false, `${name}: the subscription ended early`);
        const event = step.value as T;
        received.push(event);
        if (match(event)) return event;
      }
    },
    close: () => events.return(),
  };
}
