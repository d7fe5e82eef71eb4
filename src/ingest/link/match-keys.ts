/** What two ideas are compared by, to find one idea listed twice: issue addresses and title words. */

/** Issue URLs compare without scheme case, `www.` or a trailing slash. */
export const issueKey = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[/#]+$/, '');

const STOP_WORDS = new Set('a an and as at by for from in into of on or the to via with'.split(' '));
/** Words that carry meaning, with a plain ending dropped: "Integrating" and "Integrate" compare equal. */
export const meaningfulWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word && !STOP_WORDS.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|e|s)$/, (ending) => (word.length - ending.length >= 4 ? '' : ending))),
  );

/** A title's meaningful words other than its project's name. */
export function titleWords(record: { title: string; project: string }): string[] {
  const projectWords = meaningfulWords(record.project);
  return [...meaningfulWords(record.title)].filter((word) => !projectWords.has(word));
}
