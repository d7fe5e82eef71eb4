import * as v from 'valibot';
import { type IdeaIndex, SCHEMA_VERSION } from './idea-index.ts';

const Rich = v.object({ markdown: v.string(), text: v.string(), html: v.string() });
const Timeline = v.object({
  proposalsOpen: v.optional(v.string()),
  applicationsOpen: v.optional(v.string()),
  applicationsClose: v.optional(v.string()),
  start: v.optional(v.string()),
  end: v.optional(v.string()),
});
const Term = v.object({ key: v.string(), program: v.string(), year: v.number(), label: v.string(), order: v.number(), timeline: v.optional(Timeline) });
const Idea = v.object({
  id: v.string(),
  title: v.string(),
  project: v.string(),
  group: v.optional(v.string()),
  program: v.string(),
  year: v.number(),
  term: v.string(),
  termKey: v.string(),
  termOrder: v.number(),
  status: v.picklist(['proposed', 'accepted']),
  skills: v.array(v.string()),
  skillsText: v.string(),
  mentors: v.array(v.object({ name: v.optional(v.string()), github: v.optional(v.string()), role: v.optional(v.picklist(['primary', 'co-mentor'])) })),
  issues: v.array(v.string()),
  description: Rich,
  source: v.object({ file: v.string(), line: v.number() }),
});

export type IndexCheck = { ok: true; index: IdeaIndex } | { ok: false; message: string };

/**
 * Accepts only an index this app understands: the right schemaVersion and the fields it reads.
 * Checks structure, not every optional field, to stay cheap on thousands of ideas.
 */
export function checkIndex(json: unknown): IndexCheck {
  if (typeof json !== 'object' || json === null) return { ok: false, message: 'The idea index is not a JSON object.' };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      message: `The idea index has schema version ${JSON.stringify(version ?? null)}; this app reads version ${SCHEMA_VERSION}. Rebuild the index with the matching app version.`,
    };
  }
  const shape = v.safeParse(
    v.object({
      ideas: v.array(Idea),
      terms: v.array(Term),
      redirects: v.record(v.string(), v.string()),
      upstream: v.object({ repository: v.string(), ref: v.string(), root: v.string() }),
    }),
    json,
  );
  if (!shape.success) {
    const issue = shape.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, message: `The idea index is malformed${where ? ` at ${where}` : ''}: ${issue.message}` };
  }
  return { ok: true, index: json as IdeaIndex };
}
