import { useEffect } from 'react';

export const SITE_NAME = 'Mentorship Ideas';

/** "ebpf — 24 ideas · Mentorship Ideas": each view names itself in the tab and in history. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
