import { useEffect, useRef } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onClear: () => void;
  onArrowDown: () => void;
  ideaCount: number;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The search field: `/` focuses it from anywhere, Esc clears it, ↓ moves into the results. */
export function SearchBox({ value, onChange, onClear, onArrowDown, ideaCount }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="relative">
      <label htmlFor="search-input" className="sr-only">
        Search ideas
      </label>
      <input
        ref={input}
        id="search-input"
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        placeholder={`Search ${ideaCount.toLocaleString('en')} ideas by title, skill, mentor, project…`}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClear();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
        className="w-full rounded-lg border border-slate-300 bg-white py-3 pl-4 pr-4 text-base sm:pr-24 shadow-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <kbd
        className="pointer-events-none absolute right-3 hidden sm:block top-1/2 -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400"
        aria-hidden="true"
      >
        /
      </kbd>
    </form>
  );
}
