import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, DEFAULT_UPSTREAM } from './build-index.ts';
import { InputError, readSources } from './sources/read-sources.ts';

export const DEFAULT_OUT = 'public/ideas-index.json';
export const DEFAULT_DATA = 'data/cncf-mentoring/programs';

const USAGE = `Usage: npm run ingest -- [--out FILE] [--strict] [--upstream-repo URL] [--upstream-ref REF] [PATH ...]
  PATH            markdown file or folder (read recursively for *.md); default: data/cncf-mentoring/programs
  --out FILE      where to write the JSON index; default: ${DEFAULT_OUT}
  --strict        exit with status 1 when there is any warning
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
  const { index, files } = buildIndex(sources, { upstream });

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
  log(`${summary} → ${args.values.out}`);
  if (args.values.strict && index.diagnostics.length > 0) {
    error(`ingest: --strict: ${index.diagnostics.length} warning(s)`);
    return 1;
  }
  return 0;
}
