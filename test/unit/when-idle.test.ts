// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepsWhenIdle, whenIdle } from '../../src/data/when-idle.ts';

afterEach(() => vi.useRealTimers());

describe('stepsWhenIdle (work done ahead, in idle periods)', () => {
  it('runs one step per idle period, in order, until all have run', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    stepsWhenIdle([1, 2, 3].map((n) => () => ran.push(n)));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1]);
    vi.runAllTimers();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('drops the rest once a key is pressed, or when stopped', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    stepsWhenIdle([1, 2, 3].map((n) => () => ran.push(n)));
    vi.advanceTimersToNextTimer();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    vi.runAllTimers();
    expect(ran).toEqual([1]);
    const later: number[] = [];
    const stop = stepsWhenIdle([1, 2].map((n) => () => later.push(n)));
    stop();
    vi.runAllTimers();
    expect(later).toEqual([]);
  });

  it('with keepOnInput, goes on past a key press (the page’s own search warms up while the worker answers), until stopped', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    const stop = stepsWhenIdle(
      [1, 2, 3, 4].map((n) => () => ran.push(n)),
      { keepOnInput: true },
    );
    vi.advanceTimersToNextTimer();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1, 2]);
    stop();
    vi.runAllTimers();
    expect(ran).toEqual([1, 2]);
  });
});

describe('whenIdle (one piece of work, in a task of its own)', () => {
  it('runs later, not in the calling task, and not at all once cancelled', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['kept']);
  });
});
