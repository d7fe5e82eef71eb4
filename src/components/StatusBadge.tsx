import type { IdeaStatus } from '../model/idea-index.ts';

export function StatusBadge({ status }: { status: IdeaStatus }) {
  if (status !== 'accepted') return null;
  return <span className="rounded-full bg-emerald-100 px-2 text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">Accepted</span>;
}
