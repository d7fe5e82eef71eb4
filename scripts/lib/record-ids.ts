import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

/** Who the deploy workflow commits as (GitHub's own bot account for Actions). */
const BOT = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];

const USAGE = 'Usage: npm run data:record-ids -- [--file FILE]   (default data/published-ids.json)';

/**
 * Commits the published-ids file, if it changed, and pushes it: the deploy workflow runs this once
 * the site is published, so the ids it published are known to every later build (and get redirects
 * when they go away). Pulls first (rebasing), so a push made meanwhile is kept. Returns the exit status.
 */
export function recordPublishedIds(argv: string[], cwd = process.cwd(), log: (line: string) => void = console.log): number {
  let file: string;
  try {
    file = parseArgs({ args: argv, options: { file: { type: 'string', default: 'data/published-ids.json' } } }).values.file;
  } catch {
    log(USAGE);
    return 2;
  }
  const git = (...args: string[]) => spawnSync('git', [...BOT, ...args], { cwd, encoding: 'utf8' });
  const step = (...args: string[]) => {
    const run = git(...args);
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stderr.trim()}`);
    return run.stdout;
  };
  try {
    step('add', '--', file);
    if (git('diff', '--cached', '--quiet', '--', file).status === 0) {
      log(`record-ids: ${file} unchanged, nothing to record`);
      return 0;
    }
    step('commit', '-m', `Record the idea ids published on ${new Date().toISOString().slice(0, 10)}`, '--', file);
    step('pull', '--rebase');
    step('push');
    log(`record-ids: ${file} committed and pushed`);
    return 0;
  } catch (error) {
    log(`record-ids: ${(error as Error).message}`);
    return 1;
  }
}
