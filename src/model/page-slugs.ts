import type { IdeaCard, Mentor } from './idea-index.ts';

/** Lower-case words joined by hyphens: "Open Policy Agent (OPA)" → "open-policy-agent-opa". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The `/projects/<slug>` of an idea's project: the landscape slug, or the project name slugified. */
export function projectPageSlug(idea: Pick<IdeaCard, 'project' | 'projectSlug'>): string {
  return idea.projectSlug ?? (slugify(idea.project) || 'project');
}

/**
 * The `/mentors/<slug>` of a mentor: the lower-cased GitHub handle, or `~` and the name slugified
 * for a mentor known by name only (GitHub handles never contain `~`, so the two cannot collide).
 */
export function mentorPageSlug(mentor: Mentor): string {
  if (mentor.github) return mentor.github.toLowerCase();
  const name = mentor.name ?? '';
  let slug = nameSlugs.get(name);
  if (slug === undefined) nameSlugs.set(name, (slug = `~${slugify(name) || 'mentor'}`));
  return slug;
}

/** Name → slug, worked out once: every result card links its mentors, on every keystroke that renders it, and Unicode normalization is not cheap. */
const nameSlugs = new Map<string, string>();
