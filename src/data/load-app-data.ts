/**
 * The first two stages of the app's data (see src/model/app-data.ts), as the search worker and
 * the page's own loading (without a worker) both fetch them.
 */
import { type AppIndex, appIndexFrom, type IdeaCard, type TextPayload } from '../model/app-data.ts';
import { type Checked, checkCards, checkText } from '../model/validate-app-data.ts';
import type { SearchDoc } from '../search/text-index.ts';
import { fetchChecked } from './fetch-checked.ts';

/** Cards, checked and read into the app's index. `onDownloaded` marks the moment the bytes arrived. */
export async function loadCards(url: string, onDownloaded?: () => void): Promise<Checked<AppIndex>> {
  const checked = await fetchChecked(url, 'The idea data', checkCards, { onDownloaded });
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: appIndexFrom(checked.value) };
  } catch (e) {
    return { ok: false, message: `The idea data is inconsistent: ${(e as Error).message}.` };
  }
}

/** The descriptions named by the cards (a hashed file: the browser's cache may answer). */
export function loadText(cardsUrl: string, index: AppIndex): Promise<Checked<TextPayload>> {
  return fetchChecked(new URL(index.text, cardsUrl).href, 'The descriptions', (json) => checkText(json, index), { cache: 'default' });
}

/** The cards with their descriptions, for the full-text index. */
export const searchDocs = (ideas: readonly IdeaCard[], text: TextPayload): SearchDoc[] =>
  ideas.map((idea, i) => ({ ...idea, description: { text: text.ideas[i]!.text }, skillsText: text.ideas[i]!.skillsText }));
