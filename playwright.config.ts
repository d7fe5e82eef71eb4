import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { configuredChromium } from './scripts/lib/chromium.ts';
import { serverPorts } from './test/e2e/ports.ts';

/**
 * End-to-end tests run in real Chromium against the production build (`npm run build` first).
 * Debian's /usr/bin/chromium is used when present (CHROMIUM_PATH overrides it); elsewhere
 * Playwright's own managed browser. `npm run test:e2e` installs one first when there is none
 * (scripts/ensure-browser.ts).
 *
 * Two servers, each on a free port unless E2E_PORT / E2E_BASE_PORT name one: `vite preview` of
 * `dist/` (a host with SPA fallback), and `http-server` (a plain static server, no fallback: unknown
 * paths get `404.html`, as on GitHub Pages) of a second build under BASE_PATH_UNDER_TEST. Outside
 * CI a server already listening on a port the user named is reused; on a port chosen here, never.
 */
const chromiumPath = configuredChromium({ env: process.env, exists: existsSync });
export const BASE_PATH_UNDER_TEST = '/mentorship-ideas/';

const ports = await serverPorts(['E2E_PORT', 'E2E_BASE_PORT']);
const reuse = (name: keyof typeof ports) => !process.env.CI && ports[name].fromUser;
/** The site served from `dist/` at the root. */
export const SITE_UNDER_TEST = `http://localhost:${ports.E2E_PORT.port}`;
/** The site built with BASE_PATH_UNDER_TEST, served without SPA fallback. */
export const BASE_SITE_UNDER_TEST = `http://localhost:${ports.E2E_BASE_PORT.port}${BASE_PATH_UNDER_TEST}`;
const baseOut = `dist-base${BASE_PATH_UNDER_TEST}`;

export default defineConfig({
  testDir: 'test/e2e',
  // The whole default index (a few MB) loads in about a second here, several on a busy 2-core machine.
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: SITE_UNDER_TEST,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npx vite preview --port ${ports.E2E_PORT.port} --strictPort`,
      url: SITE_UNDER_TEST,
      reuseExistingServer: reuse('E2E_PORT'),
      timeout: 60_000,
    },
    {
      // The site as a project page on GitHub Pages: files under the base path, the host's 404 page
      // (the project's 404.html) for every unknown path. http-server serves <root>/404.html with
      // status 404 for any path it has no file for.
      command: [
        `rm -rf dist-base`,
        // SITE_URL and BASE_PATH as the deploy workflow sets them, so feeds link to this server.
        `SITE_URL=${BASE_SITE_UNDER_TEST} BASE_PATH=${BASE_PATH_UNDER_TEST} npx vite build --outDir ${baseOut} --logLevel warn`,
        `cp ${baseOut}404.html dist-base/404.html`,
        `npx http-server dist-base -a 127.0.0.1 -p ${ports.E2E_BASE_PORT.port} -d false -c-1 -s`,
      ].join(' && '),
      url: BASE_SITE_UNDER_TEST,
      // http-server uses an API that Node deprecated; the warning would be printed on every run.
      env: { NODE_NO_WARNINGS: '1' },
      reuseExistingServer: reuse('E2E_BASE_PORT'),
      timeout: 120_000,
    },
  ],
});
