import type { IdeaCard } from '../model/idea-index.ts';
import { ideaSnapshot } from '../shortlist/idea-snapshot.ts';
import { useShortlist } from './ShortlistProvider.tsx';

/** Saves an idea to the shortlist or removes it; a pressed toggle with its state in words and icon. */
export function BookmarkButton({ idea, size = 'small' }: { idea: IdeaCard; size?: 'small' | 'large' }) {
  const { store, state } = useShortlist();
  const saved = state.items.some((item) => item.id === idea.id);
  return (
    <button
      type="button"
      aria-pressed={saved}
      disabled={state.readOnly}
      aria-label={`${saved ? 'Saved to shortlist' : 'Save to shortlist'}: ${idea.title}`}
      onClick={() => store.toggle(ideaSnapshot(idea))}
      className={`no-print inline-flex shrink-0 items-center gap-1.5 rounded-md border font-medium disabled:opacity-60 ${size === 'large' ? 'px-3 py-2 text-sm' : 'min-h-8 px-2 py-1 text-xs'} ${saved ? 'border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100' : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800'}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill={saved ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2">
        <path d="M6 3h12v18l-6-4-6 4z" strokeLinejoin="round" />
      </svg>
      {saved ? 'Saved' : 'Save'}
    </button>
  );
}
