import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run in real Chromium against the production build served by `vite preview`
 * (`npm run build` first). Debian's /usr/bin/chromium is used when present (CHROMIUM_PATH
 * overrides it); elsewhere Playwright's own managed browser (`npx playwright install chromium`).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const BASE_PATH_UNDER_TEST = '/mentorship-ideas/';

export default defineConfig({
  testDir: 'test/e2e',
  // The whole default index (a few MB) loads in about a second here, several on a busy 2-core machine.
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    { command: 'npx vite preview --port 4173 --strictPort', url: 'http://localhost:4173', reuseExistingServer: !process.env.CI, timeout: 60_000 },
    {
      // The same site under a sub-path, as on GitHub Pages.
      command: `BASE_PATH=${BASE_PATH_UNDER_TEST} npx vite build --outDir dist-base --logLevel warn && npx vite preview --outDir dist-base --base ${BASE_PATH_UNDER_TEST} --port 4174 --strictPort`,
      url: `http://localhost:4174${BASE_PATH_UNDER_TEST}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
