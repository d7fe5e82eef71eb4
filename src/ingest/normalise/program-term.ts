/** Program and term of a file, from its path in cncf/mentoring's `programs/` layout. */
export interface ProgramTerm {
  program: string;
  year: number;
  term: string;
  termOrder: number;
  /** Short form used in ids: `lfx-2021-1`, `gsoc-2022`. */
  slug: string;
  known: boolean;
}

const SEASONS: Record<string, number> = { spring: 1, q1: 1, mar: 1, summer: 2, q2: 2, jun: 2, fall: 3, autumn: 3, sept: 3, sep: 3, q3: 3, q4: 4 };

export function programTermOf(relativePath: string): ProgramTerm {
  const parts = relativePath.split('/');
  const lfx = parts.findIndex((p) => /^lfx[-_]?mentorship$|^community[-_]?bridge$/i.test(p));
  if (lfx >= 0) {
    const year = Number(parts[lfx + 1]);
    const folder = parts[lfx + 2] && parts[lfx + 3] ? parts[lfx + 2] : undefined;
    if (Number.isInteger(year) && year > 2000) return lfxTerm(year, folder);
  }
  const gsoc = parts.findIndex((p) => /^(summer-?of-?code|gsoc)$/i.test(p));
  if (gsoc >= 0) {
    const year = Number(/^(\d{4})/.exec(parts[gsoc + 1] ?? '')?.[1]);
    if (year > 2000) {
      return { program: 'Google Summer of Code', year, term: `GSoC ${year}`, termOrder: year * 10 + 2, slug: `gsoc-${year}`, known: true };
    }
  }
  const year = Number(/(?:^|\D)(20\d\d)(?:\D|$)/.exec(relativePath)?.[1] ?? 0);
  return { program: 'Unknown program', year, term: year ? `${year}` : 'Unknown term', termOrder: year * 10, slug: `other-${year || 'x'}`, known: false };
}

function lfxTerm(year: number, folder: string | undefined): ProgramTerm {
  const base = { program: 'LFX Mentorship', year, known: true };
  if (!folder) return { ...base, term: `${year}`, termOrder: year * 10, slug: `lfx-${year}` };
  // `01-Spring`, `03-Sept-Nov`, `q3-q4`: a leading number, else the first season word, is the term number.
  const numbered = /^(\d{1,2})[-_ ]*(.*)$/.exec(folder);
  const words = folder.toLowerCase().split(/[^a-z0-9]+/);
  const number = numbered ? Number(numbered[1]) : (words.map((w) => SEASONS[w]).find((n) => n !== undefined) ?? 0);
  if (!number) return { ...base, term: `${year} ${folder}`, termOrder: year * 10, slug: `lfx-${year}-${words.join('-')}` };
  const name = (numbered ? numbered[2]! : folder).replace(/^q/i, 'Q').replace(/-q/i, '-Q').replace(/[-_]+/g, '–')
    // One spelling for a month in every term's name: 2022's folder writes "Sept", the others "Sep".
    .replace(/\bSept\b/g, 'Sep');
  return { ...base, term: `${year} Term ${number}${name ? ` (${name})` : ''}`, termOrder: year * 10 + number, slug: `lfx-${year}-${number}` };
}
