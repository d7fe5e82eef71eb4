import * as v from 'valibot';
import { APP_DATA_VERSION, type CardsPayload, type DetailShard, type TextPayload } from './app-data.ts';

/**
 * Checks of the app's three data files (see app-data.ts): the structure and the fields the app
 * reads, not every optional field, to stay cheap on thousands of ideas. Each returns a message
 * for the user rather than throwing.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const Timeline = v.object({
  proposalsOpen: v.optional(v.string()),
  applicationsOpen: v.optional(v.string()),
  applicationsClose: v.optional(v.string()),
  start: v.optional(v.string()),
  end: v.optional(v.string()),
});
const Term = v.object({ key: v.string(), program: v.string(), year: v.number(), label: v.string(), order: v.number(), timeline: v.optional(Timeline) });
const Card = v.object({
  id: v.optional(v.string()),
  title: v.string(),
  project: v.string(),
  group: v.optional(v.string()),
  termKey: v.string(),
  status: v.picklist(['proposed', 'accepted']),
  skills: v.array(v.string()),
  mentors: v.array(v.object({ name: v.optional(v.string()), github: v.optional(v.string()), role: v.optional(v.picklist(['primary', 'co-mentor'])) })),
});
const Cards = v.object({
  ideas: v.array(Card),
  terms: v.array(Term),
  projects: v.array(v.object({ name: v.string(), slug: v.string(), maturity: v.string() })),
  redirects: v.record(v.string(), v.string()),
  upstream: v.object({ repository: v.string(), ref: v.string(), root: v.string() }),
  generatedAt: v.string(),
  text: v.string(),
  details: v.record(v.string(), v.string()),
});
const Text = v.object({ generatedAt: v.string(), ideas: v.array(v.object({ text: v.string(), skillsText: v.string() })) });
const Shard = v.object({
  generatedAt: v.string(),
  termKey: v.string(),
  ideas: v.record(v.string(), v.object({ descriptionHtml: v.string(), issues: v.array(v.string()), source: v.object({ file: v.string(), line: v.number() }) })),
});

function shaped<T>(schema: v.GenericSchema, json: unknown, what: string): Checked<T> {
  const shape = v.safeParse(schema, json);
  if (shape.success) return { ok: true, value: json as T };
  const issue = shape.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, message: `${what} is malformed${where ? ` at ${where}` : ''}: ${issue.message}` };
}

/** Accepts only cards this app understands: the right schemaVersion and the fields it reads. */
export function checkCards(json: unknown): Checked<CardsPayload> {
  if (typeof json !== 'object' || json === null) return { ok: false, message: 'The idea data is not a JSON object.' };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== APP_DATA_VERSION) {
    return {
      ok: false,
      message: `The idea data has schema version ${JSON.stringify(version ?? null)}; this app reads version ${APP_DATA_VERSION}. ${
        // A copy kept for offline use, from before the site was updated (or a build that mixed versions).
        typeof version === 'number' && version < APP_DATA_VERSION
          ? 'It is older than this page: reload the page while online.'
          : 'Reload the page to get the current version of the site.'
      }`,
    };
  }
  return shaped<CardsPayload>(Cards, json, 'The idea data');
}

/** The text stage, which must come from the same build as the cards it follows. */
export function checkText(json: unknown, cards: Pick<CardsPayload, 'generatedAt' | 'ideas'>): Checked<TextPayload> {
  const checked = shaped<TextPayload>(Text, json, 'The descriptions file');
  if (!checked.ok) return checked;
  if (checked.value.generatedAt !== cards.generatedAt || checked.value.ideas.length !== cards.ideas.length)
    return { ok: false, message: 'The descriptions file belongs to another version of the data. Reload the page.' };
  return checked;
}

export function checkShard(json: unknown, termKey: string): Checked<DetailShard> {
  const checked = shaped<DetailShard>(Shard, json, 'The idea details file');
  if (checked.ok && checked.value.termKey !== termKey) return { ok: false, message: `The idea details file is for ${checked.value.termKey}, not ${termKey}.` };
  return checked;
}
