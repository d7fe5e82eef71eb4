/**
 * The shortlist as stored in localStorage (one key), and how any stored value is read back:
 * current data as is, older versions migrated, newer versions read-only, damaged data recovered
 * item by item with the raw value kept aside.
 */
export const SHORTLIST_KEY = 'mentorship-ideas:shortlist';
export const BACKUP_KEY = 'mentorship-ideas:shortlist:backup';
export const SHORTLIST_VERSION = 2;

export interface ShortlistItem {
  id: string;
  /** ISO date-time the idea was saved. */
  addedAt: string;
  note: string;
  /** Snapshot taken when saved, shown if the idea leaves the index. */
  title: string;
  project: string;
  term: string;
}

export interface StoredShortlist {
  version: typeof SHORTLIST_VERSION;
  items: ShortlistItem[];
}

export type ReadStatus = 'empty' | 'ok' | 'migrated' | 'recovered' | 'newer';

export interface ReadResult {
  items: ShortlistItem[];
  status: ReadStatus;
  /** Items that could not be read (recovered status only). */
  dropped: number;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
export const MAX_NOTE = 5_000;

const text = (value: unknown, max = 500) => (typeof value === 'string' ? value.slice(0, max) : '');

function toItem(value: unknown, now: string): ShortlistItem | undefined {
  if (typeof value === 'string') return ID_PATTERN.test(value) ? { id: value, addedAt: now, note: '', title: '', project: '', term: '' } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || !ID_PATTERN.test(record.id)) return undefined;
  const added = typeof record.addedAt === 'string' && !Number.isNaN(Date.parse(record.addedAt)) ? new Date(record.addedAt).toISOString() : now;
  return {
    id: record.id,
    addedAt: added,
    note: text(record.note, MAX_NOTE),
    title: text(record.title),
    project: text(record.project),
    term: text(record.term),
  };
}

function uniqueById(items: ShortlistItem[]): ShortlistItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** Reads whatever is stored under the key. Never throws. */
export function readShortlist(raw: string | null, now: Date = new Date()): ReadResult {
  if (raw === null || raw === '') return { items: [], status: 'empty', dropped: 0 };
  const stamp = now.toISOString();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { items: salvageIds(raw, stamp), status: 'recovered', dropped: 0 };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const items = Array.isArray(parsed) ? uniqueById(parsed.map((v) => toItem(v, stamp)).filter((i): i is ShortlistItem => !!i)) : [];
    return { items, status: 'recovered', dropped: Array.isArray(parsed) ? parsed.length - items.length : 0 };
  }
  const record = parsed as Record<string, unknown>;
  const version = record.version;
  // Version 1 (and the unversioned draft before it) stored only ids.
  if (version === undefined || version === 1) {
    if (!Array.isArray(record.ids)) return { items: [], status: 'recovered', dropped: 0 };
    const items = uniqueById(record.ids.map((v) => toItem(v, stamp)).filter((i): i is ShortlistItem => !!i));
    return { items, status: items.length === record.ids.length ? 'migrated' : 'recovered', dropped: record.ids.length - items.length };
  }
  const list = Array.isArray(record.items) ? record.items : undefined;
  const items = uniqueById((list ?? []).map((v) => toItem(v, stamp)).filter((i): i is ShortlistItem => !!i));
  if (typeof version === 'number' && version > SHORTLIST_VERSION) return { items, status: 'newer', dropped: 0 };
  if (version !== SHORTLIST_VERSION || !list || items.length !== list.length) {
    return { items, status: 'recovered', dropped: (list?.length ?? 0) - items.length };
  }
  return { items, status: 'ok', dropped: 0 };
}

/** From text that is not JSON (a truncated write), keep every id-shaped string. */
function salvageIds(raw: string, stamp: string): ShortlistItem[] {
  const ids = [...raw.matchAll(/"id"\s*:\s*"([a-z0-9][a-z0-9-]{0,199})"/g)].map((m) => m[1]!);
  const bare = ids.length > 0 ? [] : [...raw.matchAll(/"([a-z0-9][a-z0-9-]{2,199})"/g)].map((m) => m[1]!).filter((s) => s.includes('-'));
  return uniqueById([...ids, ...bare].map((id) => toItem(id, stamp)!));
}

export function serializeShortlist(items: ShortlistItem[]): string {
  const stored: StoredShortlist = { version: SHORTLIST_VERSION, items };
  return JSON.stringify(stored);
}
