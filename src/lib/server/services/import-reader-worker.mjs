// Entry of the import's reader thread (import-reader-pool.ts). The reader is TypeScript, like the CLI: tsx
// compiles it in the worker, in development, in tests and under the built server alike.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveReads } = await import('./import-reader.ts');
serveReads(parentPort);
