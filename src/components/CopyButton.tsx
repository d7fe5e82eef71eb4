import { useEffect, useState } from 'react';
import { copyText } from './clipboard.ts';

/** Copies a URL and confirms visibly (and to screen readers); shows the URL when copying fails. */
export function CopyButton({ text, label, className = '' }: { text: () => string; label: string; className?: string }) {
  const [result, setResult] = useState<{ ok: boolean; value: string } | null>(null);
  useEffect(() => {
    if (!result?.ok) return;
    const timer = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(timer);
  }, [result]);
  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () => {
          const value = text();
          setResult({ ok: await copyText(value), value });
        }}
        className={`rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${className}`}
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {result?.ok && <span className="text-emerald-800 dark:text-emerald-300">Link copied</span>}
        {result && !result.ok && (
          <label>
            Copy this link:{' '}
            <input
              readOnly
              value={result.value}
              onFocus={(e) => e.target.select()}
              className="w-48 rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
        )}
      </span>
    </span>
  );
}
