/**
 * Refreshes the cncf/mentoring snapshot (data/cncf-mentoring/) from a local checkout.
 *
 * The new snapshot is built in a temporary folder next to the target and swapped in only when
 * everything was read and written, so any failure leaves the previous snapshot as it was.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_TARGET = 'data/cncf-mentoring';
export const UPSTREAM_URL = 'https://github.com/cncf/mentoring';

/** Folders a cncf/mentoring checkout must have (relative to it). */
const REQUIRED_FOLDERS = ['programs/lfx-mentorship', 'programs/summerofcode'];
const LICENSE_FILE = 'LICENSE-CONTENT';
const PROJECTS_FILE = 'programs/lfx-mentorship/automation/projects.yml';
const SNAPSHOT_FILE = 'SNAPSHOT.md';
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Mentor fields that are personal data and never leave the checkout. */
const MENTOR_FIELDS_REMOVED = ['email', 'lfid'];

const DEFAULT_LICENCE_SECTION = `## Licence

The idea content is © CNCF mentoring contributors, licensed under
[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) (see \`LICENSE-CONTENT\`).
Source: ${UPSTREAM_URL}
`;

/** A problem with the input or the target; its message is meant for the user as is. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface UpstreamInfo {
  /** Full commit hash, or null when the checkout is not a git repository. */
  commit: string | null;
  /** Commit date (YYYY-MM-DD), or null. */
  date: string | null;
  /** The checkout has uncommitted changes in the copied files. */
  dirty: boolean;
}

export interface SnapshotSummary {
  /** Files copied (relative paths, sorted); SNAPSHOT.md is not counted. */
  copied: string[];
  added: string[];
  removed: string[];
  changed: string[];
  upstream: UpstreamInfo;
  /** Absolute path of the target folder. */
  target: string;
}

export interface UpdateOptions {
  /** The cncf/mentoring checkout (the folder that contains programs/). */
  from: string;
  /** The snapshot folder to replace; default data/cncf-mentoring. */
  to?: string;
  /** Today, for the copy date of a checkout that is not a git repository. */
  now?: Date;
}

/** Replaces the snapshot in `to` with the relevant files of the checkout `from`. Throws SnapshotError for bad input. */
export function updateSnapshot({ from, to = DEFAULT_TARGET, now = new Date() }: UpdateOptions): SnapshotSummary {
  checkCheckout(from);
  const source = realpathSync(from);
  const target = path.resolve(to);
  checkTarget(to, target, source);

  const files = listFiles(source);
  const upstream = upstreamInfo(source);
  const oldFiles = existsSync(target) ? listTree(target).filter((f) => f !== SNAPSHOT_FILE) : [];

  mkdirSync(path.dirname(target), { recursive: true });
  const temp = mkdtempSync(`${target}.tmp-`);
  try {
    for (const file of files) {
      const dest = path.join(temp, file);
      mkdirSync(path.dirname(dest), { recursive: true });
      if (path.basename(file) === 'lfx-export.json') writeFileSync(dest, redactExport(file, readFileSync(path.join(source, file), 'utf8')));
      else copyFileSync(path.join(source, file), dest);
    }
    const oldSnapshotNote = readIfExists(path.join(target, SNAPSHOT_FILE));
    writeFileSync(path.join(temp, SNAPSHOT_FILE), snapshotNote(upstream, now, oldSnapshotNote));

    const oldSet = new Set(oldFiles);
    const newSet = new Set(files);
    const summary: SnapshotSummary = {
      copied: files,
      added: files.filter((f) => !oldSet.has(f)),
      removed: oldFiles.filter((f) => !newSet.has(f)),
      changed: files.filter((f) => oldSet.has(f) && !readFileSync(path.join(target, f)).equals(readFileSync(path.join(temp, f)))),
      upstream,
      target,
    };
    swap(temp, target);
    return summary;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function checkCheckout(from: string): void {
  let stat;
  try {
    stat = statSync(from);
  } catch {
    throw new SnapshotError(`${from}: no such folder`);
  }
  if (!stat.isDirectory()) throw new SnapshotError(`${from}: not a folder`);
  for (const folder of REQUIRED_FOLDERS) {
    if (!isDirectory(path.join(from, folder))) throw new SnapshotError(`${from} does not look like a cncf/mentoring checkout: no ${folder}/ folder`);
  }
}

/** Refuses targets that would overlap the checkout, or that hold something other than a snapshot (e.g. `--to .`). */
function checkTarget(to: string, target: string, source: string): void {
  const real = existsSync(target) ? realpathSync(target) : target;
  const inside = (a: string, b: string) => a === b || a.startsWith(b + path.sep);
  if (inside(real, source) || inside(source, real)) throw new SnapshotError(`${to}: the target folder must not overlap the checkout`);
  if (!existsSync(target)) return;
  if (!isDirectory(target)) throw new SnapshotError(`${to}: not a folder`);
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(SNAPSHOT_FILE)) {
    throw new SnapshotError(`${to} does not look like a snapshot folder (no ${SNAPSHOT_FILE}); refusing to replace it`);
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The files to copy, relative to the checkout, sorted, with `/` separators. */
function listFiles(source: string): string[] {
  const files = listTree(path.join(source, 'programs'))
    .map((f) => `programs/${f}`)
    .filter((f) => f.endsWith('.md') || path.posix.basename(f) === 'lfx-export.json' || f === PROJECTS_FILE);
  if (isFile(path.join(source, LICENSE_FILE))) files.push(LICENSE_FILE);
  return files.sort();
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Regular files under `root`, relative and `/`-separated; symbolic links, .git and node_modules are skipped. */
function listTree(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...listTree(root, rel));
    } else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Removes the mentors' personal fields from an LFX export; everything else is kept. */
export function redactExport(file: string, text: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new SnapshotError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const programs = isRecord(data) ? data.programs : undefined;
  if (Array.isArray(programs)) {
    for (const program of programs) {
      const mentors = isRecord(program) ? program.mentors : undefined;
      if (!Array.isArray(mentors)) continue;
      for (const mentor of mentors) {
        if (isRecord(mentor)) for (const field of MENTOR_FIELDS_REMOVED) delete mentor[field];
      }
    }
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Commit and date of the checkout, when it is the top folder of a git repository (not merely inside one). */
export function upstreamInfo(source: string): UpstreamInfo {
  const git = (...args: string[]) => execFileSync('git', ['-C', source, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== source) return { commit: null, date: null, dirty: false };
    const commit = git('rev-parse', 'HEAD');
    const date = git('log', '-1', '--format=%cs');
    const dirty = git('status', '--porcelain', '--', 'programs', LICENSE_FILE) !== '';
    return { commit, date, dirty };
  } catch {
    return { commit: null, date: null, dirty: false };
  }
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** SNAPSHOT.md; the licence section of the previous one is kept as it was. */
export function snapshotNote(upstream: UpstreamInfo, now: Date, previous: string | null = null): string {
  const origin = upstream.commit
    ? [`- Upstream commit: \`${upstream.commit.slice(0, 8)}\`${upstream.dirty ? ' (with uncommitted local changes)' : ''}`, `- Upstream date: ${upstream.date}`]
    : ['- Upstream commit: unknown (not a git checkout)', `- Copied on: ${localDate(now)}`];
  const licenceAt = previous?.search(/^## Licence\b/m) ?? -1;
  const licence = previous && licenceAt >= 0 ? previous.slice(licenceAt).replace(/\n*$/, '\n') : DEFAULT_LICENCE_SECTION;
  return `# cncf/mentoring snapshot

This folder is a copy of the public repository [cncf/mentoring](${UPSTREAM_URL}),
the files that hold idea lists and term information, with the same relative paths as upstream.

${origin.join('\n')}
- Copied: \`programs/**/*.md\`, \`programs/**/lfx-export.json\`,
  \`${PROJECTS_FILE}\`, \`${LICENSE_FILE}\`
- Changed: mentors' \`email\` and \`lfid\` fields are removed from \`lfx-export.json\` files; nothing else.

Refresh it from a local checkout with \`npm run data:update -- PATH\` (see the README).

${licence}`;
}

/** Puts `temp` in place of `target`; if that fails, the previous target is put back. */
function swap(temp: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(temp, target);
    return;
  }
  const backup = `${target}.old-${process.pid}-${Date.now()}`;
  renameSync(target, backup);
  try {
    renameSync(temp, target);
  } catch (e) {
    renameSync(backup, target);
    throw e;
  }
  rmSync(backup, { recursive: true, force: true });
}

export const USAGE = `Usage: npm run data:update -- [--to DIR] PATH
  PATH      local checkout of ${UPSTREAM_URL} (the folder that contains programs/)
  --to DIR  snapshot folder to replace; default: ${DEFAULT_TARGET}`;

/** Runs the data:update command; returns the exit status. Never throws for bad input. */
export function runDataUpdate(argv: string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error, now?: Date): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { to: { type: 'string', default: DEFAULT_TARGET }, help: { type: 'boolean', default: false } },
    });
  } catch (e) {
    error(`data:update: ${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  if (args.values.help) {
    log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    error(`data:update: ${args.positionals.length === 0 ? 'missing PATH' : 'expected one PATH'}\n${USAGE}`);
    return 1;
  }
  const from = args.positionals[0]!;
  let summary;
  try {
    summary = updateSnapshot({ from, to: args.values.to, now });
  } catch (e) {
    if (e instanceof SnapshotError) {
      error(`data:update: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const { commit, date, dirty } = summary.upstream;
  const origin = commit ? `commit ${commit.slice(0, 8)} of ${date}${dirty ? ', with uncommitted local changes' : ''}` : 'not a git checkout';
  const plural = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  log(
    `${plural(summary.copied.length)} copied from ${from} (${origin}) → ${args.values.to}: ` +
      `${summary.added.length} added, ${summary.removed.length} removed, ${summary.changed.length} changed`,
  );
  for (const f of summary.added) log(`  + ${f}`);
  for (const f of summary.removed) log(`  - ${f}`);
  for (const f of summary.changed) log(`  ~ ${f}`);
  return 0;
}
