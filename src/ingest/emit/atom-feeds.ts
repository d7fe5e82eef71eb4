import { Feed } from 'feed';
import { feedPath, feedSkills, skillFeedSlug } from '../../model/feeds.ts';
import type { Idea, IdeaIndex, Term } from '../../model/idea-index.ts';
import { mentorLabel } from '../../model/mentor-key.ts';
import { projectPageSlug } from '../../model/page-slugs.ts';
import type { SiteLinks } from './site-url.ts';

/** A file of the built site: its path relative to the site root, and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** Feed and entry ids: URNs that hold the idea id, so they survive a move of the site. */
export const ideaEntryId = (id: string) => `urn:mentorship-ideas:idea:${id}`;
const feedId = (path: string) => `urn:mentorship-ideas:${path.replace(/\.xml$/, '').replace(/\//g, ':')}`;

/**
 * A feed holds the newest terms, whole, until it has at least this many entries: a reader polling
 * it gets every idea of a new term, not years of past terms (all of them would be megabytes).
 */
export const FEED_MIN_ENTRIES = 100;

/** The entries of the newest terms (sorted newest first), whole terms, until there are at least `min`. */
function newestWholeTerms<T extends { idea: Idea }>(sorted: T[], min: number): T[] {
  if (sorted.length <= min) return sorted;
  const terms = new Set(sorted.slice(0, min).map(({ idea }) => idea.termKey));
  return sorted.filter(({ idea }) => terms.has(idea.termKey));
}

/** How much of the description an entry quotes; the idea page has the rest. */
const EXCERPT_CHARS = 300;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40)).trimEnd()}…`;
}

/**
 * When a term's ideas appeared: the start of its proposal period where known, else the first date
 * its timeline gives, else 1 January of its year. Derived from the term, not from the build time,
 * so an entry's date never changes and readers do not show old ideas as new.
 */
export function termPublished(term: Pick<Term, 'year' | 'timeline'> | undefined, year: number): Date {
  const t = term?.timeline;
  const first = t?.proposalsOpen ?? t?.proposalsClose ?? t?.applicationsOpen ?? t?.start;
  return first ? new Date(first) : new Date(Date.UTC(term?.year ?? year, 0, 1));
}

/** Atom's text inside CDATA is HTML: escaped here so that no `]]>` or markup can come through. */
function entryContent(idea: Idea, term: string, links: SiteLinks): string {
  const row = (label: string, value: string) => `<li><strong>${label}:</strong> ${value}</li>`;
  const mentors = idea.mentors.map((m) =>
    m.github ? `<a href="https://github.com/${encodeURIComponent(m.github)}">${escapeHtml(mentorLabel(m))}</a>` : escapeHtml(mentorLabel(m)),
  );
  return [
    '<ul>',
    row('Term', escapeHtml(term)),
    row('Project', `<a href="${escapeHtml(links.project(projectPageSlug(idea)))}">${escapeHtml(idea.project)}</a>`),
    row('Status', idea.status),
    idea.skills.length > 0 ? row('Skills', escapeHtml(idea.skills.join(', '))) : '',
    row('Mentors', mentors.length > 0 ? mentors.join(', ') : 'not named yet'),
    '</ul>',
    `<p>${escapeHtml(excerpt(idea.description.text))}</p>`,
    `<p><a href="${escapeHtml(links.idea(idea.id))}">Read the whole idea</a></p>`,
  ].join('');
}

interface FeedSpec {
  path: string;
  title: string;
  subtitle: string;
  /** The page this feed follows. */
  page: string;
  ideas: Idea[];
}

function atomFeed(spec: FeedSpec, index: IdeaIndex, links: SiteLinks): SiteFile {
  const terms = new Map(index.terms.map((t) => [t.key, t]));
  const dated = spec.ideas.map((idea) => ({ idea, date: termPublished(terms.get(idea.termKey), idea.year) }));
  // Newest first: by term as the app sorts, then by date for terms of the same order.
  dated.sort((a, b) => b.idea.termOrder - a.idea.termOrder || b.date.getTime() - a.date.getTime());
  const entries = newestWholeTerms(dated, FEED_MIN_ENTRIES);
  const feed = new Feed({
    id: feedId(spec.path),
    title: spec.title,
    description: spec.subtitle,
    link: spec.page,
    feedLinks: { atom: links.file(spec.path) },
    // The newest entry's date, so that an unchanged feed stays byte-identical from build to build.
    updated: entries[0]?.date ?? new Date(0),
    generator: false,
    language: 'en',
    author: { name: 'CNCF mentoring contributors', link: index.upstream.repository },
    copyright: 'Ideas: CNCF mentoring contributors, CC BY 4.0',
  });
  for (const { idea, date } of entries) {
    const term = terms.get(idea.termKey);
    const termText = term?.program === 'LFX Mentorship' ? `LFX Mentorship ${term.label}` : (term?.label ?? idea.term);
    feed.addItem({
      title: escapeHtml(`${idea.project}: ${idea.title}`),
      id: ideaEntryId(idea.id),
      link: links.idea(idea.id),
      date,
      published: date,
      content: entryContent(idea, termText, links),
      // The feed library escapes only `&` and `"` in attributes; a `<` would make the XML invalid.
      category: idea.skills.filter((s) => !/[<>]/.test(s)).map((skill) => ({ term: skill })),
      author: idea.mentors
        .filter((m) => m.name || m.github)
        .map((m) => ({ name: m.name ?? `@${m.github}`, ...(m.github ? { link: `https://github.com/${encodeURIComponent(m.github)}` } : {}) })),
    });
  }
  return { path: spec.path, content: feed.atom1() };
}

/** An error in the data that would give two feeds one file; its message is meant for the user. */
export class FeedError extends Error {
  override name = 'FeedError';
}

/**
 * Every Atom feed of the site: all ideas, one per project (at its project page's slug) and one per
 * skill among the FEED_SKILL_COUNT most common.
 */
export function atomFeeds(index: IdeaIndex, links: SiteLinks): SiteFile[] {
  const byProject = new Map<string, Idea[]>();
  for (const idea of index.ideas) {
    const slug = projectPageSlug(idea);
    const ideas = byProject.get(slug) ?? [];
    ideas.push(idea);
    byProject.set(slug, ideas);
  }
  const skillFeeds = new Map<string, string>();
  for (const skill of feedSkills(index.facets.skills)) {
    const slug = skillFeedSlug(skill);
    const other = skillFeeds.get(slug);
    if (other !== undefined)
      throw new FeedError(`feeds: skills "${other}" and "${skill}" would share feeds/skills/${slug}.xml; spell one differently in src/model/feeds.ts`);
    skillFeeds.set(slug, skill);
  }
  return [
    atomFeed(
      {
        path: feedPath('ideas'),
        title: 'Mentorship Ideas: all ideas',
        subtitle: 'The LFX Mentorship and Google Summer of Code ideas of the CNCF, newest terms first.',
        page: links.root,
        ideas: index.ideas,
      },
      index,
      links,
    ),
    ...[...byProject].map(([slug, ideas]) =>
      atomFeed(
        {
          path: feedPath('project', slug),
          title: `Mentorship Ideas: ${ideas[0]!.project}`,
          subtitle: `LFX Mentorship and Google Summer of Code ideas for ${ideas[0]!.project}, newest first.`,
          page: links.project(slug),
          ideas,
        },
        index,
        links,
      ),
    ),
    ...[...skillFeeds].map(([slug, skill]) =>
      atomFeed(
        {
          path: feedPath('skill', slug),
          title: `Mentorship Ideas: ${skill}`,
          subtitle: `CNCF mentorship ideas that ask for ${skill}, newest first.`,
          page: links.skillSearch(skill),
          ideas: index.ideas.filter((i) => i.skills.includes(skill)),
        },
        index,
        links,
      ),
    ),
  ];
}
