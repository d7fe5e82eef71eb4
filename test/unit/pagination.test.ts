import { describe, expect, it } from 'vitest';
import { pageCountFor, pageWindow } from '../../src/components/Pagination.tsx';

describe('page numbers', () => {
  it('offer the first, the last and two either side of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 67)).toEqual([1, 2, 3, null, 67]);
    expect(pageWindow(10, 67)).toEqual([1, null, 8, 9, 10, 11, 12, null, 67]);
    // A gap of one page shows that page rather than an ellipsis.
    expect(pageWindow(4, 67)).toEqual([1, 2, 3, 4, 5, 6, null, 67]);
    expect(pageWindow(67, 67)).toEqual([1, null, 65, 66, 67]);
  });

  it('count a last, partial page, so every result can be reached', () => {
    expect([0, 1, 20, 21, 28, 40, 41].map((total) => pageCountFor(total, 20))).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });
});
