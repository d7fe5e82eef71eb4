import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/model/format-count.ts';

describe('formatCount', () => {
  it('groups thousands with commas, as the counts on the page read', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1322)).toBe('1,322');
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes every whole number as English toLocaleString does', () => {
    for (const n of [...Array.from({ length: 3000 }, (_, i) => i * 337), -1, -1234, 999_999, 1_000_000, 12_345_678_901])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});
