import { useEffect, useState } from 'react';
import type { AppIndex } from '../model/app-data.ts';
import {
  diffSeenIdeas,
  newIdeasToShow,
  parseSeenIdeas,
  parseShownNotice,
  SEEN_IDEAS_KEY,
  seenIdeasOf,
  SHOWN_NOTICE_KEY,
  updatedMessage,
} from '../model/seen-ideas.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { whenIdle } from '../data/when-idle.ts';
import { useAfterFirstPaint } from './use-after-paint.ts';

/**
 * Once per index per page load: how many of its ideas are new since the index seen last time on
 * this device, remembering this one. Kept outside React so that StrictMode's second effect run
 * (or a remount) does not compare the index with itself and lose the count.
 */
let checked: { generatedAt: string; newIdeas: number } | undefined;
function newIdeasSinceLastVisit(index: AppIndex): number {
  if (checked?.generatedAt === index.generatedAt) return checked.newIdeas;
  const current = { generatedAt: index.generatedAt, ids: index.ideas.map((idea) => idea.id), redirects: index.redirects };
  let newIdeas = 0;
  try {
    const diff = diffSeenIdeas(parseSeenIdeas(window.localStorage.getItem(SEEN_IDEAS_KEY)), current);
    if (diff.remember) window.localStorage.setItem(SEEN_IDEAS_KEY, JSON.stringify(seenIdeasOf(current)));
    newIdeas = newIdeasToShow(diff, parseShownNotice(window.sessionStorage.getItem(SHOWN_NOTICE_KEY)), index.generatedAt);
    if (newIdeas > 0) window.sessionStorage.setItem(SHOWN_NOTICE_KEY, JSON.stringify({ generatedAt: index.generatedAt, newIdeas }));
  } catch {
    // Storage disabled or full: no notice, and nothing else depends on it.
  }
  checked = { generatedAt: index.generatedAt, newIdeas };
  return newIdeas;
}

/**
 * "Updated: N new ideas", quietly (a dismissible status line, not an alert), on the first visit
 * that loads a newer index than the last one seen here, and after reloads of that tab until dismissed. The service worker fetches the index
 * network-first, so a new index arrives on the next visit after it is published.
 */
export function IndexUpdateNotice() {
  const { index } = useIdeaIndex();
  // After the first results are painted, in a task of its own when the page is idle: remembering a
  // first visit's ids writes about 100 KB to localStorage, a long task on a phone beside anything
  // else. Idempotent per index (see newIdeasSinceLastVisit).
  const painted = useAfterFirstPaint();
  const [newIdeas, setNewIdeas] = useState(() => (checked?.generatedAt === index.generatedAt ? checked.newIdeas : 0));
  useEffect(() => (painted ? whenIdle(() => setNewIdeas(newIdeasSinceLastVisit(index))) : undefined), [index, painted]);
  const [dismissed, setDismissed] = useState(false);
  if (newIdeas === 0 || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      window.sessionStorage.removeItem(SHOWN_NOTICE_KEY);
    } catch {
      // Storage disabled: the notice was never kept for a reload either.
    }
  };
  return (
    <div className="no-print mx-auto max-w-7xl px-4 pt-4">
      <div className="flex items-center justify-between gap-4 rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
        <p role="status">{updatedMessage(newIdeas)}</p>
        <button type="button" onClick={dismiss} className="shrink-0 underline">
          Dismiss
        </button>
      </div>
    </div>
  );
}
