import { describe, expect, it } from 'vitest';
import { migrateIds, resolveId, resolveIds } from '../../src/shortlist/redirects.ts';
import { readShortlist, SHORTLIST_KEY, type ShortlistItem } from '../../src/shortlist/shortlist-data.ts';
import { ShortlistStore, type StorageLike } from '../../src/shortlist/shortlist-store.ts';

const OLD = 'lfx-2021-1--old-project--stateless-ruler';
const NEW = 'lfx-2021-1--thanos--stateless-ruler';
const OTHER = 'lfx-2021-1--tikv--implement-jepsen-test-for-tikv';
const NOW = new Date('2026-11-24T10:00:00Z');

const item = (id: string, extra: Partial<ShortlistItem> = {}): ShortlistItem => ({
  id,
  addedAt: '2026-01-01T00:00:00.000Z',
  note: '',
  title: `Title of ${id}`,
  project: 'Thanos',
  term: 'LFX Mentorship, 2021 Term 1 (Spring)',
  ...extra,
});

class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  writes = 0;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes++;
    this.data.set(key, value);
  }
}

describe('resolveId', () => {
  it('follows a redirect, and a chain of them, to the current id', () => {
    expect(resolveId(OLD, { [OLD]: NEW })).toBe(NEW);
    expect(resolveId('a-1', { 'a-1': 'b-2', 'b-2': 'c-3' })).toBe('c-3');
    expect(resolveId(NEW, { [OLD]: NEW })).toBe(NEW);
  });

  it('leaves the id as it was on a cycle instead of looping', () => {
    expect(resolveId('a-1', { 'a-1': 'b-2', 'b-2': 'a-1' })).toBe('a-1');
    expect(resolveId('a-1', { 'a-1': 'b-2', 'b-2': 'c-3', 'c-3': 'b-2' })).toBe('a-1');
    expect(resolveId('a-1', { 'a-1': 'a-1' })).toBe('a-1');
  });

  it('stops at an id of the index, and keeps the id when the chain leads out of the index', () => {
    const current = new Set([NEW, 'b-2']);
    const isCurrent = (id: string) => current.has(id);
    expect(resolveId('a-1', { 'a-1': 'b-2', 'b-2': 'c-3' }, isCurrent)).toBe('b-2');
    expect(resolveId(NEW, { [NEW]: OTHER }, isCurrent)).toBe(NEW);
    expect(resolveId(OLD, { [OLD]: 'gone-1' }, isCurrent)).toBe(OLD);
  });

  it('ignores inherited keys and targets that are not idea ids', () => {
    expect(resolveId('constructor', {})).toBe('constructor');
    expect(resolveId('__proto__', JSON.parse('{"__proto__": "x-1"}') as Record<string, string>)).toBe('x-1');
    expect(resolveId(OLD, { [OLD]: '<img src=x>' })).toBe(OLD);
  });
});

describe('migrateIds', () => {
  it('moves items to their current ids keeping note, date and order', () => {
    const items = [item(OTHER), item(OLD, { note: 'ask about the ruler', addedAt: '2025-05-05T00:00:00.000Z' }), item('c-3')];
    expect(migrateIds(items, { [OLD]: NEW })).toEqual([
      item(OTHER),
      item(NEW, { note: 'ask about the ruler', addedAt: '2025-05-05T00:00:00.000Z', title: `Title of ${OLD}` }),
      item('c-3'),
    ]);
  });

  it('merges an old id into the current id already saved: earlier date, both notes, first place', () => {
    const items = [
      item(NEW, { note: 'current note', addedAt: '2026-03-01T00:00:00.000Z', title: 'Stateless Ruler' }),
      item(OTHER),
      item(OLD, { note: 'old note', addedAt: '2025-01-01T00:00:00.000Z', title: 'Old title' }),
    ];
    const migrated = migrateIds(items, { [OLD]: NEW });
    expect(migrated).toEqual([item(NEW, { note: 'current note\n\nold note', addedAt: '2025-01-01T00:00:00.000Z', title: 'Stateless Ruler' }), item(OTHER)]);
  });

  it('merges two old ids of one idea, not repeating an identical note', () => {
    const items = [item('a-1', { note: 'same' }), item('b-2', { note: 'same', addedAt: '2024-01-01T00:00:00.000Z' })];
    expect(migrateIds(items, { 'a-1': 'c-3', 'b-2': 'c-3' })).toEqual([
      item('c-3', { note: 'same', addedAt: '2024-01-01T00:00:00.000Z', title: 'Title of a-1' }),
    ]);
  });

  it('returns the same list when nothing changes, and never drops an item caught in a cycle', () => {
    const items = [item('a-1'), item(NEW)];
    expect(migrateIds(items, {})).toBe(items);
    expect(migrateIds(items, { 'x-1': NEW })).toBe(items);
    expect(migrateIds(items, { 'a-1': 'b-2', 'b-2': 'a-1' })).toBe(items);
  });
});

describe('shared links', () => {
  it('resolve through redirects, each idea once, in the link order', () => {
    expect(resolveIds([OLD, OTHER, NEW, 'unknown-1'], { [OLD]: NEW })).toEqual([NEW, OTHER, 'unknown-1']);
  });
});

describe('the shortlist store with redirects', () => {
  const seeded = (items: ShortlistItem[], version = 2) => {
    const storage = new FakeStorage();
    storage.data.set(SHORTLIST_KEY, JSON.stringify({ version, items }));
    return storage;
  };

  it('migrates saved items once the index is known and persists them', () => {
    const storage = seeded([item(OLD, { note: 'mine' }), item(OTHER)]);
    const store = new ShortlistStore(storage, () => NOW);
    expect(store.has(OLD)).toBe(true);
    store.applyRedirects({ [OLD]: NEW }, (id) => id === NEW || id === OTHER);
    expect(store.getState().items.map((i) => [i.id, i.note])).toEqual([
      [NEW, 'mine'],
      [OTHER, ''],
    ]);
    expect(readShortlist(storage.data.get(SHORTLIST_KEY)!).items.map((i) => i.id)).toEqual([NEW, OTHER]);
    const writes = storage.writes;
    store.applyRedirects({ [OLD]: NEW });
    expect(storage.writes).toBe(writes);
  });

  it('migrates data of a newer app version for display only, never writing it', () => {
    const storage = seeded([item(OLD)], 3);
    const store = new ShortlistStore(storage, () => NOW);
    store.applyRedirects({ [OLD]: NEW });
    expect(store.getState().items.map((i) => i.id)).toEqual([NEW]);
    expect(storage.writes).toBe(0);
  });

  it('migrates what another tab writes, in memory, without writing back', () => {
    const storage = seeded([]);
    const store = new ShortlistStore(storage, () => NOW);
    store.applyRedirects({ [OLD]: NEW });
    const value = JSON.stringify({ version: 2, items: [item(OLD)] });
    storage.data.set(SHORTLIST_KEY, value);
    store.onStorageEvent(SHORTLIST_KEY, value);
    expect(store.getState().items.map((i) => i.id)).toEqual([NEW]);
    expect(storage.writes).toBe(0);
  });
});
