import { scriptTagLoading } from './script-tag.ts';

/**
 * The app's own scripts, requested by page-init.js rather than by the HTML. Behind the home page's
 * first screen they are requested once that screen is painted: requested by the HTML, they were
 * downloaded and compiled while the browser laid the first screen out, and on a 2-core machine
 * that frame grew from about 50 ms to well over 100, a long task before anything was on screen
 * (README: Performance). Where there is no first screen (another address, or a service worker
 * answering) and in a tab out of sight, page-init.js requests them at once.
 *
 * The build lists them on page-init.js's own script tag, entry first, then the chunks Vite would
 * have preloaded: `<script … data-app-scripts="/assets/index-….js /assets/dist-….js">`.
 */
export const APP_SCRIPTS_ATTRIBUTE = 'data-app-scripts';

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * Moves the entry's `<script type="module">` and the `<link rel="modulepreload">`s onto
 * page-init.js's script tag (`pageInit`: its file name). Anything unexpected is an error: a page
 * that kept both ways, or neither, would load the app twice or never.
 */
export function deferAppScripts(html: string, pageInit: string): string {
  const entries = [...html.matchAll(ENTRY)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`defer-app-scripts: index.html has ${entries.length} module scripts, not one entry`);
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  const urls = [entries[0]!, ...preloads];
  // Listed in one attribute, split on spaces by page-init.js.
  const unsafe = urls.find((url) => /[\s"'<>&]/.test(url));
  if (unsafe !== undefined) throw new Error(`defer-app-scripts: a script's address cannot be listed as it is: ${unsafe}`);
  const tag = scriptTagLoading(pageInit);
  if (!tag.test(html)) throw new Error(`defer-app-scripts: no <script src="…${pageInit}"> in index.html`);
  if (/<script[^>]*\stype="module"|<link[^>]*rel="modulepreload"/.test(html.replace(ENTRY, '').replace(PRELOAD, ''))) {
    throw new Error('defer-app-scripts: index.html loads a module in a way this step does not know');
  }
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(tag, (_, src: string, attributes: string) => `<script src="${src}"${attributes} ${APP_SCRIPTS_ATTRIBUTE}="${urls.join(' ')}"></script>`);
}
