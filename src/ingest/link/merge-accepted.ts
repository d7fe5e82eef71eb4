import type { Diagnostic } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import type { IdeaRecord } from '../normalise/idea-record.ts';
import { slugify } from './ids.ts';

const termFolder = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
const titleKey = (title: string) => slugify(title);

/**
 * A term lists the same idea in `project_ideas.md` and again in `README.md` /
 * `selected_projects.md` once accepted. Such pairs become one idea, marked accepted; accepted ideas
 * with no proposal in the same folder stay as they are.
 */
export function mergeAccepted(records: IdeaRecord[], diagnostics: Diagnostic[]): IdeaRecord[] {
  const proposals = new Map<string, IdeaRecord[]>();
  for (const record of records) {
    if (record.status !== 'proposed') continue;
    const key = termFolder(record.source.file) + titleKey(record.title);
    proposals.set(key, [...(proposals.get(key) ?? []), record]);
  }
  const listedAsAccepted = new Set(records.filter((r) => r.status === 'accepted'));
  const merged: IdeaRecord[] = [];
  for (const record of records) {
    if (!listedAsAccepted.has(record)) {
      merged.push(record);
      continue;
    }
    const candidates = proposals.get(termFolder(record.source.file) + titleKey(record.title)) ?? [];
    const proposal = candidates.find((c) => slugify(c.project) === slugify(record.project)) ?? candidates[0];
    if (!proposal) {
      merged.push(record);
      continue;
    }
    if (proposal.acceptedSource) {
      diagnostics.push(warning('duplicate-accepted', record.source.file, record.source.line, `"${record.title}" is listed as accepted twice; kept once`));
      continue;
    }
    proposal.status = 'accepted';
    proposal.acceptedSource = record.source;
    if (!proposal.lfxUrl && record.lfxUrl) proposal.lfxUrl = record.lfxUrl;
  }
  return merged;
}
