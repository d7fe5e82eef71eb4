/**
 * Axis labels must be short: "2021 T1" for LFX 2021 Term 1, "GSoC 2022". The term key
 * (`lfx-2021-1`, `gsoc-2022`) carries both parts; anything else falls back to the year.
 */
export function shortTermLabel(term: { termKey: string; program: string; year: number }): string {
  const lfx = /^lfx-(\d{4})-(\d+)$/.exec(term.termKey);
  if (lfx) return `${lfx[1]} T${lfx[2]}`;
  if (term.termKey.startsWith('gsoc-')) return `GSoC ${term.year}`;
  return String(term.year);
}
