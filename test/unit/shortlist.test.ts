import { describe, expect, it } from 'vitest';
import type { Idea } from '../../src/model/idea-index.ts';
import { BACKUP_KEY, readShortlist, serializeShortlist, SHORTLIST_KEY, SHORTLIST_VERSION, type ShortlistItem } from '../../src/shortlist/shortlist-data.ts';
import { shortlistToCsv, shortlistToMarkdown } from '../../src/shortlist/shortlist-export.ts';
import { ShortlistStore, type StorageLike } from '../../src/shortlist/shortlist-store.ts';
import { parseSharedIds } from '../../src/shortlist/shared-link.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const snap = (id: string) => ({ id, title: `Title ${id}`, project: 'Thanos', term: '2021 Term 1 (Spring)' });

class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  writes = 0;
  constructor(
    initial: Record<string, string> = {},
    private readonly fail: { get?: Error; set?: Error } = {},
  ) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }
  getItem(key: string) {
    if (this.fail.get) throw this.fail.get;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail.set) throw this.fail.set;
    this.writes++;
    this.data.set(key, value);
  }
}

const stored = (items: Partial<ShortlistItem>[], version = SHORTLIST_VERSION) => JSON.stringify({ version, items });
const good = {
  id: 'lfx-2021-1--thanos--stateless-ruler',
  addedAt: '2026-01-02T03:04:05.000Z',
  note: 'ask @bwplotka',
  title: 'Stateless Ruler',
  project: 'Thanos',
  term: '2021 Term 1 (Spring)',
};

describe('shortlist storage', () => {
  it('persists every change and reads it back on start', () => {
    const storage = new FakeStorage();
    const store = new ShortlistStore(storage, () => NOW);
    store.add(snap('a-1'));
    store.add(snap('b-2'));
    store.setNote('a-1', 'first choice');
    store.move('b-2', -1);
    const again = new ShortlistStore(storage, () => NOW);
    expect(again.getState().items.map((i) => [i.id, i.note, i.addedAt])).toEqual([
      ['b-2', '', NOW.toISOString()],
      ['a-1', 'first choice', NOW.toISOString()],
    ]);
    expect(again.getState().notices).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"version":2,"items":[{"id":"lfx-2021-1--a","addedAt":"2026-01-01T00:00:00Z"},{"id":"lfx-2021-1--b"', 2],
    ['truncated old format', '{"ids":["lfx-2021-1--a","lfx', 1],
    ['null', 'null', 0],
    ['an array', '[]', 0],
    ['items not a list', '{"items":"x"}', 0],
    ['items with bad ids', stored([good, { id: '<script>' }, { id: 42 as unknown as string }, { id: '' }]), 1],
  ])('recovers what it can from %s, keeps the raw value and tells the user', (_, raw, recovered) => {
    const storage = new FakeStorage({ [SHORTLIST_KEY]: raw });
    const store = new ShortlistStore(storage, () => NOW);
    const state = store.getState();
    expect(state.items).toHaveLength(recovered);
    expect(storage.data.get(BACKUP_KEY)).toBe(raw);
    expect(state.notices.map((n) => n.kind)).toEqual(['recovered']);
    expect(state.notices[0]!.message).toMatch(new RegExp(`${recovered} idea`));
    expect(state.persistent).toBe(true);
    expect(readShortlist(storage.data.get(SHORTLIST_KEY)!).status).toBe('ok');
  });

  it.each([
    ['throws SecurityError on access', new FakeStorage({}, { get: new DOMException('denied', 'SecurityError') })],
    ['is null', null],
  ])('stays usable in memory when storage %s', (_, storage) => {
    const store = new ShortlistStore(storage, () => NOW);
    store.add(snap('a-1'));
    expect(store.getState()).toMatchObject({ persistent: false, items: [{ id: 'a-1' }] });
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['unavailable']);
  });

  it('keeps changes in memory and warns when storage is full', () => {
    const storage = new FakeStorage({}, { set: new DOMException('full', 'QuotaExceededError') });
    const store = new ShortlistStore(storage, () => NOW);
    store.add(snap('a-1'));
    store.add(snap('b-2'));
    expect(store.getState().items).toHaveLength(2);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['full']);
  });

  it('migrates the version 1 format (ids only)', () => {
    const storage = new FakeStorage({ [SHORTLIST_KEY]: JSON.stringify({ version: 1, ids: ['a-1', 'b-2'] }) });
    const store = new ShortlistStore(storage, () => NOW);
    expect(store.getState().items.map((i) => i.id)).toEqual(['a-1', 'b-2']);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['migrated']);
    expect(JSON.parse(storage.data.get(SHORTLIST_KEY)!)).toEqual({
      version: 2,
      items: [expect.objectContaining({ id: 'a-1' }), expect.objectContaining({ id: 'b-2' })],
    });
  });

  it('leaves data from a newer version untouched and read-only', () => {
    const raw = JSON.stringify({ version: 3, items: [good], somethingNew: true });
    const storage = new FakeStorage({ [SHORTLIST_KEY]: raw });
    const store = new ShortlistStore(storage, () => NOW);
    expect(store.getState()).toMatchObject({ readOnly: true, items: [{ id: good.id, note: 'ask @bwplotka' }] });
    store.add(snap('c-3'));
    store.remove(good.id);
    expect(store.getState().items).toHaveLength(1);
    expect(storage.data.get(SHORTLIST_KEY)).toBe(raw);
    expect(storage.writes).toBe(0);
  });

  it('adopts changes from another tab without writing back', () => {
    const storage = new FakeStorage();
    const store = new ShortlistStore(storage, () => NOW);
    let notified = 0;
    store.subscribe(() => notified++);
    const writes = storage.writes;
    store.onStorageEvent(SHORTLIST_KEY, serializeShortlist([good]));
    expect(store.getState().items.map((i) => i.id)).toEqual([good.id]);
    expect(notified).toBe(1);
    expect(storage.writes).toBe(writes);
    store.onStorageEvent('some-other-key', null);
    expect(notified).toBe(1);
  });

  it('merges shared ideas without duplicates, keeping notes', () => {
    const store = new ShortlistStore(new FakeStorage({ [SHORTLIST_KEY]: stored([good]) }), () => NOW);
    expect(store.addAll([snap(good.id), snap('b-2'), snap('b-2')])).toBe(1);
    expect(store.getState().items.map((i) => [i.id, i.note])).toEqual([
      [good.id, 'ask @bwplotka'],
      ['b-2', ''],
    ]);
  });

  it('puts a removed idea back where it was, with its note and saved date, and persists it (undo)', () => {
    const storage = new FakeStorage({ [SHORTLIST_KEY]: stored([{ ...good, id: 'a-1' }, good, { ...good, id: 'c-3' }]) });
    const store = new ShortlistStore(storage, () => NOW);
    const item = store.getState().items[1]!;
    store.remove(good.id);
    store.restore(item, 1);
    expect(store.getState().items.map((i) => i.id)).toEqual(['a-1', good.id, 'c-3']);
    expect(store.getState().items[1]).toMatchObject({ note: 'ask @bwplotka', addedAt: good.addedAt });
    expect(readShortlist(storage.data.get(SHORTLIST_KEY)!).items.map((i) => i.id)).toEqual(['a-1', good.id, 'c-3']);
    // Restoring twice (or an idea saved again meanwhile) adds nothing.
    store.restore(item, 0);
    expect(store.getState().items).toHaveLength(3);
  });
});

describe('shared links', () => {
  it('accepts up to 200 ids of up to 200 characters', () => {
    expect(parseSharedIds('a,b,,a, c')).toEqual({ ok: true, ids: ['a', 'b', 'c'] });
    expect(parseSharedIds(Array.from({ length: 200 }, (_, i) => `id-${i}`).join(','))).toMatchObject({ ok: true });
    expect(parseSharedIds(Array.from({ length: 201 }, (_, i) => `id-${i}`).join(','))).toEqual({
      ok: false,
      message: expect.stringMatching(/201 ideas.*at most 200/),
    });
    expect(parseSharedIds(`ok,${'x'.repeat(201)}`)).toEqual({ ok: false, message: expect.stringMatching(/longer than 200/) });
    expect(parseSharedIds(undefined)).toEqual({ ok: true, ids: [] });
  });
});

describe('export', () => {
  const idea = {
    id: good.id,
    title: 'Stateless Ruler',
    project: 'Thanos',
    program: 'LFX Mentorship',
    term: '2021 Term 1 (Spring)',
    status: 'proposed',
    mentors: [{ name: 'Bartek', github: 'bwplotka' }],
    skills: ['Go'],
    issues: ['https://github.com/thanos-io/thanos/issues/3761'],
  } as unknown as Idea;
  const gone = { ...good, id: 'lfx-2020-1--x--gone', title: 'Gone, "quoted"', note: '=HYPERLINK("x")' };
  const rows = [{ item: good, idea }, { item: gone }];
  const url = (id: string) => `https://ideas.example/ideas/${id}`;

  it('writes Markdown with links to idea pages, issues, mentors and notes', () => {
    const md = shortlistToMarkdown(rows, url, NOW);
    expect(md).toContain(`## 1. [Stateless Ruler](https://ideas.example/ideas/${good.id})`);
    expect(md).toContain('- Mentors: [Bartek (@bwplotka)](https://github.com/bwplotka)');
    expect(md).toContain('- Upstream: <https://github.com/thanos-io/thanos/issues/3761>');
    expect(md).toContain('> ask @bwplotka');
    expect(md).toContain('## 2. [Gone, "quoted"](https://ideas.example/ideas/lfx-2020-1--x--gone)');
    expect(md).toContain('- Status: no longer listed in the index');
  });

  it('writes CSV with quoting and without spreadsheet formulas', () => {
    const csv = shortlistToCsv(rows, url).split('\r\n');
    expect(csv[0]).toBe('position,title,project,term,status,mentors,skills,upstream_issues,idea_url,added,note');
    expect(csv[1]).toBe(
      `1,Stateless Ruler,Thanos,"LFX Mentorship, 2021 Term 1 (Spring)",proposed,Bartek (@bwplotka),Go,https://github.com/thanos-io/thanos/issues/3761,https://ideas.example/ideas/${good.id},2026-01-02T03:04:05.000Z,ask @bwplotka`,
    );
    expect(csv[2]).toContain('"Gone, ""quoted"""');
    expect(csv[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv[2]).toContain('no longer listed');
  });
});
