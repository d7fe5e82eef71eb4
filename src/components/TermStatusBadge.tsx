import { useMemo } from 'react';
import { type TermStatus, termStatusByYear } from '../model/term-status.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';

/** The status of a term now. The clock is read once per render: "open" changes by the day, not the second. */
export function useTermStatus(termKey: string): TermStatus | undefined {
  const { index } = useIdeaIndex();
  const term = useMemo(() => index.terms.find((t) => t.key === termKey), [index, termKey]);
  return term ? termStatusByYear(term, new Date()) : undefined;
}

const STYLES: Record<TermStatus['phase'], string> = {
  open: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100 font-medium',
  upcoming: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100 font-medium',
  closed: 'text-slate-600 dark:text-slate-400',
  'in-progress': 'text-slate-600 dark:text-slate-400',
  completed: 'text-slate-600 dark:text-slate-400',
  unknown: 'text-slate-600 dark:text-slate-400',
};

/** "Applications open — closes Tue 18 Aug, 23:59 UTC (in 5 days)", styled by phase. */
export function TermStatusBadge({ termKey }: { termKey: string }) {
  const status = useTermStatus(termKey);
  if (!status) return null;
  return (
    <span data-term-status={status.phase} className={`rounded-full px-2 text-xs ${STYLES[status.phase]}`}>
      {status.label}
    </span>
  );
}
