// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeeds, FEED_MIN_ENTRIES, FeedError, ideaEntryId, termPublished } from '../../src/ingest/emit/atom-feeds.ts';
import { siteLinks } from '../../src/ingest/emit/site-url.ts';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { FEED_SKILL_COUNT, feedPath, feedSkills, skillFeedSlug } from '../../src/model/feeds.ts';
import type { IdeaIndex } from '../../src/model/idea-index.ts';
import { projectPageSlug } from '../../src/model/page-slugs.ts';
import { builtIndexFile, DATA_PROGRAMS } from './helpers.ts';

const SITE = 'https://example.org/mentorship-ideas/';
const links = siteLinks(SITE);
/** Three 2021 LFX terms: several projects, skills and terms with timelines. */
const index2021 = () => buildIndex(readSources([path.join(DATA_PROGRAMS, 'lfx-mentorship/2021')]), { generatedAt: 'test' }).index;

/** Checks that the XML is well-formed (the feed parser forgives errors that some readers do not). */
function expectWellFormed(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
}

/** Parses strictly and then as a feed reader would. */
function readFeed(xml: string, { strict = true } = {}) {
  if (strict) expectWellFormed(xml);
  return parseFeed(xml);
}

const feedAt = (files: { path: string; content: string }[], p: string) => {
  const file = files.find((f) => f.path === p);
  if (!file) throw new Error(`no feed ${p}; have ${files.map((f) => f.path).join(', ')}`);
  return readFeed(file.content);
};

describe('feed paths', () => {
  it('names the all-ideas, project and skill feeds', () => {
    expect(feedPath('ideas')).toBe('feeds/ideas.xml');
    expect(feedPath('project', 'jaeger')).toBe('feeds/projects/jaeger.xml');
    expect(feedPath('skill', skillFeedSlug('Go'))).toBe('feeds/skills/go.xml');
    expect(() => feedPath('project', '../x')).toThrow(/not a slug/);
  });

  it('gives C, C++ and C# their own skill feeds', () => {
    expect(new Set(['C', 'C++', 'C#'].map(skillFeedSlug))).toEqual(new Set(['c', 'c-plus-plus', 'c-sharp']));
    expect(skillFeedSlug('CI/CD')).toBe('ci-cd');
    expect(skillFeedSlug('Node.js')).toBe('node-js');
  });

  it('picks the most common skills in the facet’s order', () => {
    const facet = Array.from({ length: 60 }, (_, i) => ({ value: `s${i}`, count: 100 - i }));
    expect(feedSkills(facet)).toEqual(facet.slice(0, FEED_SKILL_COUNT).map((s) => s.value));
  });
});

describe('Atom feeds', () => {
  const index = index2021();
  const files = atomFeeds(index, links);

  it('has every idea in the all-ideas feed once, newest term first, each linking to its idea page', () => {
    const feed = feedAt(files, 'feeds/ideas.xml');
    expect(feed.self).toBe(`${SITE}feeds/ideas.xml`);
    expect(feed.url).toBe(SITE);
    expect(feed.items.map((i) => i.id).sort()).toEqual(index.ideas.map((i) => ideaEntryId(i.id)).sort());
    const byEntry = new Map(index.ideas.map((i) => [ideaEntryId(i.id), i]));
    const orders = feed.items.map((item) => byEntry.get(item.id!)!.termOrder);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
    expect(new Set(orders).size).toBe(3);
    for (const item of feed.items) expect(item.url).toBe(`${SITE}ideas/${byEntry.get(item.id!)!.id}`);
  });

  it('gives each entry its term, project, skills and mentors', () => {
    const feed = feedAt(files, 'feeds/ideas.xml');
    const ruler = feed.items.find((i) => i.id === 'urn:mentorship-ideas:idea:lfx-2021-1--thanos--stateless-ruler')!;
    const idea = index.ideas.find((i) => i.id === 'lfx-2021-1--thanos--stateless-ruler')!;
    expect(ruler.title).toBe('Thanos: Stateless Ruler');
    expect(ruler.content).toContain('LFX Mentorship 2021 Term 1 (Spring)');
    expect(ruler.content).toContain(`<a href="${SITE}projects/thanos">Thanos</a>`);
    expect(ruler.categories.map((c) => c.term)).toEqual(idea.skills);
    expect(ruler.authors.map((a) => a.name)).toEqual(idea.mentors.map((m) => m.name ?? `@${m.github}`));
    expect(ruler.authors[0]!.url).toBe(`https://github.com/${idea.mentors[0]!.github}`);
    // The term's proposals opened then: dates come from the data, never from the build.
    expect(ruler.updated).toEqual(
      termPublished(
        index.terms.find((t) => t.key === 'lfx-2021-1'),
        2021,
      ),
    );
  });

  it('writes one feed per project page, holding exactly that project’s ideas', () => {
    const slugs = new Set(index.ideas.map(projectPageSlug));
    const projectFeeds = files.filter((f) => f.path.startsWith('feeds/projects/'));
    expect(projectFeeds.map((f) => f.path).sort()).toEqual([...slugs].map((s) => feedPath('project', s)).sort());
    const thanos = feedAt(files, 'feeds/projects/thanos.xml');
    expect(thanos.title).toBe('Mentorship Ideas: Thanos');
    expect(thanos.url).toBe(`${SITE}projects/thanos`);
    expect(thanos.items.map((i) => i.id).sort()).toEqual(
      index.ideas
        .filter((i) => projectPageSlug(i) === 'thanos')
        .map((i) => ideaEntryId(i.id))
        .sort(),
    );
  });

  it('writes one feed per skill among the most common, holding the ideas that ask for it', () => {
    const skills = feedSkills(index.facets.skills);
    expect(files.filter((f) => f.path.startsWith('feeds/skills/'))).toHaveLength(skills.length);
    const go = feedAt(files, 'feeds/skills/go.xml');
    expect(go.url).toBe(`${SITE}?skills=Go`);
    expect(go.items).toHaveLength(index.ideas.filter((i) => i.skills.includes('Go')).length);
    expect(go.items.every((item) => item.categories.some((c) => c.term === 'Go'))).toBe(true);
  });

  it('is the same from build to build, so readers see nothing new when nothing changed', () => {
    const again = atomFeeds({ ...index2021(), generatedAt: '2099-01-01T00:00:00.000Z' }, links);
    expect(again).toEqual(files);
  });

  it('stays well-formed with markup and CDATA ends in the data', () => {
    const hostile: IdeaIndex = structuredClone(index);
    const idea = hostile.ideas[0]!;
    idea.title = 'Break ]]> out <script>alert(1)</script> & "more" ]]>';
    idea.description.text = 'x ]]> y ]]> z <b>';
    idea.skills = ['C<3', 'Go & Rust'];
    idea.mentors = [{ name: 'Ann <ann@x> & Co', github: 'ann' }];
    const xml = atomFeeds(hostile, links).find((f) => f.path === 'feeds/ideas.xml')!.content;
    const feed = readFeed(xml);
    const item = feed.items.find((i) => i.id === ideaEntryId(idea.id))!;
    expect(item.title).toBe(`${idea.project}: ${idea.title}`);
    // The content is HTML: the description's text is escaped in it, never markup.
    expect(xml).toContain('<p>x ]]&gt; y ]]&gt; z &lt;b&gt;</p>');
    expect(xml).not.toContain('<script>');
    expect(item.categories.map((c) => c.term)).toEqual(['Go & Rust']);
    expect(item.authors[0]!.name).toBe('Ann <ann@x> & Co');
  });

  it('refuses two top skills that would share a feed file', () => {
    const clash: IdeaIndex = {
      ...index,
      facets: {
        ...index.facets,
        skills: [
          { value: 'C++', count: 9 },
          { value: 'C plus plus', count: 8 },
        ],
      },
    };
    expect(() => atomFeeds(clash, links)).toThrow(FeedError);
    expect(() => atomFeeds(clash, links)).toThrow('skills "C++" and "C plus plus" would share feeds/skills/c-plus-plus.xml');
  });
});

describe('the default dataset’s feeds', () => {
  it('has the all-ideas feed (its newest terms), a feed per project and one for each of the 50 most common skills, all readable', async () => {
    const index = JSON.parse(readFileSync(builtIndexFile(), 'utf8')) as IdeaIndex;
    const files = atomFeeds(index, links);
    const projects = new Set(index.ideas.map(projectPageSlug));
    expect(files).toHaveLength(1 + projects.size + FEED_SKILL_COUNT);
    for (const skill of ['Go', 'Kubernetes', 'C++', 'C']) expect(files.some((f) => f.path === feedPath('skill', skillFeedSlug(skill)))).toBe(true);
    // The newest terms only, whole, until there are at least FEED_MIN_ENTRIES: not megabytes of past years.
    const all = feedAt(files, 'feeds/ideas.xml');
    const byEntry = new Map(index.ideas.map((i) => [ideaEntryId(i.id), i]));
    const terms = new Set(all.items.map((item) => byEntry.get(item.id!)!.termKey));
    expect(all.items).toHaveLength(index.ideas.filter((i) => terms.has(i.termKey)).length);
    expect(all.items.length).toBeGreaterThanOrEqual(FEED_MIN_ENTRIES);
    expect(all.items.length).toBeLessThan(index.ideas.length / 3);
    const newest = Math.max(...index.ideas.map((i) => i.termOrder));
    expect(index.ideas.filter((i) => i.termOrder === newest).every((i) => terms.has(i.termKey))).toBe(true);
    // Without its oldest term, the feed would hold fewer than FEED_MIN_ENTRIES.
    const oldest = Math.min(...[...terms].map((key) => index.ideas.find((i) => i.termKey === key)!.termOrder));
    expect(all.items.filter((item) => byEntry.get(item.id!)!.termOrder !== oldest).length).toBeLessThan(FEED_MIN_ENTRIES);
    const go = feedAt(files, 'feeds/skills/go.xml');
    expect(go.items.length).toBeGreaterThanOrEqual(FEED_MIN_ENTRIES);
    expect(go.items.length).toBeLessThan(index.ideas.filter((i) => i.skills.includes('Go')).length);
    // The others are made by the same code from fewer ideas; checking their XML strictly too takes long.
    for (const file of files) expect(readFeed(file.content, { strict: false }).items.length).toBeGreaterThan(0);
  }, 60_000);
});
