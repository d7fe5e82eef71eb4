import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngest } from '../../src/ingest/cli.ts';
import { resolveSiteUrl } from '../../src/ingest/emit/site-url.ts';
import { recordPublishedIds } from '../../scripts/lib/record-ids.ts';
import { SEED_FILE } from './helpers.ts';

/**
 * The GitHub Pages workflow cannot run here. So: a linter checks it against GitHub's workflow
 * schema, and every command it runs must be one the README documents and the tests run.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOW = path.join(ROOT, '.github/workflows/pages.yml');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const temps: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pages-workflow-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};

/** A bare repository holding data/published-ids.json, and a clone of it to work in. */
function scratchClone() {
  const remote = tmp();
  git(remote, 'init', '--bare', '-q');
  const seed = tmp();
  git(seed, 'clone', '-q', remote, '.');
  mkdirSync(path.join(seed, 'data'));
  writeFileSync(path.join(seed, 'data/published-ids.json'), '{"ids": [1]}\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'start');
  git(seed, 'push', '-q', 'origin', 'HEAD:main');
  const clone = tmp();
  git(clone, 'clone', '-q', '--branch', 'main', remote, '.');
  return { clone, seed, remoteLog: () => git(remote, 'log', '--format=%s', 'main') };
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; needs?: string; permissions?: Record<string, string> }>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

const lint = (file: string) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), file], { encoding: 'utf8' });

/** A command with its path arguments replaced, so `-- ../mentoring` and `-- .upstream/mentoring` compare equal. */
const shape = (command: string) =>
  command
    .replace(/#.*$/, '')
    .trim()
    .split(/\s+/)
    .filter((word) => !/^[A-Z_]+=/.test(word))
    .map((word) => (/[/.]/.test(word) && !word.startsWith('data:') ? '<path>' : word))
    .join(' ');

/** Lines of the shell code blocks of the README's "Deploying" section. */
const DEPLOYING = /\n## Deploying\n([\s\S]*?)(\n## |$)/.exec(README)?.[1] ?? '';
const readmeCommands = [...DEPLOYING.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').filter(Boolean));

/** How the tests run each command the workflow runs (a new command needs an entry here). */
const EXERCISED: Record<string, () => void> = {
  // .ci/run, the CI entry point, installs with it.
  'npm ci': () => expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm ci\b/m),
  // npm run test:all, which .ci/run runs, builds the site; the browser tests serve that build.
  'npm run build': () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:all']).toContain('npm run build');
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^CI=1 npm run test:all$/m);
  },
  // Run here, for real, on one idea list, with a published-ids file of its own.
  'npm run ingest -- --publish-ids': () => {
    const dir = tmp();
    const file = path.join(dir, 'published-ids.json');
    const ingest = () => runIngest(['--out', path.join(dir, 'ideas-index.json'), '--published', file, '--publish-ids', SEED_FILE], () => {});
    expect(ingest()).toBe(0);
    const ids = (JSON.parse(readFileSync(file, 'utf8')) as { ids: { id: string }[] }).ids;
    expect(ids).toHaveLength(40);
    expect(ingest()).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { ids: unknown[] }).ids).toHaveLength(40);
  },
  // Run here, for real, in a clone of a scratch repository (more cases below).
  'npm run data:record-ids': () => {
    const { clone, remoteLog } = scratchClone();
    writeFileSync(path.join(clone, 'data/published-ids.json'), '{"ids": [1, 2]}\n');
    expect(recordPublishedIds([], clone, () => {})).toBe(0);
    expect(remoteLog()).toMatch(/^Record the idea ids published on \d{4}-\d{2}-\d{2}$/m);
  },
  // Run here, for real, on a minimal checkout (into a temporary target, not data/).
  'npm run data:update -- <path>': () => {
    const checkout = tmp();
    for (const file of ['programs/lfx-mentorship/2030/01-Mar-May/project_ideas.md', 'programs/summerofcode/2030.md']) {
      mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
      writeFileSync(path.join(checkout, file), '# Ideas\n');
    }
    const target = path.join(tmp(), 'cncf-mentoring');
    const run = spawnSync('npm', ['run', '--silent', 'data:update', '--', '--to', target, checkout], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(target, 'programs/summerofcode/2030.md'))).toBe(true);
  },
};

describe('.github/workflows/pages.yml', () => {
  it('passes the workflow linter, which rejects a broken copy', () => {
    const ok = lint(WORKFLOW);
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const broken = path.join(tmp(), 'pages.yml');
    writeFileSync(broken, readFileSync(WORKFLOW, 'utf8').replace('runs-on:', 'runs_on:'));
    expect(lint(broken).status).toBe(1);
  });

  it('runs daily and on demand, checks out cncf/mentoring and deploys dist/ to GitHub Pages', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((workflow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const upstream = steps.find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.repository === 'cncf/mentoring');
    expect(upstream).toBeDefined();
    const update = steps.find((s) => s.run?.startsWith('npm run data:update'))!;
    expect(update.run!.split(/\s+/).at(-1)).toBe(upstream!.with!.path);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('records the published ids only once the site is deployed, with the file the build wrote', () => {
    const record = workflow.jobs['record-ids']!;
    expect(record.needs).toBe('deploy');
    expect(record.permissions).toEqual({ contents: 'write' });
    const uploaded = workflow.jobs.build!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const downloaded = record.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(uploaded.with).toEqual({ name: 'published-ids', path: 'data/published-ids.json' });
    expect(downloaded.with).toEqual({ name: 'published-ids', path: 'data' });
    const runs = record.steps.map((s) => s.run ?? s.uses?.split('@')[0]);
    expect(runs.indexOf('npm run data:record-ids')).toBeGreaterThan(runs.indexOf('actions/download-artifact'));
    // The ids are added after the build, from the same data.
    const buildRuns = workflow.jobs.build!.steps.map((s) => s.run).filter(Boolean);
    expect(buildRuns.indexOf('npm run ingest -- --publish-ids')).toBeGreaterThan(buildRuns.indexOf('npm run build'));
  });

  it('runs the commands the README’s Deploying section lists, in its order, with the variables it names', () => {
    const runs = steps.filter((s) => s.run);
    expect(runs.map((step) => shape(step.run!))).toEqual(readmeCommands.map(shape));
    const build = runs.find((s) => s.run === 'npm run build')!;
    const readmeBuild = readmeCommands.find((line) => shape(line) === 'npm run build' && /SITE_URL=/.test(line))!;
    for (const name of Object.keys(build.env ?? {})) expect(readmeBuild).toContain(`${name}=`);
  });

  it('runs only commands the tests run too', () => {
    for (const step of steps.filter((s) => s.run)) {
      const exercise = EXERCISED[shape(step.run!)];
      expect(exercise, `no test runs \`${step.run}\`; add it to EXERCISED`).toBeDefined();
      exercise!();
    }
  }, 60_000);

  it('builds with an address that GitHub Pages’ outputs make valid, for project and user sites', () => {
    const env = steps.find((s) => s.run === 'npm run build')!.env!;
    const fill = (template: string, outputs: { base_path: string; base_url: string }) =>
      template.replace(/\$\{\{ steps\.pages\.outputs\.(\w+) \}\}/g, (_, name: 'base_path' | 'base_url') => outputs[name]);
    const project = { base_path: '/mentorship-ideas', base_url: 'https://owner.github.io/mentorship-ideas' };
    expect(fill(env.BASE_PATH!, project)).toBe('/mentorship-ideas/');
    expect(resolveSiteUrl(fill(env.SITE_URL!, project), fill(env.BASE_PATH!, project))).toBe('https://owner.github.io/mentorship-ideas/');
    const user = { base_path: '', base_url: 'https://owner.github.io' };
    expect(fill(env.BASE_PATH!, user)).toBe('/');
    expect(resolveSiteUrl(fill(env.SITE_URL!, user), fill(env.BASE_PATH!, user))).toBe('https://owner.github.io/');
  });
});

describe('npm run data:record-ids', () => {
  it('commits nothing when the ids did not change', () => {
    const { clone, remoteLog } = scratchClone();
    const lines: string[] = [];
    expect(recordPublishedIds([], clone, (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toContain('unchanged, nothing to record');
    expect(remoteLog().trim()).toBe('start');
  });

  it('keeps a commit pushed meanwhile: its own is rebased on it', () => {
    const { clone, seed, remoteLog } = scratchClone();
    writeFileSync(path.join(seed, 'README.md'), 'meanwhile\n');
    git(seed, 'add', '.');
    git(seed, 'commit', '-q', '-m', 'meanwhile');
    git(seed, 'push', '-q', 'origin', 'HEAD:main');
    writeFileSync(path.join(clone, 'data/published-ids.json'), '{"ids": [1, 2]}\n');
    expect(recordPublishedIds([], clone, () => {})).toBe(0);
    expect(remoteLog().trim().split('\n')).toEqual([expect.stringMatching(/^Record the idea ids published on /), 'meanwhile', 'start']);
  });

  it('says how to use it when given an unknown option, and fails outside a repository', () => {
    const lines: string[] = [];
    expect(recordPublishedIds(['--nope'], tmp(), (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toMatch(/^Usage: npm run data:record-ids/);
    expect(recordPublishedIds([], tmp(), () => {})).toBe(1);
  });
});
