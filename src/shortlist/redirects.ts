import { ID_PATTERN, MAX_NOTE, type ShortlistItem } from './shortlist-data.ts';

/** `IdeaIndex.redirects`: ids published once and changed since, old id → current id. */
export type Redirects = Readonly<Record<string, string>>;

/** Whether an id names an idea of the loaded index. */
export type IsCurrent = (id: string) => boolean;

const redirectOf = (redirects: Redirects, id: string): string | undefined => (Object.hasOwn(redirects, id) ? redirects[id] : undefined);

/**
 * The id an idea has now. Follows the redirects (the ingest resolves chains, but an older or
 * hand-made index may not), stopping at an id of the index when `isCurrent` is given. A cycle, a
 * redirect to something that is not an idea id, or a chain that ends outside the index when
 * `isCurrent` is given leaves the id as it was: an unresolvable id is never replaced by a worse one.
 */
export function resolveId(id: string, redirects: Redirects, isCurrent?: IsCurrent): string {
  const seen = new Set<string>();
  let current = id;
  while (!isCurrent?.(current)) {
    const next = redirectOf(redirects, current);
    if (next === undefined) break;
    if (typeof next !== 'string' || !ID_PATTERN.test(next) || seen.has(next) || next === id) return id;
    seen.add(current);
    current = next;
  }
  if (isCurrent && !isCurrent(current)) return id;
  return current;
}

const earlier = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);

function joinNotes(first: string, second: string): string {
  if (!second.trim() || second.trim() === first.trim()) return first;
  if (!first.trim()) return second;
  return `${first}\n\n${second}`.slice(0, MAX_NOTE);
}

/**
 * Moves saved items from old ids to the ids their ideas have now. Order, notes and dates are
 * kept; two items that turn out to be one idea become one item at the first one's place, with the
 * earlier date and both notes (the saved title of the item that already had the current id wins,
 * being the newer). Returns the same array when nothing changes.
 */
export function migrateIds(items: ShortlistItem[], redirects: Redirects, isCurrent?: IsCurrent): ShortlistItem[] {
  if (Object.keys(redirects).length === 0) return items;
  const merged = new Map<string, ShortlistItem>();
  let changed = false;
  for (const item of items) {
    const id = resolveId(item.id, redirects, isCurrent);
    if (id !== item.id) changed = true;
    const moved = id === item.id ? item : { ...item, id };
    const before = merged.get(id);
    if (!before) {
      merged.set(id, moved);
      continue;
    }
    changed = true;
    // The item that was saved under the current id carries the newer snapshot.
    const snapshot = item.id === id ? item : before;
    merged.set(id, {
      id,
      addedAt: earlier(before.addedAt, moved.addedAt),
      note: joinNotes(before.note, moved.note),
      title: snapshot.title || before.title || item.title,
      project: snapshot.project || before.project || item.project,
      term: snapshot.term || before.term || item.term,
    });
  }
  return changed ? [...merged.values()] : items;
}

/** The ids of a shared link as the index knows them now, each once, in the link's order. */
export function resolveIds(ids: string[], redirects: Redirects, isCurrent?: IsCurrent): string[] {
  return [...new Set(ids.map((id) => resolveId(id, redirects, isCurrent)))];
}
