import { type ReactNode, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatCount } from '../model/format-count.ts';

/**
 * On small screens the facets live in a modal drawer (native <dialog>: focus trap and Esc for
 * free). Its facets are rendered only while it is open: closed, they would be hundreds of elements
 * re-rendered on every keystroke for nothing.
 */
export function FilterDrawer({ selectedCount, total, children }: { selectedCount: number; total: number; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        onClick={() => {
          // The facets are in the dialog before it opens, so focus lands inside it as usual.
          flushSync(() => setOpen(true));
          dialog.current?.showModal();
        }}
        aria-haspopup="dialog"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium dark:border-slate-600"
      >
        Filters{selectedCount > 0 ? ` (${selectedCount})` : ''}
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="filter-drawer-title"
        className="m-0 ml-auto h-full max-h-none w-[min(22rem,90vw)] max-w-none bg-white text-slate-900 backdrop:bg-black/40 open:flex open:flex-col dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="flex items-center justify-between px-4 pt-4 pb-2">
          <h2 id="filter-drawer-title" className="text-lg font-semibold">
            Filters
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm underline">
            Close
          </button>
        </div>
        {/* Only the facets scroll: nothing sits on top of a checkbox, so every target keeps its size. */}
        <div className="min-h-0 flex-1 overflow-y-auto px-4">{open && children}</div>
        <div className="border-t border-slate-200 p-4 dark:border-slate-800">
          <button type="button" onClick={() => dialog.current?.close()} className="w-full rounded-md bg-blue-700 py-2 font-medium text-white">
            Show {formatCount(total)} {total === 1 ? 'idea' : 'ideas'}
          </button>
        </div>
      </dialog>
    </div>
  );
}
