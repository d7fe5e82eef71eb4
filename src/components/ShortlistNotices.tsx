import { useShortlist } from './ShortlistProvider.tsx';

/** Tells the user when the shortlist could not be read or will not be saved. */
export function ShortlistNotices() {
  const { store, state } = useShortlist();
  if (state.notices.length === 0) return null;
  return (
    <div className="no-print mx-auto max-w-7xl space-y-2 px-4 pt-4">
      {state.notices.map((notice) => (
        <div
          key={notice.kind}
          role="alert"
          className="flex items-start justify-between gap-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          <p>{notice.message}</p>
          <button type="button" onClick={() => store.dismissNotice(notice.kind)} className="shrink-0 underline">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
