import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { INDEX_SCHEMA_PATH } from './index-schema.ts';
import { dataFiles, readBuiltIndex, type SiteFile, schemaFile } from './site-files.ts';
import { resolveSiteUrl, siteLinks } from './site-url.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/schema+json; charset=utf-8',
};

/**
 * Files made from the index for readers outside the app: Atom feeds, the CSV export and the index's
 * JSON Schema. The build writes them into the site (absolute links from SITE_URL); the dev server
 * makes them on request from the current index, linking to itself, so feed links work in both.
 */
export function siteFiles(): Plugin {
  let config: ResolvedConfig;
  const indexFile = () => path.join(config.publicDir, 'ideas-index.json');
  // Making every feed takes a second or two: the dev server keeps them until the index changes.
  let cached: { key: string; files: Map<string, string> } | undefined;
  const devFile = (wanted: string, root: string): string | undefined => {
    const links = siteLinks(root);
    if (wanted === INDEX_SCHEMA_PATH) return schemaFile(links).content;
    const key = `${root} ${statSync(indexFile(), { throwIfNoEntry: false })?.mtimeMs}`;
    if (cached?.key !== key) cached = { key, files: new Map(dataFiles(readBuiltIndex(indexFile()), links).map((f) => [f.path, f.content])) };
    return cached.files.get(wanted);
  };
  return {
    name: 'site-files',
    configResolved(resolved) {
      config = resolved;
    },
    // Written beside the bundle rather than emitted into it: 170-odd data files would fill the
    // build's size report, and they are not part of the app that loads in the browser.
    writeBundle(options) {
      let files: SiteFile[];
      try {
        const links = siteLinks(resolveSiteUrl(process.env.SITE_URL, config.base));
        files = [...dataFiles(readBuiltIndex(indexFile()), links), schemaFile(links)];
      } catch (e) {
        this.error(`site-files: ${(e as Error).message}`);
      }
      const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
      for (const file of files) {
        const target = path.join(outDir, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      config.logger.info(`site-files: ${files.length} feeds and data files written`);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        if (!url.pathname.startsWith(config.base)) return next();
        const wanted = url.pathname.slice(config.base.length);
        if (!/^(feeds\/.+\.xml|ideas\.csv|schema\/.+\.json)$/.test(wanted)) return next();
        try {
          const content = devFile(wanted, `http://${req.headers.host ?? 'localhost'}${config.base}`);
          if (content === undefined) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[path.extname(wanted)]!);
          res.end(content);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
