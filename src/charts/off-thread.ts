/**
 * Chart layouts on a second thread. A page is rendered on one thread, and while the
 * network's simulation or a brief's map is laid out, Astro renders other pages (it keeps
 * four in flight): at 1,000 cases this takes about a second of d3 off the build's
 * critical path (docs/performance.md). The worker starts with the first job and lets
 * the process end whenever no job is waiting.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../lib/content-dir.ts';
import type { LayoutJobs } from './layout-jobs.ts';
import type { Job } from './layout-worker.ts';

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function failAll(error: Error): void {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
  worker = undefined;
}

function start(): Worker {
  // Resolved from the project root: this module is bundled into Astro's build output,
  // while the worker runs from the source tree.
  const started = new Worker(join(projectRoot(), 'src', 'charts', 'layout-worker.ts'));
  started.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const job = waiting.get(id);
    if (!job) return;
    waiting.delete(id);
    if (error === undefined) job.resolve(result);
    else job.reject(new Error(`A chart layout failed on its worker thread:\n${error}`));
    if (waiting.size === 0) started.unref();
  });
  started.on('error', (error: Error) => failAll(new Error(`The chart layout worker failed: ${error.message}`)));
  started.on('exit', (code) => {
    if (waiting.size > 0) failAll(new Error(`The chart layout worker stopped (exit code ${code}) with layouts still to do`));
  });
  return started;
}

/** Runs one of layoutJobs on the worker thread; resolves with what it returns. */
export function layOutOffThread<K extends keyof LayoutJobs>(kind: K, input: Parameters<LayoutJobs[K]>[0]): Promise<ReturnType<LayoutJobs[K]>> {
  worker ??= start();
  // Held open only while a job is waiting, so a finished build is never kept alive.
  worker.ref();
  const id = nextId++;
  const job: Job = { id, kind, input };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage(job);
  });
}
