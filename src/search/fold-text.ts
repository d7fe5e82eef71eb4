/**
 * Case- and accent-insensitive form of a text ("Jürgen" → "jurgen"): what search terms are
 * indexed and queried as, and what sort orders compare.
 */
export const foldText = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
