import { type ReactNode, useRef } from 'react';

/** On small screens the facets live in a modal drawer (native <dialog>: focus trap and Esc for free). */
export function FilterDrawer({ selectedCount, total, children }: { selectedCount: number; total: number; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium dark:border-slate-600"
      >
        Filters{selectedCount > 0 ? ` (${selectedCount})` : ''}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="filter-drawer-title"
        className="m-0 ml-auto h-full max-h-none w-[min(22rem,90vw)] max-w-none overflow-y-auto bg-white p-4 text-slate-900 backdrop:bg-black/40 dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 id="filter-drawer-title" className="text-lg font-semibold">
            Filters
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm underline">
            Close
          </button>
        </div>
        {children}
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="sticky bottom-0 mt-4 w-full rounded-md bg-blue-700 py-2 font-medium text-white"
        >
          Show {total.toLocaleString('en')} {total === 1 ? 'idea' : 'ideas'}
        </button>
      </dialog>
    </div>
  );
}
