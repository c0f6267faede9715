/**
 * The worker thread behind off-thread.ts: runs one layout job per message and answers
 * with its result or its error. Loaded by Node directly (its own type stripping), not
 * bundled, so it imports only plain TypeScript modules.
 */
import { parentPort } from 'node:worker_threads';
import { layoutJobs, type LayoutJobs } from './layout-jobs.ts';

export interface Job {
  id: number;
  kind: keyof LayoutJobs;
  input: unknown;
}

parentPort!.on('message', ({ id, kind, input }: Job) => {
  try {
    const run = layoutJobs[kind] as (input: unknown) => unknown;
    parentPort!.postMessage({ id, result: run(input) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
