/**
 * Commits and pushes data/published-ids.json after a deploy:
 *   npm run data:record-ids -- [--file FILE]
 * See scripts/lib/record-ids.ts.
 */
import { recordPublishedIds } from './lib/record-ids.ts';

process.exitCode = recordPublishedIds(process.argv.slice(2));
