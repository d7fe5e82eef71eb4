import { type IsCurrent, migrateIds, type Redirects } from './redirects.ts';
import { BACKUP_KEY, MAX_NOTE, readShortlist, serializeShortlist, SHORTLIST_KEY, type ShortlistItem } from './shortlist-data.ts';

/** The subset of the Web Storage API the shortlist needs (a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type NoticeKind = 'recovered' | 'unavailable' | 'full' | 'newer' | 'migrated';

export interface ShortlistState {
  items: ShortlistItem[];
  /** Changes are written to storage. */
  persistent: boolean;
  /** Saved by a newer version of the app: shown, never overwritten. */
  readOnly: boolean;
  notices: { kind: NoticeKind; message: string }[];
}

export type Snapshot = Pick<ShortlistItem, 'id' | 'title' | 'project' | 'term'>;

/**
 * The shortlist, held in memory and written through to storage on every change. Works without
 * storage (disabled, throwing or full): the list then lasts for this page and says so.
 */
export class ShortlistStore {
  private state: ShortlistState;
  private readonly listeners = new Set<() => void>();
  /** The loaded index's redirects, once known: items saved under old ids move to the new ones. */
  private redirects?: { redirects: Redirects; isCurrent?: IsCurrent };

  constructor(
    private readonly storage: StorageLike | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = { items: [], persistent: storage !== null, readOnly: false, notices: [] };
    if (!storage) {
      this.state.notices.push(unavailable());
      return;
    }
    let raw: string | null;
    try {
      raw = storage.getItem(SHORTLIST_KEY);
    } catch {
      this.state = { ...this.state, persistent: false, notices: [unavailable()] };
      return;
    }
    this.load(raw, true);
  }

  getState = (): ShortlistState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  has(id: string): boolean {
    return this.state.items.some((item) => item.id === id);
  }

  add(snapshot: Snapshot) {
    if (this.has(snapshot.id)) return;
    this.change([...this.state.items, { ...snapshot, addedAt: this.now().toISOString(), note: '' }]);
  }

  /** Merges, keeping existing items and their notes; returns how many were new. */
  addAll(snapshots: Snapshot[]): number {
    const fresh = snapshots.filter((s, i) => !this.has(s.id) && snapshots.findIndex((o) => o.id === s.id) === i);
    if (fresh.length > 0) this.change([...this.state.items, ...fresh.map((s) => ({ ...s, addedAt: this.now().toISOString(), note: '' }))]);
    return fresh.length;
  }

  remove(id: string) {
    this.change(this.state.items.filter((item) => item.id !== id));
  }

  /** Puts a removed item back where it was, with its note and the date it was first saved (undo). */
  restore(item: ShortlistItem, at: number) {
    if (this.has(item.id)) return;
    const items = [...this.state.items];
    items.splice(Math.max(0, Math.min(at, items.length)), 0, { ...item });
    this.change(items);
  }

  toggle(snapshot: Snapshot) {
    if (this.has(snapshot.id)) this.remove(snapshot.id);
    else this.add(snapshot);
  }

  move(id: string, delta: -1 | 1) {
    const items = [...this.state.items];
    const from = items.findIndex((item) => item.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to]!, items[from]!];
    this.change(items);
  }

  setNote(id: string, note: string) {
    this.change(this.state.items.map((item) => (item.id === id ? { ...item, note: note.slice(0, MAX_NOTE) } : item)));
  }

  /**
   * The index has loaded: items saved under ids that have changed since move to the current ids
   * (merging two items that turn out to be one idea) and the result is written. Data of a newer
   * app version is migrated for display only, never written. Values another tab writes later are
   * migrated too, in memory; they are written with the next change.
   */
  applyRedirects(redirects: Redirects, isCurrent?: IsCurrent) {
    this.redirects = { redirects, isCurrent };
    const items = migrateIds(this.state.items, redirects, isCurrent);
    if (items === this.state.items) return;
    this.set({ ...this.state, items });
    if (!this.state.readOnly) this.write(items);
  }

  dismissNotice(kind: NoticeKind) {
    this.set({ ...this.state, notices: this.state.notices.filter((n) => n.kind !== kind) });
  }

  /** Another tab wrote the key: adopt its value without writing back (no ping-pong). */
  onStorageEvent(key: string | null, newValue: string | null) {
    if (key !== SHORTLIST_KEY && key !== null) return;
    if (!this.state.persistent && !this.state.readOnly) return;
    this.load(newValue, false);
  }

  private load(raw: string | null, startup: boolean) {
    const result = readShortlist(raw, this.now());
    const notices = this.state.notices.filter((n) => n.kind === 'unavailable' || n.kind === 'full');
    let readOnly = false;
    if (result.status === 'recovered') {
      this.backup(raw);
      notices.push({
        kind: 'recovered',
        message: `Your saved shortlist was damaged. ${result.items.length} idea${result.items.length === 1 ? ' was' : 's were'} recovered; the original data is kept in this browser under "${BACKUP_KEY}".`,
      });
    } else if (result.status === 'newer') {
      readOnly = true;
      notices.push({
        kind: 'newer',
        message:
          'This shortlist was saved by a newer version of Mentorship Ideas. It is shown read-only and left untouched; reload the newest version to edit it.',
      });
    } else if (result.status === 'migrated' && startup) {
      notices.push({ kind: 'migrated', message: 'Your shortlist was upgraded to the current format.' });
    }
    const items = this.redirects ? migrateIds(result.items, this.redirects.redirects, this.redirects.isCurrent) : result.items;
    this.set({ ...this.state, items, readOnly, notices });
    // Rewrite damaged or old data in the current format (the raw value is already backed up).
    if (startup && (result.status === 'recovered' || result.status === 'migrated')) this.write(items);
  }

  private backup(raw: string | null) {
    if (raw === null) return;
    try {
      this.storage?.setItem(BACKUP_KEY, raw);
    } catch {
      // Nothing more can be done; the notice still tells the user what happened.
    }
  }

  private change(items: ShortlistItem[]) {
    if (this.state.readOnly) return;
    this.set({ ...this.state, items });
    this.write(items);
  }

  private write(items: ShortlistItem[]) {
    if (!this.storage || !this.state.persistent) return;
    try {
      this.storage.setItem(SHORTLIST_KEY, serializeShortlist(items));
      if (this.state.notices.some((n) => n.kind === 'full')) this.set({ ...this.state, notices: this.state.notices.filter((n) => n.kind !== 'full') });
    } catch (error) {
      const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
      const notice = full
        ? {
            kind: 'full' as const,
            message:
              'Browser storage is full: your latest shortlist changes are kept for this page only and will be lost when it closes. Export the list to keep it.',
          }
        : unavailable();
      this.set({ ...this.state, persistent: full, notices: [...this.state.notices.filter((n) => n.kind !== notice.kind), notice] });
    }
  }

  private set(state: ShortlistState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function unavailable() {
  return {
    kind: 'unavailable' as const,
    message: 'Browser storage is unavailable, so your shortlist will not be saved after this page closes. Export it to keep it.',
  };
}

/** Outside a browser (the build's first screen, src/prerender/): an empty shortlist, nothing to warn about. */
const NO_BROWSER: StorageLike = { getItem: () => null, setItem: () => {} };

/** localStorage, or null when the browser refuses access to it (privacy settings, sandboxing). */
export function browserStorage(): StorageLike | null {
  if (typeof window === 'undefined') return NO_BROWSER;
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem(SHORTLIST_KEY);
    return storage;
  } catch {
    return null;
  }
}
