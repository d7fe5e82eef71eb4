import type { Idea, Mentor } from '../../model/idea-index.ts';

/**
 * One person, one mentor across the index. The GitHub handle, compared case-insensitively, is the
 * person; a mention without a handle joins the person with the same name when exactly one handle
 * carries that name; the same name with two different handles stays two people. Each person is
 * shown with the name and the handle spelling written most often.
 */
export function unifyMentors<T extends Pick<Idea, 'mentors'>>(ideas: T[]): T[] {
  const namesByHandle = new Map<string, Map<string, number>>();
  const spellings = new Map<string, Map<string, number>>();
  const handlesByName = new Map<string, Set<string>>();
  const tally = (table: Map<string, Map<string, number>>, key: string, value: string) => {
    const counts = table.get(key) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    table.set(key, counts);
  };
  for (const mentor of ideas.flatMap((i) => i.mentors)) {
    if (!mentor.github) continue;
    const handle = mentor.github.toLowerCase();
    tally(spellings, handle, mentor.github);
    if (mentor.name) {
      tally(namesByHandle, handle, mentor.name);
      const handles = handlesByName.get(mentor.name.toLowerCase()) ?? new Set<string>();
      handles.add(handle);
      handlesByName.set(mentor.name.toLowerCase(), handles);
    }
  }
  // Stable sort: ties go to the spelling seen first.
  const mostCommon = (counts: Map<string, number> | undefined) => (counts ? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined);

  const resolve = (mentor: Mentor): Mentor => {
    let handle = mentor.github?.toLowerCase();
    if (!handle && mentor.name) {
      const candidates = handlesByName.get(mentor.name.toLowerCase());
      if (candidates?.size === 1) handle = [...candidates][0];
    }
    if (!handle) return mentor;
    const name = mostCommon(namesByHandle.get(handle)) ?? mentor.name;
    return { ...(name ? { name } : {}), github: mostCommon(spellings.get(handle))!, ...(mentor.role ? { role: mentor.role } : {}) };
  };

  return ideas.map((idea) => {
    const seen = new Set<string>();
    const mentors: Mentor[] = [];
    for (const mentor of idea.mentors.map(resolve)) {
      const key = mentor.github?.toLowerCase() ?? `name:${mentor.name?.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentors.push(mentor);
    }
    return { ...idea, mentors };
  });
}
