import type { Idea, IdeaIndex } from '../src/model/idea-index.ts';

/** Deterministic PRNG (mulberry32), so every run generates the same synthetic index. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'ven', 'tal', 'mi', 'dor', 'sen', 'lu', 'pra', 'gho', 'zet', 'qui', 'bar', 'nix', 'ol'];

/**
 * `count` ideas made from real ones with perturbed words (so tokens differ and the index grows
 * like a real one), spread over more projects, mentors and terms than the originals.
 */
export function syntheticIdeas(base: Idea[], count: number, seed = 42): Idea[] {
  if (base.length === 0) throw new Error('syntheticIdeas needs at least one real idea');
  const random = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const coin = (p: number) => random() < p;
  const variant = (word: string) => (word.length > 3 && /^[a-z]+$/i.test(word) ? `${word}${pick(SYLLABLES)}${pick(SYLLABLES)}` : word);
  const perturb = (text: string, rate: number) => text.replace(/[A-Za-z]{4,}/g, (w) => (coin(rate) ? variant(w) : w));
  const ideas: Idea[] = [];
  for (let i = 0; i < count; i++) {
    const real = base[i % base.length]!;
    const year = 2017 + Math.floor(random() * 10);
    const term = 1 + Math.floor(random() * 3);
    const project = coin(0.7) ? real.project : `${real.project} ${variant(pick(SYLLABLES))}`;
    const text = perturb(real.description.text, 0.15);
    ideas.push({
      ...real,
      id: `${real.id}--s${i}`,
      title: perturb(real.title, 0.3),
      project,
      year,
      term: `${year} Term ${term}`,
      termOrder: year * 10 + term,
      skills: coin(0.2) ? [...real.skills, variant(pick(real.skills.length ? real.skills : ['Go']))] : real.skills,
      mentors: real.mentors.map((m) => (coin(0.5) ? { ...m, github: m.github ? `${m.github}${Math.floor(random() * 50)}` : undefined } : m)),
      description: { markdown: perturb(real.description.markdown, 0.15), text, html: perturb(real.description.html, 0.15) },
    });
  }
  return ideas;
}

export function syntheticIndex(real: IdeaIndex, count: number, seed = 42): IdeaIndex {
  return { ...real, ideas: syntheticIdeas(real.ideas, count, seed) };
}
