import type { Mentor } from './idea-index.ts';

/** A mentor's facet key, used in URLs (`?mentor=kakkoyun`): lower-cased handle, else `name:<name>`. */
export function mentorKey(mentor: Mentor): string {
  return mentor.github ? mentor.github.toLowerCase() : `name:${(mentor.name ?? '').toLowerCase()}`;
}

/** `Kemal Akkoyun (@kakkoyun)`, `@kakkoyun` or `Kemal Akkoyun`. */
export function mentorLabel(mentor: Mentor): string {
  if (mentor.name && mentor.github) return `${mentor.name} (@${mentor.github})`;
  return mentor.name ?? `@${mentor.github ?? ''}`;
}
