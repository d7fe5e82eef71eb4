/**
 * The third stage of the app's data (see src/model/app-data.ts): one shard per term with what an
 * idea page shows beyond the card, fetched when such a page opens and kept for the visit. A failed
 * fetch is forgotten, so asking again (the page's "Try again") fetches again.
 */
import type { AppIndex, DetailShard, IdeaDetail } from '../model/app-data.ts';
import type { IdeaCard } from '../model/idea-index.ts';
import type { Checked } from '../model/validate-app-data.ts';
import { fetchChecked } from './fetch-checked.ts';

const shards = new Map<string, Promise<Checked<DetailShard>>>();

/** The shard of a term, relative to the cards' address (`cardsUrl`, absolute). */
export function loadShard(index: Pick<AppIndex, 'details'>, cardsUrl: string, termKey: string): Promise<Checked<DetailShard>> {
  const file = index.details[termKey];
  if (!file) return Promise.resolve({ ok: false, message: `The data names no details file for ${termKey}.` });
  const url = new URL(file, cardsUrl).href;
  let shard = shards.get(url);
  if (!shard) {
    // Hashed names never change content: the browser's (and the service worker's) cache may answer.
    // The checks (and valibot) load with the first shard, not with the app.
    shard = import('../model/validate-app-data.ts').then(({ checkShard }) =>
      fetchChecked(url, 'The details of this idea', (json) => checkShard(json, termKey), { cache: 'default' }),
    );
    shards.set(url, shard);
    void shard.then((result) => result.ok || shards.delete(url));
  }
  return shard;
}

/** One idea's details. */
export async function loadDetail(index: Pick<AppIndex, 'details'>, cardsUrl: string, idea: Pick<IdeaCard, 'id' | 'termKey'>): Promise<Checked<IdeaDetail>> {
  const shard = await loadShard(index, cardsUrl, idea.termKey);
  if (!shard.ok) return shard;
  const detail = shard.value.ideas[idea.id];
  return detail ? { ok: true, value: detail } : { ok: false, message: 'The details file does not have this idea. Reload the page to get the current data.' };
}

/** The details of several ideas (an export of the shortlist), one fetch per term; ideas whose shard failed are left out. */
export async function loadDetails(index: Pick<AppIndex, 'details'>, cardsUrl: string, ideas: readonly Pick<IdeaCard, 'id' | 'termKey'>[]) {
  const found = new Map<string, IdeaDetail>();
  const failed: string[] = [];
  await Promise.all(
    [...new Set(ideas.map((idea) => idea.termKey))].map(async (termKey) => {
      const shard = await loadShard(index, cardsUrl, termKey);
      if (!shard.ok) failed.push(termKey);
      else for (const idea of ideas) if (idea.termKey === termKey && shard.value.ideas[idea.id]) found.set(idea.id, shard.value.ideas[idea.id]!);
    }),
  );
  return { found, failed };
}

/** Forgets every shard (tests). */
export const forgetShards = () => shards.clear();
