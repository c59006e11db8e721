// The playground as a person uses it: GraphiQL at / in headless Chromium (Debian's package,
// driven by playwright-core), the Authorization header typed into the Headers editor, a query
// run with the Run button, and the answer read off the page; after a reload the header is still
// there (pasted once), and the documentation explorer shows the schema's descriptions. Saves
// test-output/graphiql.png and test-output/graphiql-docs.png.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { startGateway, type Gateway } from './support/gateway.js';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const outputDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-output');
const EMAIL = 'playground@example.com';

let gateway: Gateway;
let context: BrowserContext | undefined;
let profileDir: string | undefined;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package with \`apt-get install -y chromium\`.`);
  }
  gateway = await startGateway();
  profileDir = await mkdtemp(join(tmpdir(), 'mosaic-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
});

after(async () => {
  await context?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
  await gateway?.stop();
});

/** Replaces the text of the CodeMirror editor inside `selector` as a paste would. */
async function replaceEditorText(page: Page, selector: string, text: string): Promise<void> {
  const editor = page.locator(`${selector} .CodeMirror`).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

test('GraphiQL at / runs { viewer { email } } with the Authorization header', async () => {
  assert.ok(context);
  await mkdir(outputDir, { recursive: true });
  const token = await gateway.token(EMAIL);
  const page = await context.newPage();

  const problems: string[] = [];
  page.on('requestfailed', (request) => problems.push(`failed to load ${request.url()} (${request.failure()?.errorText})`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  let sentAuthorization: string | undefined;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql') && request.postData()?.includes('viewer')) {
      sentAuthorization = request.headers()['authorization'];
    }
  });

  try {
    await page.goto(`${gateway.origin}/`, { waitUntil: 'load' });
    try {
      await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 20_000 });
    } catch {
      const scripts = await page.$$eval('script[src], link[rel=stylesheet]', (nodes) =>
        nodes.map((n) => n.getAttribute('src') ?? n.getAttribute('href')),
      );
      assert.fail(
        `GraphiQL did not start at ${gateway.origin}/.\nThe page loads: ${scripts.join(', ')}\n` +
          (problems.length ? problems.join('\n') : 'no request failed; see the screenshot'),
      );
    }

    await replaceEditorText(page, '.graphiql-query-editor', '{ viewer { email } }');
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await replaceEditorText(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ Authorization: `Bearer ${token}` }),
    );
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.result-window');
    await result.getByText(`"${EMAIL}"`).waitFor({ timeout: 15_000 });
    const shown = await result.innerText();
    assert.match(shown, /"viewer"/);
    assert.match(shown, new RegExp(`"email": "${EMAIL.replace('.', '\\.')}"`));
    assert.equal(sentAuthorization, `Bearer ${token}`, 'the query went out with the header typed in GraphiQL');
    assert.deepEqual(problems, []);
  } finally {
    await page.screenshot({ path: join(outputDir, 'graphiql.png') });
    await page.close();
  }
});

test('GraphiQL remembers the pasted token across a reload and shows the schema docs', async () => {
  assert.ok(context);
  await mkdir(outputDir, { recursive: true });
  const email = 'remembered@example.com';
  const token = await gateway.token(email);
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.origin}/`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await replaceEditorText(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ Authorization: `Bearer ${token}` }),
    );
    // Pasted once: the next visit starts with it, and a query runs without typing it again.
    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 20_000 });
    await replaceEditorText(page, '.graphiql-query-editor', '{ viewer { email } }');
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText(`"${email}"`).waitFor({ timeout: 15_000 });

    // The documentation explorer: the root types, then a field's description from the schema.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('The signed-in user', { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(outputDir, 'graphiql-docs.png') });
  } finally {
    await page.close();
  }
});
