import { runIngest } from './cli.ts';

process.exitCode = runIngest(process.argv.slice(2));
