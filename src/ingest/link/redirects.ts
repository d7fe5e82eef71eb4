import type { Diagnostic, Idea } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import { slugify } from '../../model/idea-id.ts';

/** An id that an earlier build published, with what is needed to find its idea again. */
export interface PublishedId {
  id: string;
  termKey: string;
  title: string;
  file: string;
  line: number;
}

/**
 * Ids ever published keep resolving: each published id that no idea carries now points to the
 * idea of the same term and title (ids change when a project name is corrected), else to the idea
 * at the same source line. One that matches nothing is reported, never silently dropped.
 */
export function redirectsFor(published: PublishedId[], ideas: Idea[], diagnostics: Diagnostic[]): Record<string, string> {
  const current = new Set(ideas.map((i) => i.id));
  const byTitle = new Map<string, Idea[]>();
  for (const idea of ideas) {
    const key = `${idea.termKey}|${slugify(idea.title)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), idea]);
  }
  // An accepted row that summed up several proposals is the accepted source of each: its old id
  // leads to the first of them.
  const bySource = new Map<string, Idea>();
  for (const idea of ideas)
    for (const at of [idea.source, idea.acceptedSource]) {
      const key = at && `${at.file}:${at.line}`;
      if (key && !bySource.has(key)) bySource.set(key, idea);
    }
  const redirects: Record<string, string> = {};
  for (const old of published) {
    if (current.has(old.id) || redirects[old.id]) continue;
    const sameTitle = byTitle.get(`${old.termKey}|${slugify(old.title)}`) ?? [];
    const target = sameTitle.length === 1 ? sameTitle[0] : bySource.get(`${old.file}:${old.line}`);
    if (target) redirects[old.id] = target.id;
    else
      diagnostics.push(
        warning('lost-id', old.file, old.line, `published id "${old.id}" ("${old.title}") matches no idea any more; links to it will show "not found"`),
      );
  }
  return redirects;
}

/** The published list after this build: every id published before, plus today's. */
export function withCurrentIds(published: PublishedId[], ideas: Idea[]): PublishedId[] {
  const known = new Set(published.map((p) => p.id));
  const added = ideas.filter((i) => !known.has(i.id)).map((i) => ({ id: i.id, termKey: i.termKey, title: i.title, file: i.source.file, line: i.source.line }));
  return [...published, ...added].sort((a, b) => a.id.localeCompare(b.id));
}
