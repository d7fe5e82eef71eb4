// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterMark, whenQuiet } from '../../src/pwa/when-settled.ts';

describe('waiting for the page to settle before installing for offline use', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('waits for a mark, or runs at once when it is made already, or gives up waiting after the timeout', async () => {
    const ran: string[] = [];
    afterMark('test:ready', 10_000, () => ran.push('after the mark'));
    afterMark('test:never', 10_000, () => ran.push('after the timeout'));
    expect(ran).toEqual([]);
    performance.mark('test:ready');
    await vi.waitFor(() => expect(ran).toEqual(['after the mark']));
    afterMark('test:ready', 10_000, () => ran.push('already made'));
    expect(ran).toEqual(['after the mark', 'already made']);
    vi.advanceTimersByTime(10_000);
    expect(ran).toEqual(['after the mark', 'already made', 'after the timeout']);
  });

  it('waits until nobody has pressed a key for the quiet time', () => {
    let ran = false;
    whenQuiet(2_000, () => (ran = true));
    vi.advanceTimersByTime(1_500);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    vi.advanceTimersByTime(1_500);
    expect(ran).toBe(false);
    vi.advanceTimersByTime(500);
    expect(ran).toBe(true);
  });
});
