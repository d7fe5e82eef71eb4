/**
 * Project size and difficulty as facet values. Upstream writes size as "350h", "Large (~350 hour
 * projects)", "medium", "175 hrs"; GSoC's three sizes are 90, 175 and 350 hours. Written hours win
 * over a size word ("large (~175 hour projects)" is 175 hours); several hours give several values.
 */
const WORD_HOURS: Record<string, number> = { small: 90, medium: 175, large: 350 };

export function sizeHours(text: string | undefined): number[] {
  if (!text) return [];
  const hours = [...text.matchAll(/\b(90|175|350)\s*(?:h\b|hrs?\b|hours?\b|(?![\d.]))/gi)].map((m) => Number(m[1]));
  if (hours.length > 0) return [...new Set(hours)].sort((a, b) => a - b);
  const word = /\b(small|medium|large)\b/i.exec(text)?.[1]?.toLowerCase();
  return word ? [WORD_HOURS[word]!] : [];
}

export type DifficultyLevel = 'Easy' | 'Medium' | 'Hard';

export function difficultyLevel(text: string | undefined): DifficultyLevel | undefined {
  const word = text && /\b(easy|beginner|medium|intermediate|hard|advanced|difficult)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!word) return undefined;
  if (word === 'easy' || word === 'beginner') return 'Easy';
  if (word === 'medium' || word === 'intermediate') return 'Medium';
  return 'Hard';
}
