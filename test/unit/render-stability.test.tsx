// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrames } from '../../src/components/after-frames.ts';
import { useAfterPaint } from '../../src/components/use-after-paint.ts';
import { SITE_NAME, useDocumentTitle } from '../../src/components/document-title.ts';
import { useStableValue } from '../../src/components/use-stable-value.ts';
import { sameTextHits } from '../../src/search/same-hits.ts';
import type { TextHits } from '../../src/search/text-index.ts';

afterEach(cleanup);

describe('useStableValue', () => {
  it('keeps the value it returned while new copies are equal, and takes a different one at once', () => {
    const same = (a: { q: string }, b: { q: string }) => a.q === b.q;
    const first = { q: 'ebpf' };
    const { result, rerender } = renderHook(({ value }) => useStableValue(value, same), { initialProps: { value: first } });
    rerender({ value: { q: 'ebpf' } });
    expect(result.current).toBe(first);
    const next = { q: 'ebpf rust' };
    rerender({ value: next });
    expect(result.current).toBe(next);
    rerender({ value: { q: 'ebpf rust' } });
    expect(result.current).toBe(next);
  });
});

describe('useDocumentTitle', () => {
  it('names the view, and leaves the title as it is when given null (a query still being typed)', () => {
    const { rerender } = renderHook(({ title }) => useDocumentTitle(title), { initialProps: { title: 'ebpf — 24 ideas' as string | null } });
    expect(document.title).toBe(`ebpf — 24 ideas · ${SITE_NAME}`);
    rerender({ title: null });
    expect(document.title).toBe(`ebpf — 24 ideas · ${SITE_NAME}`);
    rerender({ title: '' });
    expect(document.title).toBe(SITE_NAME);
  });
});

describe('sameTextHits', () => {
  const hits = (): TextHits => ({
    positions: Uint32Array.from([3, 7, 9]),
    scores: Float64Array.from([2.5, 1.25, 0.5]),
    terms: ['prometheus'],
  });
  it('finds an answer asked again equal to the one shown, and any change of ideas, scores, terms or partial match different', () => {
    expect(sameTextHits(hits(), hits())).toBe(true);
    expect(sameTextHits(hits(), { ...hits(), positions: Uint32Array.from([3, 7, 8]) })).toBe(false);
    expect(sameTextHits(hits(), { ...hits(), scores: Float64Array.from([2.5, 1.25, 0.4]) })).toBe(false);
    expect(sameTextHits(hits(), { ...hits(), terms: ['prometheus', 'prom'] })).toBe(false);
    expect(sameTextHits(hits(), { ...hits(), namesOnly: true })).toBe(false);
    const partial = { words: ['prometheus', 'zzz'], unmatched: ['zzz'], best: 1 };
    expect(sameTextHits({ ...hits(), partial }, { ...hits(), partial: { ...partial, unmatched: [...partial.unmatched] } })).toBe(true);
    expect(sameTextHits({ ...hits(), partial }, { ...hits(), partial: { ...partial, unmatched: [] } })).toBe(false);
  });
});

describe('afterFrames', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the given number of painted frames, each followed by a task, and not once cancelled', () => {
    const ran: string[] = [];
    afterFrames(2, () => ran.push('two'));
    const cancel = afterFrames(1, () => ran.push('cancelled'));
    afterFrames(0, () => ran.push('now'));
    expect(ran).toEqual(['now']);
    cancel();
    vi.advanceTimersByTime(17);
    expect(ran).toEqual(['now']);
    vi.advanceTimersByTime(17);
    expect(ran).toEqual(['now', 'two']);
  });

  it('lets a value follow a frame later while deferred (useAfterPaint), and at once otherwise', () => {
    const { result, rerender } = renderHook(({ value, defer }) => useAfterPaint(value, defer), { initialProps: { value: 'counts for ""', defer: false } });
    rerender({ value: 'counts for "ku"', defer: true });
    expect(result.current).toBe('counts for ""');
    act(() => void vi.advanceTimersByTime(40));
    expect(result.current).toBe('counts for "ku"');
    rerender({ value: 'counts with a filter', defer: false });
    expect(result.current).toBe('counts with a filter');
    // A deferred change starts from what was shown last, not from an older value.
    rerender({ value: 'counts for "kub"', defer: true });
    expect(result.current).toBe('counts with a filter');
    act(() => void vi.advanceTimersByTime(40));
    expect(result.current).toBe('counts for "kub"');
  });
});
