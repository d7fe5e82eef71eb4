import type { ProjectInfo, ProjectMaturity } from '../../model/idea-index.ts';
import aliasData from '../vocab/project-aliases.json' with { type: 'json' };

interface AliasData {
  aliases: Record<string, string[]>;
  subprojects: Record<string, { project: string; group: string }>;
  outsideLandscape: Record<string, string[]>;
  ownProjects: Record<string, string[]>;
}
const data = aliasData as unknown as AliasData;

export interface CanonicalProject {
  project: string;
  /** The sub-project, when the written name is part of a CNCF project. */
  group?: string;
  slug?: string;
  maturity?: ProjectMaturity;
}

/** `Kubearmor`, `kube-burner` and `KubeArmor` compare equal. */
export const projectKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');
const key = projectKey;

/**
 * Resolves written project names to the CNCF landscape's: the landscape name itself (any case or
 * punctuation), an alias from `vocab/project-aliases.json`, or a sub-project (which keeps its
 * name as group). Names it cannot resolve are returned as written, `known: false`.
 */
export function projectResolver(catalogue: ProjectInfo[]) {
  const byKey = new Map(catalogue.map((p) => [key(p.name), p]));
  for (const [canonical, spellings] of Object.entries(data.aliases)) {
    const project = byKey.get(key(canonical));
    if (project) for (const spelling of spellings) byKey.set(key(spelling), project);
  }
  const subprojects = new Map(Object.entries(data.subprojects).map(([written, target]) => [key(written), target]));
  const outside = new Map(Object.entries(data.outsideLandscape).flatMap(([name, spellings]) => [name, ...spellings].map((s) => [key(s), name] as const)));

  return (written: string): CanonicalProject & { known: boolean; outsideLandscape?: boolean } => {
    const direct = byKey.get(key(written));
    if (direct) return { project: direct.name, slug: direct.slug, maturity: direct.maturity, known: true };
    const sub = subprojects.get(key(written));
    const parent = sub && byKey.get(key(sub.project));
    if (sub && parent) return { project: parent.name, group: sub.group, slug: parent.slug, maturity: parent.maturity, known: true };
    const listed = outside.get(key(written));
    return listed ? { project: listed, known: false, outsideLandscape: true } : { project: written, known: false };
  };
}

const ownProjects = new Map(Object.entries(data.ownProjects).map(([name, parents]) => [key(name), new Set(parents.map(key))]));

/**
 * A group that is a landscape project of its own (`ownProjects`) becomes the idea's project, and
 * the groups under it its group: Kubernetes › Headlamp › Plugins is Headlamp › Plugins.
 */
export function groupAsProject<T extends { project: string; group?: string }>(record: T): T {
  const [first, ...rest] = record.group?.split(' › ') ?? [];
  if (!first || !ownProjects.get(key(first))?.has(key(record.project))) return record;
  const updated: T = { ...record, project: first };
  if (rest.length > 0) updated.group = rest.join(' › ');
  else delete updated.group;
  return updated;
}

/** Every alias target, sub-project parent and own project must be a landscape project; returns those that are not. */
export function unresolvedAliases(catalogue: ProjectInfo[]): string[] {
  const names = new Set(catalogue.map((p) => key(p.name)));
  return [...new Set([...Object.keys(data.aliases), ...Object.values(data.subprojects).map((s) => s.project), ...Object.keys(data.ownProjects)])].filter(
    (n) => !names.has(key(n)),
  );
}
