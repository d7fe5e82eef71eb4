import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, DEFAULT_UPSTREAM } from './build-index.ts';
import { countByCode } from './diagnostics.ts';
import { writeAppData } from './emit/app-data-files.ts';
import { type PublishedId, withCurrentIds } from './link/redirects.ts';
import { InputError, readSources } from './sources/read-sources.ts';

export const DEFAULT_OUT = 'public/ideas-index.json';
export const DEFAULT_DATA = 'data/cncf-mentoring/programs';

export const DEFAULT_PUBLISHED = 'data/published-ids.json';

const USAGE = `Usage: npm run ingest -- [--out FILE] [--strict] [--published FILE] [--publish-ids] [--upstream-repo URL] [--upstream-ref REF] [PATH ...]
  PATH            file or folder: idea lists (*.md), lfx-export.json, projects.yml; default: ${DEFAULT_DATA}
  --out FILE      where to write the JSON index (the app's data files go beside it, in app-data/); default: ${DEFAULT_OUT}
  --strict        exit with status 1 when there is any warning
  --published FILE  ids published by earlier builds, for redirects; default: ${DEFAULT_PUBLISHED} when PATH is the default
  --publish-ids   add this build's ids to that file (run after publishing the site)
  --upstream-repo repository that "view source" links point to; default: ${DEFAULT_UPSTREAM.repository}
  --upstream-ref  branch or commit for those links; default: ${DEFAULT_UPSTREAM.ref}`;

/** Runs the ingest command; returns the process exit status. Never throws for bad input. */
export function runIngest(argv: string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: DEFAULT_OUT },
        strict: { type: 'boolean', default: false },
        published: { type: 'string' },
        'publish-ids': { type: 'boolean', default: false },
        'upstream-repo': { type: 'string', default: DEFAULT_UPSTREAM.repository },
        'upstream-ref': { type: 'string', default: DEFAULT_UPSTREAM.ref },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    error(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    log(USAGE);
    return 0;
  }
  const started = performance.now();
  const inputs = args.positionals.length > 0 ? args.positionals : [DEFAULT_DATA];
  let sources;
  try {
    sources = readSources(inputs);
  } catch (e) {
    if (e instanceof InputError) {
      error(`ingest: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const upstream = { ...DEFAULT_UPSTREAM, repository: args.values['upstream-repo'], ref: args.values['upstream-ref'] };
  // Published ids belong to the default dataset: another PATH only uses them when asked to.
  const publishedFile = args.values.published ?? (args.positionals.length === 0 ? DEFAULT_PUBLISHED : undefined);
  let publishedIds: PublishedId[];
  try {
    publishedIds = publishedFile ? readPublishedIds(publishedFile) : [];
  } catch (e) {
    error(`ingest: ${publishedFile}: ${(e as Error).message}`);
    return 1;
  }
  const { index, files } = buildIndex(sources, { upstream, publishedIds });

  for (const file of files) {
    const warnings = index.diagnostics.filter((d) => d.file === file.file);
    log(
      `${file.file}: ${file.ideas} idea${file.ideas === 1 ? '' : 's'}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}`,
    );
    for (const d of warnings) log(`  ${d.file}:${d.line}: ${d.severity}: ${d.message}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const summary = `${files.length} file${files.length === 1 ? '' : 's'}, ${index.ideas.length} ideas, ${index.diagnostics.length} warnings, ${seconds} s`;

  if (index.ideas.length === 0) {
    error(`ingest: no ideas found in ${inputs.join(', ')} (${summary}); nothing written`);
    return 1;
  }
  mkdirSync(path.dirname(path.resolve(args.values.out)), { recursive: true });
  writeFileSync(args.values.out, JSON.stringify(index));
  // What the app downloads (cards, text, detail shards), beside the index.
  const appFiles = writeAppData(index, path.dirname(path.resolve(args.values.out)));
  log(
    `Warnings by kind: ${
      countByCode(index.diagnostics)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  log(`Redirects for changed ids: ${Object.keys(index.redirects).length}`);
  if (args.values['publish-ids']) {
    const target = publishedFile ?? DEFAULT_PUBLISHED;
    const all = withCurrentIds(publishedIds, index.ideas);
    writeFileSync(target, formatPublishedIds(all));
    log(`${all.length - publishedIds.length} new ids added to ${target}`);
  }
  log(`${summary} → ${args.values.out} (and ${appFiles.length} app data files beside it)`);
  if (args.values.strict && index.diagnostics.length > 0) {
    error(`ingest: --strict: ${index.diagnostics.length} warning(s)`);
    return 1;
  }
  return 0;
}

/** The published-ids file, or none when it does not exist; a damaged file is an error, not an empty list. */
function readPublishedIds(file: string): PublishedId[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { ids?: unknown };
  if (!Array.isArray(data.ids)) throw new Error('expected { "ids": [ … ] }');
  return data.ids.filter((p): p is PublishedId => typeof p?.id === 'string' && typeof p.termKey === 'string' && typeof p.title === 'string');
}

/** One id per line, so that a diff shows exactly which ids a build published. */
function formatPublishedIds(ids: PublishedId[]): string {
  const comment =
    'Idea ids published by earlier builds. Kept so that links and shortlists keep resolving: ids that no idea carries any more get a redirect in the index. Append with `npm run ingest -- --publish-ids` after publishing.';
  return `{\n  "$comment": ${JSON.stringify(comment)},\n  "ids": [\n${ids.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`;
}
