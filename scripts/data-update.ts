/**
 * Refreshes data/cncf-mentoring/ from a local cncf/mentoring checkout:
 *   npm run data:update -- [--to DIR] PATH
 * See scripts/lib/snapshot.ts for what is copied and changed.
 */
import { runDataUpdate } from './lib/snapshot.ts';

process.exitCode = runDataUpdate(process.argv.slice(2));
