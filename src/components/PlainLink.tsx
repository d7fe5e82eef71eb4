import { useRouter } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/**
 * A link to a page of the app, as cheap as an `<a>`: TanStack Router's `<Link>` subscribes to the
 * router's state and builds its location on every render, which adds up over the couple of
 * hundred links a page of results has (each card links its title, project, skills and mentors),
 * re-rendered on every keystroke. `to` is the path and query within the app, without the base
 * path; a plain click navigates in the app, a modified one (new tab, download) is the browser's.
 */
export function PlainLink({ to, onClick, ...rest }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const router = useRouter();
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href: to });
  };
  return <a href={`${router.options.basepath?.replace(/\/$/, '') ?? ''}${to}`} onClick={navigate} {...rest} />;
}
