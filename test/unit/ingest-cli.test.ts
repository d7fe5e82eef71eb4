import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { SCHEMA_VERSION } from '../../src/model/idea-index.ts';
import { FIXTURES } from './helpers.ts';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runIngest(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ingest-'));

describe('npm run ingest', () => {
  it('writes the index and prints ideas and warnings per file as file:line', () => {
    const outFile = path.join(tmp(), 'index.json');
    const { status, out } = run(['--out', outFile, path.join(FIXTURES, 'scaffolding.md')]);
    expect(status).toBe(0);
    expect(out).toMatch(/^scaffolding\.md: 1 idea, 4 warnings$/m);
    expect(out).toMatch(/^ {2}scaffolding\.md:51: warning: heading "TODO" looks like an idea/m);
    expect(out).toMatch(/1 file, 1 ideas, 4 warnings, [\d.]+ s → /);
    const index = JSON.parse(readFileSync(outFile, 'utf8'));
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.ideas).toHaveLength(1);
  });

  it('--strict fails on warnings', () => {
    const { status, err } = run(['--strict', '--out', path.join(tmp(), 'i.json'), path.join(FIXTURES, 'scaffolding.md')]);
    expect(status).toBe(1);
    expect(err).toMatch(/--strict: 4 warning/);
  });

  it('fails clearly on a missing path, a binary file and zero ideas, without a stack trace', () => {
    const dir = tmp();
    const missing = run([path.join(dir, 'nope.md')]);
    expect(missing).toMatchObject({ status: 1, err: expect.stringMatching(/nope\.md: no such file or folder$/) });

    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x01]));
    const binary = run([path.join(dir, 'binary.md')]);
    expect(binary).toMatchObject({ status: 1, err: expect.stringMatching(/binary\.md: not a text file/) });

    const empty = path.join(tmp(), 'empty.md');
    writeFileSync(empty, '# Nothing here\n\nJust prose.\n');
    const none = run(['--out', path.join(dir, 'x.json'), empty]);
    expect(none.status).toBe(1);
    expect(none.err).toMatch(/no ideas found/);
    for (const r of [missing, binary, none]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown options with usage', () => {
    const { status, err } = run(['--bogus']);
    expect(status).toBe(2);
    expect(err).toMatch(/Usage: npm run ingest/);
  });
});
