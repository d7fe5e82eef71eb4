import { FIRST_SCREEN_ID } from '../components/first-screen.ts';

/** Attributes that name elements by id: prefixed, so the picture's ids never clash with the app's. */
const ID_REFERENCES = /\s(id|aria-controls|aria-owns)="([^"]*)"/g;
/**
 * What names a control: a picture's controls are not to be found by their names (by a person's
 * assistive technology or a test's query) beside the app's. Labels become spans, drawn the same.
 */
const LABELS = /\s(?:for|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g;
/** Inline scripts the server rendering adds (the router's scroll restoration): the page's CSP refuses them. */
const SCRIPTS = /<script\b[\s\S]*?<\/script>/g;
/** `data-` attributes are hooks for scripts and tests (e.g. `data-result-link`), which are the app's to answer. */
const DATA_ATTRIBUTES = /\sdata-[\w-]+(?:="[^"]*")?/g;
/** A picture announces nothing: its results line is not a live region (the app's is). */
const LIVE_REGIONS = /\s(?:role="(?:status|alert|log)"|aria-live="[^"]*")/g;
const ROOT = '<div id="root"></div>';
const PATH_META = (homePath: string) => `\n    <meta name="first-screen-path" content="${homePath}" />`;

/** A start tag: React escapes `<` and `>` in text and attribute values, so this never reaches into text. */
const START_TAG = /<[a-z][^>]*>/g;
/** Reachable by the keyboard where `inert` is not supported (older browsers): taken out of the tab order. */
const FOCUSABLE = /^<(a|button|input|select|textarea)\b/;

/** One start tag of the picture: ids prefixed, names, hooks and live regions dropped, out of the tab order. */
function pictureTag(tag: string): string {
  return tag
    .replace(LABELS, '')
    .replace(DATA_ATTRIBUTES, '')
    .replace(LIVE_REGIONS, '')
    .replace(
      ID_REFERENCES,
      (_, name: string, value: string) =>
        ` ${name}="${value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${FIRST_SCREEN_ID}-${id}`)
          .join(' ')}"`,
    )
    .replace(/^<label\b/, '<span')
    .replace(FOCUSABLE, '<$1 tabindex="-1"');
}

/**
 * The rendered first screen as it goes into the page: scripts dropped, and in every tag ids
 * prefixed, labels, script and test hooks and live regions dropped; the whole hidden from
 * assistive technology and inert. Only tags are rewritten, never text.
 */
export function firstScreenMarkup(rendered: string): string {
  const picture = rendered
    .replace(SCRIPTS, '')
    .replace(START_TAG, pictureTag)
    .replace(/<\/label>/g, '</span>');
  return `<div id="${FIRST_SCREEN_ID}"><p class="sr-only">Loading ideas…</p><div aria-hidden="true" inert>${picture}</div></div>`;
}

/**
 * index.html with the first screen before the app's root, and the path it is the first screen of
 * (page-init.js shows it only there).
 */
export function withFirstScreen(html: string, rendered: string, homePath: string): string {
  if (!html.includes(ROOT)) throw new Error(`first screen: index.html has no ${ROOT} to put it before`);
  if (!html.includes('</title>')) throw new Error('first screen: index.html has no <title>');
  return html.replace('</title>', `</title>${PATH_META(homePath)}`).replace(ROOT, `${firstScreenMarkup(rendered)}${ROOT}`);
}

/**
 * index.html as it was before the first screen went in: what the service worker's precache
 * versions it by, so that a daily rebuild of the data (a new first screen) is not a new version of
 * the app, which would make every open tab reload (vite.config.ts, autoUpdate).
 */
export function withoutFirstScreen(html: string): string {
  const start = html.indexOf(`<div id="${FIRST_SCREEN_ID}">`);
  const root = html.indexOf(ROOT);
  if (start === -1 || root < start) return html;
  return (html.slice(0, start) + html.slice(root)).replace(/\n {4}<meta name="first-screen-path" content="[^"]*" \/>/, '');
}
