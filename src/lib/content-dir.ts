import { resolve } from 'node:path';

/**
 * The content folder: CONTENT_DIR when set (fixtures, benchmarks, a corpus kept
 * elsewhere), else ./content. Absolute, so every tool resolves it the same way.
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}
