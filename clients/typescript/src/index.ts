/**
 * The Mosaic client: typed `request` (HTTP POST + JSON) and typed `subscribe` (graphql-ws,
 * `graphql-transport-ws` protocol) for the documents that GraphQL Code Generator writes to
 * src/gql/ from operations/*.graphql.
 *
 *   const mosaic = createMosaicClient({ url: 'http://127.0.0.1:8080/graphql', token });
 *   const { viewer } = await mosaic.request(ViewerDocument);
 *   const created = narrowPayload((await mosaic.request(CreateWorkspaceDocument, { input })).createWorkspace);
 *
 * GraphQL errors (authentication, permission, limits, validation, internal) are thrown as a
 * `MosaicError` carrying `extensions.code`; rule violations come back in the payload's typed
 * `errors`, which `narrowPayload` and `unwrapPayload` turn into success or failure.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient, type ClientOptions as WsClientOptions } from 'graphql-ws';

export * from './gql/graphql.js';

// ---------------------------------------------------------------------------------------------
// Errors

/** The codes the API puts in `extensions.code`, and the client's own for transport failures. */
export type MosaicErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'LIMIT_EXCEEDED'
  /** The database is away for a moment (HTTP 503): try again shortly. */
  | 'UNAVAILABLE'
  /** A persisted operation's hash the server does not know (see `persisted`). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'INTERNAL'
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The client could not reach the server (fetch failed, socket could not open). */
  | 'NETWORK_ERROR'
  /** The server answered with something that is not a GraphQL response. */
  | 'BAD_RESPONSE'
  /** The subscription socket was closed by the server. */
  | 'CONNECTION_CLOSED';

/** One GraphQL error as it travels in JSON. */
export interface GraphQLErrorJson {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL error (or a transport failure) from Mosaic; `code` is `extensions.code`. */
export class MosaicError extends Error {
  override readonly name = 'MosaicError';
  /** `extensions.code` of the first error, or one of the client's own codes. */
  readonly code: MosaicErrorCode | (string & {});
  /** The first error's extensions (`code` included). */
  readonly extensions: { code?: string; [key: string]: unknown };
  /** Every error of the response; the first one names this error. */
  readonly errors: readonly GraphQLErrorJson[];
  /** The field path of the first error, when the server gave one. */
  readonly path: ReadonlyArray<string | number> | undefined;
  /** The HTTP status, for errors of `request`. */
  readonly status: number | undefined;

  constructor(
    code: MosaicErrorCode | (string & {}),
    message: string,
    details: { errors?: readonly GraphQLErrorJson[] | undefined; status?: number | undefined; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.errors = details.errors ?? [{ message, extensions: { code } }];
    const first = this.errors[0];
    this.extensions = { ...first?.extensions, code };
    this.path = first?.path;
    this.status = details.status;
  }

  /** A `MosaicError` named after the first of `errors`. */
  static fromGraphQLErrors(errors: readonly GraphQLErrorJson[], status?: number): MosaicError {
    const first = errors[0];
    const code = first?.extensions?.code ?? 'INTERNAL';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return new MosaicError(code, `${code}: ${first?.message ?? 'unknown error'}${more}`, { errors, status });
  }
}

export function isMosaicError(error: unknown, code?: MosaicErrorCode | (string & {})): error is MosaicError {
  return error instanceof MosaicError && (code === undefined || error.code === code);
}

// ---------------------------------------------------------------------------------------------
// Mutation payloads: `{ <changed object>, errors: [UserError!]! }`

/** What every mutation payload has: the rule violations the user can fix. */
export interface MutationPayload {
  errors: ReadonlyArray<{ code: string; field: readonly string[]; message: string }>;
}

/** The typed error of a payload, e.g. `{ code: UserErrorCode; field: string[]; message: string }`. */
export type PayloadErrorOf<P extends MutationPayload> = P['errors'][number];

/** A payload without errors: by the API's convention every other field it selected is set. */
export type PayloadSuccess<P extends MutationPayload> = {
  [K in Exclude<keyof P, 'errors'>]: NonNullable<P[K]>;
} & { errors: readonly [] };

export type PayloadResult<P extends MutationPayload> =
  | { ok: true; value: PayloadSuccess<P>; errors?: undefined }
  | { ok: false; value?: undefined; errors: readonly [PayloadErrorOf<P>, ...PayloadErrorOf<P>[]] };

/**
 * Narrows a mutation payload to success (every selected field non-null) or its typed errors.
 *
 *   const result = narrowPayload(data.createWorkspace);
 *   if (!result.ok) return result.errors[0].code; // 'ALREADY_EXISTS' | 'INVALID' | …
 *   result.value.workspace.slug;                   // Workspace, not Workspace | null
 */
export function narrowPayload<P extends MutationPayload>(payload: P): PayloadResult<P> {
  const errors = payload.errors as readonly PayloadErrorOf<P>[];
  if (errors.length > 0) {
    return { ok: false, errors: errors as readonly [PayloadErrorOf<P>, ...PayloadErrorOf<P>[]] };
  }
  for (const [key, value] of Object.entries(payload)) {
    if (value === null || value === undefined) {
      throw new MosaicError('BAD_RESPONSE', `a payload without errors has no \`${key}\``);
    }
  }
  return { ok: true, value: payload as unknown as PayloadSuccess<P> };
}

/** Thrown by `unwrapPayload` when a payload holds rule violations. */
export class PayloadError<E extends MutationPayload['errors'][number] = MutationPayload['errors'][number]> extends Error {
  override readonly name = 'PayloadError';
  readonly errors: readonly [E, ...E[]];
  /** The first error's code. */
  readonly code: E['code'];

  constructor(errors: readonly [E, ...E[]]) {
    super(errors.map((e) => `${e.code} at ${e.field.join('.') || '(input)'}: ${e.message}`).join('; '));
    this.errors = errors;
    this.code = errors[0].code;
  }
}

/** The payload when it has no errors (fields non-null), else throws a typed `PayloadError`. */
export function unwrapPayload<P extends MutationPayload>(payload: P): PayloadSuccess<P> {
  const result = narrowPayload(payload);
  if (!result.ok) throw new PayloadError<PayloadErrorOf<P>>(result.errors);
  return result.value;
}

// ---------------------------------------------------------------------------------------------
// The client

/**
 * A generated document (`ViewerDocument`, …): its text, typed with its result and variables,
 * and the SHA-256 of its text in the persisted-operations manifest (`__meta__.hash`).
 */
export type MosaicDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string } | Record<string, unknown> | undefined;
};

/** A document's hash in the manifest, bare hex, if it has one. */
function persistedHash(document: { __meta__?: Record<string, unknown> | undefined }): string | undefined {
  const hash = document.__meta__?.['hash'];
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/** The body of a request: the document by hash when `persisted`, else its text. */
function operationBody(
  document: { toString(): string; __meta__?: Record<string, unknown> | undefined },
  variables: unknown,
  persisted: boolean,
): Record<string, unknown> {
  const hash = persisted ? persistedHash(document) : undefined;
  if (hash === undefined) return { query: document.toString(), variables: variables ?? {} };
  return { query: '', variables: variables ?? {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

/** The variables argument: optional when the operation has none or only optional ones. */
export type VariablesArgs<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

type Credential = string | (() => string | Promise<string>);

interface CommonOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:8080/graphql`. */
  url: string;
  /** The graphql-ws endpoint; by default `url` with ws(s):// and `/ws` appended. */
  wsUrl?: string;
  /** Extra HTTP headers sent with every request. */
  headers?: Record<string, string>;
  /** A fetch implementation; the global `fetch` by default. */
  fetch?: typeof fetch;
  /**
   * A WebSocket implementation for `subscribe`; the global `WebSocket` by default. Node 20 has
   * none: pass `WebSocket` from the `ws` package.
   */
  webSocketImpl?: unknown;
  /** More graphql-ws client options (retries, keep-alive, event listeners). */
  ws?: Omit<WsClientOptions, 'url' | 'connectionParams' | 'webSocketImpl'>;
  /**
   * Send documents by their hash in the persisted-operations manifest
   * (`src/gql/persisted-documents.json`) instead of their text, as a deployment that runs only
   * its clients' operations (`MOSAIC_PERSISTED_ONLY`) asks. A server that does not know a hash
   * answers `PERSISTED_QUERY_NOT_FOUND`, and the request is sent again with its text.
   */
  persisted?: boolean;
}

/** Sign in with a JWT (`Authorization: Bearer …`) or an API key (`X-Api-Key`), not both. */
export type MosaicClientOptions = CommonOptions &
  ({ token: Credential; apiKey?: never } | { apiKey: Credential; token?: never });

export interface MosaicClient {
  /** Runs a query or mutation over HTTP; throws `MosaicError` when the response has errors. */
  request<TResult, TVariables>(
    document: MosaicDocument<TResult, TVariables>,
    ...variables: VariablesArgs<TVariables>
  ): Promise<TResult>;
  /**
   * Starts a subscription over graphql-ws. Iterate it with `for await`; each value is one
   * event's data. Errors arrive as a thrown `MosaicError`; `return()` (or leaving the loop)
   * ends the subscription.
   */
  subscribe<TResult, TVariables>(
    document: MosaicDocument<TResult, TVariables>,
    ...variables: VariablesArgs<TVariables>
  ): AsyncIterableIterator<TResult> & { return(): Promise<IteratorResult<TResult, undefined>> };
  /** Closes the subscription socket, if one is open. */
  dispose(): Promise<void>;
}

export function createMosaicClient(options: MosaicClientOptions): MosaicClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const wsUrl = options.wsUrl ?? defaultWsUrl(options.url);

  async function credentials(): Promise<Record<string, string>> {
    if (options.token !== undefined) {
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      return { Authorization: `Bearer ${token}` };
    }
    const apiKey = typeof options.apiKey === 'function' ? await options.apiKey() : options.apiKey;
    return { 'X-Api-Key': apiKey };
  }

  async function request<TResult, TVariables>(
    document: MosaicDocument<TResult, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ): Promise<TResult> {
    const persisted = options.persisted === true && persistedHash(document) !== undefined;
    try {
      return await send<TResult>(operationBody(document, variables, persisted));
    } catch (error) {
      // A server without the manifest: send the text (automatic persisted queries' fallback).
      if (persisted && isMosaicError(error, 'PERSISTED_QUERY_NOT_FOUND')) {
        return send<TResult>(operationBody(document, variables, false));
      }
      throw error;
    }
  }

  async function send<TResult>(body: Record<string, unknown>): Promise<TResult> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          ...(await credentials()),
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify(body),
      });
    } catch (cause) {
      throw new MosaicError('NETWORK_ERROR', `cannot reach ${options.url}: ${messageOf(cause)}`, { cause });
    }
    const text = await response.text();
    let answer: { data?: unknown; errors?: GraphQLErrorJson[] };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch (cause) {
      throw new MosaicError('BAD_RESPONSE', `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`, {
        status: response.status,
        cause,
      });
    }
    if (Array.isArray(answer.errors) && answer.errors.length > 0) {
      throw MosaicError.fromGraphQLErrors(answer.errors, response.status);
    }
    if (!response.ok || answer.data === null || answer.data === undefined) {
      throw new MosaicError('BAD_RESPONSE', `HTTP ${response.status} without data or errors`, {
        status: response.status,
      });
    }
    return answer.data as TResult;
  }

  let ws: WsClient | undefined;
  // Whether the current socket got its connection_ack: a close before it is a refused sign-in.
  let acknowledged = false;
  function socket(): WsClient {
    const on = options.ws?.on;
    ws ??= createClient({
      // Don't retry what retrying cannot fix: refused sign-in and other 4xxx closes.
      shouldRetry: (event) => !(isCloseEvent(event) && event.code >= 4000 && event.code < 5000),
      ...options.ws,
      on: {
        ...on,
        opened: (...args) => {
          acknowledged = false;
          on?.opened?.(...args);
        },
        connected: (...args) => {
          acknowledged = true;
          on?.connected?.(...args);
        },
      },
      url: wsUrl,
      connectionParams: credentials,
      ...(options.webSocketImpl === undefined ? {} : { webSocketImpl: options.webSocketImpl }),
    });
    return ws;
  }

  /** graphql-ws rejects with GraphQL errors (an array), a close event, or a plain error. */
  function toMosaicError(error: unknown): MosaicError {
    if (error instanceof MosaicError) return error;
    if (Array.isArray(error)) return MosaicError.fromGraphQLErrors(error as GraphQLErrorJson[]);
    if (isCloseEvent(error)) {
      // Mosaic refuses a connection_init with bad credentials by closing the socket before
      // connection_ack (code 1002 today, 4403 as graphql-transport-ws recommends), with the
      // reason as the message: a close frame has no room for `extensions.code`.
      const refused = !acknowledged && [1002, 4401, 4403].includes(error.code);
      const code = refused ? 'UNAUTHENTICATED' : 'CONNECTION_CLOSED';
      const reason = error.reason || 'no reason given';
      return new MosaicError(code, `${code}: socket closed (${error.code}): ${reason}`, { cause: error });
    }
    return new MosaicError('NETWORK_ERROR', `subscription failed: ${messageOf(error)}`, { cause: error });
  }

  function subscribe<TResult, TVariables>(
    document: MosaicDocument<TResult, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ) {
    const source = socket().iterate<TResult>(
      operationBody(document, variables, options.persisted === true) as {
        query: string;
        variables: Record<string, unknown>;
        extensions?: Record<string, unknown>;
      },
    );
    const iterator = {
      async next(): Promise<IteratorResult<TResult, undefined>> {
        let step: IteratorResult<{ data?: TResult | null | undefined; errors?: readonly GraphQLErrorJson[] | undefined }, unknown>;
        try {
          step = await source.next();
        } catch (error) {
          throw toMosaicError(error);
        }
        if (step.done) return { done: true, value: undefined };
        const { data, errors } = step.value;
        if (errors && errors.length > 0) {
          await source.return?.();
          throw MosaicError.fromGraphQLErrors(errors);
        }
        if (data === null || data === undefined) {
          await source.return?.();
          throw new MosaicError('BAD_RESPONSE', 'a subscription event without data or errors');
        }
        return { done: false, value: data };
      },
      async return(): Promise<IteratorResult<TResult, undefined>> {
        await source.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  return {
    request,
    subscribe,
    async dispose() {
      const current = ws;
      ws = undefined;
      await current?.dispose();
    },
  };
}

function defaultWsUrl(url: string): string {
  const ws = new URL(url);
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
  ws.pathname = `${ws.pathname.replace(/\/$/, '')}/ws`;
  return ws.toString();
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
