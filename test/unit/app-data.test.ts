import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { appDataFiles } from '../../src/ingest/emit/app-data-files.ts';
import { APP_DATA_VERSION, type CardsPayload, cardsFromPayload, type DetailShard, joinIdea, splitIndex, type TextPayload } from '../../src/model/app-data.ts';
import { ideaSlug } from '../../src/model/idea-id.ts';
import type { Idea, IdeaIndex } from '../../src/model/idea-index.ts';
import { indexFacets } from '../../src/model/index-facets.ts';
import { checkCards, checkShard, checkText } from '../../src/model/validate-app-data.ts';
import { corpusIndex } from './helpers.ts';

/** An idea as the app can have it: everything but the markdown sources, which are not shipped. */
const withoutMarkdown = ({ description, outcome, projectIntro, ...idea }: Idea) => ({
  ...idea,
  description: { text: description.text, html: description.html },
  ...(outcome ? { outcome: { text: outcome.text, html: outcome.html } } : {}),
  ...(projectIntro ? { projectIntro: { text: projectIntro.text, html: projectIntro.html } } : {}),
});

describe('the app data: cards first, text next, details per term (whole default dataset)', () => {
  let index: IdeaIndex;
  let files: Map<string, string>;
  let cards: CardsPayload;
  beforeAll(() => {
    index = corpusIndex();
    files = new Map(appDataFiles(index).map((f) => [f.path, f.content]));
    cards = JSON.parse(files.get('app-data/cards.json')!) as CardsPayload;
  }, 60_000);
  const file = <T>(name: string) => JSON.parse(files.get(`app-data/${name}`)!) as T;

  it('loses nothing: cards, text and detail shards together give back every field of every idea', () => {
    const ideas = cardsFromPayload(cards);
    const text = file<TextPayload>(cards.text);
    const shards = new Map(Object.entries(cards.details).map(([term, name]) => [term, file<DetailShard>(name)]));
    expect(ideas).toHaveLength(index.ideas.length);
    ideas.forEach((card, i) => {
      const detail = shards.get(card.termKey)!.ideas[card.id]!;
      expect(joinIdea(card, text.ideas[i]!, detail)).toEqual(withoutMarkdown(index.ideas[i]!));
    });
    // The index-wide parts too; the facets are computed from the cards.
    const { generatedAt, upstream, terms, projects, redirects } = index;
    expect(cards).toMatchObject({ generatedAt, upstream, terms, projects, redirects });
    expect(indexFacets(ideas)).toEqual(index.facets);
  });

  it('ships no markdown source and no diagnostics, and no e-mail address', () => {
    const all = [...files.values()].join('\n');
    expect(all).not.toContain('"markdown"');
    expect(all).not.toContain('"diagnostics"');
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]*[a-z]{2}\b(?![^<]*>)/i);
  });

  it('keeps the first download small: cards under 120 KB gzip, cards and text under 400 KB', () => {
    const gz = (content: string) => gzipSync(content, { level: 9 }).length / 1024;
    const cardsKb = gz(files.get('app-data/cards.json')!);
    expect(cardsKb).toBeLessThan(120);
    expect(cardsKb + gz(files.get(`app-data/${cards.text}`)!)).toBeLessThan(400);
  });

  it('names the text and shard files by a hash of their content, so one build’s stages always match', () => {
    const changed = appDataFiles({ ...index, ideas: index.ideas.map((idea, i) => (i === 0 ? { ...idea, title: `${idea.title}!` } : idea)) });
    const changedCards = JSON.parse(changed.find((f) => f.path === 'app-data/cards.json')!.content) as CardsPayload;
    expect(changedCards.text).toBe(cards.text);
    const first = index.ideas[0]!.termKey;
    expect(changedCards.details[first]).toBe(cards.details[first]);
    const described = appDataFiles({
      ...index,
      ideas: index.ideas.map((idea, i) => (i === 0 ? { ...idea, description: { ...idea.description, html: '<p>x</p>' } } : idea)),
    });
    const describedCards = JSON.parse(described.find((f) => f.path === 'app-data/cards.json')!.content) as CardsPayload;
    expect(describedCards.details[first]).not.toBe(cards.details[first]);
    expect(Object.keys(cards.details).sort()).toEqual(index.terms.map((t) => t.key).sort());
    for (const name of [cards.text, ...Object.values(cards.details)]) expect(files.has(`app-data/${name}`)).toBe(true);
  });

  it('checks each file and says what is wrong', () => {
    expect(checkCards(cards).ok).toBe(true);
    const other = checkCards({ ...cards, schemaVersion: 99 });
    expect(other.ok ? '' : other.message).toContain(`schema version 99; this app reads version ${APP_DATA_VERSION}`);
    expect(other.ok ? '' : other.message).toContain('Reload the page to get the current version of the site.');
    // Cards kept for offline use from before an update of the site.
    const older = checkCards({ ...cards, schemaVersion: APP_DATA_VERSION - 1 });
    expect(older.ok ? '' : older.message).toContain('It is older than this page: reload the page while online.');
    const broken = checkCards({ ...cards, ideas: [{ id: 1 }] });
    expect(broken.ok ? '' : broken.message).toMatch(/^The idea data is malformed at ideas\.0\.id/);
    const text = file<TextPayload>(cards.text);
    expect(checkText(text, cards).ok).toBe(true);
    const stale = checkText({ ...text, generatedAt: 'yesterday' }, cards);
    expect(stale.ok ? '' : stale.message).toContain('another version of the data');
    const [term, name] = Object.entries(cards.details)[0]!;
    expect(checkShard(file(name), term).ok).toBe(true);
    expect(checkShard(file(name), 'lfx-1999-1').ok).toBe(false);
  });

  it('splits in one pass without the derived fields on the wire', () => {
    const { cards: wire } = splitIndex(index);
    expect(Object.keys(wire.ideas[0]!)).not.toContain('program');
    expect(Object.keys(wire.ideas[0]!)).not.toContain('description');
  });

  it('leaves out the ids made from term, project and title, and keeps any other, so every card gets its own id back', () => {
    // An id is sent exactly when it is not the one made from the card (a duplicate's `-2`, say).
    cards.ideas.forEach((card, i) => {
      const { id, termKey, project, title } = index.ideas[i]!;
      expect(card.id).toBe(id === ideaSlug(termKey, project, title) ? undefined : id);
    });
    const gz = (json: unknown) => gzipSync(JSON.stringify(json), { level: 9 }).length;
    const withIds = { ...cards, ideas: cards.ideas.map((card, i) => ({ id: index.ideas[i]!.id, ...card })) };
    expect(gz(cards) / gz(withIds)).toBeLessThan(0.85);
    // An id given otherwise (a rule changed since it was published, a clash) travels with its card.
    const renamed = { ...index, ideas: index.ideas.map((idea, i) => (i === 1 ? { ...idea, id: `${idea.id}-2` } : idea)) };
    const { cards: wire } = splitIndex(renamed);
    expect(wire.ideas[1]!.id).toBe(`${index.ideas[1]!.id}-2`);
    expect(wire.ideas[0]!.id).toBeUndefined();
    expect(cardsFromPayload(wire).map((card) => card.id)).toEqual(renamed.ideas.map((idea) => idea.id));
  });
});
