// Runs the app's real search worker (src/data/index.worker.ts) in a Node worker thread:
// registers tsx, maps the Web Worker globals onto worker_threads, and serves the app's data files from memory.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
globalThis.fetch = async (url) => {
  const content = workerData.files[new URL(url).pathname.slice(1)];
  return content === undefined ? new Response('not found', { status: 404 }) : new Response(content, { headers: { 'content-type': 'application/json' } });
};
// The worker assigns a bare `onmessage`, which strict-mode code may only do to an existing global.
globalThis.onmessage = null;
globalThis.postMessage = (message, options) => parentPort.postMessage(message, options?.transfer ?? []);
await import('../src/data/index.worker.ts');
// Listen only once the worker has set its handler: a port queues messages until it has a
// listener, whereas one delivered earlier would find `onmessage` unset and be lost.
parentPort.on('message', (data) => globalThis.onmessage({ data }));
