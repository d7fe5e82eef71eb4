// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BoxValue, SearchBox } from '../../src/components/SearchBox.tsx';
import type { TextSearch } from '../../src/data/IndexProvider.tsx';
import type { SearchEngine } from '../../src/search/search-engine.ts';
import type { TextHits } from '../../src/search/text-index.ts';
import type { TextAnswer } from '../../src/routes/return-to-results.ts';
import { type KeptList, UNFILTERED, useAsk } from '../../src/routes/use-ask.ts';
import type { SearchNow } from '../../src/search/postings-snapshot.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// jsdom has no media queries: the box is on a wide screen here (its hint is measured end to end).
window.matchMedia ??= (query: string) =>
  ({ matches: true, media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList;

const box = () => screen.getByRole<HTMLInputElement>('searchbox');
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });

describe('SearchBox', () => {
  function Page({ onType }: { onType: (text: string) => void }) {
    const [value, setValue] = useState<BoxValue>({ text: 'rust' });
    return (
      <>
        <SearchBox value={value} onChange={onType} onClear={() => setValue({ text: '' })} onArrowDown={() => {}} ideaCount={3} />
        <button type="button" onClick={() => setValue({ text: 'from the address' })}>
          Back
        </button>
        <button type="button" onClick={() => setValue((v) => v)}>
          Same
        </button>
      </>
    );
  }

  it('shows what is typed at once, before the page has caught up, and tells the page', () => {
    const typed: string[] = [];
    render(<Page onType={(t) => typed.push(t)} />);
    expect(box().value).toBe('rust');
    type('rust w');
    type('rust wa');
    expect(box().value).toBe('rust wa');
    expect(typed).toEqual(['rust w', 'rust wa']);
  });

  it('shows a text it did not type when given a new value (Back, a clear), and only then', () => {
    render(<Page onType={() => {}} />);
    type('kube');
    fireEvent.click(screen.getByRole('button', { name: 'Same' }));
    expect(box().value).toBe('kube');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(box().value).toBe('from the address');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().value).toBe('');
  });
});

describe('useAsk', () => {
  const hits = (n: number): TextHits => ({ positions: new Uint32Array([n]), scores: new Float64Array([1]) }) as unknown as TextHits;
  const engine = {} as SearchEngine;

  /** A search whose answers come when the test says, in any order. */
  function deferredSearch() {
    const asked: { query: string; answer: (hits: TextHits | null) => void }[] = [];
    const search: TextSearch = (query) => new Promise((resolve) => asked.push({ query, answer: resolve }));
    return { search, asked };
  }

  function setup(search: TextSearch, textReady = false, searchNow?: SearchNow) {
    const draft: string[] = [];
    const answers: (TextAnswer | null)[] = [];
    // The page's kept list, as its state would follow the calls.
    const full = { current: null as KeptList | null };
    const page = renderHook(
      ({ textReady }) =>
        useAsk({
          engine,
          search,
          searchNow,
          textReady,
          setDraft: (t) => draft.push(t),
          setAnswer: (a) => answers.push(typeof a === 'function' ? a(null) : a),
          setFullAnswer: (a) => (full.current = typeof a === 'function' ? a(full.current) : a),
        }),
      { initialProps: { textReady } },
    );
    return { page, draft, answers, full };
  }

  it('answered on the page, a question gets its answer within the call, and the worker is not asked', async () => {
    const { search, asked } = deferredSearch();
    // The page answers "kub" but not "kube" (a query only the worker can answer).
    const { page, draft, answers } = setup(search, true, (query) => (query === 'kub' ? hits(3) : undefined));
    act(() => page.result.current.ask('ku'));
    act(() => page.result.current.ask('kub'));
    expect(answers.map((a) => a?.query)).toEqual(['kub']);
    expect(draft).toEqual(['kub']);
    expect(asked.map((a) => a.query)).toEqual(['ku']);
    // The worker's late answer to the older question does not replace it.
    await act(async () => asked[0]!.answer(hits(1)));
    expect(answers.map((a) => a?.query)).toEqual(['kub']);
    act(() => page.result.current.ask('kube'));
    expect(asked.map((a) => a.query)).toEqual(['ku', 'kube']);
    await act(async () => asked[1]!.answer(hits(4)));
    expect(answers.map((a) => a?.query)).toEqual(['kub', 'kube']);
  });

  it('the first answer after the box was emptied forgets the list kept from before, even if the empty box never rendered', () => {
    const { search } = deferredSearch();
    const none: TextHits = { positions: new Uint32Array(0), scores: new Float64Array(0), terms: [] };
    const { page, full } = setup(search, true, (query) => (query.includes('zz') ? none : hits(1)));
    act(() => page.result.current.ask('helm'));
    const helm = full.current;
    expect(helm).not.toBe(UNFILTERED);
    // Not emptied: "zz" (no idea has it) keeps "helm"'s list.
    act(() => page.result.current.ask('helm zz'));
    act(() => page.result.current.ask('zz'));
    expect(full.current).toBe(helm);
    act(() => page.result.current.ask(''));
    // Emptied since: the unfiltered list, not "helm"'s.
    act(() => page.result.current.ask('zz'));
    expect(full.current).toBe(UNFILTERED);
  });

  it('shows only the newest question’s answer, together with the text it answers', async () => {
    const { search, asked } = deferredSearch();
    const { page, draft, answers } = setup(search);
    act(() => page.result.current.ask('ku'));
    act(() => page.result.current.ask('kub'));
    await act(async () => asked[1]!.answer(hits(2)));
    await act(async () => asked[0]!.answer(hits(1)));
    expect(answers.map((a) => a?.query)).toEqual(['kub']);
    expect(draft).toEqual(['kub']);
  });

  it('lets the page follow the box after a pause when no answer comes (the index still loading)', async () => {
    vi.useFakeTimers();
    const { search } = deferredSearch();
    const { page, draft, answers } = setup(search);
    act(() => page.result.current.ask('helm'));
    expect(draft).toEqual([]);
    act(() => vi.advanceTimersByTime(200));
    expect(draft).toEqual(['helm']);
    expect(answers).toEqual([]);
  });

  it('does not ask twice for the same query, but asks again once the descriptions are indexed', () => {
    const { search, asked } = deferredSearch();
    const { page } = setup(search);
    act(() => page.result.current.ask('grpc'));
    act(() => page.result.current.askIfNew('grpc '));
    expect(asked.map((a) => a.query)).toEqual(['grpc']);
    page.rerender({ textReady: true });
    act(() => page.result.current.askIfNew('grpc'));
    expect(asked.map((a) => a.query)).toEqual(['grpc', 'grpc']);
  });

  it('a cleared box drops the answer still on its way', async () => {
    const { search, asked } = deferredSearch();
    const { page, draft, answers } = setup(search);
    act(() => page.result.current.ask('wasm'));
    act(() => page.result.current.ask(''));
    await act(async () => asked[0]!.answer(hits(1)));
    expect(answers).toEqual([]);
    expect(draft).toEqual(['']);
  });
});
