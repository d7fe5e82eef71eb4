import type { FacetValue } from './idea-index.ts';
import { slugify } from './page-slugs.ts';

/**
 * Where the build writes the Atom feeds, relative to the site root: one of all ideas, one per
 * project and one per skill among the most common. Shared by the build (which writes them) and the
 * pages (which link them), so the two cannot drift apart.
 */
export type FeedKind = 'ideas' | 'project' | 'skill';

/** Skills with a feed of their own: the most common ones, as the skills facet counts them. */
export const FEED_SKILL_COUNT = 50;

/**
 * `feeds/ideas.xml`, `feeds/projects/<slug>.xml` (slug: `projectPageSlug`, as in `/projects/<slug>`),
 * `feeds/skills/<slug>.xml` (slug: `skillFeedSlug`).
 */
export function feedPath(kind: 'ideas'): string;
export function feedPath(kind: 'project' | 'skill', slug: string): string;
export function feedPath(kind: FeedKind, slug = ''): string {
  if (kind === 'ideas') return 'feeds/ideas.xml';
  if (!/^[a-z0-9~-]+$/.test(slug)) throw new Error(`feedPath: "${slug}" is not a slug`);
  return `feeds/${kind === 'project' ? 'projects' : 'skills'}/${slug}.xml`;
}

/**
 * A skill's feed slug: slugified, with `+` and `#` spelled out, which slugify would drop and so
 * give C, C++ and C# one feed.
 */
export function skillFeedSlug(skill: string): string {
  return slugify(skill.replace(/\+/g, ' plus ').replace(/#/g, ' sharp ')) || 'skill';
}

/**
 * The skills that have a feed: the first FEED_SKILL_COUNT of the index's skills facet, which lists
 * the skills with most ideas first (ties in a fixed order), so build and pages pick the same ones.
 */
export function feedSkills(skillsFacet: readonly FacetValue[]): string[] {
  return skillsFacet.slice(0, FEED_SKILL_COUNT).map((s) => s.value);
}
