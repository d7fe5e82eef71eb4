/**
 * Run by `npm run test:e2e` (so by `npm run test:all`) before Playwright: makes sure a Chromium is
 * there, installing one when it can, or stops with one line saying what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureBrowser, PLAYWRIGHT_DOWNLOAD_HOSTS } from './lib/chromium.ts';

/** Any answer at all, even an error status, means the host is reachable. */
const answers = (url: string) =>
  fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) }).then(
    () => true,
    () => false,
  );

process.exitCode = await ensureBrowser({
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
  downloadReachable: async () => {
    const hosts = process.env.PLAYWRIGHT_DOWNLOAD_HOST ? [process.env.PLAYWRIGHT_DOWNLOAD_HOST] : PLAYWRIGHT_DOWNLOAD_HOSTS;
    return (await Promise.all(hosts.map(answers))).some(Boolean);
  },
  isRoot: () => process.getuid?.() === 0,
  hasAptGet: () => existsSync('/usr/bin/apt-get'),
  run: ([command, ...args]) => spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
