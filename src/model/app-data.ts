/**
 * What the app downloads, in three stages, made by the build from the whole index
 * (`ideas-index.json`, which stays the public data file):
 *
 * 1. `app-data/cards.json`: what the first screen needs (result cards, terms, projects, redirects).
 *    What the app can derive is left out: program, year and term label (from `terms`), project slug
 *    and maturity (from `projects`), the id when it is the one made from term, project and title
 *    (every id of the default dataset; almost a quarter of the file, gzipped), restored by `cardsFromPayload`, and the facets
 *    (indexFacets).
 * 2. `app-data/text.<hash>.json`: the searchable text (description, skills as written), by idea
 *    position, fetched in the background; the worker builds the full-text index from it.
 * 3. `app-data/details/<term>.<hash>.json`: one shard per term with what only an idea page shows
 *    (rendered description and outcome, issues, links, source line), fetched when one opens.
 *
 * Text and shard names carry a hash of their content and the cards name them, so stages of one
 * build always match and never need revalidating. Markdown sources are not shipped: the app does
 * not use them (they stay in `ideas-index.json`). Types and pure functions only (build and app).
 */
import type { Idea, IdeaCard, IdeaDetailKey, IdeaIndex, IndexFacets, ProjectInfo, Term } from './idea-index.ts';
import { ideaSlug, projectSlugOf } from './idea-id.ts';
import { indexFacets } from './index-facets.ts';

export type { IdeaCard };

/**
 * Bump on any change an older app could misread; the app refuses other versions. Never the whole
 * index's SCHEMA_VERSION (2), so that the index served in place of the cards is refused by version.
 * 3: ids made from term, project and title are left out.
 */
export const APP_DATA_VERSION = 3;

/** Folder of the app's data files, relative to the site's base path. */
export const APP_DATA_DIR = 'app-data';
export const CARDS_PATH = `${APP_DATA_DIR}/cards.json`;

/** Filled in from `terms` and `projects` when the cards are read. */
type DerivedKey = 'program' | 'year' | 'term' | 'termOrder' | 'projectSlug' | 'projectMaturity';
/** In the detail shards (the unit test of the split checks that every field lands somewhere). */
export const DETAIL_KEYS = [
  'outcome',
  'projectIntro',
  'issues',
  'lfxUrl',
  'proposalUrl',
  'technologies',
  'extra',
  'acceptedSource',
  'source',
] as const satisfies readonly IdeaDetailKey[];
type DetailKey = (typeof DETAIL_KEYS)[number];
/** Detail fields sent rendered only (their markdown stays in the index). */
const RICH_DETAIL_KEYS = ['outcome', 'projectIntro'] as const satisfies readonly DetailKey[];
type RichDetailKey = (typeof RICH_DETAIL_KEYS)[number];
const isRichDetailKey = (key: DetailKey): key is RichDetailKey => (RICH_DETAIL_KEYS as readonly DetailKey[]).includes(key);

/** A card as sent: `id` only when it is not the one made from term, project and title (`ideaSlug`). */
export type WireCard = Omit<IdeaCard, DerivedKey | 'id'> & { id?: string };

/** Searchable text of one idea (stage 2). */
export interface IdeaText {
  /** Plain text of the description. */
  text: string;
  skillsText: string;
}

/** What an idea page shows beyond its card (stage 3). */
export type IdeaDetail = Pick<Idea, Exclude<DetailKey, RichDetailKey>> & {
  descriptionHtml: string;
  /** Also in the text stage (searched there); the page shows it as written. */
  skillsText: string;
} & Partial<Record<RichDetailKey, { text: string; html: string }>>;

export interface CardsPayload extends Omit<IdeaIndex, 'ideas' | 'diagnostics' | 'schemaVersion' | 'facets'> {
  /** Version of this format (not the index's): see APP_DATA_VERSION. */
  schemaVersion: typeof APP_DATA_VERSION;
  ideas: WireCard[];
  /** File of the text stage, relative to the app-data folder. */
  text: string;
  /** Detail shard of each term, relative to the app-data folder. */
  details: Record<string, string>;
}

export interface TextPayload {
  /** The cards' `generatedAt`: both come from one build. */
  generatedAt: string;
  /** In the order of the cards. */
  ideas: IdeaText[];
}

export interface DetailShard {
  generatedAt: string;
  termKey: string;
  ideas: Record<string, IdeaDetail>;
}

/** The three stages' contents; file names are given by the caller (the build hashes them). */
export interface AppData {
  cards: Omit<CardsPayload, 'text' | 'details'>;
  text: TextPayload;
  shards: DetailShard[];
}

const omit = <T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> => {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
};

const DERIVED: readonly DerivedKey[] = ['program', 'year', 'term', 'termOrder', 'projectSlug', 'projectMaturity'];

const madeId = (card: Pick<IdeaCard, 'termKey' | 'project' | 'title'>) => ideaSlug(card.termKey, card.project, card.title);

function toWire(idea: Idea): WireCard {
  const { id, ...card } = omit(idea, [...DERIVED, 'description', 'skillsText', ...DETAIL_KEYS]);
  return id === madeId(idea) ? card : { id, ...card };
}

export function splitIndex(index: IdeaIndex): AppData {
  const { ideas, upstream, terms, projects, redirects, generatedAt } = index;
  const meta = { generatedAt, upstream, terms, projects, redirects };
  const shards = new Map<string, DetailShard>();
  for (const idea of ideas) {
    let shard = shards.get(idea.termKey);
    if (!shard) shards.set(idea.termKey, (shard = { generatedAt: index.generatedAt, termKey: idea.termKey, ideas: {} }));
    shard.ideas[idea.id] = {
      ...Object.fromEntries(
        DETAIL_KEYS.flatMap((k): [string, unknown][] => {
          if (idea[k] === undefined) return [];
          if (!isRichDetailKey(k)) return [[k, idea[k]]];
          const { text, html } = idea[k]!;
          return [[k, { text, html }]];
        }),
      ),
      descriptionHtml: idea.description.html,
      skillsText: idea.skillsText,
    } as IdeaDetail;
  }
  return {
    cards: { ...meta, schemaVersion: APP_DATA_VERSION, ideas: ideas.map(toWire) },
    text: { generatedAt: index.generatedAt, ideas: ideas.map((idea) => ({ text: idea.description.text, skillsText: idea.skillsText })) },
    shards: [...shards.values()],
  };
}

/** Restores the derived fields of each card. An idea whose term is not in `terms` is an error the caller reports. */
export function cardsFromPayload(payload: Pick<CardsPayload, 'ideas' | 'terms' | 'projects'>): IdeaCard[] {
  const terms = new Map<string, Term>(payload.terms.map((t) => [t.key, t]));
  const projects = new Map<string, ProjectInfo>(payload.projects.map((p) => [p.name, p]));
  // Slugified once per project, not once per idea: this runs on the way to the first results.
  const projectSlugs = new Map<string, string>();
  const projectSlug = (project: string) => projectSlugs.get(project) ?? projectSlugs.set(project, projectSlugOf(project)).get(project)!;
  return payload.ideas.map((wire) => {
    const id = wire.id ?? ideaSlug(wire.termKey, wire.project, wire.title, projectSlug(wire.project));
    const term = terms.get(wire.termKey);
    if (!term) throw new Error(`idea ${id} names term ${wire.termKey}, which the data does not list`);
    const project = projects.get(wire.project);
    const card: IdeaCard = { ...wire, id, program: term.program, year: term.year, term: term.label, termOrder: term.order };
    if (project) Object.assign(card, { projectSlug: project.slug, projectMaturity: project.maturity });
    return card;
  });
}

/** The index as the app holds it from the first stage: the cards, index-wide data and facets. */
export interface AppIndex extends Omit<CardsPayload, 'ideas'> {
  ideas: IdeaCard[];
  facets: IndexFacets;
}

/** Reads checked cards into the app's index; throws (for the caller to report) on an unknown term. */
export function appIndexFrom(payload: CardsPayload): AppIndex {
  const ideas = cardsFromPayload(payload);
  return { ...payload, ideas, facets: indexFacets(ideas) };
}

/**
 * An idea again from its three stages, without what is not shipped (markdown sources): the
 * inverse of splitIndex, kept beside it so that the unit test can check the split loses nothing.
 */
export function joinIdea(
  card: IdeaCard,
  text: IdeaText,
  detail: IdeaDetail,
): Omit<Idea, 'description' | RichDetailKey> & {
  description: { text: string; html: string };
} & Partial<Record<RichDetailKey, { text: string; html: string }>> {
  const { descriptionHtml, ...rest } = detail;
  return { ...card, ...rest, skillsText: text.skillsText, description: { text: text.text, html: descriptionHtml } };
}
