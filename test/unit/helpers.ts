import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { runIngest } from '../../src/ingest/cli.ts';
import type { Idea, IdeaIndex } from '../../src/model/idea-index.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/markdown');

/** Builds an index from one fixture file, as if it were at `indexPath` in cncf/mentoring. */
export function indexFixture(name: string, indexPath = `lfx-mentorship/2024/03-Sep-Nov/${name}`): IdeaIndex {
  return buildIndex([{ path: indexPath, content: readFileSync(path.join(FIXTURES, name), 'utf8') }], { generatedAt: 'test' }).index;
}

export function byTitle(index: IdeaIndex, title: string): Idea {
  const idea = index.ideas.find((i) => i.title === title);
  if (!idea) throw new Error(`no idea titled "${title}"; have: ${index.ideas.map((i) => i.title).join(', ')}`);
  return idea;
}

export const handles = (idea: Idea) => idea.mentors.map((m) => m.github);
export const messages = (index: IdeaIndex) => index.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`);

/** The whole default dataset (cncf/mentoring snapshot) and the list this app was first made for. */
export const DATA_PROGRAMS = path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs');
export const SEED_FILE = path.join(DATA_PROGRAMS, 'lfx-mentorship/2021/01-Spring/project_ideas.md');

/**
 * The index `npm run ingest` writes for the default dataset: `public/ideas-index.json` when it was
 * built, else the ingest run here into a temporary file (public/ is left alone: other tests may
 * read it meanwhile). Returns the file's path.
 */
export function builtIndexFile(): string {
  const built = path.resolve(import.meta.dirname, '../../public/ideas-index.json');
  if (existsSync(built)) return built;
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'ingest-')), 'ideas-index.json');
  const status = runIngest(['--out', out], () => {});
  if (status !== 0) throw new Error(`ingest failed with status ${status}`);
  return out;
}

/**
 * The whole default dataset's index, built here from data/ as `npm run ingest` builds it, so
 * tests never depend on a public/ideas-index.json left by an earlier (or no) ingest.
 */
export function corpusIndex(): IdeaIndex {
  return buildIndex(readSources([DATA_PROGRAMS]), { generatedAt: 'test' }).index;
}
