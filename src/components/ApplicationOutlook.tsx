import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import type { AppIndex } from '../model/app-data.ts';
import { applicationOutlook } from '../model/term-status.ts';
import { termLabel } from './facet-labels.ts';

const GSOC_TIMELINE = 'https://developers.google.com/open-source/gsoc/timeline';

/**
 * The landing view's first answer to "what can I apply to?": the terms open or about to open, one
 * click from their ideas; else when applications usually open. Read from the clock at render.
 */
// Memoized: the search page re-renders on every keystroke, the outlook only changes with the index.
export const ApplicationOutlook = memo(function ApplicationOutlook({ index }: { index: Pick<AppIndex, 'terms' | 'ideas'> }) {
  const outlook = applicationOutlook(index.terms, new Date());
  const ideasIn = (key: string) => index.ideas.filter((i) => i.termKey === key).length;
  return (
    <section
      aria-labelledby="outlook-heading"
      className="mb-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="outlook-heading" className="font-semibold">
        {outlook.kind === 'terms' ? 'Open for applications' : 'No term is taking applications right now'}
      </h2>
      {outlook.kind === 'terms' ? (
        <ul className="mt-2 space-y-1">
          {outlook.terms.map(({ term, status }) => (
            <li key={term.key}>
              <Link to="/" search={{ term: term.key }} className="font-medium text-blue-700 underline dark:text-blue-300">
                {termLabel(term)}: {ideasIn(term.key)} ideas
              </Link>{' '}
              — {status.label}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {outlook.usualMonths.length > 0 && <>LFX Mentorship applications usually open in {joinWords(outlook.usualMonths)}. </>}
          Google Summer of Code follows{' '}
          <a href={GSOC_TIMELINE} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
            Google’s timeline
          </a>
          . Below: every idea, newest first.
        </p>
      )}
    </section>
  );
});

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
