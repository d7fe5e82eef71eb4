/**
 * Benchmark stand-in for an index-loading Web Worker: parses and checks the index off the main
 * thread, then hands the ideas over in chunks so no single message is a long task to receive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkIndex } from '../src/model/validate-index.ts';

const { json, chunk } = workerData as { json: string; chunk: number };
const checked = checkIndex(JSON.parse(json));
if (!checked.ok) throw new Error(checked.message);
const { ideas, ...meta } = checked.index;
for (let i = 0; i < ideas.length; i += chunk) parentPort!.postMessage({ type: 'ideas', ideas: ideas.slice(i, i + chunk) });
parentPort!.postMessage({ type: 'done', meta });
