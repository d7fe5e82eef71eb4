import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_DATA_DIR, CARDS_PATH, type CardsPayload, splitIndex } from '../../model/app-data.ts';
import type { IdeaIndex } from '../../model/idea-index.ts';
import type { SiteFile } from './atom-feeds.ts';

const hashed = (name: string, content: string) => `${name}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;

/** The app's three stages as files (paths relative to the site root); see src/model/app-data.ts. */
export function appDataFiles(index: IdeaIndex): SiteFile[] {
  const { cards, text, shards } = splitIndex(index);
  const files: SiteFile[] = [];
  const add = (name: string, value: unknown) => {
    const content = JSON.stringify(value);
    const file = hashed(name, content);
    files.push({ path: `${APP_DATA_DIR}/${file}`, content });
    return file;
  };
  const textFile = add('text', text);
  const details = Object.fromEntries(shards.map((shard) => [shard.termKey, add(`details/${shard.termKey}`, shard)]));
  const payload: CardsPayload = { ...cards, text: textFile, details };
  files.push({ path: CARDS_PATH, content: JSON.stringify(payload) });
  return files;
}

/** Replaces `<siteRoot>/app-data/` with this index's files (old hashed files would pile up). */
export function writeAppData(index: IdeaIndex, siteRoot: string): SiteFile[] {
  const files = appDataFiles(index);
  rmSync(path.join(siteRoot, APP_DATA_DIR), { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(siteRoot, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return files;
}
