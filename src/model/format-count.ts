/**
 * A count as English writes it, "1,322": what `toLocaleString('en')` gives for whole numbers,
 * without it. The first `toLocaleString` (or `localeCompare`) of a page sets up the browser's
 * ICU formatter, 20–35 ms on this project's test machine: that landed in the frame painting the
 * first results, on the main thread.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
