import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDataUpdate, SnapshotError, updateSnapshot } from '../../scripts/lib/snapshot.ts';

const temps: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'data-update-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const EXPORT = {
  _generated: '2030-01-01T00:00:00.000Z',
  _term: '2030 Term 3 (Sep-Nov)',
  programs: [
    {
      cncf_project: 'Jaeger',
      mentors: [
        { name: 'Ada', github_handle: 'ada', role: 'primary', email: 'ada@example.com', lfid: 'ada-lf' },
        { name: 'Bob', github_handle: 'bob', email: 'bob@example.com' },
      ],
    },
    { cncf_project: 'No mentors yet' },
  ],
};

/** Files of the fixture checkout, relative to it. */
const CHECKOUT: Record<string, string> = {
  'LICENSE-CONTENT': 'Attribution 4.0 International\n',
  'README.md': '# Top-level readme (not under programs/, not copied)\n',
  'programs/README.md': '# Programs\n',
  'programs/foo.png': 'not really a png',
  'programs/summerofcode/2030.md': '# GSoC 2030\n\n### Idea A\n',
  'programs/lfx-mentorship/2030/03-Sep-Nov/README.md': '# Term 3\n',
  'programs/lfx-mentorship/2030/03-Sep-Nov/lfx-export.json': JSON.stringify(EXPORT),
  'programs/lfx-mentorship/2030/03-Sep-Nov/notes.txt': 'not copied',
  'programs/lfx-mentorship/automation/projects.yml': '- name: Jaeger\n  slug: jaeger\n',
  'programs/lfx-mentorship/automation/other.yml': 'not copied\n',
  'programs/lfx-mentorship/automation/node_modules/pkg/README.md': '# skipped\n',
};

const COPIED = [
  'LICENSE-CONTENT',
  'programs/README.md',
  'programs/lfx-mentorship/2030/03-Sep-Nov/README.md',
  'programs/lfx-mentorship/2030/03-Sep-Nov/lfx-export.json',
  'programs/lfx-mentorship/automation/projects.yml',
  'programs/summerofcode/2030.md',
];

function writeTree(root: string, files: Record<string, string>) {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
}

function checkout(files = CHECKOUT): string {
  const dir = path.join(tmp(), 'mentoring');
  writeTree(dir, files);
  return dir;
}

function gitInit(dir: string, date = '2030-02-03T10:00:00Z'): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=t@e', '-c', 'user.name=t', ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
  return git('rev-parse', 'HEAD');
}

/** Every file under `root`, relative, sorted, with contents. */
function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!rel.isFile()) continue;
    const full = path.join(rel.parentPath, rel.name);
    out[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** A previous snapshot in a fresh temp folder. */
function previousSnapshot(): { to: string; before: Record<string, string> } {
  const to = path.join(tmp(), 'cncf-mentoring');
  writeTree(to, {
    'SNAPSHOT.md': '# cncf/mentoring snapshot\n\n- Upstream commit: `00000000`\n\n## Licence\n\nOld licence text, kept as is.\n',
    'programs/README.md': '# Programs\n',
    'programs/summerofcode/2030.md': '# GSoC 2030 (older)\n',
    'programs/summerofcode/2029.md': '# Stale: gone upstream\n',
  });
  return { to, before: readTree(to) };
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runDataUpdate(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    new Date(2031, 4, 6, 12),
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('updateSnapshot', () => {
  it('copies the listed files with the same relative paths, and nothing else', () => {
    const from = checkout();
    const to = path.join(tmp(), 'data', 'cncf-mentoring');
    const summary = updateSnapshot({ from, to });
    expect(summary.copied).toEqual(COPIED);
    expect(Object.keys(readTree(to))).toEqual([...COPIED, 'SNAPSHOT.md'].sort((a, b) => a.localeCompare(b)));
    for (const rel of COPIED.filter((f) => !f.endsWith('.json'))) expect(readTree(to)[rel]).toBe(CHECKOUT[rel]);
    // No temp or backup folder is left next to the target.
    expect(readdirSync(path.dirname(to))).toEqual(['cncf-mentoring']);
  });

  it('removes mentors’ email and lfid from lfx-export.json and keeps everything else', () => {
    const to = path.join(tmp(), 'snap');
    updateSnapshot({ from: checkout(), to });
    const text = readFileSync(path.join(to, 'programs/lfx-mentorship/2030/03-Sep-Nov/lfx-export.json'), 'utf8');
    expect(text).not.toMatch(/example\.com|ada-lf|"email"|"lfid"/);
    const expected = structuredClone(EXPORT);
    expected.programs[0] = {
      cncf_project: 'Jaeger',
      mentors: [
        { name: 'Ada', github_handle: 'ada', role: 'primary' },
        { name: 'Bob', github_handle: 'bob' },
      ],
    } as (typeof EXPORT.programs)[0];
    expect(JSON.parse(text)).toEqual(expected);
    expect(text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('replaces the previous snapshot: stale files removed, and reports added, removed and changed', () => {
    const { to } = previousSnapshot();
    const summary = updateSnapshot({ from: checkout(), to });
    const after = readTree(to);
    expect(after['programs/summerofcode/2029.md']).toBeUndefined();
    expect(existsSync(path.join(to, 'programs/summerofcode/2029.md'))).toBe(false);
    expect(after['programs/summerofcode/2030.md']).toBe(CHECKOUT['programs/summerofcode/2030.md']);
    expect(summary.removed).toEqual(['programs/summerofcode/2029.md']);
    expect(summary.changed).toEqual(['programs/summerofcode/2030.md']);
    expect(summary.added).toEqual(COPIED.filter((f) => f !== 'programs/README.md' && f !== 'programs/summerofcode/2030.md'));
    // The licence section of the previous SNAPSHOT.md is kept.
    expect(after['SNAPSHOT.md']).toMatch(/## Licence\n\nOld licence text, kept as is.\n$/);

    // Same input again: nothing added, removed or changed.
    const again = updateSnapshot({ from: checkout(), to });
    expect([again.added, again.removed, again.changed]).toEqual([[], [], []]);
  });

  it('SNAPSHOT.md names the commit and its date when the checkout is a git repository', () => {
    const from = checkout();
    const commit = gitInit(from);
    const to = path.join(tmp(), 'snap');
    const summary = updateSnapshot({ from, to, now: new Date(2031, 4, 6, 12) });
    expect(summary.upstream).toEqual({ commit, date: '2030-02-03', dirty: false });
    const note = readFileSync(path.join(to, 'SNAPSHOT.md'), 'utf8');
    expect(note).toContain(`- Upstream commit: \`${commit.slice(0, 8)}\`\n- Upstream date: 2030-02-03\n`);
    expect(note).not.toMatch(/unknown|2031-05-06|local changes/);
    expect(note).toMatch(/^# cncf\/mentoring snapshot\n/);
    expect(note).toMatch(/## Licence\n\nThe idea content is © CNCF mentoring contributors, licensed under\n\[CC BY 4\.0\]/);
    expect(note).toContain('Source: https://github.com/cncf/mentoring\n');
    // The .git folder itself is never copied.
    expect(Object.keys(readTree(to)).some((f) => f.includes('.git/'))).toBe(false);
  });

  it('SNAPSHOT.md flags uncommitted changes in the copied files', () => {
    const from = checkout();
    gitInit(from);
    writeFileSync(path.join(from, 'programs/summerofcode/2030.md'), '# edited locally\n');
    const to = path.join(tmp(), 'snap');
    expect(updateSnapshot({ from, to }).upstream.dirty).toBe(true);
    expect(readFileSync(path.join(to, 'SNAPSHOT.md'), 'utf8')).toMatch(/- Upstream commit: `[0-9a-f]{8}` \(with uncommitted local changes\)\n/);
  });

  it('SNAPSHOT.md says the commit is unknown and gives the copy date otherwise', () => {
    const to = path.join(tmp(), 'snap');
    const summary = updateSnapshot({ from: checkout(), to, now: new Date(2031, 4, 6, 12) });
    expect(summary.upstream.commit).toBeNull();
    const note = readFileSync(path.join(to, 'SNAPSHOT.md'), 'utf8');
    expect(note).toContain('- Upstream commit: unknown (not a git checkout)\n- Copied on: 2031-05-06\n');
    expect(note).toMatch(/## Licence\n/);
  });

  it('does not take the commit of an enclosing repository for the checkout’s', () => {
    const outer = tmp();
    writeTree(outer, { 'x.txt': 'x' });
    gitInit(outer);
    const from = path.join(outer, 'copy');
    writeTree(from, CHECKOUT);
    const to = path.join(tmp(), 'snap');
    expect(updateSnapshot({ from, to }).upstream.commit).toBeNull();
    expect(readFileSync(path.join(to, 'SNAPSHOT.md'), 'utf8')).toContain('unknown (not a git checkout)');
  });

  it('fails cleanly on invalid JSON and leaves the previous snapshot untouched', () => {
    const { to, before } = previousSnapshot();
    const from = checkout({ ...CHECKOUT, 'programs/lfx-mentorship/2030/03-Sep-Nov/lfx-export.json': '{"programs": [' });
    expect(() => updateSnapshot({ from, to })).toThrow(SnapshotError);
    expect(() => updateSnapshot({ from, to })).toThrow(/^programs\/lfx-mentorship\/2030\/03-Sep-Nov\/lfx-export\.json: not valid JSON \(.+\)$/);
    expect(readTree(to)).toEqual(before);
    expect(readdirSync(path.dirname(to))).toEqual(['cncf-mentoring']);
  });
});

describe('npm run data:update', () => {
  it('copies and prints a summary', () => {
    const { to } = previousSnapshot();
    const from = checkout();
    const { status, out, err } = run(['--to', to, from]);
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toMatch(new RegExp(`^6 files copied from .*mentoring \\(not a git checkout\\) → .*: 4 added, 1 removed, 1 changed$`, 'm'));
    expect(out).toMatch(/^ {2}- programs\/summerofcode\/2029\.md$/m);
    expect(out).toMatch(/^ {2}~ programs\/summerofcode\/2030\.md$/m);
    expect(out).toMatch(/^ {2}\+ LICENSE-CONTENT$/m);
  });

  it('gives a clear one-line error and status 1 for each bad input, leaving the previous snapshot untouched', () => {
    const { to, before } = previousSnapshot();
    const dir = tmp();
    const file = path.join(dir, 'file.txt');
    writeFileSync(file, 'x');
    const noSoc = checkout({ 'programs/lfx-mentorship/README.md': '# LFX\n' });
    const noLfx = checkout({ 'programs/summerofcode/README.md': '# GSoC\n' });

    const cases: [string[], RegExp][] = [
      [['--to', to], /^data:update: missing PATH\nUsage: npm run data:update -- \[--to DIR\] PATH/],
      [['--to', to, path.join(dir, 'nope')], /^data:update: .*nope: no such folder$/],
      [['--to', to, file], /^data:update: .*file\.txt: not a folder$/],
      [['--to', to, dir], /^data:update: .* does not look like a cncf\/mentoring checkout: no programs\/lfx-mentorship\/ folder$/],
      [['--to', to, noLfx], /^data:update: .* does not look like a cncf\/mentoring checkout: no programs\/lfx-mentorship\/ folder$/],
      [['--to', to, noSoc], /^data:update: .* does not look like a cncf\/mentoring checkout: no programs\/summerofcode\/ folder$/],
      [['--to', to, '--bogus', checkout()], /^data:update: Unknown option '--bogus'.*\nUsage:/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
      expect(readTree(to)).toEqual(before);
    }
    expect(readdirSync(path.dirname(to))).toEqual(['cncf-mentoring']);
  });

  it('refuses a target that is not a snapshot folder or overlaps the checkout', () => {
    const from = checkout();
    const other = tmp();
    writeTree(other, { 'precious.txt': 'keep me' });
    const notSnapshot = run(['--to', other, from]);
    expect(notSnapshot).toMatchObject({
      status: 1,
      err: expect.stringMatching(/does not look like a snapshot folder \(no SNAPSHOT\.md\); refusing to replace it$/),
    });
    expect(readTree(other)).toEqual({ 'precious.txt': 'keep me' });

    const inside = run(['--to', path.join(from, 'programs', 'snap'), from]);
    expect(inside).toMatchObject({ status: 1, err: expect.stringMatching(/must not overlap the checkout$/) });
    expect(existsSync(path.join(from, 'programs', 'snap'))).toBe(false);
  });
});
