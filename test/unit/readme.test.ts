import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What the README names must exist: scripts, files, sections, and the variables it documents. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('README', () => {
  it('names only npm scripts that exist', () => {
    const named = new Set([...README.matchAll(/npm run ([\w-]+(?::[\w-]+)*)/g)].map((m) => m[1]!));
    expect([...named].filter((name) => !(name in scripts))).toEqual([]);
    expect(scripts.start).toMatch(/ && vite$/);
  });

  it('links files and sections that exist', () => {
    const links = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^https?:/.test(href));
    const anchors = new Set([...README.matchAll(/^#{2,4} (.+)$/gm)].map((m) => anchor(m[1]!)));
    for (const href of links) {
      if (href.startsWith('#')) expect(anchors, href).toContain(href.slice(1));
      else expect(existsSync(path.join(ROOT, href)), href).toBe(true);
    }
  });

  it('documents only environment variables the code reads', () => {
    const sources = ['playwright.config.ts', 'vite.config.ts', 'src/ingest/emit/vite-site-files.ts', 'scripts/lib/chromium.ts', 'test/e2e/ports.ts'].map((f) =>
      readFileSync(path.join(ROOT, f), 'utf8'),
    );
    for (const name of ['BASE_PATH', 'SITE_URL', 'CHROMIUM_PATH', 'E2E_PORT', 'E2E_BASE_PORT']) {
      expect(README, name).toContain(`\`${name}\``);
      expect(
        sources.some((source) => source.includes(`env.${name}`) || source.includes(`'${name}'`)),
        name,
      ).toBe(true);
    }
  });
});
