import { useEffect } from 'react';

/** A feed's address in this site: `feedPath`'s site-relative path under the base path; absolute URLs and paths as given. */
export function feedHref(path: string): string {
  return /^([a-z][a-z0-9+.-]*:|\/)/i.test(path) ? path : `${import.meta.env.BASE_URL}${path}`;
}

/**
 * Announces an Atom feed in the document head while mounted (`<link rel="alternate">`), which is
 * how browsers' and feed readers' "subscribe to this page" find it.
 */
export function useFeedAlternate(href: string, title: string) {
  useEffect(() => {
    const link = document.createElement('link');
    link.setAttribute('rel', 'alternate');
    link.setAttribute('type', 'application/atom+xml');
    link.setAttribute('title', title);
    link.setAttribute('href', href);
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}

/**
 * A visible "Subscribe" link to an Atom feed, which is also announced in the head while the link
 * is shown. `href`: as `feedPath` returns it (`feeds/projects/jaeger.xml`); `title`: what the feed
 * holds ("Jaeger ideas"), shown to feed readers and read out after "Subscribe to".
 */
export function SubscribeLink({ href, title, className = '' }: { href: string; title: string; className?: string }) {
  const url = feedHref(href);
  useFeedAlternate(url, title);
  return (
    <a href={url} type="application/atom+xml" aria-label={`Subscribe to ${title} (Atom feed)`} className={`underline ${className}`}>
      Subscribe
    </a>
  );
}
