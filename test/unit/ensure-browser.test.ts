import { describe, expect, it } from 'vitest';
import {
  configuredChromium,
  DEBIAN_CHROMIUM,
  ensureBrowser,
  type EnsureProbes,
  NO_BROWSER_MESSAGE,
  planBrowser,
  type Situation,
} from '../../scripts/lib/chromium.ts';

const OWN = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine: which files exist, what the network and user allow; installs add the files they would. */
function machine(options: {
  files?: string[];
  env?: Record<string, string>;
  reachable?: boolean;
  root?: boolean;
  apt?: boolean;
  installs?: Record<string, string>;
  fails?: string;
}) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const out: string[] = [];
  const errors: string[] = [];
  let askedNetwork = false;
  const probes: EnsureProbes = {
    env: options.env ?? {},
    platform: 'linux',
    exists: (path) => files.has(path),
    playwrightChromium: () => OWN,
    downloadReachable: async () => {
      askedNetwork = true;
      return options.reachable ?? false;
    },
    isRoot: () => options.root ?? false,
    hasAptGet: () => options.apt ?? false,
    run: (command) => {
      const line = command.join(' ');
      ran.push(line);
      if (line === options.fails) return 100;
      const installed = options.installs?.[line];
      if (installed) files.add(installed);
      return 0;
    },
    log: (line) => out.push(line),
    error: (line) => errors.push(line),
  };
  return { probes, ran, out, errors, askedNetwork: () => askedNetwork };
}

describe('the browser the tests use', () => {
  it('is CHROMIUM_PATH, else Debian’s Chromium, else Playwright’s own (left to Playwright)', () => {
    expect(configuredChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: () => true })).toBe('/opt/c');
    expect(configuredChromium({ env: {}, exists: (p) => p === DEBIAN_CHROMIUM })).toBe(DEBIAN_CHROMIUM);
    expect(configuredChromium({ env: {}, exists: () => false })).toBeUndefined();
  });
});

describe('npm run test:e2e makes sure there is a browser', () => {
  it('uses a browser that is there, without installing or asking the network', async () => {
    for (const files of [[DEBIAN_CHROMIUM], [OWN]]) {
      const m = machine({ files, reachable: true, root: true, apt: true });
      expect(await ensureBrowser(m.probes)).toBe(0);
      expect(m.ran).toEqual([]);
      expect(m.askedNetwork()).toBe(false);
      expect(m.out).toEqual([`Chromium for the browser tests: ${files[0]} (${files[0] === OWN ? 'Playwright' : 'Debian'})`]);
    }
  });

  it('installs Playwright’s Chromium where its download host answers', async () => {
    const m = machine({ reachable: true, installs: { 'npx playwright install chromium': OWN } });
    expect(await ensureBrowser(m.probes)).toBe(0);
    expect(m.ran).toEqual(['npx playwright install chromium']);
    expect(m.out.at(-1)).toBe(`Chromium for the browser tests: ${OWN} (Playwright)`);
  });

  it('installs it with its system libraries when root', async () => {
    const m = machine({ reachable: true, root: true, apt: true, installs: { 'npx playwright install --with-deps chromium': OWN } });
    expect(await ensureBrowser(m.probes)).toBe(0);
    expect(m.ran).toEqual(['npx playwright install --with-deps chromium']);
  });

  it('installs Debian’s chromium package when the download host is unreachable and the user is root', async () => {
    const m = machine({ reachable: false, root: true, apt: true, installs: { 'apt-get install -y -qq chromium': DEBIAN_CHROMIUM } });
    expect(await ensureBrowser(m.probes)).toBe(0);
    expect(m.ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(m.out.at(-1)).toBe(`Chromium for the browser tests: ${DEBIAN_CHROMIUM} (Debian)`);
  });

  it('stops with one line saying what to run when it can install nothing', async () => {
    for (const m of [machine({ reachable: false, root: false, apt: true }), machine({ reachable: false, root: true, apt: false })]) {
      expect(await ensureBrowser(m.probes)).toBe(1);
      expect(m.ran).toEqual([]);
      expect(m.errors).toEqual([NO_BROWSER_MESSAGE]);
      expect(NO_BROWSER_MESSAGE).not.toContain('\n');
      expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
    }
  });

  it('stops when an install fails or leaves no browser, naming the command', async () => {
    const failed = machine({ reachable: false, root: true, apt: true, fails: 'apt-get update -qq' });
    expect(await ensureBrowser(failed.probes)).toBe(1);
    expect(failed.ran).toEqual(['apt-get update -qq']);
    expect(failed.errors).toEqual([`Installing Chromium failed (\`apt-get update -qq\` exited with 100). ${NO_BROWSER_MESSAGE}`]);
    const empty = machine({ reachable: true });
    expect(await ensureBrowser(empty.probes)).toBe(1);
    expect(empty.errors[0]).toMatch(/^Installed Chromium with Playwright, but still found none\./);
  });

  it('installs nothing when CHROMIUM_PATH names a missing file: the user chose that browser', async () => {
    const m = machine({ env: { CHROMIUM_PATH: '/opt/chromium' }, files: [DEBIAN_CHROMIUM], reachable: true, root: true, apt: true });
    expect(await ensureBrowser(m.probes)).toBe(1);
    expect(m.ran).toEqual([]);
    expect(m.errors).toEqual(['CHROMIUM_PATH is /opt/chromium, which does not exist: point it at a Chromium binary, or unset it.']);
  });

  it('plans nothing for another system’s package manager', () => {
    const situation: Situation = { found: undefined, env: {}, platform: 'darwin', downloadReachable: false, isRoot: true, hasAptGet: true };
    expect(planBrowser(situation)).toEqual({ kind: 'stop', message: NO_BROWSER_MESSAGE });
    expect(planBrowser({ ...situation, downloadReachable: true })).toEqual({
      kind: 'install',
      via: 'Playwright',
      commands: [['npx', 'playwright', 'install', 'chromium']],
    });
  });
});
