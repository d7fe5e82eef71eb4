import { type ChildProcess, spawn } from 'node:child_process';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { LOAD_TIMEOUT, waitForQuery } from './helpers.ts';
import { freePorts } from './ports.ts';

/**
 * `npm start -- --port N`, as the README has it: ingest, then the Vite dev server on port N, which
 * also makes the feeds on request, linking to itself.
 */
let server: ChildProcess | undefined;
let output = '';

test.afterEach(() => {
  // Its own process group: npm, the ingest and Vite all end with it.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

test('npm start -- --port N serves the app and its feeds on port N', async ({ page }) => {
  test.setTimeout(240_000);
  const [port] = await freePorts(1);
  const origin = `http://localhost:${port}`;
  server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await expect
    .poll(
      async () =>
        server!.exitCode !== null
          ? `exited: ${output}`
          : await fetch(origin).then(
              (r) => r.status,
              () => 0,
            ),
      { timeout: 180_000, intervals: [1000] },
    )
    .toBe(200);

  await page.goto(`${origin}/?q=thanos`);
  await waitForQuery(page, 'thanos');
  await expect(page.getByRole('link', { name: 'Subscribe to all ideas (Atom feed)' })).toHaveAttribute('href', '/feeds/ideas.xml', { timeout: LOAD_TIMEOUT });
  const feed = parseFeed(await (await page.request.get(`${origin}/feeds/ideas.xml`)).text());
  expect(feed.items.length).toBeGreaterThan(100);
  expect(feed.items[0]!.url).toMatch(new RegExp(`^${origin}/ideas/`));
});
