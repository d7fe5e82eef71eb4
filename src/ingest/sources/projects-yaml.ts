import { parse } from 'yaml';
import { isProjectMaturity, type ProjectInfo } from '../../model/idea-index.ts';

/**
 * The CNCF projects of `automation/projects.yml` (synced by upstream from the CNCF landscape).
 * Entries without a name, slug or known maturity are reported by line-less message and skipped.
 */
export function readProjectsYaml(text: string): { projects: ProjectInfo[]; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { projects: [], problems: [`not valid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (!Array.isArray(data)) return { projects: [], problems: ['expected a list of projects'] };
  const projects: ProjectInfo[] = [];
  data.forEach((entry: Record<string, unknown>, n) => {
    const name = typeof entry?.name === 'string' ? entry.name.trim() : '';
    const slug = typeof entry?.slug === 'string' ? entry.slug.trim() : '';
    const maturity: unknown = entry?.maturity;
    if (!name || !slug || !isProjectMaturity(maturity)) {
      problems.push(`entry ${n + 1} (${name || 'no name'}) lacks a name, slug or known maturity; skipped`);
      return;
    }
    const url = (value: unknown) => (typeof value === 'string' && /^https?:\/\//.test(value) ? value : undefined);
    const homepage = url(entry.homepage);
    const repo = url(entry.repo_url);
    projects.push({ name, slug, maturity, ...(homepage ? { homepage } : {}), ...(repo ? { repo } : {}) });
  });
  return { projects, problems };
}
