import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../build-index.ts';

export class InputError extends Error {}

/**
 * Markdown files under the given paths. Each file's index path is relative to cncf/mentoring's
 * `programs/` folder when the path contains one (or a program folder), else to the argument.
 */
export function readSources(inputs: string[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(`${input}: no such file or folder`);
    const isDir = statSync(input).isDirectory();
    const root = isDir ? input : path.dirname(input);
    for (const file of isDir ? markdownFilesIn(input) : [input]) {
      files.push({ path: indexPath(file, root), content: readText(file) });
    }
  }
  return files;
}

/** Idea lists (`*.md`), LFX exports and the landscape's project list; SNAPSHOT.md describes the copy. */
function isSource(name: string): boolean {
  const lower = name.toLowerCase();
  return (lower.endsWith('.md') && lower !== 'snapshot.md') || lower === 'lfx-export.json' || lower === 'projects.yml';
}

function markdownFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isSource(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function indexPath(file: string, root: string): string {
  const absolute = path.resolve(file).split(path.sep).join('/');
  const programs = absolute.lastIndexOf('/programs/');
  if (programs >= 0) return absolute.slice(programs + '/programs/'.length);
  const program = /\/(lfx-mentorship|summerofcode)\//.exec(absolute);
  if (program) return absolute.slice(program.index + 1);
  return path.relative(path.resolve(root), path.resolve(file)).split(path.sep).join('/') || path.basename(file);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readText(file: string): string {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${file}: not a text file (invalid UTF-8)`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file}: not a text file (contains NUL bytes)`);
  return text.replace(/^\uFEFF/, '');
}
