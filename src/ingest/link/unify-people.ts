import { mentorKey } from '../../model/mentor-key.ts';
import type { Idea, Mentor } from '../../model/idea-index.ts';
import { type MentorMention, withoutHonorific } from '../normalise/mentors.ts';
import handleAliasData from '../vocab/mentor-handle-aliases.json' with { type: 'json' };

const handleAliases = new Map(Object.entries(handleAliasData.aliases).map(([typo, handle]) => [typo.toLowerCase(), handle]));
/** A handle as its owner spells it, when a list misspelt it (vocab/mentor-handle-aliases.json). */
const ownHandle = (handle: string) => handleAliases.get(handle.toLowerCase()) ?? handle;
const nameAliases = new Map(Object.entries(handleAliasData.names).map(([written, name]) => [written.toLowerCase(), name]));
/** A name as written beside the person's handle, when a list wrote it otherwise without one (same file). */
const ownName = (name: string) => nameAliases.get(name.toLowerCase()) ?? name;

/**
 * One person, one mentor across the index. The GitHub handle, compared case-insensitively, is the
 * person; a mention without a handle joins the person with the same name when exactly one handle
 * carries that name; the same name with two different handles stays two people.
 *
 * A handle written for a name that the corpus elsewhere links to Twitter/X for that same name
 * (`Lee Calcote ([@lcalcote](https://twitter.com/lcalcote))`, then `Lee Calcote (@lcalcote)`) is
 * that person's Twitter handle, not a GitHub one, when another GitHub handle carries the name: the
 * mention keeps the name alone, and so joins that handle.
 *
 * Each person is shown with the handle spelling written most often and one name, chosen among the
 * names written with the handle (a name equal to the handle is none): honorifics dropped ("Dr.
 * Stefan Schimanski" → "Stefan Schimanski"); a name written all in lower or all in upper case
 * loses to the same words properly capitalised, however often it is written ("wang yang" twice →
 * "Yang Wang" once; another name, or one only ever written in one case, stays as written); a
 * name that another one extends loses to it ("Kuldeep" → "Kuldeep Singh", "Goutham V" or
 * "Goutham V." → "Goutham Veeramachaneni", "Aditya Sirish" → "Aditya Sirish A Yelgundhalli");
 * then the name written most often; then the one seen first. Every idea shows that one name, so a person reads the same on
 * every card, in the Mentors facet and on their /mentors/<slug> page.
 */
export function unifyMentors<T extends Pick<Idea, 'mentors'>>(ideas: T[]): T[] {
  const mentions = ideas.flatMap((i) => i.mentors as MentorMention[]);
  const nameKey = (name: string) => withoutHonorific(name).toLowerCase();
  const add = (table: Map<string, Set<string>>, key: string, value: string) => table.set(key, (table.get(key) ?? new Set<string>()).add(value));

  const twitterByName = new Map<string, Set<string>>();
  const writtenHandlesByName = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.name) continue;
    if (m.twitter) add(twitterByName, nameKey(m.name), m.twitter.toLowerCase());
    if (m.github) add(writtenHandlesByName, nameKey(m.name), m.github.toLowerCase());
  }
  const isTwitterHandle = (m: MentorMention) => {
    if (!m.github || !m.name) return false;
    const handle = m.github.toLowerCase();
    const key = nameKey(m.name);
    return !!twitterByName.get(key)?.has(handle) && [...(writtenHandlesByName.get(key) ?? [])].some((h) => h !== handle);
  };
  /** The mention as a plain mentor: no Twitter handle, and no GitHub handle that is one. */
  const plain = (m: MentorMention): Mentor => {
    const name = m.name ? ownName(withoutHonorific(m.name)) : undefined;
    const github = isTwitterHandle(m) ? undefined : m.github && ownHandle(m.github);
    return { ...(name ? { name } : {}), ...(github ? { github } : {}), ...(m.role ? { role: m.role } : {}) };
  };

  const namesByHandle = new Map<string, Map<string, number>>();
  const spellings = new Map<string, Map<string, number>>();
  const handlesByName = new Map<string, Set<string>>();
  const tally = (table: Map<string, Map<string, number>>, key: string, value: string) => {
    const counts = table.get(key) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    table.set(key, counts);
  };
  for (const mentor of mentions.map(plain)) {
    if (!mentor.github) continue;
    const handle = mentor.github.toLowerCase();
    tally(spellings, handle, mentor.github);
    if (mentor.name && mentor.name.toLowerCase() !== handle) {
      tally(namesByHandle, handle, mentor.name);
      add(handlesByName, mentor.name.toLowerCase(), handle);
    }
  }

  const resolve = (mention: MentorMention): Mentor => {
    const mentor = plain(mention);
    let handle = mentor.github?.toLowerCase();
    if (!handle && mentor.name) {
      const candidates = handlesByName.get(mentor.name.toLowerCase());
      if (candidates?.size === 1) handle = [...candidates][0];
    }
    if (!handle) return mentor;
    const name = preferredName(namesByHandle.get(handle)) ?? mentor.name;
    return { ...(name ? { name } : {}), github: mostCommon(spellings.get(handle))!, ...(mentor.role ? { role: mentor.role } : {}) };
  };

  return ideas.map((idea) => {
    const seen = new Set<string>();
    const mentors: Mentor[] = [];
    for (const mentor of (idea.mentors as MentorMention[]).map(resolve)) {
      const key = mentorKey(mentor);
      if (seen.has(key)) continue;
      seen.add(key);
      mentors.push(mentor);
    }
    return { ...idea, mentors };
  });
}

/** Stable sort: ties go to the value seen first. */
function mostCommon(counts: Map<string, number> | undefined): string | undefined {
  return counts ? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
}

/**
 * The name shown for one handle (see unifyMentors): a name in one case drops out when the same
 * words are also written properly capitalised, in any order; then the fullest, else the most
 * common. Another name of the person written in one case still competes: it is not a worse
 * spelling of the capitalised one ("william wang" and "Leibo Wang" are both his names).
 */
function preferredName(counts: Map<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  const capitalisedWords = new Set([...counts.keys()].filter((name) => !isOneCase(name)).map(sortedWords));
  const candidates = [...counts].filter(([name]) => !(isOneCase(name) && capitalisedWords.has(sortedWords(name))));
  const names = candidates.map(([name]) => name);
  const fullest = new Map(candidates.filter(([name]) => !names.some((other) => isFullerForm(other, name))));
  return mostCommon(fullest);
}

/** The words of a name, lower case, in order: "Yang Wang" and "wang yang" give the same. */
const sortedWords = (name: string) => name.toLowerCase().split(/\s+/).sort().join(' ');

/** "wang yang", "JANE DOE": letters all in one case. A name in a script without case ("王洋") is not. */
function isOneCase(name: string): boolean {
  const lower = name.toLowerCase();
  const upper = name.toUpperCase();
  return lower !== upper && (name === lower || name === upper);
}

/**
 * Whether `longer` is a fuller form of `shorter`: the same first words and more of them ("Kuldeep
 * Singh" of "Kuldeep"), or the same words with an initial completed ("Goutham Veeramachaneni" of
 * "Goutham V" or "Goutham V.").
 */
function isFullerForm(longer: string, shorter: string): boolean {
  const words = (name: string) => name.toLowerCase().replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  const long = words(longer);
  const short = words(shorter);
  if (short.length === 0 || short.length > long.length) return false;
  const last = short.length - 1;
  if (!short.slice(0, last).every((word, i) => word === long[i])) return false;
  if (short.length < long.length) return short[last] === long[last];
  return short[last]!.length === 1 && long[last]!.length > 1 && long[last]!.startsWith(short[last]!);
}
