import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

/** `npm run bench:browser`: performance runs in Chromium against the production build (not part of the test suite). */
export default defineConfig({
  ...base,
  testDir: 'browser',
  testMatch: '**/*.perf.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  // Tracing snapshots the page from inside it, adding long tasks of its own to what is measured.
  use: { ...base.use, trace: 'off' },
  // Served from the project root (a config's web server otherwise starts in the config's folder).
  webServer: { ...(Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!), cwd: path.resolve(import.meta.dirname, '..') },
});
