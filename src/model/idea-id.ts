/**
 * How an idea's id is made, shared by the build (which gives ids) and the app (which rebuilds the
 * ids the cards leave out, see app-data.ts).
 */

const MAX_TITLE_SLUG = 60;

/** Lower-case ASCII words joined by `-`: `Kevin(Zefeng) Wang` → `kevin-zefeng-wang`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The idea id: program/term, project and title only, so rebuilding never changes it. A caller
 * making many ids may pass the project's slug (`projectSlugOf`) worked out once per project.
 */
export function ideaSlug(termSlug: string, project: string, title: string, projectSlug = projectSlugOf(project)): string {
  let titleSlug = slugify(title) || 'untitled';
  if (titleSlug.length > MAX_TITLE_SLUG) titleSlug = titleSlug.slice(0, MAX_TITLE_SLUG).replace(/-[^-]*$/, '');
  return [termSlug, projectSlug, titleSlug].join('--');
}

/** The project part of an idea id. */
export const projectSlugOf = (project: string): string => slugify(project) || 'project';

/**
 * The title words an id carries (`lfx-2024-3--jaeger--jaeger-v2-kubernetes-operator` → "jaeger
 * v2 kubernetes operator"): what to search for when a link's id matches no idea. Empty when the
 * id is not shaped like one.
 */
export function titleWordsOfId(id: string): string {
  const parts = id.split('--');
  if (parts.length < 3) return '';
  return parts
    .at(-1)!
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .slice(0, 8)
    .join(' ')
    .toLowerCase();
}
