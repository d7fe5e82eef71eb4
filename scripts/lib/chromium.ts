/**
 * Which Chromium the browser tests use, and what to do when there is none. Shared by
 * playwright.config.ts (which launches it) and scripts/ensure-browser.ts (which installs it).
 */

/** Debian's package `chromium`: preferred where present, as it comes with the system libraries it needs. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where Playwright downloads its browsers from (any one answering will do). */
export const PLAYWRIGHT_DOWNLOAD_HOSTS = ['https://cdn.playwright.dev', 'https://playwright.download.prss.microsoft.com'];

export interface Found {
  path: string;
  source: 'CHROMIUM_PATH' | 'Debian' | 'Playwright';
}

export interface FindProbes {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright's own Chromium is (or would be, once installed). */
  playwrightChromium(): string;
}

/**
 * The binary playwright.config.ts hands to Playwright: CHROMIUM_PATH, else Debian's Chromium when
 * present; undefined means Playwright's own browser, which it finds by itself.
 */
export function configuredChromium({ env, exists }: Pick<FindProbes, 'env' | 'exists'>): string | undefined {
  return env.CHROMIUM_PATH || (exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** The Chromium the browser tests would run, when it is there. */
export function findChromium(probes: FindProbes): Found | undefined {
  if (probes.env.CHROMIUM_PATH) return probes.exists(probes.env.CHROMIUM_PATH) ? { path: probes.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : undefined;
  if (probes.exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'Debian' };
  const own = probes.playwrightChromium();
  return probes.exists(own) ? { path: own, source: 'Playwright' } : undefined;
}

export interface Situation {
  found: Found | undefined;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Playwright's download host answers. */
  downloadReachable: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type Plan =
  { kind: 'ready'; found: Found } | { kind: 'install'; via: 'Playwright' | 'apt-get'; commands: string[][] } | { kind: 'stop'; message: string };

export const NO_BROWSER_MESSAGE =
  'No Chromium for the browser tests, and none can be installed from here: run `npx playwright install chromium` where cdn.playwright.dev is reachable, or `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.';

/**
 * What to do about the browser: use the one found; else install Playwright's where its download
 * host is reachable (with the system libraries it needs, when root on Linux); else Debian's package
 * when root with apt-get; else stop with one line saying what to run.
 */
export function planBrowser(s: Situation): Plan {
  if (s.found) return { kind: 'ready', found: s.found };
  if (s.env.CHROMIUM_PATH)
    return { kind: 'stop', message: `CHROMIUM_PATH is ${s.env.CHROMIUM_PATH}, which does not exist: point it at a Chromium binary, or unset it.` };
  if (s.downloadReachable) {
    const withDeps = s.isRoot && s.platform === 'linux' ? ['--with-deps'] : [];
    return { kind: 'install', via: 'Playwright', commands: [['npx', 'playwright', 'install', ...withDeps, 'chromium']] };
  }
  if (s.isRoot && s.hasAptGet && s.platform === 'linux') {
    return {
      kind: 'install',
      via: 'apt-get',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    };
  }
  return { kind: 'stop', message: NO_BROWSER_MESSAGE };
}

export interface EnsureProbes extends FindProbes {
  platform: NodeJS.Platform;
  downloadReachable(): Promise<boolean>;
  isRoot(): boolean;
  hasAptGet(): boolean;
  /** Runs a command with inherited output; returns its exit status. */
  run(command: string[]): number;
  log(line: string): void;
  error(line: string): void;
}

/** Makes sure a Chromium is there for the browser tests, installing one when it can; returns the exit status. */
export async function ensureBrowser(probes: EnsureProbes): Promise<number> {
  const found = findChromium(probes);
  const plan = found
    ? planBrowser({ found, env: probes.env, platform: probes.platform, downloadReachable: false, isRoot: false, hasAptGet: false })
    : planBrowser({
        found,
        env: probes.env,
        platform: probes.platform,
        // Asked only when needed: the network check takes a moment, and nothing needs it when a browser is there.
        downloadReachable: !probes.env.CHROMIUM_PATH && (await probes.downloadReachable()),
        isRoot: probes.isRoot(),
        hasAptGet: probes.hasAptGet(),
      });
  if (plan.kind === 'stop') {
    probes.error(plan.message);
    return 1;
  }
  if (plan.kind === 'install') {
    probes.log(`No Chromium found for the browser tests: installing one with ${plan.via} (${plan.commands.map((c) => c.join(' ')).join(' && ')})`);
    for (const command of plan.commands) {
      const status = probes.run(command);
      if (status !== 0) {
        probes.error(`Installing Chromium failed (\`${command.join(' ')}\` exited with ${status}). ${NO_BROWSER_MESSAGE}`);
        return 1;
      }
    }
    const installed = findChromium(probes);
    if (!installed) {
      probes.error(`Installed Chromium with ${plan.via}, but still found none. ${NO_BROWSER_MESSAGE}`);
      return 1;
    }
    probes.log(`Chromium for the browser tests: ${installed.path} (${installed.source})`);
    return 0;
  }
  probes.log(`Chromium for the browser tests: ${plan.found.path} (${plan.found.source})`);
  return 0;
}
