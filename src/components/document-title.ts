import { useEffect } from 'react';

export const SITE_NAME = 'Mentorship Ideas';

/**
 * "ebpf — 24 ideas · Mentorship Ideas": each view names itself in the tab and in history. `null`
 * leaves the title as it is (the search page while a query is being typed: each new title costs
 * the browser work on every keystroke, and nobody reads the tab meanwhile).
 */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
