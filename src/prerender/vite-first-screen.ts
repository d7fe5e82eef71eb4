import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { CARDS_PATH } from '../model/app-data.ts';
import { withFirstScreen } from './first-screen-markup.ts';
import type { renderFirstScreen } from './render-first-screen.tsx';

/**
 * Writes the home page's first screen into the built index.html: the app itself, rendered on the
 * server (Vite's SSR module loading, React's renderToString) with the cards the ingest wrote for
 * this build, so the first results are painted from the HTML, before the app's script, the
 * worker and the cards have crossed the network (README: Performance).
 */
export function firstScreen(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const cards = readFileSync(path.join(config.publicDir, CARDS_PATH), 'utf8');
        const server = await createServer({
          configFile: false,
          root: config.root,
          base: config.base,
          cacheDir: config.cacheDir,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderFirstScreen: render } = (await server.ssrLoadModule('/src/prerender/render-first-screen.tsx')) as {
            renderFirstScreen: typeof renderFirstScreen;
          };
          return withFirstScreen(html, await render(cards), config.base);
        } finally {
          await server.close();
        }
      },
    },
  };
}
