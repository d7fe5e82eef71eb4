/** The fields an idea can carry, and every label spelling seen in cncf/mentoring for them. */
export type FieldKey =
  'description' | 'outcome' | 'stretch' | 'skills' | 'technologies' | 'mentors' | 'issues' | 'lfxUrl' | 'size' | 'difficulty' | 'mentee' | 'apply';

const LABELS: Record<string, FieldKey> = {
  description: 'description',
  descrption: 'description',
  'detailed description': 'description',
  'project description': 'description',
  'expected outcome': 'outcome',
  'expected outcomes': 'outcome',
  outcome: 'outcome',
  outcomes: 'outcome',
  deliverables: 'outcome',
  'project deliverables': 'outcome',
  // Written once (CoreDNS, 2020 Q2): "Implementation: The deliverable of this project is …".
  implementation: 'outcome',
  // Optional goals, beyond the outcome: kept apart from it so that they never read as required.
  stretch: 'stretch',
  'stretch goal': 'stretch',
  'stretch goals': 'stretch',
  'extended goal': 'stretch',
  'extended goals': 'stretch',
  bonus: 'stretch',
  'bonus task': 'stretch',
  'bonus tasks': 'stretch',
  'recommended skills': 'skills',
  recommended: 'skills',
  'recommended skill': 'skills',
  'recommend skills': 'skills',
  'required skills': 'skills',
  'required skill': 'skills',
  skills: 'skills',
  skill: 'skills',
  technologies: 'technologies',
  technology: 'technologies',
  mentor: 'mentors',
  metor: 'mentors',
  metors: 'mentors',
  'mentor name': 'mentors',
  'co-mentor': 'mentors',
  'primary mentor': 'mentors',
  'secondary mentor': 'mentors',
  'backup mentor': 'mentors',
  'co-mentors': 'mentors',
  mentors: 'mentors',
  'mentor names': 'mentors',
  'potential mentor': 'mentors',
  'potential mentors': 'mentors',
  'likely mentors': 'mentors',
  'possible mentors': 'mentors',
  'upstream issue': 'issues',
  'upstream issues': 'issues',
  'upstraeam issue': 'issues',
  issue: 'issues',
  issues: 'issues',
  'issue link': 'issues',
  'github issue': 'issues',
  'github issues': 'issues',
  'relevant issue': 'issues',
  'relevant issues': 'issues',
  'related issue': 'issues',
  'related issues': 'issues',
  'task link': 'issues',
  // Written once (Kubernetes, 2021 Term 3): the KEP link, where the upstream issue usually is.
  enhancement: 'issues',
  // Written once (Racklet, 2021 Term 2): the link of the design the idea builds on.
  'request for comments description': 'issues',
  // Written once (Volcano, 2026 Term 1), holding only the link of the issue the idea grew from. An
  // issues field keeps only links: map it to the description if one is ever written as prose.
  background: 'issues',
  'lfx url': 'lfxUrl',
  lfx: 'lfxUrl',
  'lfx mentorship': 'lfxUrl',
  'community bridge project': 'lfxUrl',
  'expected project size': 'size',
  'expected size of the project': 'size',
  'project size': 'size',
  size: 'size',
  difficulty: 'difficulty',
  'difficulty rating': 'difficulty',
  'difficulty level': 'difficulty',
  diffuculty: 'difficulty',
  mentee: 'mentee',
  mentees: 'mentee',
  apply: 'apply',
};

/**
 * `**Mentor(s)**`, `Upstream Issue (Project URL)`, `Mentors(s)`, `-- Issues` (a stray list marker
 * written before the label), `expectedOutcome` (a YAML key), `The expected outcomes` → comparable
 * lower-case words.
 */
export function normalizeLabel(raw: string): string {
  return (
    raw
      .replace(/[*_`]/g, '')
      // camelCase only for a key that starts lower-case ("expectedOutcome", not "GitHub Issue").
      .replace(/^\s*[a-z]+[A-Z]\w*/, (key) => key.replace(/([a-z])([A-Z])/g, '$1 $2'))
      .replace(/^[\s\-–—•+>]+/, '')
      .replace(/\(s\)|\[s\]/gi, 's')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[:\s]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/^the /, '')
      .replace(/ss$/, 's')
  );
}

export function fieldForLabel(raw: string): FieldKey | undefined {
  const key = normalizeLabel(raw);
  return Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
}

/** A short title-like phrase before a colon; URLs and sentences are not labels. */
export function looksLikeLabel(raw: string): boolean {
  const label = raw.replace(/[*_`]/g, '').trim();
  if (!/^[A-Za-z][A-Za-z0-9 ()/&'-]*$/.test(label)) return false;
  // A known label is one however long it is written (`Request For Comments (RFC) Description (URL)`).
  return (label.split(/\s+/).length <= 5 || fieldForLabel(label) !== undefined) && !/^https?$/i.test(label);
}

/** A full-width colon (`Issue：`) is a colon too. */
const LABEL_PREFIX = /^\s*[*_]*\s*([^:：\n]{1,60}?)\s*[*_]*\s*[:：](?!\/\/)/;

/** The label at the start of a line of text, with how many characters it spans. */
export function leadingLabel(text: string): { label: string; length: number } | undefined {
  const match = LABEL_PREFIX.exec(text);
  if (!match?.[1]) return undefined;
  return { label: match[1].replace(/[*_]+$/g, '').trim(), length: match[0].length };
}

/**
 * A known label written alone, without its colon (`- Mentors` above a nested list, or a line
 * `Upstream issues` above a list): the whole text is the label.
 */
export function bareLabel(text: string): string | undefined {
  const label = text
    .replace(/[*_]/g, '')
    .replace(/[:：]\s*$/, '')
    .trim();
  return label.length <= 40 && fieldForLabel(label) ? label : undefined;
}
