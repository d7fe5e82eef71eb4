/**
 * What "Updated: N new ideas" compares: the ids of the index seen on the last visit, remembered on
 * this device. Only ids and the index's generatedAt are kept (never idea content), under one
 * localStorage key. Pure functions here; the notice (src/components/IndexUpdateNotice.tsx) reads
 * and writes the storage.
 */

import { formatCount } from './format-count.ts';

export const SEEN_IDEAS_KEY = 'mentorship-ideas:seen-ideas';

export interface SeenIdeas {
  version: 1;
  generatedAt: string;
  ids: string[];
}

/** The stored value, or null when there is none or it is damaged (treated as a first visit). */
export function parseSeenIdeas(raw: string | null): SeenIdeas | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version, generatedAt, ids } = value as Record<string, unknown>;
  if (version !== 1 || typeof generatedAt !== 'string' || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  return { version, generatedAt, ids };
}

export interface IndexIdentity {
  generatedAt: string;
  ids: readonly string[];
  /** The index's redirects (old id → current id): an idea whose id changed is not new. */
  redirects?: Readonly<Record<string, string>>;
}

export interface SeenDiff {
  /** How many ideas were not in the index seen last time (0 on a first visit). */
  newIdeas: number;
  /** Whether the remembered value should be replaced by this index. */
  remember: boolean;
}

/**
 * Compares this index with the one seen last time. A first visit (or damaged data) shows nothing
 * and remembers this index; the same index (same generatedAt) changes nothing.
 */
export function diffSeenIdeas(previous: SeenIdeas | null, current: IndexIdentity): SeenDiff {
  if (previous === null) return { newIdeas: 0, remember: true };
  if (previous.generatedAt === current.generatedAt) return { newIdeas: 0, remember: false };
  const seen = new Set(previous.ids);
  for (const [from, to] of Object.entries(current.redirects ?? {})) if (seen.has(from)) seen.add(to);
  let newIdeas = 0;
  for (const id of current.ids) if (!seen.has(id)) newIdeas++;
  return { newIdeas, remember: true };
}

/** The value to store for this index. */
export const seenIdeasOf = (current: IndexIdentity): SeenIdeas => ({ version: 1, generatedAt: current.generatedAt, ids: [...current.ids] });

/**
 * The notice a tab is showing, kept in sessionStorage until it is dismissed: the page can reload
 * before the user has read it (a new app version's service worker takes over and reloads), and
 * the reloaded page, comparing the index with the one just remembered, would find nothing new.
 */
export const SHOWN_NOTICE_KEY = 'mentorship-ideas:update-notice';

export interface ShownNotice {
  generatedAt: string;
  newIdeas: number;
}

/** The stored notice, or null when there is none or it is damaged. */
export function parseShownNotice(raw: string | null): ShownNotice | null {
  if (raw === null) return null;
  try {
    const { generatedAt, newIdeas } = JSON.parse(raw) as Record<string, unknown>;
    return typeof generatedAt === 'string' && Number.isSafeInteger(newIdeas) && (newIdeas as number) > 0 ? { generatedAt, newIdeas: newIdeas as number } : null;
  } catch {
    return null;
  }
}

/** How many new ideas to announce: this visit's count, else the undismissed notice of this same index. */
export const newIdeasToShow = (diff: SeenDiff, shown: ShownNotice | null, generatedAt: string): number =>
  diff.newIdeas > 0 ? diff.newIdeas : shown?.generatedAt === generatedAt ? shown.newIdeas : 0;

/** The notice's text: "Updated: 1 new idea", "Updated: 3 new ideas". */
export const updatedMessage = (newIdeas: number) => `Updated: ${formatCount(newIdeas)} new idea${newIdeas === 1 ? '' : 's'}`;
