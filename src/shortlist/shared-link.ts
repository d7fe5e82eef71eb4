/** Limits for ids carried in a shared link (`/shortlist?ids=a,b,c`). */
export const SHARED_LIMITS = { ids: 200, idLength: 200 } as const;

export type SharedIds = { ok: true; ids: string[] } | { ok: false; message: string };

export function parseSharedIds(raw: unknown): SharedIds {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: true, ids: [] };
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length > SHARED_LIMITS.ids)
    return { ok: false, message: `This link lists ${ids.length} ideas; a shared shortlist can hold at most ${SHARED_LIMITS.ids}.` };
  if (ids.some((id) => id.length > SHARED_LIMITS.idLength))
    return { ok: false, message: `This link has an idea id longer than ${SHARED_LIMITS.idLength} characters, which no idea has.` };
  return { ok: true, ids };
}

export function sharedShortlistSearch(ids: string[]): { ids: string } {
  return { ids: ids.join(',') };
}
