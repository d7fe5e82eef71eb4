import { existsSync, readFileSync } from 'node:fs';
import type { IdeaIndex } from '../../model/idea-index.ts';
import { atomFeeds, type SiteFile } from './atom-feeds.ts';
import { IDEAS_CSV_PATH, ideasCsv } from './ideas-csv.ts';
import { INDEX_SCHEMA_PATH, indexJsonSchema } from './index-schema.ts';
import type { SiteLinks } from './site-url.ts';

export type { SiteFile };

/** The index the site serves, as the ingest wrote it; a missing file is an error the user can act on. */
export function readBuiltIndex(file: string): IdeaIndex {
  if (!existsSync(file)) throw new Error(`${file} not found; run \`npm run ingest\` first`);
  return JSON.parse(readFileSync(file, 'utf8')) as IdeaIndex;
}

/** The feeds and the CSV export: quick to make, so the dev server makes them per request. */
export function dataFiles(index: IdeaIndex, links: SiteLinks): SiteFile[] {
  return [...atomFeeds(index, links), { path: IDEAS_CSV_PATH, content: ideasCsv(index, links) }];
}

/** The index's JSON Schema, published under the site; generating it takes a few seconds. */
export function schemaFile(links: SiteLinks): SiteFile {
  return { path: INDEX_SCHEMA_PATH, content: `${JSON.stringify(indexJsonSchema({ id: links.file(INDEX_SCHEMA_PATH) }), null, 2)}\n` };
}
